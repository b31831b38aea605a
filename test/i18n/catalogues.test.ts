/**
 * Every string the interface shows must be in every catalogue. At run time a missing string
 * falls back to English; this test is where a missing one is caught, listed by its English text.
 * To fix a failure: `npm run i18n:extract`, translate the new <trans-unit>s in xliff/*.xlf
 * (add a <target>), then `npm run i18n:build`.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { Config } from '@lit/localize-tools/lib/types/config.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import type { Message } from '@lit/localize-tools/lib/messages.js';
import { templates as uk } from '../../src/locales/uk.ts';
import { templates as ru } from '../../src/locales/ru.ts';

const config = readConfigFileAndWriteSchema(fileURLToPath(new URL('../../lit-localize.json', import.meta.url)));
const localizer = new RuntimeLitLocalizer(config as Config & { output: RuntimeOutputConfig });
const text = (m: Message) => m.contents.map((c) => (typeof c === 'string' ? c : `{${c.index}}`)).join('');

describe('message catalogues', () => {
  // Reading the sources takes a TypeScript program: seconds, once.
  const source = localizer.extractSourceMessages();
  const { translations } = localizer.readTranslationsSync();
  const generated: Record<string, Record<string, unknown>> = { uk, ru };

  it('finds the interface’s strings in the sources', () => {
    expect(source.errors.map((e) => String(e.messageText))).toEqual([]);
    expect(source.messages.length).toBeGreaterThan(100);
  });

  it.each(config.targetLocales)('%s: every string is translated in its catalogue, and built into src/locales', (locale) => {
    const translated = new Set((translations.get(locale) ?? []).map((m) => m.name));
    const missing = source.messages.filter((m) => !translated.has(m.name)).map(text);
    const notBuilt = source.messages.filter((m) => translated.has(m.name) && !(m.name in generated[locale])).map(text);
    expect(missing, `strings missing from xliff/${locale}.xlf`).toEqual([]);
    expect(notBuilt, `translated but not built: run npm run i18n:build`).toEqual([]);
  });

  it('keeps every placeholder of a string in its translations', () => {
    expect(localizer.validateTranslations().errors).toEqual([]);
  });
});
