import { describe, expect, it } from 'vitest';
import { loadClaims, type Problem } from '../../src/model/load-claims.ts';
import { articleClaims, builtInPlaces, readJSON } from '../helpers/data.ts';

const FILE = 'claims.json';

/** The article's data with one change applied: each bad-input test breaks exactly one thing. */
function withChange(change: (json: ReturnType<typeof articleClaims>) => void) {
  const json = structuredClone(articleClaims());
  change(json);
  return loadClaims(json, FILE, builtInPlaces());
}

function only(problems: Problem[]): Problem {
  expect(problems).toHaveLength(1);
  return problems[0];
}

describe('loadClaims on the article', () => {
  it('loads every claim and place with no problem', () => {
    const { data, problems } = loadClaims(articleClaims(), FILE, builtInPlaces());
    expect(problems).toEqual([]);
    expect(data.claims).toHaveLength(10);
    expect(data.places.map((p) => p.id).sort()).toEqual(['crimea', 'donbas', 'kupiansk', 'novorossiya', 'ukraine']);
  });

  it('carries each of Ryabkov’s statements as its own verbatim quote', () => {
    const { data } = loadClaims(articleClaims(), FILE, builtInPlaces());
    const quotes = data.claims.filter((c) => c.actor === 'sergey-ryabkov' && c.textType === 'quote').map((c) => c.text);
    expect(quotes).toEqual([
      'We are open to discussing possible solutions',
      'However, we are not prepared in any way to support or agree to or even accept any NATO forces presence on Ukrainian territory.',
      'No, no, and again no.',
    ]);
  });

  it('invents no date: the article gives none', () => {
    const { data } = loadClaims(articleClaims(), FILE, builtInPlaces());
    expect(data.claims.every((c) => c.statedOn === null && (c.eventOn ?? null) === null)).toBe(true);
    expect(data.sources[0].date).toBeNull();
  });

  it('carries the article’s own verification remark on Zelensky’s claim', () => {
    const { data } = loadClaims(articleClaims(), FILE, builtInPlaces());
    const zelensky = data.claims.find((c) => c.actor === 'volodymyr-zelensky');
    expect(zelensky?.verification.status).toBe('unverified');
    expect(zelensky?.verification.note).toContain("couldn't be independently verified");
  });
});

