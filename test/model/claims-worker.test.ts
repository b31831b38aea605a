/**
 * The worker's pipeline, run as the worker runs it: a message in, fetch + parse + validation,
 * one message out that survives a structured clone, problems located.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packClaims } from '../../src/model/pack/pack-claims.ts';
import { deriveStatuses } from '../../src/model/derive-status.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import type { ClaimsLoad } from '../../src/model/load-data.ts';
import { ROOT, articleClaims, builtInPlaces } from '../helpers/data.ts';

const ORIGIN = 'https://maps.example.org';
const posted: { id: number; result?: ClaimsLoad; error?: string }[] = [];
let onmessage: (e: { data: unknown }) => Promise<void>;

/** Files served by the stubbed fetch: path → body. */
const served = new Map<string, string>();

beforeAll(async () => {
  const self = { postMessage: (m: unknown) => posted.push(structuredClone(m) as (typeof posted)[number]), onmessage: null as unknown };
  vi.stubGlobal('self', self);
  await import('../../src/model/worker/claims-worker.ts');
  onmessage = self.onmessage as typeof onmessage;
  served.set('/data/places.geojson', readFileSync(join(ROOT, 'public/data/places.geojson'), 'utf8'));
  const bad = articleClaims();
  bad.claims[0] = { ...bad.claims[0], actor: 'nobody' };
  served.set('/data/bad.json', JSON.stringify(bad));
  for (const [path, text] of packClaims(articleClaims(), 'claims.json', builtInPlaces(), { chunkClaims: 3 }).files) served.set(`/packed/${path}`, text);
  vi.stubGlobal('fetch', async (url: string) => {
    const body = served.get(new URL(url).pathname);
    return body === undefined ? new Response('missing', { status: 404, statusText: 'Not Found' }) : new Response(body, { status: 200 });
  });
});

afterEach(() => {
  posted.length = 0;
});

const request = (src: string) => ({ src, dataFolder: `${ORIGIN}/data/`, base: `${ORIGIN}/page.html`, policy: { own: [ORIGIN], allowed: [] } });

describe('claims worker', () => {
  it('answers a claims file with its valid rest and located problems', async () => {
    await onmessage({ data: { id: 7, request: request('/data/bad.json') } });
    expect(posted).toHaveLength(1);
    const { id, result } = posted[0];
    expect(id).toBe(7);
    expect(result!.problems[0]).toEqual(expect.objectContaining({ file: `${ORIGIN}/data/bad.json`, path: '$.claims[0].actor', field: 'actor' }));
    expect(result!.data.claims.length).toBe(articleClaims().claims.length - 1);
    expect(result!.data.places.some((p) => p.id === 'kupiansk')).toBe(true);
  });

  it('answers a packed folder with the same statuses as the file it was built from', async () => {
    await onmessage({ data: { id: 8, request: request('/packed/') } });
    const { result } = posted[0];
    expect(result!.problems).toEqual([]);
    expect(result!.pack?.url).toBe(`${ORIGIN}/packed/manifest.json`);
    const single = loadClaims(articleClaims(), 'claims.json', builtInPlaces());
    const ids = single.data.places.map((p) => p.id);
    const a = deriveStatuses(single.data.claims, ids);
    const b = deriveStatuses(result!.data.claims, ids);
    expect(ids.map((id) => b.get(id)!.status)).toEqual(ids.map((id) => a.get(id)!.status));
  });

  it('reports a file that is not there, naming it', async () => {
    await onmessage({ data: { id: 9, request: request('/nothing/') } });
    expect(posted[0].result!.problems).toEqual([
      expect.objectContaining({ file: `${ORIGIN}/nothing/manifest.json`, message: expect.stringContaining('404') }),
    ]);
  });
});
