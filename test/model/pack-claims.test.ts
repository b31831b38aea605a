import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { packClaims } from '../../src/model/pack/pack-claims.ts';
import { isPackUrl, manifestUrl, type PackIndex, type PackManifest, type PlacesFile } from '../../src/model/pack/format.ts';
import { loadPack } from '../../src/model/pack/read-pack.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import { deriveStatuses } from '../../src/model/derive-status.ts';
import { syntheticClaimsOnManyPlaces } from '../../src/model/synthetic-claims.ts';
import { articleClaims, builtInPlaces } from '../helpers/data.ts';

type Oblasts = { features: { properties: { name_en: string }; geometry: Polygon | MultiPolygon }[] };
const oblasts = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/basemap/oblasts.geojson'), 'utf8')) as Oblasts;
const areas = oblasts.features.map((f) => ({ name: f.properties.name_en, geometry: f.geometry }));

/** Serves packed files from memory, recording what was asked for. */
function serve(files: Map<string, string>, base = 'https://example.org/pack/') {
  const requested: string[] = [];
  const fetchJson = async (url: string) => {
    requested.push(url.slice(base.length));
    const text = files.get(url.slice(base.length));
    if (text === undefined) throw new Error('the server answered 404 Not Found');
    return JSON.parse(text) as unknown;
  };
  return { requested, fetchJson, base };
}

describe('packClaims', () => {
  const synthetic = syntheticClaimsOnManyPlaces(2000, { places: 300, areas }, 5);
  const { files, manifest, problems } = packClaims(JSON.parse(JSON.stringify(synthetic)), 'synthetic.json', [], { chunkClaims: 250 });

  it('writes a manifest, a places file, an index and chunks that hold every claim once per chunk', () => {
    expect(problems).toEqual([]);
    expect(manifest.claimCount).toBe(2000);
    expect(manifest.placeCount).toBe(300);
    expect(manifest.chunks.length).toBeGreaterThan(4);
    const chunkClaims = manifest.chunks.flatMap((c) => (JSON.parse(files.get(c.file)!) as { claims: { id: string }[] }).claims.map((x) => x.id));
    expect(new Set(chunkClaims).size).toBe(2000);
    expect(manifest.chunks.reduce((n, c) => n + c.claims, 0)).toBe(chunkClaims.length);
    // Chunks stay near the asked size (a place is never split).
    expect(Math.max(...manifest.chunks.map((c) => c.claims))).toBeLessThan(400);
    const index = JSON.parse(files.get('index.json')!) as PackIndex;
    expect(index.ids).toHaveLength(2000);
    expect(files.get('index.json')).not.toContain('Synthetic claim');
  });

  it('gives each place its count, counts per side, status and chunk, the chunk holding its claims', () => {
    const { data } = loadClaims(JSON.parse(JSON.stringify(synthetic)), 'synthetic.json', []);
    const statuses = deriveStatuses(data.claims, data.places.map((p) => p.id));
    const placesFile = JSON.parse(files.get('places.json')!) as PlacesFile;
    for (const p of placesFile.places) {
      const claims = data.claims.filter((c) => c.places.includes(p.id));
      expect(p.claims).toBe(claims.length);
      expect(p.bySide.RU + p.bySide.UA).toBe(claims.length);
      expect(p.bySide.RU).toBe(claims.filter((c) => c.actor === 'synthetic-ru').length);
      expect(p.status).toBe(statuses.get(p.id)!.status);
      const chunk = JSON.parse(files.get(manifest.chunks[p.chunk].file)!) as { claims: { id: string }[] };
      const inChunk = new Set(chunk.claims.map((c) => c.id));
      expect(claims.every((c) => inChunk.has(c.id))).toBe(true);
    }
  });

  it('reports the problems it found, located in the original file, and packs the valid rest', () => {
    const file = articleClaims();
    file.claims[1] = { ...file.claims[1], source: 'nowhere' };
    const packed = packClaims(file, 'article.json', builtInPlaces());
    expect(packed.problems[0]).toEqual(expect.objectContaining({ file: 'article.json', path: '$.claims[1].source', field: 'source' }));
    const manifest = JSON.parse(packed.files.get('manifest.json')!) as PackManifest;
    expect(manifest.problems).toEqual(packed.problems);
    expect(manifest.claimCount).toBe(file.claims.length - 1);
  });
});

