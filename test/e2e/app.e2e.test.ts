/**
 * The app as a reader meets it: the production build, served from 127.0.0.1, in Debian's
 * Chromium. Screenshots land in test-results/ for a person to look at.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { StaticServer } from './helpers/static-server.ts';
import { useBrowserSession } from './helpers/session.ts';
import { clickMarker, launchChromium, openApp, readText, renderedPlaceIds, renderedProperty, screenPoint, waitForMapIdle, type PageWatch } from './helpers/browser.ts';
import { AXE_ROUTE, runAxe } from './helpers/axe.ts';
import { LAYER, STATUS_LAYERS } from '../../src/map/style/ids.ts';
import { syntheticClaims } from '../../src/model/synthetic-claims.ts';

import { ROOT, SHARED } from '../helpers/data.ts';
const SHOTS = join(ROOT, 'test-results');
mkdirSync(SHOTS, { recursive: true });

const hostile = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/claims/hostile.json'), 'utf8'));

/** The article's claims beside DeepStateMap's assessment of 1 December 2025. */
function withAssessment(): string {
  const claims = JSON.parse(readFileSync(join(ROOT, 'public/data/claims.json'), 'utf8'));
  claims.assessments = [
    { id: 'deepstate-20251201', url: 'deepstate-20251201.geojson', holder: 'RU', date: '2025-12-01', source: 'DeepStateMap', licence: 'no open licence; tests only' },
  ];
  return JSON.stringify(claims);
}

/** 3,000 synthetic claims on GeoNames settlements: more than a list or a panel shows at once. */
function manyClaims(): string {
  type Settlements = { features: { properties: { geonameid: number; name_en: string; population: number }; geometry: { coordinates: [number, number] } }[] };
  const fc = JSON.parse(readFileSync(join(ROOT, 'public/data/basemap/settlements.geojson'), 'utf8')) as Settlements;
  const settlements = fc.features.map((f) => ({ geonameid: f.properties.geonameid, name: f.properties.name_en, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], population: f.properties.population }));
  return JSON.stringify(syntheticClaims(3000, settlements, 7));
}

let server: StaticServer;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;
useBrowserSession(
  () => ({
    routes: {
      '/fixtures/hostile.json': ['application/json', JSON.stringify(hostile)],
      '/fixtures/many.json': ['application/json', manyClaims()],
      // Third-party data for tests only (DeepStateMap via cyterat/deepstate-map-data): never shipped.
      '/fixtures/deepstate-20251201.geojson': ['application/geo+json', readFileSync(join(SHARED, 'testdata/deepstate_occupied_20251201_cyterat.geojson'), 'utf8')],
      '/fixtures/assessed.json': ['application/json', withAssessment()],
      ...AXE_ROUTE,
    },
  }),
  (s) => ({ server, context, page, watch } = s),
);

const panel = () => page.locator('cm-claims-panel');

