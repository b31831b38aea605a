/**
 * The interface languages. A language is a value from this list or nothing: anything else in an
 * attribute or a link (`lang=__proto__`, `lang=de`) falls back to English.
 */
export const LANGS = ['en', 'uk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** A language from an attribute or a link: one of LANGS, else null (`__proto__` is not a language). */
export function parseLang(value: unknown): Lang | null {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value) ? (value as Lang) : null;
}

/** The language to use: `value` if it is one of LANGS, else English. */
export function toLang(value: unknown): Lang {
  return parseLang(value) ?? 'en';
}

/**
 * The locale `Intl` formats dates and lists in. English dates read day-first ("20 November
 * 2024"), as the article's own dates do.
 */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', uk: 'uk', ru: 'ru' };

/** Each language's name in itself, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', uk: 'Українська', ru: 'Русский' };
