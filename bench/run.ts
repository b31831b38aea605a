/**
 * `npm run bench`: builds, serves dist/ on 127.0.0.1 and measures in headless Chromium
 * (software WebGL) a bare MapLibre map with the same offline basemap against the app with the
 * article's data and with 10k and 100k synthetic claims. Runs are interleaved, round 0 is a
 * discarded warm-up. Prints a table with ratios against the bare map and writes
 * bench/results.json. Fails on a map or page error, never on a time: these machines are noisy.
 *
 * Also: the same 100k claims packed (npm run pack-claims), 100,000 distinct places packed, and a
 * hand-written MapLibre page that clusters the same places from a pre-aggregated file by URL (the
 * second baseline); with --million, 1,000,000 claims packed. Heap is read after a forced GC.
 *
 * Options: --rounds N (measured rounds, default 3), --no-build, --million, --only a,b (variants),
 * --out file.json (instead of bench/results.json).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../test/e2e/helpers/static-server.ts';
import { launchChromium } from '../test/e2e/helpers/browser.ts';
import { buildStyle, type FontFiles } from '../src/map/style/build-style.ts';
import { LIGHT } from '../src/map/style/theme.ts';
import { measureAsOfModel, type AsOfModelRun } from './as-of-model.ts';
import { measureAsOfSteps, type AsOfStepRun } from './as-of-steps.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const CACHE = join(ROOT, 'bench', '.cache');
const args = process.argv.slice(2);
const ROUNDS = Number(args[args.indexOf('--rounds') + 1]) || 3;
const VIEWPORT = { width: 1280, height: 800 };

if (!args.includes('--no-build')) execSync('npx vite build', { cwd: ROOT, stdio: 'ignore' });
mkdirSync(CACHE, { recursive: true });
for (const n of [1_000, 10_000, 100_000]) {
  const file = join(CACHE, `claims-${n}.json`);
  if (!existsSync(file)) execSync(`npx tsx src/model/cli/synthetic.ts ${n} ${file}`, { cwd: ROOT, stdio: 'ignore' });
}
const MILLION = args.includes('--million');
/** Packed folders: name → [claims, distinct places or null for the settlements]. */
const PACKS: Record<string, [number, number | null]> = {
  'packed-100000': [100_000, null],
  'places-100000': [100_000, 100_000],
  ...(MILLION ? { 'packed-1000000': [1_000_000, null] as [number, null] } : {}),
};
for (const [name, [n, places]] of Object.entries(PACKS)) {
  const dir = join(CACHE, name);
  if (existsSync(join(dir, 'manifest.json'))) continue;
  const file = join(CACHE, `${name}.json`);
  if (!existsSync(file) && !(places === null && existsSync(join(CACHE, `claims-${n}.json`)))) {
    execSync(`npx tsx src/model/cli/synthetic.ts ${n} ${file}${places ? ` 1 --places ${places}` : ''}`, { cwd: ROOT, stdio: 'ignore' });
  }
  const input = existsSync(file) ? file : join(CACHE, `claims-${n}.json`);
  execSync(`node --max-old-space-size=8000 node_modules/.bin/tsx src/model/cli/pack-claims.ts ${input} ${dir}`, { cwd: ROOT, stdio: 'ignore' });
}
// The second baseline's data: the 100k claims' places, pre-aggregated (count and count per side), as GeoJSON.
const aggregated = join(CACHE, 'places-aggregated-100000.geojson');
if (!existsSync(aggregated)) {
  const { places } = JSON.parse(readFileSync(join(CACHE, 'packed-100000', 'places.json'), 'utf8')) as {
    places: { id: string; geometry: { type: string; coordinates: [number, number] }; labelPoint?: [number, number]; claims: number; bySide: Record<string, number> }[];
  };
  const features = places
    .filter((p) => p.claims > 0)
    .map((p) => ({
      type: 'Feature',
      properties: { id: p.id, claim_count: p.claims, ...Object.fromEntries(Object.entries(p.bySide).map(([k, v]) => [`side_${k}`, v])) },
      geometry: { type: 'Point', coordinates: p.labelPoint ?? p.geometry.coordinates },
    }));
  writeFileSync(aggregated, JSON.stringify({ type: 'FeatureCollection', features }));
}

