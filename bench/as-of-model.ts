/**
 * The model's work for one move of the as-of date, measured by itself in node (no DOM, no map):
 * statuses, the claims shown by place, counts and counts by side, on N synthetic claims. The
 * timeline is built once (its cost is reported apart), then the date moves a week at a time
 * forwards, then by jumps of a year back and forth, as a reader dragging the handle would.
 *
 * `npx tsx bench/as-of-model.ts` prints a table; bench/run.ts imports `measureAsOfModel`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadClaims } from '../src/model/load-claims.ts';
import { syntheticClaims, type SettlementPoint } from '../src/model/synthetic-claims.ts';
import { claimCounts, claimsByPlaceAsOf, sideCounts, statusesAsOf } from '../src/model/as-of.ts';
import { ClaimsTimeline } from '../src/model/claims-timeline.ts';
import { NO_FILTERS } from '../src/model/filter-claims.ts';

const ROOT = join(import.meta.dirname, '..');

export interface AsOfModelRun {
  claims: number;
  places: number;
  /** Sorting the claims by day and each place's history, once per file. */
  buildMs: number;
  stepMedianMs: number;
  stepP95Ms: number;
  steps: number;
}

function settlements(): SettlementPoint[] {
  type Settlements = { features: { properties: { geonameid: number; name_en: string; population: number }; geometry: { coordinates: [number, number] } }[] };
  const fc = JSON.parse(readFileSync(join(ROOT, 'public/data/basemap/settlements.geojson'), 'utf8')) as Settlements;
  return fc.features.map((f) => ({ geonameid: f.properties.geonameid, name: f.properties.name_en, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], population: f.properties.population }));
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export function measureAsOfModel(n: number): AsOfModelRun {
  const { data } = loadClaims(syntheticClaims(n, settlements(), 1), `synthetic-${n}.json`, []);
  const t0 = performance.now();
  const timeline = ClaimsTimeline.of(data.claims);
  const buildMs = performance.now() - t0;
  const [first, last] = timeline.span!;
  const day = (d: string, k: number) => new Date(Date.parse(d) + k * 86_400_000).toISOString().slice(0, 10);
  const dates: string[] = [];
  for (let d = first; d <= last; d = day(d, 7)) dates.push(d);
  for (let i = 0; i < 20; i++) dates.push(day(first, (i % 2 ? 100 : 1000) + i * 7));
  const times: number[] = [];
  for (const asOf of dates) {
    const s = performance.now();
    statusesAsOf(data.claims, data.places, null, asOf);
    const byPlace = claimsByPlaceAsOf(data.claims, data, NO_FILTERS, asOf);
    claimCounts(byPlace);
    sideCounts(byPlace, data);
    times.push(performance.now() - s);
  }
  // The first steps warm the JIT.
  const measured = times.slice(5);
  return { claims: n, places: data.places.length, buildMs, stepMedianMs: percentile(measured, 50), stepP95Ms: percentile(measured, 95), steps: measured.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('| claims | places | timeline built once (ms) | as-of step, median (ms) | p95 (ms) |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  for (const n of [1_000, 10_000, 100_000]) {
    const r = measureAsOfModel(n);
    console.log(`| ${n} | ${r.places} | ${r.buildMs.toFixed(1)} | ${r.stepMedianMs.toFixed(2)} | ${r.stepP95Ms.toFixed(2)} |`);
  }
}
