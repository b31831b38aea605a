import { describe, expect, it } from 'vitest';
import { DEFAULT_LINK_STATE, dehydrate, rehydrate } from '../../src/model/url-state.ts';

describe('link state', () => {
  it('round-trips a selected place, layers, date and view', () => {
    const state = {
      ...DEFAULT_LINK_STATE,
      place: 'kupiansk',
      layers: ['contested' as const],
      date: '2025-11-20',
      view: { center: [37.6, 49.7] as [number, number], zoom: 10 },
      sides: ['RU', 'UA'],
      kinds: ['territorial-control'],
    };
    expect(dehydrate(state)).toBe('place=kupiansk&layers=contested&date=2025-11-20&map=10%2F49.7%2F37.6&sides=RU%2CUA&kinds=territorial-control');
    expect(rehydrate(`?${dehydrate(state)}`)).toEqual(state);
  });

  it('writes nothing for the default state', () => {
    expect(dehydrate(DEFAULT_LINK_STATE)).toBe('');
    expect(rehydrate('')).toEqual(DEFAULT_LINK_STATE);
  });

  it('keeps an explicitly empty layer list: every status layer hidden', () => {
    expect(rehydrate('?layers=').layers).toEqual([]);
  });

  it('ignores malformed values rather than trusting them', () => {
    expect(rehydrate('?place=<script>&date=2025-02-30&map=a/b/c&layers=bogus,claimed&sides=RU,<b>')).toEqual({
      ...DEFAULT_LINK_STATE,
      layers: ['claimed'],
      sides: ['RU'],
    });
  });

  it('carries the claims file and the language first, so a link opens the same article', () => {
    const state = { ...DEFAULT_LINK_STATE, src: 'data/other.json', lang: 'uk' as const, place: 'krynky' };
    expect(dehydrate(state)).toBe('src=data%2Fother.json&lang=uk&place=krynky');
    expect(rehydrate(`?${dehydrate(state)}`)).toEqual(state);
    expect(rehydrate('?lang=__proto__').lang).toBeNull();
  });
});

describe('the as-of date in links', () => {
  it('keeps a real day and `latest` (all claims, where a file opens at its publication date), drops the rest', () => {
    expect(rehydrate('date=2025-11-12').date).toBe('2025-11-12');
    expect(rehydrate('date=latest').date).toBe('latest');
    expect(rehydrate('date=2025-02-30').date).toBeNull();
    expect(rehydrate('date=11/12/2025').date).toBeNull();
    expect(dehydrate({ ...DEFAULT_LINK_STATE, date: 'latest' })).toBe('date=latest');
  });
});
