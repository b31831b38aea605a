/**
 * Deterministic synthetic claims files for benchmarks: N claims spread over real settlements.
 * Same seed, same file. The texts say plainly that they are synthetic.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type { ClaimsFile } from './schema.ts';
import { ringArea } from './place.ts';

export interface SettlementPoint {
  geonameid: number;
  name: string;
  lon: number;
  lat: number;
  population: number;
}

/** mulberry32: small, fast and good enough to spread test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['territorial-control', 'battlefield-report', 'position', 'negotiation'] as const;
const VERIFICATION = ['not-assessed', 'unverified', 'disputed', 'corroborated'] as const;

/** An oblast (first-level unit) to scatter synthetic places in. */
export interface AreaShape {
  name: string;
  geometry: Polygon | MultiPolygon;
}

export interface DistinctPlacesOptions {
  /** How many distinct places to make (each gets at least one claim while claims last). */
  places: number;
  /** The areas the places are jittered inside, in proportion to their size. */
  areas: readonly AreaShape[];
}

const DAY = 86_400_000;

/**
 * Claims spread over `options.places` distinct points, each inside one of the areas (real
 * oblasts), dated over two years (2024-2025) with reporting growing towards the end, as it does
 * when a front heats up. Same seed, same file.
 */
export function syntheticClaimsOnManyPlaces(count: number, options: DistinctPlacesOptions, seed = 1): ClaimsFile {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const areas = options.areas.map((a) => {
    const polygons = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
    const coords = polygons.flat(2);
    const xs = coords.map((c) => c[0]);
    const ys = coords.map((c) => c[1]);
    const bbox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    return { ...a, bbox, weight: polygons.reduce((n, p) => n + ringArea(p[0]), 0) };
  });
  const total = areas.reduce((n, a) => n + a.weight, 0);
  const pickArea = () => {
    let r = rnd() * total;
    for (const a of areas) if ((r -= a.weight) <= 0) return a;
    return areas[areas.length - 1];
  };
  const places: ClaimsFile['places'] = [];
  const width = String(options.places).length;
  for (let i = 0; i < options.places; i++) {
    const area = pickArea();
    let point: [number, number];
    // Rejection sampling inside the area's bounding box; oblasts fill most of theirs.
    do {
      point = [
        Math.round((area.bbox[0] + rnd() * (area.bbox[2] - area.bbox[0])) * 1e5) / 1e5,
        Math.round((area.bbox[1] + rnd() * (area.bbox[3] - area.bbox[1])) * 1e5) / 1e5,
      ];
    } while (!booleanPointInPolygon(point, area.geometry));
    const n = String(i + 1).padStart(width, '0');
    places.push({
      id: `syn-${n}`,
      names: { en: `Synthetic place ${n} (${area.name})` },
      kind: 'settlement',
      geometry: { type: 'Point', coordinates: point },
      precision: 'synthetic point, randomly placed inside the oblast',
      dataSource: 'synthetic (benchmarks only)',
      licence: 'CC0',
    });
  }
  const day0 = Date.UTC(2024, 0, 1);
  const days = 731;
  const claims: ClaimsFile['claims'] = [];
  for (let i = 0; i < count; i++) {
    // Every place once while claims last, then busier places draw more (the square skews low indices).
    const place = places[i < places.length ? i : Math.floor(places.length * rnd() ** 2)].id;
    const side = rnd() < 0.5 ? 'RU' : 'UA';
    const kind = pick(KINDS);
    // sqrt: more reports later in the two years; a few undated, as sources sometimes give none.
    const date = rnd() < 0.01 ? null : new Date(day0 + Math.floor(Math.sqrt(rnd()) * days) * DAY).toISOString().slice(0, 10);
    claims.push(syntheticClaim(i, place, side, kind, date, pick(VERIFICATION), `Synthetic claim ${i}, for benchmarks only.`));
  }
  return { ...frame(`Synthetic benchmark data: ${count} claims on ${options.places} places`), places, claims };
}

/** One claim record, the same shape from both generators; a control claim asserts its side holds the place. */
function syntheticClaim(
  i: number,
  place: string,
  side: 'RU' | 'UA',
  kind: (typeof KINDS)[number],
  date: string | null,
  verification: (typeof VERIFICATION)[number],
  text: string,
): ClaimsFile['claims'][number] {
  return {
    id: `synthetic-${i}`,
    actor: side === 'RU' ? 'synthetic-ru' : 'synthetic-ua',
    source: `synthetic-source-${i % 20}`,
    places: [place],
    kind,
    text,
    textType: 'paraphrase',
    statedOn: date,
    verification: { status: verification, by: null },
    ...(kind === 'territorial-control' ? { assertions: [{ type: 'control', place, holder: side, action: 'holds', extent: 'unknown', asOf: date }] } : {}),
  };
}

/** Sides, actors and sources shared by both generators. */
function frame(title: string): Omit<ClaimsFile, 'places' | 'claims'> {
  return {
    title,
    sides: [
      { id: 'RU', label: 'Russia' },
      { id: 'UA', label: 'Ukraine' },
    ],
    actors: [
      { id: 'synthetic-ru', name: 'Synthetic Russian source', kind: 'institution', role: null, side: 'RU' },
      { id: 'synthetic-ua', name: 'Synthetic Ukrainian source', kind: 'institution', role: null, side: 'UA' },
    ],
    sources: Array.from({ length: 20 }, (_, i) => ({
      id: `synthetic-source-${i}`,
      title: `Synthetic source ${i}`,
      outlet: null,
      author: null,
      date: null,
      url: null,
    })),
  };
}

export function syntheticClaims(count: number, settlements: readonly SettlementPoint[], seed = 1): ClaimsFile {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  // Larger places draw more claims, as in real reporting.
  const weighted = [...settlements].sort((a, b) => b.population - a.population);
  const placeFor = () => weighted[Math.floor(weighted.length * rnd() ** 2)];
  const used = new Map<number, SettlementPoint>();
  const day0 = Date.UTC(2022, 1, 24);
  const claims: ClaimsFile['claims'] = [];
  for (let i = 0; i < count; i++) {
    const s = placeFor();
    used.set(s.geonameid, s);
    const side = rnd() < 0.5 ? 'RU' : 'UA';
    const kind = pick(KINDS);
    const date = new Date(day0 + Math.floor(rnd() * 1400) * 86_400_000).toISOString().slice(0, 10);
    const place = `gn-${s.geonameid}`;
    claims.push(syntheticClaim(i, place, side, kind, date, pick(VERIFICATION), `Synthetic claim ${i} about ${s.name}, for benchmarks only.`));
  }
  return {
    ...frame(`Synthetic benchmark data: ${count} claims`),
    places: [...used.values()]
      .sort((a, b) => a.geonameid - b.geonameid)
      .map((s) => ({
        id: `gn-${s.geonameid}`,
        names: { en: s.name },
        kind: 'settlement',
        geometry: { type: 'Point' as const, coordinates: [s.lon, s.lat] as [number, number] },
        precision: 'GeoNames point',
        dataSource: 'GeoNames',
        licence: 'CC BY 4.0',
      })),
    claims,
  };
}
