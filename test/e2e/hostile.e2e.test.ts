/**
 * Hostile and broken input, in real Chromium against the production build: a server that
 * never answers, a data: src, a src on another origin with and without the allow-list, a bidi
 * override, a 20,000-character name, a 500,000-vertex polygon, a bad theme variable,
 * ?lang=__proto__, and the three cosmetic typos. The map never hangs, never shows data the
 * publisher did not allow, and never goes blank.
 */
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './helpers/static-server.ts';
import { launchChromium, readText, renderedPlaceIds, renderedProperty, waitForMapIdle, watchPage, type PageWatch } from './helpers/browser.ts';
import { LAYER } from '../../src/map/style/ids.ts';
import { ROOT } from '../helpers/data.ts';

const SHOTS = join(ROOT, 'test-results');
mkdirSync(SHOTS, { recursive: true });

const article = () => JSON.parse(readFileSync(join(ROOT, 'public/data/claims.json'), 'utf8'));
const corpus = (name: string) => readFileSync(join(ROOT, 'test/fixtures/hostile', name), 'utf8');

/** A file that spoofs a confirmed quote: what a link must not be able to show under the publisher's domain. */
function fabricated(): string {
  const j = article();
  j.claims[0].text = 'FABRICATED: Kupiansk has fallen';
  j.claims[0].verification = { status: 'confirmed', by: 'Reuters', note: 'Confirmed (Reuters)' };
  return JSON.stringify(j);
}

/** The article with an assessment whose server never answers. */
function withSilentAssessment(): string {
  const j = article();
  j.assessments = [{ id: 'silent', url: '/hang.geojson', holder: 'RU', date: '2025-12-01', source: 'Silent', licence: 'test' }];
  return JSON.stringify(j);
}

/** The article plus a place with a 20,000-character name and a 500,000-vertex polygon. */
function hugeShapes(): string {
  const j = article();
  const ring: [number, number][] = [];
  const n = 500_000;
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    ring.push([+(33 + Math.cos(a) * (1 + 0.1 * Math.sin(a * 50))).toFixed(5), +(47 + Math.sin(a) * 0.7).toFixed(5)]);
  }
  ring.push(ring[0]);
  const meta = { precision: 'test shape', dataSource: 'test', licence: 'CC0' };
  j.places.push({ id: 'long-name', names: { en: `L${'o'.repeat(20_000)}ng` }, geometry: { type: 'Point', coordinates: [35.5, 48.2] }, ...meta });
  j.places.push({ id: 'huge', names: { en: 'Huge polygon' }, kind: 'region', geometry: { type: 'Polygon', coordinates: [ring] }, ...meta });
  j.claims[0].places.push('long-name', 'huge');
  return JSON.stringify(j);
}