describe('the map, offline', () => {
  it('reaches idle with the five places drawn, no errors and no request outside its origin', async () => {
    const t0 = Date.now();
    await openApp(page, server.origin);
    console.log(`navigation to map idle: ${Date.now() - t0} ms`);
    const areas = await renderedPlaceIds(page, [LAYER.placesHit]);
    const markers = await renderedPlaceIds(page, [LAYER.markers]);
    expect(areas).toEqual(['crimea', 'donbas', 'kupiansk', 'novorossiya', 'ukraine']);
    expect(markers).toEqual(['crimea', 'donbas', 'kupiansk', 'novorossiya', 'ukraine']);
    expect(await renderedPlaceIds(page, [LAYER.settlementLabels])).not.toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'app-zoom5.png') });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.requests.length).toBeGreaterThan(5);
  });

  it('draws the map again when the element is moved in the page', async () => {
    await openApp(page, server.origin);
    await page.evaluate(() => {
      const el = document.querySelector('conflict-map')!;
      const box = document.createElement('section');
      document.body.append(box);
      box.append(el);
    });
    await expect.poll(() => page.evaluate(() => Boolean(document.querySelector('conflict-map')?.maplibreMap?.loaded()))).toBe(true);
    await expect.poll(() => renderedPlaceIds(page, [LAYER.markers])).toEqual(['crimea', 'donbas', 'kupiansk', 'novorossiya', 'ukraine']);
    expect(watch.pageErrors).toEqual([]);
  });

  it('names every data source in the attribution', async () => {
    await openApp(page, server.origin);
    const text = await page.locator('.maplibregl-ctrl-attrib-inner').innerText();
    expect(text).toContain('Natural Earth');
    expect(text).toContain('GeoNames');
  });

  it('shows Kupiansk, its rivers and neighbouring towns at zoom 10', async () => {
    await openApp(page, server.origin, '?map=10/49.71/37.62');
    const labels = await renderedProperty(page, [LAYER.settlementLabels], 'name_en');
    // Kupiansk's own name is drawn once, by its place label, not again by the basemap.
    expect(labels).not.toContain('Kupiansk');
    expect(labels.length).toBeGreaterThanOrEqual(1);
    expect((await renderedProperty(page, [LAYER.settlementDots], 'name_en')).length).toBeGreaterThan(labels.length);
    expect(await renderedPlaceIds(page, [LAYER.markers])).toContain('kupiansk');
    expect(await renderedPlaceIds(page, [LAYER.placeLabels])).toContain('kupiansk');
    expect((await renderedProperty(page, [LAYER.rivers], 'minzoom')).length).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'app-kupiansk-zoom10.png') });
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe('reading the claims', () => {
  it('shows Russia’s capture claim and Ukraine’s regained-neighbourhoods claim side by side for Kupiansk', async () => {
    await openApp(page, server.origin);
    await clickMarker(page, 'kupiansk');
    await expect.poll(() => panel().locator('#panel-title').innerText()).toContain('Kupiansk');
    const pair = panel().locator('.pair');
    await expect.poll(() => pair.count()).toBe(1);
    const pairText = await readText(pair);
    expect(pairText).toContain('Russia announced it captured the strategic city of Kupiansk');
    expect(pairText).toContain('Ukrainian forces had recently said they regained several neighborhoods there');
    expect(await readText(panel().locator('.status'))).toContain(
      'Contested: Russia says it captured Kupiansk; Ukrainian forces say they regained several neighbourhoods.',
    );
    // The side is named in text, not only coloured.
    expect(pairText).toContain('Russia');
    expect(pairText).toContain('Ukraine');
    await page.screenshot({ path: join(SHOTS, 'panel-kupiansk-desktop.png') });
  });

  it('shows Ryabkov’s no-concessions claim when the reader clicks Crimea’s area', async () => {
    await openApp(page, server.origin);
    const { x, y } = await screenPoint(page, [33.4, 45.6]);
    await page.mouse.click(x, y);
    await expect.poll(() => panel().locator('#panel-title').innerText()).toContain('Crimea');
    const text = await readText(panel());
    expect(text).toContain('Moscow won\'t make any concessions regarding the territories it controls');
    expect(text).toContain('Claimed by Russia');
    expect(text).toContain('Sergey Ryabkov');
  });

  it('hides contested areas when the reader turns that layer off, and shows them again', async () => {
    await openApp(page, server.origin, '?map=10/49.71/37.62');
    const fill = STATUS_LAYERS.contested.fill;
    const visibility = () =>
      page.evaluate((id) => document.querySelector('conflict-map')!.maplibreMap!.getLayoutProperty(id, 'visibility'), fill);
    expect(await renderedPlaceIds(page, [fill])).toEqual(['kupiansk']);
    const toggle = page.getByRole('checkbox', { name: /Contested/ });
    await toggle.uncheck();
    await expect.poll(visibility).toBe('none');
    await expect.poll(() => renderedPlaceIds(page, [fill])).toEqual([]);
    expect(page.url()).toContain('layers=controlled%2Cclaimed%2Cassessed');
    await toggle.check();
    await expect.poll(visibility).toBe('visible');
    await expect.poll(() => renderedPlaceIds(page, [fill])).toEqual(['kupiansk']);
  });

  it('opens the right panel from a deep link, and back and forward move between selections', async () => {
    await openApp(page, server.origin, '?place=crimea');
    await expect.poll(() => panel().locator('#panel-title').innerText()).toContain('Crimea');
    // The list folds away while a place is open, to leave the map room: the reader unfolds it.
    await page.getByRole('button', { name: /^Places \(\d+\)$/ }).click();
    await page.getByRole('button', { name: /^Kupiansk/ }).click();
    await expect.poll(() => panel().locator('#panel-title').innerText()).toContain('Kupiansk');
    expect(new URL(page.url()).searchParams.get('place')).toBe('kupiansk');
    await page.goBack();
    await expect.poll(() => panel().locator('#panel-title').innerText()).toContain('Crimea');
    await page.goForward();
    await expect.poll(() => panel().locator('#panel-title').innerText()).toContain('Kupiansk');
  });

  it('opens a claim from a link, highlighted in its place’s panel', async () => {
    await openApp(page, server.origin, '?claim=zelensky-binding-security-guarantees');
    await expect.poll(() => panel().locator('#panel-title').innerText()).toContain('Ukraine');
    const active = panel().locator('cm-claim-card[active]');
    await expect.poll(() => active.count()).toBe(1);
    expect(await readText(active)).toContain('Unverified');
    expect(await readText(active)).toContain("couldn't be independently verified");
  });
});

