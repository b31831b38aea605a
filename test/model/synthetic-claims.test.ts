import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { syntheticClaimsOnManyPlaces } from '../../src/model/synthetic-claims.ts';
import { loadClaims } from '../../src/model/load-claims.ts';

type Oblasts = { features: { properties: { name_en: string }; geometry: Polygon | MultiPolygon }[] };
const oblasts = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/basemap/oblasts.geojson'), 'utf8')) as Oblasts;
const areas = oblasts.features.map((f) => ({ name: f.properties.name_en, geometry: f.geometry }));

describe('syntheticClaimsOnManyPlaces', () => {
  const file = syntheticClaimsOnManyPlaces(3000, { places: 1200, areas }, 7);

  it('makes the asked number of distinct places, each inside the oblast its name gives', () => {
    expect(file.places).toHaveLength(1200);
    expect(new Set(file.places.map((p) => p.id)).size).toBe(1200);
    expect(new Set(file.places.map((p) => JSON.stringify(p.geometry))).size).toBe(1200);
    for (const p of file.places) {
      const oblast = /\((.+)\)$/.exec(p.names!.en)![1];
      // Two units share the name Kyiv (the city and the oblast around it).
      const inside = areas.filter((a) => a.name === oblast).some((a) => booleanPointInPolygon((p.geometry as { coordinates: [number, number] }).coordinates, a.geometry));
      expect(inside, p.id).toBe(true);
    }
    // Spread over the country, not piled in one oblast.
    expect(new Set(file.places.map((p) => /\((.+)\)$/.exec(p.names!.en)![1])).size).toBeGreaterThan(20);
  });

  it('gives every place a claim, dates them across 2024 and 2025, and says they are synthetic', () => {
    expect(file.claims).toHaveLength(3000);
    const used = new Set(file.claims.flatMap((c) => c.places));
    expect(used.size).toBe(1200);
    const dates = file.claims.map((c) => c.statedOn).filter((d): d is string => d !== null);
    expect(dates.every((d) => d >= '2024-01-01' && d <= '2025-12-31')).toBe(true);
    expect(dates.some((d) => d.startsWith('2024'))).toBe(true);
    expect(dates.some((d) => d.startsWith('2025'))).toBe(true);
    // More reports in the second year than the first.
    expect(dates.filter((d) => d.startsWith('2025')).length).toBeGreaterThan(dates.filter((d) => d.startsWith('2024')).length);
    expect(file.claims.every((c) => /synthetic/i.test(c.text))).toBe(true);
  });

  it('is the same file for the same seed, another for another seed', () => {
    expect(JSON.stringify(syntheticClaimsOnManyPlaces(3000, { places: 1200, areas }, 7))).toBe(JSON.stringify(file));
    expect(JSON.stringify(syntheticClaimsOnManyPlaces(3000, { places: 1200, areas }, 8))).not.toBe(JSON.stringify(file));
  });

  it('is a valid claims file', () => {
    const { data, problems } = loadClaims(JSON.parse(JSON.stringify(file)), 'synthetic.json', []);
    expect(problems).toEqual([]);
    expect(data.places).toHaveLength(1200);
    expect(data.claims).toHaveLength(3000);
  });
});