const hostPage = (body: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="/conflict-map.js"></script>${head}
<style>conflict-map { display: block; height: 600px; }</style></head><body>${body}</body></html>`;

let server: StaticServer;
let other: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  // Another origin, serving a claims file of its own.
  other = await startStaticServer({ root: join(ROOT, 'dist'), routes: { '/claims.json': ['application/json', fabricated()] } });
  server = await startStaticServer({
    root: join(ROOT, 'dist'),
    hang: ['/hang.json', '/hang.geojson'],
    routes: {
      '/fixtures/silent-assessment.json': ['application/json', withSilentAssessment()],
      '/fixtures/huge.json': ['application/json', hugeShapes()],
      '/fixtures/bidi.json': ['application/json', corpus('bidi-override-in-labels.json')],
      '/fixtures/typos.json': ['application/json', corpus('typo-all-three.json')],
      '/fixtures/constructor.json': ['application/json', corpus('place-id-constructor.json')],
      '/host-deny.html': ['text/html', hostPage(`<conflict-map place="kupiansk" src="${other.origin}/claims.json"></conflict-map>`)],
      '/host-allow.html': ['text/html', hostPage(`<conflict-map place="kupiansk" src="${other.origin}/claims.json" allow-origins="${other.origin}"></conflict-map>`)],
      '/host-theme.html': ['text/html', hostPage('<conflict-map></conflict-map>', '<style>conflict-map { --cm-claimed: banana; --cm-contested: rgb(0 128 0); }</style>')],
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  watch = watchPage(page, [server.origin, other.origin]);
  // What the element announces: the claims it loaded, and its problems.
  await page.addInitScript(() => {
    const w = window as unknown as { loads: number[]; loadedAt: number[]; warnings: string[] };
    w.loads = [];
    w.loadedAt = [];
    w.warnings = [];
    document.addEventListener('cm-data-load', (e) => {
      w.loads.push((e as Event & { claimCount: number }).claimCount);
      w.loadedAt.push(performance.now());
    });
    const warn = console.warn.bind(console);
    console.warn = (...args: unknown[]) => {
      w.warnings.push(args.map(String).join(' '));
      warn(...args);
    };
  });
});

afterEach(async () => {
  await context?.close();
});

const loads = () => page.evaluate(() => (window as unknown as { loads: number[] }).loads);
const notice = () => readText(page.locator('conflict-map .notice'));
const cspViolations = () => watch.consoleErrors.filter((e) => /Content Security Policy/i.test(e));

describe('a server that never answers', () => {
  it('ends "Loading claims…" with a message and the built-in places, never waiting forever', async () => {
    await page.goto(`${server.origin}/embed.html?editor&src=/hang.json`);
    expect(await readText(page.locator('conflict-map'))).toContain('Loading claims…');
    await expect.poll(notice, { timeout: 40_000 }).toContain('hang.json: $: (file): could not be loaded: did not answer within 15 s');
    expect(await readText(page.locator('conflict-map'))).not.toContain('Loading claims…');
    await expect.poll(async () => (await renderedPlaceIds(page, [LAYER.placesHit])).length, { timeout: 30_000 }).toBe(5);
    expect(watch.pageErrors).toEqual([]);
  });

  it('shows all claims before an assessment that never answers, and reports it beside them', async () => {
    await page.goto(`${server.origin}/embed.html?editor&src=/fixtures/silent-assessment.json`);
    await expect.poll(loads, { timeout: 30_000 }).toEqual([10]);
    // The claims came in long before the assessment's 15 s limit.
    expect((await page.evaluate(() => (window as unknown as { loadedAt: number[] }).loadedAt))[0]).toBeLessThan(12_000);
    expect(await notice()).toBe('');
    await expect.poll(notice, { timeout: 40_000 }).toContain('hang.geojson: $ (silent): (file): could not be loaded: did not answer within 15 s');
    expect(await loads()).toEqual([10]);
  });
});

describe('where data may come from', () => {
  it('never loads a data: src from a link; the built-in claims show, and the reader is told', async () => {
    const data = `data:application/json,${encodeURIComponent(fabricated())}`;
    await page.goto(`${server.origin}/embed.html?src=${encodeURIComponent(data)}&place=kupiansk`);
    await expect.poll(notice).toContain('data: URLs are never loaded, only http: and https:; the built-in claims are shown instead');
    expect(await loads()).toEqual([10]);
    await expect.poll(() => readText(page.locator('conflict-map cm-claims-panel'))).toContain('Kupiansk');
    expect(await readText(page.locator('conflict-map'))).not.toContain('FABRICATED');
    expect(cspViolations()).toEqual([]);
  });

  it('refuses a src on another origin the publisher has not allowed', async () => {
    await page.goto(`${server.origin}/host-deny.html`);
    await expect.poll(notice).toContain(`${other.origin} is not this page’s origin, and the publisher has not allowed it (allow-origins)`);
    await expect.poll(() => readText(page.locator('conflict-map cm-claims-panel'))).toContain('Kupiansk');
    expect(await readText(page.locator('conflict-map'))).not.toContain('FABRICATED');
    expect(watch.requests.some((r) => r.url().startsWith(`${other.origin}/claims.json`))).toBe(false);
  });

  it('loads it when the element’s allow-origins names that origin', async () => {
    await page.goto(`${server.origin}/host-allow.html`);
    await expect.poll(() => readText(page.locator('conflict-map cm-claims-panel')), { timeout: 30_000 }).toContain('FABRICATED: Kupiansk has fallen');
    expect(await notice()).toBe('');
  });

  it('ships a strict CSP in the built pages, and the app runs under it', async () => {
    await page.goto(`${server.origin}/index.html`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    await expect.poll(async () => (await renderedPlaceIds(page, [LAYER.placesHit])).length, { timeout: 30_000 }).toBe(5);
    expect(cspViolations()).toEqual([]);
  });
});

describe('data text', () => {
  it('isolates a right-to-left override in a side label from the sentence around it', async () => {
    await page.goto(`${server.origin}/embed.html?src=/fixtures/bidi.json&place=crimea`);
    const sentence = page.locator('conflict-map cm-claims-panel .sentence');
    await expect.poll(() => readText(sentence), { timeout: 30_000 }).toContain('gnitseretni');
    const text = await sentence.evaluate((el) => el.textContent ?? '');
    expect(text).toContain('\u2068Russia\u202e gnitseretni\u2069');
    expect(text.split('\u2068').length).toBe(text.split('\u2069').length);
    await page.locator('conflict-map cm-claims-panel').screenshot({ path: join(SHOTS, 'hostile-bidi-panel.png') });
  });

  it('draws a 20,000-character name as a short label and a 500,000-vertex polygon, and flies to it', async () => {
    await page.goto(`${server.origin}/embed.html?src=/fixtures/huge.json`);
    await expect.poll(loads, { timeout: 60_000 }).toEqual([10]);
    await expect.poll(async () => (await renderedPlaceIds(page, [LAYER.placesHit])).includes('huge'), { timeout: 60_000 }).toBe(true);
    await waitForMapIdle(page);
    const labels = (await renderedProperty(page, [LAYER.placeLabels, LAYER.markers], 'name_en')) as string[];
    const long = labels.find((l) => l.startsWith('Loooo'));
    expect(long, labels.join(' | ')).toBeDefined();
    expect(Array.from(long!).length).toBeLessThanOrEqual(60);
    expect(long!.endsWith('…')).toBe(true);
    // The full name is in the list.
    expect(await readText(page.locator('conflict-map cm-place-list'))).toContain(`L${'o'.repeat(20_000)}ng`);
    await page.locator('conflict-map cm-place-list button', { hasText: 'Huge polygon' }).first().click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('conflict-map')!.maplibreMap!.getCenter().lng), { timeout: 20_000 })
      .toBeLessThan(34.5);
    await page.screenshot({ path: join(SHOTS, 'hostile-huge-shapes.png') });
    expect(watch.pageErrors).toEqual([]);
    expect(await readText(page.locator('conflict-map'))).not.toMatch(/map: .*error/i);
  });
});

describe('settings from the host and the link', () => {
  it('falls back to the default colour for a theme variable that is not a colour, with a warning, never a blank map', async () => {
    await page.goto(`${server.origin}/host-theme.html`);
    await expect.poll(async () => (await renderedPlaceIds(page, [LAYER.placesHit])).length, { timeout: 30_000 }).toBe(5);
    await waitForMapIdle(page);
    const warnings = await page.evaluate(() => (window as unknown as { warnings: string[] }).warnings);
    expect(warnings.join('\n')).toContain('--cm-claimed: banana');
    expect(warnings.join('\n')).not.toContain('--cm-contested');
    expect(await notice()).toBe('');
    expect(watch.pageErrors).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'hostile-bad-theme.png') });
  });

  it('reads ?lang=__proto__ as English, never "[object Object]"', async () => {
    await page.goto(`${server.origin}/embed.html?lang=__proto__`);
    await expect.poll(() => readText(page.locator('conflict-map cm-place-list')), { timeout: 30_000 }).toContain('Kupiansk');
    expect(await readText(page.locator('conflict-map'))).not.toContain('[object Object]');
    expect(await page.locator('conflict-map').getAttribute('lang')).toBe('en');
    await waitForMapIdle(page);
    const names = (await renderedProperty(page, [LAYER.placeLabels], 'name_en')) as string[];
    expect(names.length).toBeGreaterThan(0);
  });
});

describe('ids that are names of built-in properties', () => {
  it('selects a place with the id "constructor" without writing to Object', async () => {
    await page.goto(`${server.origin}/embed.html?src=/fixtures/constructor.json`);
    await expect.poll(loads, { timeout: 30_000 }).toEqual([10]);
    await waitForMapIdle(page);
    await page.locator('conflict-map cm-place-list button', { hasText: 'Constructor' }).first().click();
    await expect.poll(() => readText(page.locator('conflict-map cm-claims-panel'))).toContain('Constructor');
    await waitForMapIdle(page);
    const polluted = await page.evaluate(() => {
      const o = Object as unknown as Record<string, unknown>;
      return ['selected', 'hover'].filter((k) => k in o || k in ({} as Record<string, unknown>));
    });
    expect(polluted).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});

describe('careless edits', () => {
  it('keeps all 10 claims through the three typos, and the notice counts true', async () => {
    await page.goto(`${server.origin}/embed.html?editor&src=/fixtures/typos.json`);
    await expect.poll(loads, { timeout: 30_000 }).toEqual([10]);
    const text = await notice();
    // Nothing was left out: the reader hears of no loss, the editor sees the three located problems.
    expect(text).toContain('3 problems in the data, for the editor');
    expect(text).toContain('differs only in case from "russia-captured-kupiansk"');
    expect(text).not.toContain('could not be shown');
  });
});
