/**
 * Large data, as a newsroom would publish it: a claims file packed with `npm run pack-claims`,
 * served as static files, given to the element by `src`. The places draw; opening a place fetches
 * its chunk and nothing else; a file with 100,000 distinct places draws (as clusters) and a
 * place in it opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import type { StaticServer } from './helpers/static-server.ts';
import { useBrowserSession } from './helpers/session.ts';
import { readText, renderedProperty, screenPoint, type PageWatch } from './helpers/browser.ts';
import { syntheticClaimsOnManyPlaces } from '../../src/model/synthetic-claims.ts';
import { packClaims } from '../../src/model/pack/pack-claims.ts';
import type { PackManifest } from '../../src/model/pack/format.ts';
import { LAYER } from '../../src/map/style/ids.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PACKS = mkdtempSync(join(tmpdir(), 'cm-packs-'));

type Oblasts = { features: { properties: { name_en: string }; geometry: Polygon | MultiPolygon }[] };
const oblasts = JSON.parse(readFileSync(join(ROOT, 'public/data/basemap/oblasts.geojson'), 'utf8')) as Oblasts;
const areas = oblasts.features.map((f) => ({ name: f.properties.name_en, geometry: f.geometry }));

function writePack(name: string, claims: number, places: number, chunkClaims: number): PackManifest {
  const file = syntheticClaimsOnManyPlaces(claims, { places, areas }, 11);
  const { files, manifest } = packClaims(file, `${name}.json`, [], { chunkClaims });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(PACKS, name, path)), { recursive: true });
    writeFileSync(join(PACKS, name, path), text);
  }
  return manifest;
}

let server: StaticServer;
let page: Page;
let watch: PageWatch;
let small: PackManifest;

beforeAll(() => {
  small = writePack('small', 3000, 300, 200);
  writePack('wide', 100_000, 100_000, 4000);
});
afterAll(() => rmSync(PACKS, { recursive: true, force: true }));
useBrowserSession(
  () => ({ mounts: { '/packs/': PACKS } }),
  (s) => ({ server, page, watch } = s),
);

const packRequests = () => watch.requests.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith('/packs/'));

/** Clicks the drawn marker or cluster point of a place (zooming in on it until it is unclustered). */
async function openPlaceOnMap(placeId: string, lngLat: [number, number]) {
  await page.evaluate(([ll]) => document.querySelector('conflict-map')!.maplibreMap!.jumpTo({ center: ll as [number, number], zoom: 12 }), [lngLat] as const);
  await expect
    .poll(async () => ((await renderedProperty(page, [LAYER.clusterPoints, LAYER.markers], 'id')) as string[]).includes(placeId))
    .toBe(true);
  const { x, y } = await screenPoint(page, lngLat);
  await page.mouse.click(x, y);
}

describe('a packed claims folder', () => {
  it('draws the places from the packed folder and, opening a place, fetches only its chunk', async () => {
    // What is drawn at the moment cm-map-ready fires: the places, not only the basemap.
    await page.addInitScript(() => {
      document.addEventListener('cm-map-ready', (e) => {
        const m = (e.target as HTMLElement & { maplibreMap: { queryRenderedFeatures(o: object): unknown[] } }).maplibreMap;
        (window as unknown as { __drawnAtReady: number }).__drawnAtReady = m.queryRenderedFeatures({ layers: ['place-clusters-circle', 'place-clusters-point'] }).length;
      });
    });
    await page.goto(`${server.origin}/embed.html?no-controls&src=/packs/small/`);
    await page.waitForFunction(() => (window as unknown as { __drawnAtReady?: number }).__drawnAtReady !== undefined, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { __drawnAtReady: number }).__drawnAtReady)).toBeGreaterThan(0);
    expect(packRequests().sort()).toEqual(['/packs/small/index.json', '/packs/small/manifest.json', '/packs/small/places.json']);
    await expect.poll(() => readText(page.locator('cm-place-list #list-title'))).toBe('Places (300)');

    const place = (JSON.parse(readFileSync(join(PACKS, 'small/places.json'), 'utf8')) as { places: { id: string; chunk: number; claims: number; geometry: { coordinates: [number, number] } }[] }).places.find(
      (p) => p.claims >= 3,
    )!;
    await openPlaceOnMap(place.id, place.geometry.coordinates);
    const heading = page.locator('cm-claims-panel #panel-title');
    await expect.poll(() => readText(heading)).toContain(`Synthetic place ${place.id.slice(4)}`);
    // The full claims arrive: their text, not empty cards.
    await expect.poll(() => readText(page.locator('cm-claims-panel cm-claim-card').first())).toMatch(/Synthetic claim \d+, for benchmarks only/);
    expect(await page.locator('cm-claims-panel cm-claim-card').count()).toBe(Math.min(50, place.claims));
    const chunks = packRequests().filter((p) => p.includes('/chunks/'));
    expect(chunks).toEqual([`/packs/small/${small.chunks[place.chunk].file}`]);
    expect(small.chunks.length).toBeGreaterThan(5);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('reports a chunk that cannot be fetched, and keeps the map', async () => {
    await page.route('**/packs/small/chunks/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
    // The located problem is for the editor: readers get a short sentence.
    await page.goto(`${server.origin}/embed.html?no-controls&editor&src=/packs/small/manifest.json`);
    await expect.poll(() => readText(page.locator('cm-place-list #list-title'))).toBe('Places (300)');
    await page.locator('cm-place-list li.place button').first().click();
    await expect.poll(() => readText(page.locator('.notice'))).toMatch(/chunks\/\d+\.json: \$: \(file\): could not be loaded: the server answered 404/);
    expect(await readText(page.locator('cm-place-list #list-title'))).toBe('Places (300)');
  });

  it('draws 100,000 distinct places as clusters, and a place among them opens', async () => {
    await page.goto(`${server.origin}/embed.html?no-controls&src=/packs/wide/`);
    await expect.poll(async () => (await renderedProperty(page, [LAYER.clusterCircles], 'claims')).length, { timeout: 200_000 }).toBeGreaterThan(0);
    const total = ((await renderedProperty(page, [LAYER.clusterCircles, LAYER.clusterPoints], 'claims')) as number[]).reduce((n, c) => n + (c ?? 0), 0);
    expect(total).toBeGreaterThan(50_000);
    const places = JSON.parse(readFileSync(join(PACKS, 'wide/places.json'), 'utf8')) as { places: { id: string; geometry: { coordinates: [number, number] } }[] };
    const place = places.places[77_777];
    await openPlaceOnMap(place.id, place.geometry.coordinates);
    await expect.poll(() => readText(page.locator('cm-claims-panel #panel-title')), { timeout: 30_000 }).toContain(`Synthetic place ${place.id.slice(4)}`);
    await expect.poll(() => readText(page.locator('cm-claims-panel cm-claim-card').first())).toMatch(/Synthetic claim \d+/);
    expect(packRequests().filter((p) => p.includes('/chunks/'))).toHaveLength(1);
    expect(watch.pageErrors).toEqual([]);
    // Generous: software WebGL on a shared machine; this test checks what is drawn, not how fast.
  }, 300_000);
});
