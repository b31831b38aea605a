/**
 * The npm package as a site would use it: `npm pack`, install the tarball into a scratch Vite
 * project (offline: the package has no dependencies to fetch), build that project with Vite,
 * serve it and open it. The map must draw the built-in article with nothing copied by hand: the
 * worker, the fonts and the data travel through the consumer's bundler.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from './helpers/static-server.ts';
import { launchChromium, renderedPlaceIds, waitForMapIdle, watchPage } from './helpers/browser.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

let scratch: string;
let site: string;
let tarball: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'cm-npm-pack-'));
  // npm pack runs `prepack` (the package build) and writes the tarball.
  const packed = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: ROOT, timeout: 180_000, maxBuffer: 20 * 1024 * 1024 });
  // The prepack build prints to stdout first (under CI=true its lines hold brackets too): the JSON
  // is what starts with an array of objects at the start of a line.
  const json = packed.stdout.search(/^\[\s*\{/m);
  expect(json, packed.stdout.slice(-2000)).toBeGreaterThanOrEqual(0);
  const [info] = JSON.parse(packed.stdout.slice(json)) as { filename: string; files: { path: string }[] }[];
  tarball = join(scratch, info.filename);

  site = join(scratch, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'scratch-site', private: true, type: 'module', version: '0.0.0' }));
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A site</title><link rel="icon" href="data:,"></head>
<body><h1>A site that installed the package</h1><conflict-map style="height: 600px"></conflict-map>
<script type="module" src="./main.js"></script></body></html>`,
  );
  writeFileSync(join(site, 'main.js'), `import { ConflictMap } from 'conflict-claims-map';\nwindow.__defined = customElements.get('conflict-map') === ConflictMap;\n`);
  // Offline: nothing here may need the registry.
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: site, timeout: 120_000 });
  // The site's own build, with Vite (the repository's copy: the scratch site has no node_modules of its own but the package).
  await run(process.execPath, [VITE, 'build', '--logLevel', 'error'], { cwd: site, timeout: 180_000 });
  server = await startStaticServer({ root: join(site, 'dist') });
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('npm pack, installed into a scratch Vite site and built there', () => {
  it('the tarball holds the element, its types and custom-elements.json, and no dependencies to install', () => {
    const installed = join(site, 'node_modules', 'conflict-claims-map');
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './package/types/package.d.ts', import: './package/conflict-map.js' });
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(readFileSync(join(installed, 'package', 'types', 'package.d.ts'), 'utf8')).toMatch(/export \* from '\.\/index\.js'/);
    expect(readFileSync(join(installed, 'package', 'types', 'index.d.ts'), 'utf8')).toContain('ConflictMap');
    expect(JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8')).modules.length).toBeGreaterThan(0);
    const assets = readdirSync(join(installed, 'package', 'assets'));
    for (const file of ['maplibre-gl-worker', 'claims-worker', 'noto-sans-latin-400', 'places', 'claims', 'countries']) expect(assets.some((a) => a.startsWith(file)), file).toBe(true);
    // The site's build took them in.
    const built = readdirSync(join(site, 'dist', 'assets'));
    for (const file of ['maplibre-gl-worker', 'claims-worker', 'noto-sans-latin-400', 'places', 'claims', 'settlements']) expect(built.some((a) => a.startsWith(file)), file).toBe(true);
  });

  it('the built site draws the built-in article: the map is ready and the places are drawn, all from its own origin', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page, [server.origin]);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __events: string[]; __claims: number };
      w.__events = [];
      document.addEventListener('cm-data-load', (e) => {
        w.__events.push('cm-data-load');
        w.__claims = (e as CustomEvent & { claimCount: number }).claimCount;
      });
      document.addEventListener('cm-map-ready', () => w.__events.push('cm-map-ready'));
      document.addEventListener('cm-data-error', () => w.__events.push('cm-data-error'));
    });
    await page.goto(`${server.origin}/index.html`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __events: string[] }).__events), { timeout: 60_000 }).toContain('cm-map-ready');
    await waitForMapIdle(page);
    expect(await page.evaluate(() => (window as unknown as { __defined: boolean }).__defined)).toBe(true);
    const { events, claims } = await page.evaluate(() => ({ events: (window as unknown as { __events: string[] }).__events, claims: (window as unknown as { __claims: number }).__claims }));
    expect(events).not.toContain('cm-data-error');
    expect(claims).toBeGreaterThan(0);
    // The article's places, drawn as markers.
    expect(await page.evaluate(() => document.querySelector<HTMLElement & { maplibreMap: { querySourceFeatures(id: string): unknown[] } }>('conflict-map')!.maplibreMap.querySourceFeatures('place-markers').length)).toBeGreaterThan(2);
    expect((await renderedPlaceIds(page, ['place-markers-circle'])).length).toBeGreaterThan(0);
    // MapLibre's worker and the claims worker came from the site; no request left it, none failed.
    const urls = watch.requests.map((r) => r.url());
    expect(urls.some((u) => /maplibre-gl-worker/.test(u))).toBe(true);
    expect(urls.some((u) => /\.woff2$/.test(u))).toBe(true);
    expect(watch.foreignRequests).toEqual([]);
    expect(failed).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'test-results', 'npm-package-site.png') });
    await context.close();
  });
});
