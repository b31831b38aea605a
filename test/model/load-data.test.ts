import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssessments, loadClaimsData } from '../../src/model/load-data.ts';
import type { OriginPolicy } from '../../src/model/origin-policy.ts';
import { ROOT } from '../helpers/data.ts';

let server: Server;
let origin = '';
const files: Record<string, string> = {
  '/data/places.geojson': readFileSync(join(ROOT, 'public/data/places.geojson'), 'utf8'),
  '/data/claims.json': readFileSync(join(ROOT, 'public/data/claims.json'), 'utf8'),
  '/areas.geojson': JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[37, 49], [38, 49], [38, 50], [37, 49]]] } }],
  }),
};
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/never.json') return;
    const body = files[req.url ?? ''];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const a = server.address();
  origin = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const policy = (): OriginPolicy => ({ own: [origin], allowed: [] });
const request = (src: string) => ({ src, dataFolder: `${origin}/data/`, base: `${origin}/index.html`, policy: policy(), fetch: { timeoutMs: 500 } });

describe('loadClaimsData', () => {
  it('reads a claims file given in memory (the authoring page’s draft) instead of fetching one', async () => {
    const draft = { sides: [{ id: 'RU', label: 'Russia' }], actors: [{ id: 'a', name: 'A', kind: 'person', side: 'RU' }], sources: [{ id: 's', title: 'T', outlet: null, author: null, date: null, url: null }], places: [{ id: 'crimea' }], claims: [{ id: 'c', actor: 'a', source: 's', places: ['crimea'], kind: 'position', text: 'x', textType: 'quote', statedOn: null, verification: { status: 'not-assessed', by: null } }] };
    const r = await loadClaimsData({ ...request('https://elsewhere.example/claims.json'), json: { value: draft, name: 'draft' } });
    expect(r.problems).toEqual([]);
    expect(r.data.claims.map((c) => c.id)).toEqual(['c']);
    expect(r.data.places.map((p) => p.id)).toEqual(['crimea']);
    expect(r.claimsUrl).toBe('draft');
  });

  it('loads the built-in claims and places, with true counts', async () => {
    const r = await loadClaimsData(request(''));
    expect(r.problems).toEqual([]);
    expect(r.data.claims).toHaveLength(10);
    expect(r.counts.claims).toEqual({ total: 10, loaded: 10 });
    expect(r.claimsUrl).toBe(`${origin}/data/claims.json`);
  });

  it('refuses a data: src and shows the built-in claims, saying so', async () => {
    const r = await loadClaimsData(request('data:application/json,{"claims":[]}'));
    expect(r.data.claims).toHaveLength(10);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ field: 'src' });
    expect(r.problems[0].message).toMatch(/data: URLs are never loaded.*the built-in claims are shown instead/);
  });

  it('refuses a src on another origin', async () => {
    const r = await loadClaimsData(request('https://evil.example/claims.json'));
    expect(r.problems[0].message).toMatch(/https:\/\/evil.example is not this page’s origin/);
  });

  it('ends a src that never answers in a message, and still has the built-in places', async () => {
    const r = await loadClaimsData(request('/never.json'));
    expect(r.data.claims).toEqual([]);
    expect(r.data.places.length).toBeGreaterThan(4);
    expect(r.problems).toEqual([{ file: `${origin}/never.json`, path: '$', field: '(file)', message: 'could not be loaded: did not answer within 0.5 s' }]);
  });
});

describe('loadAssessments', () => {
  const ref = (id: string, url: string) => ({ id, url, holder: 'RU', date: '2025-12-01', source: 'Test', licence: 'test only' });
  it('loads what it can; a silent, a foreign and a javascript: URL are each reported', async () => {
    const r = await loadAssessments(
      [ref('ok', '../areas.geojson'), ref('slow', '/never.json'), ref('far', '//evil.example/a.geojson'), ref('js', 'javascript:alert(1)')],
      `${origin}/data/claims.json`,
      policy(),
      { timeoutMs: 500 },
    );
    expect(r.assessments.map((a) => a.id)).toEqual(['ok']);
    expect(r.problems.map((p) => p.record)).toEqual(['far', 'js', 'slow']);
    expect(r.problems.find((p) => p.record === 'slow')?.message).toBe('could not be loaded: did not answer within 0.5 s');
  });
});
