/**
 * The interface's languages, with @lit/localize.
 *
 * Every user-visible string in the components is wrapped in `msg()` (English is the source);
 * `lit-localize extract` writes them to the XLIFF catalogues in `xliff/`, a translator fills them
 * in, and `lit-localize build` turns the catalogues into the modules in `src/locales/`.
 *
 * One language per element, not per page: `lang` is an attribute of each `<conflict-map>`, and
 * two on one page may differ. @lit/localize's usual runtime mode has a single page-wide locale,
 * so this uses its *reentrant* mode, which asks for the locale before every `msg()` call: each
 * element renders inside `inLang(its lang, …)` (see `LocalizedElement`), so the `msg()` calls
 * of that render read that element's catalogue. Rendering is synchronous, so renders never mix.
 * A string a catalogue lacks falls back to English (test/i18n/catalogues.test.ts lists them).
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { sourceLocale, targetLocales } from '../../locales/locale-codes.ts';
import * as uk from '../../locales/uk.ts';
import * as ru from '../../locales/ru.ts';
import { toLang, type Lang } from '../../model/lang.ts';

/** The catalogues are small (a few kB each): bundled, so a language switch is synchronous. */
const CATALOGUES: Partial<Record<Lang, LocaleModule>> = { uk, ru };

let current: Lang = 'en';

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => current,
  loadLocaleSync: (locale) => CATALOGUES[locale as Lang],
});

/** Runs `fn` with `msg()` answering in `lang` (anything not a known language: English). */
export function inLang<T>(lang: unknown, fn: () => T): T {
  const before = current;
  current = toLang(lang);
  try {
    return fn();
  } finally {
    current = before;
  }
}

/** The language `msg()` answers in now: the rendering element's (English outside a render). */
export function currentLang(): Lang {
  return current;
}

/**
 * A Lit element whose strings follow its `lang` attribute (`en`, `uk`, `ru`; anything else is
 * English). Its whole update (render, firstUpdated, updated) runs in that language.
 */
export class LocalizedElement extends LitElement {
  /** Interface language: en, uk or ru (anything else falls back to English). */
  @property({ reflect: true }) override lang: string = 'en';

  /** The language in force: `lang` if it is one we have, else English. */
  get language(): Lang {
    return toLang(this.lang);
  }

  protected override performUpdate(): void {
    inLang(this.language, () => super.performUpdate());
  }
}
