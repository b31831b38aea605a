import { describe, expect, it } from 'vitest';
import { leftOutSummary, loadClaims } from '../../src/model/load-claims.ts';
import { articleClaims, builtInPlaces } from '../helpers/data.ts';

type Json = ReturnType<typeof articleClaims>;
const rec = (j: Json, key: string, i: number) => (j[key] as Record<string, unknown>[])[i];

function withChange(change: (json: Json) => void) {
  const json = structuredClone(articleClaims());
  change(json);
  return loadClaims(json, 'claims.json', builtInPlaces());
}

describe('a wrong optional field costs only itself', () => {
  it('the three cosmetic typos keep all 10 claims, each reported', () => {
    const { data, problems, counts } = withChange((j) => {
      rec(j, 'sides', 0).colour = 'darkred';
      j.claims[1].contradicts = ['Russia-captured-kupiansk'];
      j.claims[2].confidence = 'high';
    });
    expect(data.claims).toHaveLength(10);
    expect(counts.claims).toEqual({ total: 10, loaded: 10 });
    expect(leftOutSummary(counts)).toBe('');
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['$.sides[0].colour', 'must be a colour like #1f4e8c; the record is kept without it'],
      ['$.claims[1].contradicts[0]', '"Russia-captured-kupiansk" differs only in case from "russia-captured-kupiansk": read as "russia-captured-kupiansk" (ids are case-sensitive; fix the file)'],
      ['$.claims[2].confidence', 'is not a field of a claim; it is left out and the record kept'],
    ]);
    expect(data.sides[0].colour).toBeUndefined();
    expect(data.claims[1].contradicts).toContain('russia-captured-kupiansk');
    expect(data.claims[2]).not.toHaveProperty('confidence');
  });

  it('an unknown member inside a nested object is left out, the claim kept', () => {
    const { data, problems } = withChange((j) => {
      (j.claims[0].verification as Record<string, unknown>).score = 3;
    });
    expect(data.claims).toHaveLength(10);
    expect(problems).toMatchObject([{ path: '$.claims[0].verification.score', field: 'verification.score', message: 'is not a field of a claim’s verification; it is left out and the record kept' }]);
  });

  it('a bad optional assertion field drops the field; a bad required one drops only that assertion', () => {
    const { data, problems } = withChange((j) => {
      j.claims[0].summary = '';
      (j.claims[0].assertions as Record<string, unknown>[])[0].action = 'took';
    });
    expect(data.claims).toHaveLength(10);
    expect(data.claims[0].summary).toBeUndefined();
    expect(data.claims[0].assertions).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(['$.claims[0].summary', '$.claims[0].assertions[0].action']);
  });

  it('an id differing only in case is read as the id it means: actor, source, place, side', () => {
    const { data, problems } = withChange((j) => {
      j.claims[0].actor = String(j.claims[0].actor).toUpperCase();
      j.claims[0].places = ['Kupiansk'];
      rec(j, 'actors', 0).side = String(rec(j, 'actors', 0).side).toLowerCase();
    });
    expect(data.claims).toHaveLength(10);
    expect(data.actors).toHaveLength((articleClaims().actors as unknown[]).length);
    expect(problems.map((p) => p.field)).toEqual(['side', 'actor', 'places']);
    expect(problems.every((p) => /differs only in case/.test(p.message))).toBe(true);
  });

  it('a malformed link that matches no id is left out of the list, the claim kept', () => {
    const { data, problems } = withChange((j) => {
      j.claims[0].contradicts = ['Nope', 'ukraine-regained-kupiansk-neighbourhoods'];
    });
    expect(data.claims).toHaveLength(10);
    expect(data.claims[0].contradicts).toEqual(['ukraine-regained-kupiansk-neighbourhoods']);
    expect(problems).toMatchObject([{ path: '$.claims[0].contradicts[0]', message: 'must be lower-case letters, digits and hyphens; the record is kept without it' }]);
  });

  it('a GeoJSON bbox on a place’s geometry is legal and keeps the place', () => {
    const { data, problems } = withChange((j) => {
      (j.places as unknown[]).push({
        id: 'test-square',
        names: { en: 'Test square' },
        geometry: { type: 'Polygon', bbox: [30, 48, 31, 49], coordinates: [[[30, 48], [31, 48], [31, 49], [30, 48]]] },
        precision: 'test',
        dataSource: 'test',
        licence: 'CC0',
      });
    });
    expect(problems).toEqual([]);
    expect(data.places.map((p) => p.id)).toContain('test-square');
  });

  it('a required field still drops the record, and the counts say so', () => {
    const { counts, problems } = withChange((j) => {
      j.claims[3].text = 5;
      j.claims[4].kind = 'rumour';
    });
    expect(counts.claims).toEqual({ total: 10, loaded: 8 });
    expect(leftOutSummary(counts)).toBe('8 of 10 claims shown; 2 left out (see problems).');
    expect(problems.slice(0, 2).map((p) => p.path)).toEqual(['$.claims[3].text', '$.claims[4].kind']);
  });

  it('a title of the wrong type is reported, and the file loads', () => {
    const { data, problems } = withChange((j) => {
      j.title = 42;
    });
    expect(data.claims).toHaveLength(10);
    expect(data.title).toBeUndefined();
    expect(problems).toMatchObject([{ path: '$.title', field: 'title', message: 'must be a non-empty string (it is a number); the file is loaded without a title' }]);
  });
});
