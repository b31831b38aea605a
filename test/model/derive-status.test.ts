import { describe, expect, it } from 'vitest';
import { deriveStatus, deriveStatuses, claimsAsOf } from '../../src/model/derive-status.ts';
import { statusSentence } from '../../src/model/describe.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import { articleClaims, builtInPlaces, readJSON } from '../helpers/data.ts';
import { modelWords } from '../../src/components/i18n/words.ts';

const EN = modelWords('en');

function article() {
  return loadClaims(articleClaims(), 'claims.json', builtInPlaces()).data;
}
function fixture() {
  return loadClaims(readJSON('test/fixtures/claims/other-places.json'), 'other-places.json', builtInPlaces()).data;
}
const ids = (claims: { id: string }[]) => claims.map((c) => c.id).sort();

describe('deriveStatus on the article', () => {
  it('finds Kupiansk contested: Russia’s capture claim against Ukraine’s regained-neighbourhoods claim', () => {
    const s = deriveStatus(article().claims, 'kupiansk');
    expect(s.status).toBe('contested');
    expect(s.holders.sort()).toEqual(['RU', 'UA']);
    expect(ids(s.basis)).toEqual(['russia-captured-kupiansk', 'ukraine-regained-kupiansk-neighbourhoods']);
  });

  it.each(['crimea', 'donbas', 'novorossiya'])('finds %s claimed by Russia, from Ryabkov’s no-concessions claim', (place) => {
    const s = deriveStatus(article().claims, place);
    expect(s.status).toBe('claimed');
    expect(s.claimants).toEqual(['RU']);
    expect(ids(s.basis)).toEqual(['ryabkov-no-territorial-concessions']);
  });

  it('gives Ukraine as a whole no territorial status: its claims are about peace and guarantees', () => {
    const s = deriveStatus(article().claims, 'ukraine');
    expect(s.status).toBe('none');
    expect(s.basis).toEqual([]);
  });

  it('says the Kupiansk status in one attributed sentence', () => {
    const data = article();
    const name = (id: string) => data.places.find((p) => p.id === id)?.names.en ?? id;
    expect(statusSentence(deriveStatus(data.claims, 'kupiansk'), data, name, EN)).toBe(
      'Contested: Russia says it captured Kupiansk; Ukrainian forces say they regained several neighbourhoods.',
    );
  });

  it('keeps undated claims at every as-of date, and says so', () => {
    const s = deriveStatus(article().claims, 'kupiansk', '2020-01-01');
    expect(s.status).toBe('contested');
    expect(s.includesUndated).toBe(true);
  });
});

describe('deriveStatus on dated claims', () => {
  it('finds a place controlled when only one side claims to hold it', () => {
    const s = deriveStatus(fixture().claims, 'test-square');
    expect(s).toMatchObject({ status: 'controlled', holders: ['UA'], extent: 'whole' });
  });

  it('leaves out claims made after the as-of date', () => {
    const claims = fixture().claims;
    expect(deriveStatus(claims, 'vovchansk', '2025-06-15')).toMatchObject({ status: 'controlled', holders: ['RU'] });
    expect(deriveStatus(claims, 'vovchansk', '2025-06-30')).toMatchObject({ status: 'contested' });
    expect(deriveStatus(claims, 'test-square', '2025-05-31').status).toBe('none');
  });

  it('counts a month-precision date from the first day of that month', () => {
    const claims = fixture().claims.map((c) => ({ ...c, statedOn: '2025-07' }));
    expect(claimsAsOf(claims, '2025-06-30')).toEqual([]);
    expect(claimsAsOf(claims, '2025-07-01')).toHaveLength(3);
  });
});

describe('deriveStatuses', () => {
  it('gives every place the status deriveStatus gives it alone, at an as-of date too', () => {
    const claims = fixture().claims;
    const ids = ['vovchansk', 'test-square', 'crimea'];
    for (const asOf of [undefined, '2025-06-15']) {
      const all = deriveStatuses(claims, ids, asOf);
      for (const id of ids) expect(all.get(id)).toEqual(deriveStatus(claims, id, asOf));
    }
  });
});
