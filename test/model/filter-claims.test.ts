import { describe, expect, it } from 'vitest';
import { filterClaims, NO_FILTERS, parseList } from '../../src/model/filter-claims.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import { articleClaims, builtInPlaces } from '../helpers/data.ts';

const data = () => loadClaims(articleClaims(), 'claims.json', builtInPlaces()).data;

describe('filterClaims', () => {
  it('shows everything without filters, as the same array', () => {
    const d = data();
    expect(filterClaims(d.claims, d, NO_FILTERS)).toBe(d.claims);
  });

  it('keeps the claims of one side, one kind or one verification status', () => {
    const d = data();
    expect(filterClaims(d.claims, d, { ...NO_FILTERS, sides: ['UA'] }).map((c) => c.id)).toEqual([
      'ukraine-regained-kupiansk-neighbourhoods',
      'zelensky-binding-security-guarantees',
    ]);
    expect(filterClaims(d.claims, d, { ...NO_FILTERS, kinds: ['territorial-control'] })).toHaveLength(2);
    expect(filterClaims(d.claims, d, { ...NO_FILTERS, verification: ['unverified'] }).map((c) => c.actor)).toEqual(['volodymyr-zelensky']);
    expect(filterClaims(d.claims, d, { sides: ['RU'], kinds: ['territorial-control'], verification: [] }).map((c) => c.id)).toEqual(['russia-captured-kupiansk']);
  });

  it('reads comma lists', () => {
    expect(parseList(' RU, UA ,')).toEqual(['RU', 'UA']);
    expect(parseList('')).toEqual([]);
  });
});