// ---- sizes -------------------------------------------------------------------------------------
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const assets = readdirSync(join(DIST, 'assets'));
const js = assets.filter((f) => /\.m?js$/.test(f));
const maplibreFiles = js.filter((f) => f.startsWith('maplibre-gl')).map((f) => join(DIST, 'assets', f));
const appFiles = [...js.filter((f) => !f.startsWith('maplibre-gl')).map((f) => join(DIST, 'assets', f)), join(DIST, 'conflict-map.js')];
const dataFiles = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
})(join(DIST, 'data')).filter((f) => !f.endsWith('.schema.json'));
const sizes = {
  appJsGzipKB: appFiles.reduce((n, f) => n + gz(f), 0) / 1024,
  maplibreJsGzipKB: maplibreFiles.reduce((n, f) => n + gz(f), 0) / 1024,
  defaultDataGzipKB: dataFiles.reduce((n, f) => n + gz(f), 0) / 1024,
};

// ---- the bare page -----------------------------------------------------------------------------
const font = (name: string) => `/assets/${assets.find((f) => f.startsWith(name))}`;
const fonts: FontFiles = {
  latin400: font('noto-sans-latin-400'),
  latinExt400: font('noto-sans-latin-ext-400'),
  cyrillic400: font('noto-sans-cyrillic-400'),
  latin600: font('noto-sans-latin-600'),
  latinExt600: font('noto-sans-latin-ext-600'),
  cyrillic600: font('noto-sans-cyrillic-600'),
};
const barePage = (origin: string, w: number, h: number, clustered = false) => `<!doctype html><html><head><meta charset="utf-8">
<link rel="icon" href="data:,"><link rel="stylesheet" href="/vendor/maplibre-gl.css"></head>
<body style="margin:0"><div id="map" style="width:${w}px;height:${h}px"></div>
<script type="module">
import { Map, setWorkerUrl } from '/vendor/maplibre-gl.mjs';
setWorkerUrl('/vendor/maplibre-gl-worker.mjs');
const style = ${JSON.stringify(buildStyle({ dataBase: `${origin}/data/`, fonts: Object.fromEntries(Object.entries(fonts).map(([k, v]) => [k, origin + v])) as unknown as FontFiles, theme: LIGHT, lang: 'en' }))};
window.bareMap = new Map({ container: 'map', style, attributionControl: false });
window.bareMap.fitBounds([22, 44.2, 40.3, 52.5], { duration: 0, padding: 10 });
${clustered ? `window.bareMap.once('load', () => {
  window.bareMap.addSource('agg', { type: 'geojson', data: '/bench/places-aggregated-100000.geojson', cluster: true, clusterRadius: 48, clusterMaxZoom: 9,
    clusterProperties: { claims: ['+', ['get', 'claim_count']], side_RU: ['+', ['get', 'side_RU']], side_UA: ['+', ['get', 'side_UA']] } });
  window.bareMap.addLayer({ id: 'agg-circles', type: 'circle', source: 'agg', paint: { 'circle-color': '#333', 'circle-radius': 14, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } });
  window.bareMap.addLayer({ id: 'agg-counts', type: 'symbol', source: 'agg', layout: { 'text-field': ['to-string', ['coalesce', ['get', 'claims'], ['get', 'claim_count']]], 'text-font': ['Noto Sans Bold'], 'text-size': 12, 'text-allow-overlap': true }, paint: { 'text-color': '#fff' } });
});` : ''}
</script></body></html>`;

// ---- measuring one page ------------------------------------------------------------------------
type Variant = 'bare' | 'clustered' | 'article' | '10k' | '100k' | '100k-packed' | 'places-100k' | '1M-packed';
const URLS: Record<Variant, string> = {
  bare: '/bench/bare.html',
  clustered: '/bench/clustered.html',
  article: '/embed.html?no-controls',
  '10k': '/embed.html?no-controls&src=/bench/claims-10000.json',
  '100k': '/embed.html?no-controls&src=/bench/claims-100000.json',
  '100k-packed': '/embed.html?no-controls&src=/bench/packed-100000/',
  'places-100k': '/embed.html?no-controls&src=/bench/places-100000/',
  '1M-packed': '/embed.html?no-controls&src=/bench/packed-1000000/',
};
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const VARIANTS = (Object.keys(URLS) as Variant[]).filter((v) => (v !== '1M-packed' || MILLION) && (!ONLY || v === 'bare' || ONLY.includes(v)));
const LABELS: Record<Variant, string> = {
  bare: 'bare MapLibre',
  clustered: 'hand-written, clustered by URL',
  article: 'app, article',
  '10k': 'app, 10k claims',
  '100k': 'app, 100k claims',
  '100k-packed': 'app, 100k claims packed',
  'places-100k': 'app, 100k distinct places packed',
  '1M-packed': 'app, 1M claims packed',
};

