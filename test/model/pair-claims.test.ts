import { describe, expect, it } from 'vitest';
import { pairContradictions } from '../../src/model/pair-claims.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import { articleClaims, builtInPlaces } from '../helpers/data.ts';

describe('pairContradictions', () => {
  it('pairs Kupiansk’s competing claims and leaves Ukraine’s unpaired', () => {
    const { claims } = loadClaims(articleClaims(), 'claims.json', builtInPlaces()).data;
    const kupiansk = pairContradictions(claims.filter((c) => c.places.includes('kupiansk')));
    expect(kupiansk.pairs.map(([a, b]) => [a.id, b.id])).toEqual([['russia-captured-kupiansk', 'ukraine-regained-kupiansk-neighbourhoods']]);
    expect(kupiansk.others).toEqual([]);
    const ukraine = pairContradictions(claims.filter((c) => c.places.includes('ukraine')));
    expect(ukraine.pairs).toEqual([]);
    expect(ukraine.others).toHaveLength(7);
  });
});