describe('sharing', () => {
  it('offers the deep link, the iframe and the element for the current view, and copies them', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await openApp(page, server.origin, '?place=kupiansk&layers=contested,claimed');
    await page.getByRole('button', { name: 'Share or embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share or embed this map' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const link = await page.getByLabel('Link to this view', { exact: true }).inputValue();
    expect(link).toMatch(new RegExp(`^${server.origin}/index.html\\?place=kupiansk&layers=contested%2Cclaimed&map=`));
    expect(await page.getByLabel('Embed as an iframe', { exact: true }).inputValue()).toContain(`src="${server.origin}/embed.html?place=kupiansk&amp;layers=contested%2Cclaimed`);
    expect(await page.getByLabel('Embed as an element', { exact: true }).inputValue()).toContain('<conflict-map place="kupiansk" layers="contested,claimed"');
    await page.getByRole('button', { name: 'Copy: Embed as an element' }).click();
    await expect.poll(() => readText(dialog.getByRole('status'))).toContain('Copied: Embed as an element.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<script type="module" src="');
    // Escape closes the dialog, not the panel behind it.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await panel().count()).toBe(1);
  });

  it('opens a shared link as it was', async () => {
    await openApp(page, server.origin, '?place=kupiansk&layers=contested&map=9/49.7/37.6');
    expect(await panel().count()).toBe(1);
    const view = await page.evaluate(() => {
      const m = document.querySelector('conflict-map')!.maplibreMap!;
      return { zoom: m.getZoom(), lat: m.getCenter().lat };
    });
    expect(view.zoom).toBeCloseTo(9, 1);
    expect(view.lat).toBeCloseTo(49.7, 1);
    expect(await page.getByRole('checkbox', { name: /Claimed/ }).isChecked()).toBe(false);
  });
});

describe('keyboard and screen reader', () => {
  /** The focused element's accessible text, looking through shadow roots. */
  const focused = () =>
    page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return { tag: el?.tagName.toLowerCase(), text: (el as HTMLElement | null)?.innerText?.trim() ?? '', label: el?.getAttribute('aria-label') ?? '' };
    });

  it('reaches the toggles and the list by Tab, opens a place with Enter, and Escape returns focus', async () => {
    await openApp(page, server.origin);
    const seen: string[] = [];
    let onKupiansk = false;
    for (let i = 0; i < 40 && !onKupiansk; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      seen.push(`${f.tag}:${f.text.split('\n')[0]}`);
      onKupiansk = f.tag === 'button' && f.text.startsWith('Kupiansk');
    }
    expect(seen.some((s) => s.startsWith('input:'))).toBe(true); // a layer toggle came first
    expect(onKupiansk).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).tag).toBe('h3');
    expect((await focused()).text).toContain('Kupiansk');
    // Tab reaches the panel's own controls.
    await page.keyboard.press('Tab');
    expect((await focused()).label).toMatch(/Close the claims about Kupiansk/);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel().count()).toBe(0);
    const back = await focused();
    expect(back.tag).toBe('button');
    expect(back.text.startsWith('Kupiansk')).toBe(true);
  });

  it('has no serious or critical axe-core violation, with the panel open', async () => {
    await openApp(page, server.origin, '?place=kupiansk');
    await expect.poll(() => panel().count()).toBe(1);
    // Every rule axe runs by default, not only WCAG's.
    const { all, severe } = await runAxe(page, { tags: null });
    expect(severe, JSON.stringify(all, null, 1)).toEqual([]);
  });
});