describe('loadClaims on bad input: a located error, and the rest still loads', () => {
  it('names file, path and field for a non-http(s) source url, and keeps the source without it', () => {
    const { data, problems } = withChange((j) => {
      (j.sources as Record<string, unknown>[])[0].url = 'javascript:alert(1)';
    });
    const p = only(problems);
    expect(p).toMatchObject({ file: FILE, path: '$.sources[0].url', field: 'url', record: 'article-al-mansoori' });
    expect(p.message).toMatch(/http: or https:/);
    expect(data.sources[0].url).toBeNull();
    expect(data.claims).toHaveLength(10);
  });

  it('rejects a source with a wrong required field, and reports every claim that cited it', () => {
    const { data, problems } = withChange((j) => {
      (j.sources as Record<string, unknown>[])[0].title = '';
    });
    expect(problems[0]).toMatchObject({ path: '$.sources[0].title', field: 'title' });
    expect(problems.filter((x) => x.field === 'source')).toHaveLength(10);
    expect(data.claims).toEqual([]);
    expect(data.places).toHaveLength(5);
  });

  it('reports an impossible date on the claim that has it', () => {
    const { data, problems } = withChange((j) => {
      j.claims[3].statedOn = '2025-02-30';
    });
    expect(only(problems)).toMatchObject({ path: '$.claims[3].statedOn', field: 'statedOn', record: 'peskov-long-term-peace' });
    expect(only(problems).message).toMatch(/not a real calendar date/);
    expect(data.claims).toHaveLength(9);
  });

  it('reports a date in the wrong format', () => {
    const { problems } = withChange((j) => {
      j.claims[4].statedOn = '20/11/2024';
    });
    expect(only(problems)).toMatchObject({ path: '$.claims[4].statedOn', field: 'statedOn' });
  });

  it('reports an unknown place id and keeps the claim’s other places', () => {
    const { data, problems } = withChange((j) => {
      (j.claims[7].places as string[]).push('atlantis');
    });
    expect(only(problems)).toMatchObject({ path: '$.claims[7].places[3]', field: 'places', record: 'ryabkov-no-territorial-concessions' });
    expect(data.claims.find((c) => c.id === 'ryabkov-no-territorial-concessions')?.places).toEqual(['donbas', 'crimea', 'novorossiya']);
  });

  it('reports a place reference that is neither built in nor given a geometry', () => {
    const { problems } = withChange((j) => {
      (j.places as Record<string, unknown>[]).push({ id: 'mariupol' });
    });
    expect(only(problems)).toMatchObject({ path: '$.places[5].id', field: 'id', record: 'mariupol' });
  });

  it('reports a duplicate id and keeps the first record', () => {
    const { data, problems } = withChange((j) => {
      j.claims.push({ ...j.claims[0], text: 'a second record with the same id' });
    });
    expect(only(problems)).toMatchObject({ path: '$.claims[10].id', field: 'id', record: 'russia-captured-kupiansk' });
    expect(only(problems).message).toMatch(/duplicate id/);
    expect(data.claims.find((c) => c.id === 'russia-captured-kupiansk')?.text).toMatch(/^Russia announced/);
  });

  it('reports a contradiction that points nowhere and keeps the claim', () => {
    const { data, problems } = withChange((j) => {
      j.claims[0].contradicts = ['no-such-claim'];
    });
    expect(only(problems)).toMatchObject({ path: '$.claims[0].contradicts[0]', field: 'contradicts' });
    expect(data.claims).toHaveLength(10);
    expect(data.claims[0].contradicts).not.toContain('no-such-claim');
  });

  it('reports a missing required field by name, and the links that pointed at the rejected claim', () => {
    const { data, problems } = withChange((j) => {
      delete j.claims[5].text;
    });
    expect(problems[0]).toMatchObject({ path: '$.claims[5].text', field: 'text', record: 'ryabkov-no-nato-forces', message: 'is required' });
    expect(problems.slice(1).map((p) => p.path)).toEqual(['$.claims[2].supports[0]', '$.claims[6].supports[0]']);
    expect(data.claims).toHaveLength(9);
  });

  it('reports an unknown side on an assertion', () => {
    const { problems } = withChange((j) => {
      (j.claims[0].assertions as Record<string, unknown>[])[0].holder = 'XX';
    });
    expect(only(problems)).toMatchObject({ path: '$.claims[0].assertions[0].holder', field: 'assertions.holder' });
  });

  it('reports a file that is not a claims file at all, without throwing', () => {
    const { data, problems } = loadClaims([1, 2, 3], 'broken.json', builtInPlaces());
    expect(only(problems)).toMatchObject({ file: 'broken.json', path: '$', field: '(file)' });
    expect(data.claims).toEqual([]);
  });

  it('keeps HTML in text fields as the very same text', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { data, problems } = withChange((j) => {
      j.claims[3].text = hostile;
    });
    expect(problems).toEqual([]);
    expect(data.claims[3].text).toBe(hostile);
  });
});

describe('loadClaims with assessments', () => {
  it('loads an assessment reference, and reports one that names an undeclared side', () => {
    const { data, problems } = withChange((j) => {
      j.assessments = [
        { id: 'deepstate', url: 'deepstate.geojson', holder: 'RU', date: '2025-12-01', source: 'DeepStateMap', licence: 'tests only' },
        { id: 'bad', url: 'x.geojson', holder: 'XX', date: null, source: 'X', licence: 'x' },
      ];
    });
    expect(data.assessments.map((a) => a.id)).toEqual(['deepstate']);
    expect(only(problems)).toMatchObject({ path: '$.assessments[1].holder', field: 'holder', record: 'bad' });
  });
});

describe('loadClaims on another article', () => {
  it('loads a file about other places, with their own geometry, without code changes', () => {
    const { data, problems } = loadClaims(readJSON('test/fixtures/claims/other-places.json'), 'other-places.json', builtInPlaces());
    expect(problems).toEqual([]);
    expect(data.places.map((p) => p.id)).toEqual(['vovchansk', 'test-square', 'crimea']);
    expect(data.places[0].labelPoint).toEqual([36.9396, 50.2907]);
    const square = data.places[1].labelPoint;
    expect(square[0]).toBeGreaterThan(35);
    expect(square[0]).toBeLessThan(35.5);
  });

  it('makes a one-sided contradiction mutual', () => {
    const { data } = loadClaims(readJSON('test/fixtures/claims/other-places.json'), 'other-places.json', builtInPlaces());
    expect(data.claims.find((c) => c.id === 'ua-holds-vovchansk')?.contradicts).toEqual(['ru-captured-vovchansk']);
  });
});