interface Run {
  idleMs: number;
  readyMs: number;
  frameMedianMs: number;
  frameP95Ms: number;
  /** Share of frames slower than 50 ms, in percent: a count would fall as frames get slower. */
  framesOver50Pct: number;
  filterMedianMs: number | null;
  filterP95Ms: number | null;
  clickToPanelMs: number | null;
  /** Model and element update per as-of change (setAttribute to updateComplete), apart from the repaint. */
  modelMedianMs: number | null;
  /** Main-thread JS heap after a forced GC (CDP HeapProfiler.collectGarbage). */
  heapMB: number;
  /** Longest main-thread task from navigation to ready (PerformanceObserver longtask). */
  longestTaskMs: number;
  firstPaintMs: number;
  /** cm-map-ready, from navigation (the element only). */
  mapReadyEventMs: number | null;
}

/** The map of the page: the bare one, or the element's. */
const MAP = `(window.bareMap || document.querySelector('conflict-map')?.maplibreMap)`;

async function measure(page: Page, variant: Variant): Promise<Run> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number; __mapReady: number | null };
    w.__longest = 0;
    w.__mapReady = null;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('cm-map-ready', () => (w.__mapReady ??= performance.now()));
  });
  await page.goto(`${origin}${URLS[variant]}`);
  // Both moments are taken in the page, on its own clock (0 = navigation start).
  const { idleMs, readyMs } = (await page.evaluate(`new Promise((resolve) => {
    let idleMs = null;
    const tick = () => {
      const m = ${MAP};
      const now = performance.now();
      if (m && idleMs === null && m.loaded() && m.areTilesLoaded() && m.isStyleLoaded()) idleMs = now;
      const el = document.querySelector('conflict-map');
      const markers = m && (m.querySourceFeatures('place-markers').length + (m.getSource('place-clusters') ? m.querySourceFeatures('place-clusters').length : 0));
      const agg = m && m.getLayer('agg-circles') ? m.queryRenderedFeatures({ layers: ['agg-circles'] }).length : location.pathname.includes('clustered') ? 0 : 1;
      const appReady = agg > 0 && (!el || (markers > 0 && el.shadowRoot.querySelector('cm-place-list')?.shadowRoot?.querySelector('button')));
      if (idleMs !== null && appReady && m.loaded()) resolve({ idleMs, readyMs: now });
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`)) as { idleMs: number; readyMs: number };
  const { longestTaskMs, firstPaintMs, mapReadyEventMs } = (await page.evaluate(`(() => ({
    longestTaskMs: window.__longest,
    firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
    mapReadyEventMs: window.__mapReady,
  }))()`)) as { longestTaskMs: number; firstPaintMs: number; mapReadyEventMs: number | null };

  const deltas = (await page.evaluate(`(async () => {
    const m = ${MAP};
    const deltas = [];
    let last = performance.now(), running = true;
    const tick = (t) => { deltas.push(t - last); last = t; if (running) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const moved = () => new Promise((r) => m.once('moveend', r));
    for (const step of [() => m.panBy([300, 0], { duration: 800 }), () => m.zoomTo(m.getZoom() + 1.5, { duration: 800 }),
                        () => m.panBy([-300, 150], { duration: 800 }), () => m.zoomTo(m.getZoom() - 1.5, { duration: 800 })]) {
      const done = moved(); step(); await done;
    }
    running = false;
    return deltas.slice(2);
  })()`)) as number[];

  let filterMedianMs: number | null = null;
  let filterP95Ms: number | null = null;
  let clickToPanelMs: number | null = null;
  let modelMedianMs: number | null = null;
  if (variant !== 'bare' && variant !== 'clustered') {
    const times = (await page.evaluate(`(async () => {
      const el = document.querySelector('conflict-map');
      const m = el.maplibreMap;
      const out = [], model = [];
      // Each date once: no sample can be answered from a memo of an earlier one.
      for (const date of ['2024-03-01', '2025-06-15', '2024-09-30', '2025-02-01', '2024-12-24', '2025-09-09', '2024-05-05', '2025-11-30']) {
        const t0 = performance.now();
        const idle = new Promise((r) => m.once('idle', r));
        el.setAttribute('date', date);
        await el.updateComplete;
        model.push(performance.now() - t0);
        m.triggerRepaint();
        await idle;
        out.push(performance.now() - t0);
      }
      return { out, model };
    })()`)) as { out: number[]; model: number[] };
    filterMedianMs = percentile(times.out, 50);
    filterP95Ms = percentile(times.out, 95);
    modelMedianMs = percentile(times.model, 50);

    // The biggest marker or cluster on screen; a cluster opens the cluster panel.
    const target = (await page.evaluate(`(() => {
      const m = ${MAP};
      const layers = ['place-markers-circle', 'place-clusters-circle', 'place-clusters-point'].filter((l) => m.getLayer(l));
      const size = (f) => f.properties.claims ?? f.properties.claim_count;
      const f = m.queryRenderedFeatures({ layers }).sort((a, b) => size(b) - size(a))[0];
      const p = m.project(f.geometry.coordinates);
      const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    })()`)) as { x: number; y: number };
    await page.evaluate(`(() => {
      window.__panelAt = null;
      const el = document.querySelector('conflict-map');
      const watch = () => {
        const panel = el.shadowRoot.querySelector('cm-claims-panel, cm-cluster-panel');
        const h = panel?.shadowRoot?.querySelector('#panel-title, #cluster-title');
        if (h && h.textContent.trim()) window.__panelAt = performance.now(); else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      window.__clickAt = performance.now();
    })()`);
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction('window.__panelAt !== null', undefined, { timeout: 60_000 });
    clickToPanelMs = (await page.evaluate('window.__panelAt - window.__clickAt')) as number;
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapMB = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1048576;
  await cdp.detach();
  if (errors.length) throw new Error(`${variant}: ${errors.join('; ')}`);
  return {
    idleMs,
    readyMs,
    frameMedianMs: percentile(deltas, 50),
    frameP95Ms: percentile(deltas, 95),
    framesOver50Pct: (100 * deltas.filter((d) => d > 50).length) / Math.max(1, deltas.length),
    filterMedianMs,
    filterP95Ms,
    clickToPanelMs,
    modelMedianMs,
    heapMB,
    longestTaskMs,
    firstPaintMs,
    mapReadyEventMs: mapReadyEventMs === null ? null : mapReadyEventMs,
  };
}