describe('hostile and broken data', () => {
  it('renders HTML in claim texts as inert text, and a javascript: url as no link', async () => {
    // ?editor: the located problems are for whoever prepares the data; readers get a plain notice.
    await page.goto(`${server.origin}/index.html?place=crimea&editor`);
    await page.evaluate(() => document.querySelector('conflict-map')?.setAttribute('src', '/fixtures/hostile.json'));
    await expect.poll(() => panel().locator('cm-claim-card').count()).toBe(1);
    const card = panel().locator('cm-claim-card');
    expect(await readText(card)).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await card.locator('img').count()).toBe(0);
    expect(await page.locator('conflict-map a[href^="javascript"]').count()).toBe(0);
    expect(await card.locator('a').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The problem is told, located: file, path and field.
    const notice = await page.locator('conflict-map .notice').first().innerText();
    expect(notice).toContain('hostile.json: $.sources[0].url (evil-source): url');
    expect(watch.pageErrors).toEqual([]);
  });

  it('shows the located problem and the built-in places, not a blank map, when src is broken', async () => {
    await page.goto(`${server.origin}/index.html`);
    await page.evaluate(() => document.querySelector('conflict-map')?.setAttribute('src', '/no-such-file.json'));
    await expect.poll(() => page.locator('conflict-map .notice').count()).toBeGreaterThan(0);
    expect(await page.locator('conflict-map .notice').innerText()).toMatch(/could not be loaded: the server answered 404 for \S*no-such-file\.json/);
    await expect.poll(async () => (await renderedPlaceIds(page, [LAYER.placesHit])).length).toBe(5);
  });
});

describe('filtering claims', () => {
  it('shows only the claims of the sides chosen, keeps the statuses, and records the filter in the link', async () => {
    await openApp(page, server.origin, '?place=kupiansk');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Russia', exact: true }).uncheck();
    await expect.poll(() => panel().locator('cm-claim-card').count()).toBe(1);
    expect(await readText(panel().locator('cm-claim-card'))).toContain('Ukrainian forces');
    // The status still weighs both sides' claims.
    expect(await readText(panel().locator('.status'))).toContain('Contested: Russia says it captured Kupiansk');
    expect(new URL(page.url()).searchParams.get('sides')).toBe('UA,US');
    // Places left with no claim shown leave the list (and the map's markers).
    expect(await readText(page.locator('cm-place-list h3'))).toBe('Places (2)');
    const counts = async () =>
      page.evaluate(async () => {
        const source = document.querySelector('conflict-map')!.maplibreMap!.getSource('place-markers') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
        return (await source.getData()).features.map((f) => `${f.properties?.id}:${f.properties?.claim_count}`).sort();
      });
    await expect.poll(counts).toEqual(['kupiansk:1', 'ukraine:2']);
  });
});

