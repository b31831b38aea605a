/**
 * Embedding, as an editor would: the element and the iframe on other pages, under a strict
 * Content-Security-Policy, with nothing requested outside the map's and the host's origins.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './helpers/static-server.ts';
import { clickMarker, launchChromium, readText, renderedPlaceIds, waitForMapIdle, watchPage, type PageWatch } from './helpers/browser.ts';
import { LAYER } from '../../src/map/style/ids.ts';
import type { ConflictMap } from '../../src/components/conflict-map/conflict-map.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const STRICT_CSP = "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:";

/** Two elements and an iframe on one page (the same markup on both hosts). */
function hostPage(assets: string, frameSrc: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/host.css">
<script type="module" src="${assets}/conflict-map.js"></script>
<script src="${assets}/embed-resize.js" defer></script></head>
<body><main><h1>An article with maps</h1>
<div class="slot"><conflict-map id="a" layers="contested"></conflict-map></div>
<div class="slot"><conflict-map id="b" no-list></conflict-map></div>
<conflict-map id="broken" src="${assets}/no-such-claims.json"></conflict-map>
<iframe id="frame1" title="Map: who claims what, where" src="${frameSrc}" width="100%"></iframe>
</main></body></html>`;
}

// Inline styles are not allowed under the CSP, so the host page's own layout is a stylesheet.
const HOST_CSS: [string, string] = ['text/css', '.slot { height: 620px; } iframe { border: 0; display: block; }'];

/** Records CSP violations and the public events in every frame, before any page script runs. */
const RECORDER = () => {
  const w = window as unknown as { __csp: string[]; __events: string[] };
  w.__csp = [];
  w.__events = [];
  document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  for (const type of ['cm-place-select', 'cm-claim-select', 'cm-layers-change', 'cm-data-load', 'cm-data-error']) {
    document.addEventListener(type, (e) => w.__events.push(`${(e.target as HTMLElement).id}:${type}`));
  }
};

const cspViolations = (f: Page | Frame) => f.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
const events = (f: Page | Frame) => f.evaluate(() => (window as unknown as { __events: string[] }).__events);

let maps: StaticServer;
let host: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  // The map's own origin: dist/ under the strict CSP, CORS open so other origins can load it.
  maps = await startStaticServer({
    root: join(ROOT, 'dist'),
    headers: { 'Content-Security-Policy': STRICT_CSP },
    routes: { '/strict-host.html': ['text/html; charset=utf-8', hostPage('', '/embed.html?place=crimea&id=frame1')], '/host.css': HOST_CSS },
  });
  // Another origin: an article page that loads the map from the map's origin. Its CSP is the
  // strict one plus what loading from another origin needs (README, "Embedding").
  const hostCsp = `default-src 'self'; script-src 'self' ${maps.origin}; worker-src 'self' blob: ${maps.origin}; connect-src 'self' ${maps.origin}; font-src 'self' ${maps.origin}; style-src 'self'; img-src 'self' data: blob:; frame-src ${maps.origin}`;
  host = await startStaticServer({
    root: join(ROOT, 'test/fixtures'),
    headers: { 'Content-Security-Policy': hostCsp },
    routes: { '/article.html': ['text/html; charset=utf-8', hostPage(maps.origin, `${maps.origin}/embed.html?place=crimea&id=frame1`)], '/host.css': HOST_CSS },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await maps?.close();
  await host?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(RECORDER);
  page = await context.newPage();
  watch = watchPage(page, [maps.origin, host.origin]);
});

afterEach(async () => {
  await context.close();
});

async function waitForElements(p: Page) {
  for (const id of ['#a', '#b']) {
    await p.waitForFunction((sel) => Boolean(document.querySelector<HTMLElement & { maplibreMap: unknown }>(sel)?.maplibreMap), id, { timeout: 60_000 });
    await waitForMapIdle(p, id);
  }
}

const heading = (p: Page, id: string) => readText(p.locator(`${id} cm-claims-panel #panel-title`));

describe.each([
  ['on the map’s own origin, under the strict CSP', () => `${maps.origin}/strict-host.html`],
  ['on another origin, loading the map from the map’s origin', () => `${host.origin}/article.html`],
])('two elements and an iframe %s', (_name, url) => {
  it('render and select independently, fire their events, and break no CSP rule', async () => {
    await page.goto(url());
    await waitForElements(page);
    await expect.poll(() => renderedPlaceIds(page, [LAYER.markers], '#a')).toContain('kupiansk');
    await expect.poll(() => renderedPlaceIds(page, [LAYER.markers], '#b')).toContain('kupiansk');

    await clickMarker(page, 'kupiansk', '#a');
    await expect.poll(() => heading(page, '#a')).toContain('Kupiansk');
    expect(await page.locator('#b cm-claims-panel').count()).toBe(0);
    await page.locator('#b').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ROOT, 'test-results', 'embed-host.png'), fullPage: true });
    await clickMarker(page, 'crimea', '#b');
    await expect.poll(() => heading(page, '#b')).toContain('Crimea');
    expect(await heading(page, '#a')).toContain('Kupiansk');

    // Each element has its own layers: #a shows only contested areas.
    expect(await page.evaluate(() => document.querySelector<ConflictMap>('#a')!.maplibreMap!.getLayoutProperty('status-claimed-fill', 'visibility'))).toBe('none');
    expect(await page.evaluate(() => document.querySelector<ConflictMap>('#b')!.maplibreMap!.getLayoutProperty('status-claimed-fill', 'visibility'))).toBe('visible');

    // Changing an attribute updates that element only, without a reload, and fires no event.
    const before = (await events(page)).length;
    await page.evaluate(() => document.querySelector('#a')!.setAttribute('place', 'donbas'));
    await expect.poll(() => heading(page, '#a')).toContain('Donbas');
    expect(await heading(page, '#b')).toContain('Crimea');
    expect((await events(page)).length).toBe(before);

    const fired = await events(page);
    expect(fired).toEqual(expect.arrayContaining(['a:cm-data-load', 'b:cm-data-load', 'a:cm-place-select', 'b:cm-place-select', 'broken:cm-data-error']));

    // The iframe: drawn, its panel open on Crimea, and resized by the host to its content.
    // Frames and elements start lazily: bring the frame near the viewport first.
    await page.locator('#frame1').scrollIntoViewIfNeeded();
    await expect.poll(() => page.frame({ url: /embed\.html/ }) !== null).toBe(true);
    const frame = page.frame({ url: /embed\.html/ })!;
    expect(frame).toBeTruthy();
    await expect.poll(() => readText(frame.locator('cm-claims-panel #panel-title'))).toContain('Crimea');
    await expect.poll(() => page.locator('#frame1').getAttribute('height')).not.toBeNull();
    const frameHeight = Number(await page.locator('#frame1').getAttribute('height'));
    expect(frameHeight).toBeGreaterThanOrEqual(600);
    expect((await page.locator('#frame1').boundingBox())!.height).toBeCloseTo(frameHeight, 0);

    expect(await cspViolations(page)).toEqual([]);
    expect(await cspViolations(frame)).toEqual([]);
    // The one console error allowed is the broken element's own 404.
    expect(watch.consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('shows a broken src as the element’s error state, with the located problem', async () => {
    await page.goto(url());
    const notice = page.locator('#broken .notice');
    await expect.poll(() => notice.count()).toBeGreaterThan(0);
    expect(await readText(notice)).toMatch(/could not be loaded: the server answered 404 for \S*no-such-claims\.json/);
    // Not a blank box: the built-in places are still listed and drawn.
    await expect.poll(() => renderedPlaceIds(page, [LAYER.placesHit], '#broken')).toHaveLength(5);
  });
});

describe('the embed page', () => {
  it('keeps a keyboard path to the claims when the list is hidden', async () => {
    await page.goto(`${maps.origin}/embed.html?no-list&no-controls`);
    await page.waitForFunction(() => Boolean(document.querySelector('conflict-map')?.maplibreMap));
    await waitForMapIdle(page);
    const menu = page.getByRole('button', { name: /Places \(5\)/ });
    await menu.focus();
    await page.keyboard.press('Enter');
    const kupiansk = page.getByRole('button', { name: /^Kupiansk/ });
    await expect.poll(() => kupiansk.isVisible()).toBe(true);
    await kupiansk.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page, 'conflict-map')).toContain('Kupiansk');
  });

  it('takes the element’s options as query parameters', async () => {
    await page.goto(`${maps.origin}/embed.html?place=kupiansk&layers=claimed&no-list&lang=uk`);
    await page.waitForFunction(() => Boolean(document.querySelector('conflict-map')?.maplibreMap));
    await waitForMapIdle(page);
    await expect.poll(() => heading(page, 'conflict-map')).toContain('Куп’янськ');
    expect(await page.locator('conflict-map').getAttribute('layers')).toBe('claimed');
    // No list over the map; it is folded into its drawer, closed, one button away.
    expect(await page.locator('conflict-map .list').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /Місця \(\d+\)/ }).getAttribute('aria-expanded')).toBe('false');
    expect(await cspViolations(page)).toEqual([]);
  });
});
