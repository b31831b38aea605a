import { describe, expect, it } from 'vitest';
import { claimsFileFailure, leftOutFrom } from '../../src/model/left-out.ts';
import { loadClaims } from '../../src/model/load-claims.ts';

describe('what readers are told is missing', () => {
  it('counts the claims a file has and could not show, from the loader’s counts', () => {
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
    const result = loadClaims(raw, 'c.json', []);
    const leftOut = leftOutFrom(result.counts);
    expect(leftOut.claims).toBe(raw.claims.length - result.data.claims.length);
    expect(leftOut.claims).toBeGreaterThanOrEqual(1);
    expect(leftOut.actors).toBe(0);
    expect(leftOutFrom(null).claims).toBe(0);
  });

  it('says why the claims file could not be read: an HTTP status, the network (CORS), or the loader’s own words', () => {
    const places = 'https://m.example/data/places.geojson';
    const problem = (file: string, message: string) => ({ file, path: '$', field: '(file)', message });
    expect(claimsFileFailure([problem('https://m.example/x.json', 'could not be loaded: the server answered 404 Not Found')], places)).toEqual({
      url: 'https://m.example/x.json',
      reason: 'http',
      status: 404,
    });
    expect(claimsFileFailure([problem('https://n.example/c.json', 'could not be loaded: could not be reached (Failed to fetch)')], places)?.reason).toBe('network');
    expect(claimsFileFailure([problem(places, 'could not be loaded: could not be reached')], places)).toBeNull();
    expect(claimsFileFailure([{ file: 'http://x', path: '$', field: 'src', message: 'is not allowed' }], places)?.reason).toBe('refused');
    expect(claimsFileFailure([], places)).toBeNull();
  });
});