function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

// ---- run ---------------------------------------------------------------------------------------
let origin = '';
const server = await startStaticServer({
  root: DIST,
  mounts: { '/vendor/': join(ROOT, 'node_modules/maplibre-gl/dist'), '/bench/': CACHE },
  routes: {},
});
origin = server.origin;
const browser = await launchChromium(['--enable-precise-memory-info']);
const chromium = browser.version();
const results = Object.fromEntries(VARIANTS.map((v) => [v, [] as Run[]])) as Record<Variant, Run[]>;
let mapSize = { w: 980, h: 410 };
const asOfSteps: AsOfStepRun[] = [];
try {
  for (let round = 0; round <= ROUNDS; round++) {
    // Interleaved, in a different order each round, so drift on the machine spreads over all.
    const order = VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length]);
    for (const variant of order) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      // The bare map gets the same canvas size as the element's map.
      await page.route('**/bench/bare.html', (route) => route.fulfill({ contentType: 'text/html', body: barePage(origin, mapSize.w, mapSize.h) }));
      await page.route('**/bench/clustered.html', (route) => route.fulfill({ contentType: 'text/html', body: barePage(origin, mapSize.w, mapSize.h, true) }));
      const run = await measure(page, variant);
      if (variant === 'article') {
        mapSize = (await page.evaluate(`(() => { const c = document.querySelector('conflict-map').maplibreMap.getCanvas(); return { w: c.clientWidth, h: c.clientHeight }; })()`)) as typeof mapSize;
      }
      await context.close();
      if (round > 0) results[variant].push(run);
      process.stderr.write(`${round === 0 ? 'warm-up' : `round ${round}`}: ${variant} ready in ${run.readyMs.toFixed(0)} ms\n`);
    }
  }
  // Claims through time: the whole time per as-of step at 1k, 10k and 100k claims.
  for (const n of [1_000, 10_000, 100_000]) {
    asOfSteps.push(await measureAsOfSteps(browser, origin, n));
    process.stderr.write(`as-of steps: ${n} claims\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
// The model's share of a step, by itself in node (no DOM, no map).
const asOfModel: AsOfModelRun[] = [1_000, 10_000, 100_000].map((n) => measureAsOfModel(n));

// ---- report ------------------------------------------------------------------------------------
const median = (xs: (number | null)[]) => percentile(xs.filter((x): x is number => x !== null), 50);
const summary = Object.fromEntries(
  VARIANTS.map((v) => [v, Object.fromEntries((Object.keys(results[v][0]) as (keyof Run)[]).map((k) => [k, median(results[v].map((r) => r[k]))]))]),
) as Record<Variant, Record<keyof Run, number>>;

const rows: [string, keyof Run][] = [
  ['navigation → map idle (ms)', 'idleMs'],
  ['navigation → app ready (ms)', 'readyMs'],
  ['frame interval, median (ms)', 'frameMedianMs'],
  ['frame interval, p95 (ms)', 'frameP95Ms'],
  ['frames over 50 ms (%)', 'framesOver50Pct'],
  ['as-of change → idle, median (ms)', 'filterMedianMs'],
  ['as-of change → idle, p95 (ms)', 'filterP95Ms'],
  ['marker or cluster click → panel (ms)', 'clickToPanelMs'],
  ['as-of change: model + element update, median (ms)', 'modelMedianMs'],
  ['longest main-thread task during load (ms)', 'longestTaskMs'],
  ['first paint (ms)', 'firstPaintMs'],
  ['cm-map-ready event (ms)', 'mapReadyEventMs'],
  ['JS heap after GC, main thread (MB)', 'heapMB'],
];
const range = (v: Variant, k: keyof Run) => {
  const xs = results[v].map((r) => r[k]).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return xs.length > 1 ? ` [${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}]` : '';
};
const fmt = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '–');
const ratio = (v: Variant, k: keyof Run) => {
  const r = summary[v][k] / summary.bare[k];
  return Number.isFinite(r) && v !== 'bare' ? ` (${r.toFixed(2)}×)` : '';
};
const vsClustered = (v: Variant) => {
  const r = summary[v].readyMs / summary.clustered?.readyMs;
  return Number.isFinite(r) && v !== 'clustered' && v !== 'bare' ? `${r.toFixed(2)}×` : '–';
};
const lines = [
  `Medians of ${ROUNDS} interleaved rounds after a warm-up, (ratio to the bare map) and [min–max]; Chromium ${chromium}, software WebGL, ${VIEWPORT.width}×${VIEWPORT.height}.`,
  '',
  `| metric | ${VARIANTS.map((v) => LABELS[v]).join(' | ')} |`,
  `| --- | ${VARIANTS.map(() => '---:').join(' | ')} |`,
  ...rows.map(([label, k]) => `| ${label} | ${VARIANTS.map((v) => fmt(summary[v][k]) + ratio(v, k) + range(v, k)).join(' | ')} |`),
  `| app ready ÷ hand-written clustered page | ${VARIANTS.map((v) => vsClustered(v)).join(' | ')} |`,
  '',
  `| size (gzip -9) | KB |`,
  `| --- | ---: |`,
  `| app JS beyond MapLibre | ${sizes.appJsGzipKB.toFixed(1)} |`,
  `| MapLibre JS (main + worker) | ${sizes.maplibreJsGzipKB.toFixed(1)} |`,
  `| default data (dist/data) | ${sizes.defaultDataGzipKB.toFixed(1)} |`,
  '',
  `| as-of step (a week on), median / p95 (ms) | 1k claims | 10k claims | 100k claims |`,
  `| --- | ---: | ---: | ---: |`,
  `| model only (node: statuses, claims by place, counts) | ${asOfModel.map((r) => `${fmt(r.stepMedianMs)} / ${fmt(r.stepP95Ms)}`).join(' | ')} |`,
  `| element updated (model, list, timeline, data to MapLibre) | ${asOfSteps.map((r) => `${fmt(r.renderMedianMs)} / ${fmt(r.renderP95Ms)}`).join(' | ')} |`,
  `| whole step, to map idle | ${asOfSteps.map((r) => `${fmt(r.idleMedianMs)} / ${fmt(r.idleP95Ms)}`).join(' | ')} |`,
  `| timeline built once per file (node, ms) | ${asOfModel.map((r) => fmt(r.buildMs)).join(' | ')} |`,
];
console.log(lines.join('\n'));
writeFileSync(
  args.includes('--out') ? args[args.indexOf('--out') + 1] : join(ROOT, 'bench', 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), chromium, rounds: ROUNDS, viewport: VIEWPORT, summary, runs: results, sizes, asOfModel, asOfSteps }, null, 2)}\n`,
);
console.log(`\nwrote ${args.includes('--out') ? args[args.indexOf('--out') + 1] : 'bench/results.json'}`);
