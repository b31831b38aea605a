/**
 * Claims through time, as a reader meets them: the timeline under the map (handle, keys, play),
 * a place's history, the DeepStateMap series over three dates, a link with a date. On a dated
 * fixture of our own and on Bellingcat's events imported (third-party data, tests only: served by
 * the test server, never shipped).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { StaticServer } from './helpers/static-server.ts';
import { useBrowserSession } from './helpers/session.ts';
import { readText, renderedPlaceIds, renderedProperty, waitForMapIdle, type PageWatch } from './helpers/browser.ts';
import { AXE_ROUTE, runAxe } from './helpers/axe.ts';
import { LAYER, SOURCE, STATUS_LAYERS } from '../../src/map/style/ids.ts';
import { importEvents, type EventImportConfig } from '../../src/model/import-events.ts';
import { ROOT, SHARED, readJSON } from '../helpers/data.ts';

const SHOTS = join(ROOT, 'test-results');
mkdirSync(SHOTS, { recursive: true });

const dated = readFileSync(join(ROOT, 'test/fixtures/claims/dated.json'), 'utf8');
const DEEPSTATE = ['20251115', '20251201', '20251231'];

/** The dated fixture beside DeepStateMap's files of 15 Nov, 1 Dec and 31 Dec 2025. */
function datedWithSeries(): string {
  const file = JSON.parse(dated);
  file.assessments = DEEPSTATE.map((d) => ({
    id: `deepstate-${d}`,
    url: `deepstate-${d}.geojson`,
    holder: 'RU',
    date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`,
    source: 'DeepStateMap',
    licence: 'no open licence; tests only',
  }));
  return JSON.stringify(file);
}

function bellingcat(): string {
  const events = JSON.parse(readFileSync(join(SHARED, 'testdata', 'bellingcat_civilian_harm_events.geojson'), 'utf8'));
  return JSON.stringify(importEvents(events, readJSON<EventImportConfig>('test/fixtures/import/bellingcat.config.json')).file);
}

let server: StaticServer;
let page: Page;
let watch: PageWatch;
useBrowserSession(
  () => ({
    routes: {
      '/fixtures/dated.json': ['application/json', dated],
      '/fixtures/dated-series.json': ['application/json', datedWithSeries()],
      '/fixtures/bellingcat.json': ['application/json', bellingcat()],
      ...AXE_ROUTE,
      // Third-party data for tests only (DeepStateMap via cyterat/deepstate-map-data): never shipped.
      ...Object.fromEntries(
        DEEPSTATE.map((d) => [`/fixtures/deepstate-${d}.geojson`, ['application/geo+json', readFileSync(join(SHARED, `testdata/deepstate_occupied_${d}_cyterat.geojson`), 'utf8')]]),
      ),
    },
  }),
  (s) => ({ server, page, watch } = s),
  { locale: 'en-US' },
);

afterEach(() => {
  expect(watch.pageErrors).toEqual([]);
});

/** The embed page (it reads src= from its link), once its markers are drawn and the map is idle. */
async function openEmbed(query: string): Promise<void> {
  await page.goto(`${server.origin}/embed.html${query}`);
  await page.waitForFunction(() => (document.querySelector('conflict-map')?.maplibreMap?.querySourceFeatures('place-markers').length ?? 0) > 0, undefined, { timeout: 60_000 });
  await waitForMapIdle(page);
}

const handle = () => page.locator('cm-timeline .handle');
const asOfText = () => readText(page.locator('cm-timeline .as-of'));
/** The as-of date the element holds (reflected as its `date` attribute; null: latest). */
const dateParam = async () => (await page.locator('conflict-map').getAttribute('date')) || null;
/** The status the map draws for a place now (its marker's status property). */
async function markerStatus(id: string): Promise<string | undefined> {
  return page.evaluate((placeId) => {
    const m = document.querySelector('conflict-map')!.maplibreMap!;
    return (m.querySourceFeatures('place-markers').find((f) => f.properties.id === placeId)?.properties.status as string) ?? undefined;
  }, id);
}
async function markerClaims(id: string): Promise<number | undefined> {
  return page.evaluate((placeId) => {
    const m = document.querySelector('conflict-map')!.maplibreMap!;
    const p = m.querySourceFeatures('place-markers').find((f) => f.properties.id === placeId)?.properties;
    return (p?.claims ?? p?.claim_count) as number | undefined;
  }, id);
}

describe('the timeline on a dated claims file', () => {
  it('moves the as-of date by keys: a day, a change, a month; statuses, counts and the link follow', async () => {
    await openEmbed('?src=/fixtures/dated.json');
    // Latest at first: every claim counts; the date reads in words, never mm/dd/yyyy.
    expect(await asOfText()).toContain('Latest claims');
    expect(await asOfText()).toContain('8 of 8 claims');
    expect(await handle().getAttribute('role')).toBe('slider');
    expect(await markerStatus('pokrovsk')).toBe('contested');

    await handle().focus();
    await page.keyboard.press('Home');
    await expect.poll(dateParam).toBe('2025-11-12');
    expect(await handle().getAttribute('aria-valuetext')).toBe('12 November 2025');
    expect(await asOfText()).toContain('12 November 2025');
    expect(await asOfText()).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
    await expect.poll(() => markerStatus('pokrovsk')).toBe('controlled');
    // Kupiansk: only the undated claim counts before 20 Nov.
    await expect.poll(() => markerClaims('kupiansk')).toBe(1);

    await page.keyboard.press('ArrowRight');
    await expect.poll(dateParam).toBe('2025-11-13');
    await expect.poll(() => markerStatus('pokrovsk')).toBe('contested');
    expect(await asOfText()).toContain('3 of 8 claims');

    // Up: the next change (20 Nov: Russia's Kupiansk claim).
    await page.keyboard.press('ArrowUp');
    await expect.poll(dateParam).toBe('2025-11-20');
    await expect.poll(() => markerClaims('kupiansk')).toBe(2);
    await expect.poll(() => markerStatus('kupiansk')).toBe('controlled');

    await page.keyboard.press('PageUp');
    await expect.poll(dateParam).toBe('2025-12-12');
    await expect.poll(() => markerStatus('kupiansk')).toBe('contested');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(dateParam).toBe('2025-12-11');
    await expect.poll(() => markerStatus('kupiansk')).toBe('controlled');

    // The place list follows too.
    expect(await readText(page.locator('cm-place-list'))).toMatch(/Kupiansk/);
    await page.locator('cm-timeline .latest').click();
    await expect.poll(dateParam).toBe(null);
    await expect.poll(() => markerStatus('kupiansk')).toBe('contested');
    await page.screenshot({ path: join(SHOTS, 'timeline-1280.png') });
  });

  it('sets the date by dragging the handle along the axis', async () => {
    await openEmbed('?src=/fixtures/dated.json');
    const box = (await page.locator('cm-timeline .track').boundingBox())!;
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + 1, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(dateParam).toBe('2025-11-12');
    await expect.poll(() => markerStatus('pokrovsk')).toBe('controlled');
    // No claim about Huliaipole in force yet: no marker for it.
    await expect.poll(() => markerStatus('huliaipole')).toBeUndefined();
    // Dragging back past 1 Dec: Huliaipole is said captured.
    const again = (await page.locator('cm-timeline .track').boundingBox())!;
    expect(Math.abs(again.x - box.x) + Math.abs(again.width - box.width)).toBeLessThanOrEqual(2);
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(dateParam).toBe('2025-12-12');
    await expect.poll(() => markerStatus('huliaipole')).toBe('controlled');
  });

  it('plays the changes: the date shown advances step by step, the map redraws each status, and it stops on its own', async () => {
    await openEmbed('?src=/fixtures/dated.json');
    const play = page.locator('cm-timeline .play');
    expect(await play.getAttribute('aria-label')).toBe('Play the 6 changes');
    /** The places the map draws now with each status's marker (queried from what is rendered). */
    const drawn = async (status: keyof typeof STATUS_LAYERS) => renderedPlaceIds(page, [STATUS_LAYERS[status].marker]);
    // What a reader sees at each step: the date in words, and the place whose marker changes.
    const steps: [string, string, keyof typeof STATUS_LAYERS, string][] = [
      ['2025-11-12', '12 November 2025', 'controlled', 'pokrovsk'],
      ['2025-11-13', '13 November 2025', 'contested', 'pokrovsk'],
      ['2025-11-20', '20 November 2025', 'controlled', 'kupiansk'],
      ['2025-11-25', '25 November 2025', 'claimed', 'huliaipole'],
      ['2025-12-01', '1 December 2025', 'controlled', 'huliaipole'],
      ['2025-12-12', '12 December 2025', 'contested', 'kupiansk'],
    ];
    expect(await drawn('contested')).toContain('pokrovsk');
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    expect(await readText(play)).toContain('Pause');
    for (const [day, words, status, place] of steps) {
      await expect.poll(dateParam, { timeout: 5_000, interval: 50 }).toBe(day);
      // The as-of line reads the step's date in words while it plays.
      expect(await asOfText()).toContain(words);
      await expect.poll(() => drawn(status), { timeout: 5_000 }).toContain(place);
    }
    // After the last step it stops by itself, on the last date.
    await expect.poll(() => play.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('false');
    expect(await readText(play)).toMatch(/Play/);
    await page.waitForTimeout(2_000);
    expect(await dateParam()).toBe('2025-12-12');
    expect(await drawn('contested')).toContain('kupiansk');
  });

  it('pauses the play on a second press, leaving the date where it was', async () => {
    await openEmbed('?src=/fixtures/dated.json');
    const play = page.locator('cm-timeline .play');
    await play.click();
    await expect.poll(dateParam, { timeout: 5_000 }).toBe('2025-11-13');
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    const at = await dateParam();
    await page.waitForTimeout(2_500);
    expect(await dateParam()).toBe(at);
  });

  it('lists a place’s history in order; a step sets the date', async () => {
    await openEmbed('?src=/fixtures/dated.json&place=pokrovsk');
    const history = page.locator('cm-claims-panel .history');
    await expect.poll(() => readText(history)).toContain('History');
    const days = await page.locator('cm-claims-panel .history li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-day')));
    expect(days).toEqual(['2025-11-12', '2025-11-13', '2025-11-20']);
    const text = await readText(history);
    expect(text).toMatch(/12 November 2025\s*Russia says it captured Pokrovsk\s*→ controlled by Russia, according to claims/);
    expect(text).toMatch(/13 November 2025\s*Ukraine says it still holds part of Pokrovsk\s*→ contested: claims from Russia, Ukraine disagree/);
    await page.locator('cm-claims-panel .history li[data-day="2025-11-12"] button').click();
    await expect.poll(dateParam).toBe('2025-11-12');
    await expect.poll(() => page.locator('cm-claims-panel .history li[aria-current="step"]').getAttribute('data-day')).toBe('2025-11-12');
    await expect.poll(() => readText(page.locator('cm-claims-panel .status'))).toMatch(/^\s*Controlled by Russia/);
    await page.screenshot({ path: join(SHOTS, 'timeline-history-1280.png') });
  });

  it('opens a link with a date at that date', async () => {
    await openEmbed('?src=/fixtures/dated.json&date=2025-11-25');
    expect(await handle().getAttribute('aria-valuetext')).toBe('25 November 2025');
    expect(await markerStatus('huliaipole')).toBe('claimed');
    expect(await markerStatus('pokrovsk')).toBe('contested');
    expect(await markerStatus('kupiansk')).toBe('controlled');
  });

  it('fits a phone, and hides with no-timeline', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openEmbed('?src=/fixtures/dated.json&date=2025-11-13');
    const box = (await page.locator('cm-timeline').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SHOTS, 'timeline-390.png') });
    await page.goto(`${server.origin}/embed.html?src=/fixtures/dated.json&no-timeline`);
    await page.waitForFunction(() => document.querySelector('conflict-map')?.shadowRoot?.querySelector('cm-place-list'));
    await page.waitForTimeout(500);
    expect(await page.locator('cm-timeline').count()).toBe(0);
  });

  it('gives the default article (every claim undated) no timeline row: the map keeps the room', async () => {
    await page.goto(`${server.origin}/embed.html`);
    await page.waitForFunction(() => (document.querySelector('conflict-map')?.maplibreMap?.querySourceFeatures('place-markers').length ?? 0) > 0, undefined, { timeout: 60_000 });
    expect(await page.locator('cm-timeline').count()).toBe(0);
    const { map, element } = await page.evaluate(() => {
      const el = document.querySelector('conflict-map')!;
      return { map: el.maplibreMap!.getCanvas().getBoundingClientRect().bottom, element: el.getBoundingClientRect().bottom };
    });
    expect(Math.abs(element - map)).toBeLessThanOrEqual(2);
  });

  it('is one slim row at 1280x800, with every control at least 24 by 24 px', async () => {
    await openEmbed('?src=/fixtures/dated.json&date=2025-11-20');
    const box = (await page.locator('cm-timeline').boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(56);
    const small = await page.locator('cm-timeline').evaluate((t) =>
      [...t.shadowRoot!.querySelectorAll<HTMLElement>('button, [role=slider]')]
        .map((el) => [el.className, el.getBoundingClientRect()] as const)
        .filter(([, r]) => r.width < 24 || r.height < 24)
        .map(([c, r]) => `${c} ${r.width}x${r.height}`),
    );
    expect(small).toEqual([]);
  });

  it('has no serious or critical axe-core violation in the timeline and the history', async () => {
    await openEmbed('?src=/fixtures/dated.json&place=pokrovsk&date=2025-11-13');
    const { all, severe } = await runAxe(page, { tags: null });
    expect(severe, JSON.stringify(all, null, 1)).toEqual([]);
  });
});

describe('the DeepStateMap series', () => {
  /** Each DeepStateMap file's geometry as JSON, by its file name: the source holds the parsed file once MapLibre has loaded it. */
  const geometryOf = Object.fromEntries(
    DEEPSTATE.map((d) => {
      const file = `deepstate-${d}.geojson`;
      const json = JSON.parse(readFileSync(join(SHARED, `testdata/deepstate_occupied_${d}_cyterat.geojson`), 'utf8'));
      return [JSON.stringify(json.features[0].geometry).length, file];
    }),
  );
  /** Which DeepStateMap file the assessed layer draws now: its URL before it loads, the file it parsed after; null for none. */
  const assessedUrl = async () => {
    const data = await page.evaluate((id) => {
      const src = document.querySelector('conflict-map')!.maplibreMap!.getSource(id) as unknown as { serialize(): { data: unknown } } | undefined;
      if (!src) return null;
      const d = src.serialize().data as string | { features: { geometry: unknown }[] };
      return typeof d === 'string' ? d : JSON.stringify(d.features[0]?.geometry).length;
    }, SOURCE.assessed);
    return typeof data === 'number' ? `/fixtures/${geometryOf[data] ?? 'unknown'}` : data;
  };

  it('changes the assessed layer between 15 Nov, 1 Dec and 31 Dec 2025, none before the first', async () => {
    await openEmbed('?src=/fixtures/dated-series.json&date=2025-11-14');
    expect(await assessedUrl()).toBe(null);
    await handle().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(assessedUrl).toMatch(/deepstate-20251115\.geojson$/);
    await expect.poll(async () => (await renderedProperty(page, [LAYER.assessedFill], 'id')).length + 1).toBeGreaterThan(0);
    expect(await readText(page.locator('cm-layer-toggles'))).toContain('15 November 2025');
    await page.keyboard.press('PageUp'); // 15 Dec
    await expect.poll(assessedUrl).toMatch(/deepstate-20251201\.geojson$/);
    await page.keyboard.press('End');
    await expect.poll(dateParam).toBe('2025-12-31');
    await expect.poll(assessedUrl).toMatch(/deepstate-20251231\.geojson$/);
    await expect.poll(() => readText(page.locator('cm-layer-toggles'))).toContain('31 December 2025');
  });

  it('lists the series’ files in a place’s history, with their dates', async () => {
    await openEmbed('?src=/fixtures/dated-series.json&place=pokrovsk');
    await expect.poll(() => readText(page.locator('cm-claims-panel .history'))).toContain('DeepStateMap (15 November 2025)');
    const days = await page.locator('cm-claims-panel .history li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-day')));
    expect(days).toEqual(['2025-11-12', '2025-11-13', '2025-11-15', '2025-11-20', '2025-12-01', '2025-12-31']);
  });
});

describe('Bellingcat’s events imported', () => {
  it('places 1,159 events on the axis; the handle changes how many are counted', async () => {
    // Clustered (many places): wait for the timeline and an idle map rather than for markers.
    await page.goto(`${server.origin}/embed.html?src=/fixtures/bellingcat.json`);
    await page.waitForFunction(() => document.querySelector('conflict-map')?.shadowRoot?.querySelector('cm-timeline')?.shadowRoot?.querySelector('.handle'), undefined, { timeout: 60_000 });
    await waitForMapIdle(page);
    expect(await asOfText()).toMatch(/1,159 of 1,159 claims/);
    await handle().focus();
    await page.keyboard.press('Home');
    await expect.poll(dateParam).toBe('2022-02-24');
    const first = Number((await asOfText()).match(/([\d,]+) of 1,159/)![1].replace(/,/g, ''));
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(50);
    await page.keyboard.press('PageUp');
    await expect.poll(dateParam).toBe('2022-03-24');
    const month = Number((await asOfText()).match(/([\d,]+) of 1,159/)![1].replace(/,/g, ''));
    expect(month).toBeGreaterThan(first);
    // No event says who holds a place: the play button walks the months instead.
    expect(await page.locator('cm-timeline .play').getAttribute('aria-label')).toMatch(/Play the \d+ changes/);
    await page.screenshot({ path: join(SHOTS, 'timeline-bellingcat-1280.png') });
  });
});