describe('assessed control', () => {
  it('draws the assessment as its own layer, credits it, and sets it beside the claims', async () => {
    await page.goto(`${server.origin}/embed.html?src=/fixtures/assessed.json&place=kupiansk`);
    await page.waitForFunction(() => Boolean(document.querySelector('conflict-map')?.maplibreMap));
    await waitForMapIdle(page);
    await expect.poll(() => renderedPlaceIds(page, [LAYER.markers])).toContain('kupiansk');
    await page.evaluate(() => document.querySelector('conflict-map')!.maplibreMap!.jumpTo({ center: [37.8, 48.5], zoom: 6 }));
    await waitForMapIdle(page);
    await expect.poll(async () => (await renderedProperty(page, [LAYER.assessedFill], 'id')).length).toBeGreaterThan(0);
    const toggle = page.getByRole('checkbox', { name: /Assessed/ });
    expect(await readText(page.locator('cm-layer-toggles'))).toContain('Areas DeepStateMap marks as held by Russia on 1 December 2025');
    expect(await readText(panel().locator('.status'))).toContain('DeepStateMap (1 December 2025) does not mark it as held by Russia');
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').innerText()).toContain('Assessed: DeepStateMap');
    await toggle.uncheck();
    await expect.poll(async () => (await renderedProperty(page, [LAYER.assessedFill], 'id')).length).toBe(0);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});

describe('many claims', () => {
  it('lists the most-claimed places a page at a time, and draws a long panel a page at a time', async () => {
    await page.goto(`${server.origin}/embed.html?no-controls&src=/fixtures/many.json`);
    const places = page.locator('cm-place-list li.place');
    await expect.poll(() => places.count()).toBe(200);
    // Past 200 claims, claims are listed only under the selected place.
    expect(await page.locator('cm-place-list ul.claims').count()).toBe(0);
    const more = page.getByRole('button', { name: /^Show 200 more places/ });
    await more.click();
    await expect.poll(() => places.count()).toBe(400);
    await places.first().getByRole('button').first().click();
    await expect.poll(() => page.locator('cm-claims-panel cm-claim-card').count()).toBe(50);
    const listed = await page.locator('cm-place-list ul.claims li').count();
    expect(listed).toBeGreaterThan(50);
    await page.getByRole('button', { name: /^Show \d+ more claims/ }).click();
    await expect.poll(() => page.locator('cm-claims-panel cm-claim-card').count()).toBe(Math.min(100, listed));
    expect(watch.pageErrors).toEqual([]);
  });
});

describe('clustered markers', () => {
  it('clusters many places, counts each cluster’s claims by side, and lists a cluster’s claims', async () => {
    await page.goto(`${server.origin}/embed.html?no-controls&src=/fixtures/many.json`);
    await page.waitForFunction(() => Boolean(document.querySelector('conflict-map')?.maplibreMap));
    await waitForMapIdle(page);
    await expect.poll(async () => (await renderedProperty(page, [LAYER.clusterCircles], 'cluster_id')).length).toBeGreaterThan(0);
    const bySide = (await renderedProperty(page, [LAYER.clusterCircles], 'side_RU')) as number[];
    const total = (await renderedProperty(page, [LAYER.clusterCircles], 'claims')) as number[];
    const ua = (await renderedProperty(page, [LAYER.clusterCircles], 'side_UA')) as number[];
    expect(bySide.map((ru, i) => ru + ua[i])).toEqual(total);
    // The plain markers source is empty: every marker is in the clustered one.
    expect(await renderedPlaceIds(page, [LAYER.markers])).toEqual([]);
    // Click the biggest cluster.
    const target = await page.evaluate(() => {
      const m = document.querySelector('conflict-map')!.maplibreMap!;
      const f = m.queryRenderedFeatures({ layers: ['place-clusters-circle'] }).sort((a, b) => b.properties.claims - a.properties.claims)[0];
      const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y, claims: f.properties.claims as number, places: f.properties.point_count as number };
    });
    await page.mouse.click(target.x, target.y);
    const heading = page.locator('cm-cluster-panel #cluster-title');
    await expect.poll(() => readText(heading)).toBe(`${target.places} places, ${target.claims} claims`);
    expect(await page.locator('cm-cluster-panel li button').count()).toBe(Math.min(50, target.places) + Math.min(50, target.claims));
    await page.locator('cm-cluster-panel li button').nth(Math.min(50, target.places)).click();
    await expect.poll(() => panel().locator('cm-claim-card[active]').count()).toBe(1);
  });
});

describe('small screens and no WebGL', () => {
  it('turns the panel into a bottom sheet below 640 px, with nothing overflowing', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, server.origin, '?place=kupiansk');
    await expect.poll(() => panel().count()).toBe(1);
    const layout = await page.evaluate(() => {
      const root = document.querySelector('conflict-map')!.shadowRoot!;
      const p = root.querySelector('.panel')!.getBoundingClientRect();
      const wrap = root.querySelector('.map-wrap')!.getBoundingClientRect();
      return { panelWidth: p.width, wrapWidth: wrap.width, panelBottom: p.bottom, wrapBottom: wrap.bottom, scrollWidth: document.documentElement.scrollWidth, innerWidth };
    });
    expect(layout.panelWidth).toBe(layout.wrapWidth);
    expect(layout.panelBottom).toBe(layout.wrapBottom);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
    await page.screenshot({ path: join(SHOTS, 'panel-kupiansk-phone.png') });
  });

  it('shows the list with a short message when WebGL is unavailable', async () => {
    const noGl = await launchChromium(['--disable-3d-apis', '--disable-gpu']);
    try {
      const p = await noGl.newPage();
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      await p.goto(`${server.origin}/index.html`);
      await expect.poll(() => p.locator('conflict-map .list .notice').count(), { timeout: 30_000 }).toBe(1);
      expect(await p.locator('conflict-map .list .notice').innerText()).toMatch(/cannot be drawn/);
      await expect.poll(() => p.getByRole('button', { name: /^Kupiansk/ }).count()).toBe(1);
      await p.getByRole('button', { name: /^Kupiansk/ }).click();
      await expect.poll(() => p.locator('cm-claims-panel .pair').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});