describe('loadPack', () => {
  it('gives the same statuses as the single file, at any as-of date, and fetches a place’s chunk only when asked', async () => {
    const file = articleClaims();
    const places = builtInPlaces();
    const single = loadClaims(JSON.parse(JSON.stringify(file)), 'claims.json', places);
    const { files } = packClaims(JSON.parse(JSON.stringify(file)), 'claims.json', places, { chunkClaims: 3 });
    const server = serve(files);
    const { data, problems, pack } = await loadPack(server.base, server.fetchJson);
    expect(problems).toEqual([]);
    expect(server.requested).toEqual(['manifest.json', 'places.json', 'index.json']);
    expect(data.places.map((p) => p.id).sort()).toEqual(single.data.places.map((p) => p.id).sort());
    const ids = single.data.places.map((p) => p.id);
    for (const asOf of [null, '2022-01-01', '2025-11-01']) {
      const a = deriveStatuses(single.data.claims, ids, asOf);
      const b = deriveStatuses(data.claims, ids, asOf);
      for (const id of ids) {
        expect([id, asOf, b.get(id)!.status, b.get(id)!.holders]).toEqual([id, asOf, a.get(id)!.status, a.get(id)!.holders]);
        expect(b.get(id)!.basis.map((c) => c.id)).toEqual(a.get(id)!.basis.map((c) => c.id));
      }
    }
    // Skeletons carry no text until their chunk is in.
    const kupiansk = data.claims.filter((c) => c.places.includes('kupiansk'));
    expect(kupiansk.every((c) => c.text === '' && pack!.resolve(c) === undefined)).toBe(true);
    expect(await pack!.loadPlaces(['kupiansk'])).toEqual([]);
    const chunkFiles = server.requested.filter((r) => r.startsWith('chunks/'));
    expect(chunkFiles).toHaveLength(1);
    expect(pack!.hasPlaces(['kupiansk'])).toBe(true);
    for (const c of kupiansk) expect(pack!.resolve(c)).toEqual(single.data.claims.find((x) => x.id === c.id));
    // Asked again: no second request.
    await pack!.loadPlaces(['kupiansk']);
    expect(server.requested.filter((r) => r.startsWith('chunks/'))).toHaveLength(1);
  });

  it('says which file is missing, keeps the manifest’s problems, and retries a chunk that failed', async () => {
    const { files } = packClaims(articleClaims(), 'claims.json', builtInPlaces(), { chunkClaims: 3 });
    const noIndex = new Map(files);
    noIndex.delete('index.json');
    const broken = await loadPack('https://example.org/pack/manifest.json', serve(noIndex).fetchJson);
    expect(broken.problems).toEqual([expect.objectContaining({ file: 'https://example.org/pack/index.json', message: expect.stringContaining('404') })]);

    const noChunk = new Map(files);
    const first = [...files.keys()].find((k) => k.startsWith('chunks/'))!;
    noChunk.delete(first);
    const server = serve(noChunk);
    const { pack, data } = await loadPack(server.base, server.fetchJson);
    const everyPlace = data.places.map((p) => p.id);
    const chunkProblems = await pack!.loadPlaces(everyPlace);
    expect(chunkProblems).toEqual([expect.objectContaining({ file: `https://example.org/pack/${first}` })]);
    expect(pack!.hasPlaces(everyPlace)).toBe(false);
    noChunk.set(first, files.get(first)!);
    expect(await pack!.loadPlaces(everyPlace)).toEqual([]);
    expect(pack!.hasPlaces(everyPlace)).toBe(true);
  });

  it('recognises a packed folder by its src', () => {
    expect(isPackUrl('data/big/')).toBe(true);
    expect(isPackUrl('https://x.org/big/manifest.json?v=2')).toBe(true);
    expect(isPackUrl('claims.json')).toBe(false);
    expect(manifestUrl('https://x.org/big/')).toBe('https://x.org/big/manifest.json');
    expect(manifestUrl('https://x.org/big/manifest.json')).toBe('https://x.org/big/manifest.json');
  });
});
