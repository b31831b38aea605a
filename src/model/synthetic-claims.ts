/**
 * Deterministic synthetic claims files for benchmarks: N claims spread over real settlements.
 * Same seed, same file. The texts say plainly that they are synthetic.
 */
import type { ClaimsFile } from './schema.ts';

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
    claims.push({
      id: `synthetic-${i}`,
      actor: side === 'RU' ? 'synthetic-ru' : 'synthetic-ua',
      source: `synthetic-source-${i % 20}`,
      places: [place],
      kind,
      text: `Synthetic claim ${i} about ${s.name}, for benchmarks only.`,
      textType: 'paraphrase',
      statedOn: date,
      verification: { status: pick(VERIFICATION), by: null },
      ...(kind === 'territorial-control'
        ? { assertions: [{ type: 'control' as const, place, holder: side, action: 'holds' as const, extent: 'unknown' as const, asOf: date }] }
        : {}),
    });
  }
  return {
    title: `Synthetic benchmark data: ${count} claims`,
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
