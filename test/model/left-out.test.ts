import { describe, expect, it } from 'vitest';
import { countLeftOut } from '../../src/model/left-out.ts';
import { loadClaims } from '../../src/model/load-claims.ts';

describe('countLeftOut', () => {
  it('counts the claims a file has and could not load', () => {
    const raw = {
      sides: [{ id: 'RU', label: 'Russia' }],
      actors: [{ id: 'a', name: 'A', kind: 'person', role: null, side: 'RU' }],
      sources: [{ id: 's', title: 'T', outlet: 'O', author: null, date: null, url: null }],
      places: [],
      claims: [
        { id: 'ok', actor: 'a', source: 's', statedIn: 'x', places: [], kind: 'position', text: 't', textType: 'quote', statedOn: null, verification: { status: 'not-assessed', by: null, note: null } },
        { id: 'bad1', actor: 'a', source: 's' },
        { id: 'bad2', actor: 'nobody' },
      ],
    };
    const { data } = loadClaims(raw, 'c.json', []);
    const leftOut = countLeftOut(raw, data);
    expect(leftOut.claims).toBe(raw.claims.length - data.claims.length);
    expect(leftOut.claims).toBeGreaterThanOrEqual(2);
    expect(leftOut.actors).toBe(0);
  });

  it('counts nothing for what is not a claims file', () => {
    expect(countLeftOut(null, { sides: [], actors: [], sources: [], places: [], claims: [], assessments: [] }).claims).toBe(0);
  });
});
