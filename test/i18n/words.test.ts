/** The model's sentences and dates in each language, from the catalogues. */
import { describe, expect, it } from 'vitest';
import { deriveStatus } from '../../src/model/derive-status.ts';
import { attributedSummary, describeDate, statusSentence } from '../../src/model/describe.ts';
import { formatPartialDate } from '../../src/model/partial-date.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import { placeName } from '../../src/model/place.ts';
import { toLang, type Lang } from '../../src/model/lang.ts';
import { rehydrate, dehydrate, DEFAULT_LINK_STATE } from '../../src/model/url-state.ts';
import { leftOutText, mapWords, modelWords } from '../../src/components/i18n/words.ts';
import { inLang } from '../../src/components/i18n/localize.ts';
import { leftOutSummary } from '../../src/model/load-claims.ts';
import { articleClaims, builtInPlaces } from '../helpers/data.ts';

/** The article without its hand-written summaries, so every sentence is built from the words. */
function article() {
  const raw = articleClaims();
  raw.claims = raw.claims.map(({ summary: _, ...c }) => c);
  return loadClaims(raw, 'claims.json', builtInPlaces()).data;
}
const names = (lang: Lang) => (id: string) => {
  const p = builtInPlaces().find((x) => x.id === id);
  return p ? placeName(p, lang) : id;
};

describe('status sentences in each language', () => {
  const data = article();
  const sentence = (place: string, lang: Lang) => statusSentence(deriveStatus(data.claims, place), data, names(lang), modelWords(lang));

  it('says Kupiansk is contested, attributing each side’s claim', () => {
    expect(sentence('kupiansk', 'en')).toBe('Contested: Russia says Russia captured Kupiansk; Ukrainian forces says Ukraine regained part of Kupiansk.');
    expect(sentence('kupiansk', 'uk')).toBe(
      'Оспорюється: Russia заявляє: Куп’янськ — під контролем сторони «Russia» після захоплення; Ukrainian forces заявляє: Куп’янськ — частково знову під контролем сторони «Ukraine».',
    );
    expect(sentence('kupiansk', 'ru')).toBe(
      'Оспаривается: Russia заявляет: Купянск — под контролем стороны «Russia» после захвата; Ukrainian forces заявляет: Купянск — частично снова под контролем стороны «Ukraine».',
    );
  });

  it('says a territorial claim is a claim', () => {
    expect(sentence('donbas', 'uk')).toBe('Претензія сторони «Russia»: Sergey Ryabkov заявляє: Донбас — територія, на яку претендує сторона «Russia».');
    expect(sentence('donbas', 'ru')).toBe('Претензия стороны «Russia»: Sergey Ryabkov заявляет: Донбасс — территория, на которую претендует сторона «Russia».');
  });

  it('says when no claim speaks of who holds a place', () => {
    expect(sentence('ukraine', 'uk')).toBe(
      'Без територіальних претензій: жодна наявна заява не каже, під чиїм контролем Україна і хто претендує на цю територію.',
    );
    expect(sentence('ukraine', 'ru')).toMatch(/^Без территориальных претензий: .* под чьим контролем Украина /);
  });

  it('quotes in each language’s quotation marks', () => {
    const quote = data.claims.find((c) => c.textType === 'quote' && !c.assertions?.length)!;
    expect(attributedSummary(quote, data, names('uk'), modelWords('uk'))).toMatch(/^.+: «.+»$/);
    expect(attributedSummary(quote, data, names('en'), modelWords('en'))).toMatch(/^.+: “.+”$/);
  });

  it('keeps the words in their language whenever they are called', () => {
    const uk = modelWords('uk');
    const ru = modelWords('ru');
    expect([uk.status.contested, ru.status.contested, modelWords('en').status.contested]).toEqual(['Оспорюється', 'Оспаривается', 'Contested']);
    expect(uk.verification.unverified).toBe('Не перевірено');
    expect(ru.claimCount(1)).toBe('1 заявление');
    expect(ru.claimCount(5)).toBe('заявлений: 5');
  });
});

describe('dates in each language', () => {
  it('formats a day, a month and a year by Intl, keeping the precision the source gave', () => {
    expect(formatPartialDate('2024-11-20', 'uk')).toBe('20 листопада 2024 р.');
    expect(formatPartialDate('2024-11', 'uk')).toBe('листопад 2024 р.');
    expect(formatPartialDate('2024-11-20', 'ru')).toBe('20 ноября 2024 г.');
    expect(formatPartialDate('2024', 'ru')).toBe('2024');
    expect(formatPartialDate('0099', 'en-GB')).toBe('99');
  });

  it('says what precision a date has, and that an unknown one is not given', () => {
    const uk = modelWords('uk');
    const ru = modelWords('ru');
    expect(describeDate('2024-11', uk)).toBe('листопад 2024 р. (лише місяць)');
    expect(describeDate('2024', ru)).toBe('2024 (только год)');
    expect(describeDate('2025-12-01', ru)).toBe('1 декабря 2025 г.');
    expect(describeDate(null, uk)).toBe('Дату не вказано');
    expect(describeDate(undefined, ru)).toBe('Дата не указана');
  });
});

describe('the language itself', () => {
  it('accepts only en, uk and ru; anything else is English', () => {
    expect(['uk', 'ru', 'en', '__proto__', 'constructor', 'de', 'UK', '', null, 3].map(toLang)).toEqual(['uk', 'ru', 'en', 'en', 'en', 'en', 'en', 'en', 'en', 'en']);
    expect(modelWords('__proto__').status.contested).toBe('Contested');
    expect(placeName(builtInPlaces()[0], '__proto__' as Lang)).toBe('Crimea');
  });

  it('keeps a language in a link, and ignores one that is not ours', () => {
    expect(rehydrate('lang=uk').lang).toBe('uk');
    expect(rehydrate('lang=__proto__').lang).toBeNull();
    expect(rehydrate('lang=toString').lang).toBeNull();
    expect(dehydrate({ ...DEFAULT_LINK_STATE, lang: 'ru' })).toBe('lang=ru');
  });

  it('gives MapLibre its controls’ words and the map its name in the language', () => {
    const uk = mapWords('uk');
    expect(uk.maplibre['NavigationControl.ZoomIn']).toBe('Збільшити');
    expect(uk.maplibre['ScaleControl.Kilometers']).toBe('км');
    expect(uk.canvasLabel).toMatch(/^Мапа місць/);
    expect(mapWords('ru').status.claimed).toBe('Претензия');
  });
});

describe('the notice’s count of what was left out', () => {
  const counts = (claims: [number, number], places: [number, number] = [5, 5]) => {
    const c = (loaded: number, total: number) => ({ loaded, total });
    return { claims: c(...claims), places: c(...places), actors: c(7, 7), sources: c(1, 1), sides: c(3, 3), assessments: c(0, 0) };
  };

  it('says in English what the model says', () => {
    for (const x of [counts([8, 10]), counts([0, 1], [4, 5]), counts([10, 10])]) expect(inLang('en', () => leftOutText(x))).toBe(leftOutSummary(x));
  });

  it('says it in Ukrainian and Russian', () => {
    expect(inLang('uk', () => leftOutText(counts([8, 10])))).toBe('Показано 8 з 10 заяв; пропущено: 2 (див. проблеми).');
    expect(inLang('ru', () => leftOutText(counts([8, 10], [4, 5])))).toBe('Показано 8 из 10 заявлений; пропущено: 2. Показано 4 из 5 мест; пропущено: 1 (см. проблемы).');
  });
});
