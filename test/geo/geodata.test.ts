import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { ROOT, readJSON } from '../helpers/data.ts';

type Places = FeatureCollection<Polygon | MultiPolygon, { id: string; label_lon: number; label_lat: number }>;
const place = (id: string) => {
  const f = readJSON<Places>('public/data/places.geojson').features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no place ${id}`);
  return f;
};
const inside = (lat: number, lon: number, f: Feature<Polygon | MultiPolygon>) => booleanPointInPolygon([lon, lat], f);

describe('the article’s places', () => {
  it('puts Kupiansk within 3 km of 49.7106 N, 37.6156 E, inside its own area', () => {
    const k = place('kupiansk');
    expect(distance([k.properties.label_lon, k.properties.label_lat], [37.6156, 49.7106], { units: 'kilometers' })).toBeLessThan(3);
    expect(inside(49.7106, 37.6156, k)).toBe(true);
  });

  it('makes Donbas contain Donetsk and Luhansk, not Kharkiv', () => {
    const d = place('donbas');
    expect(inside(48.016, 37.803, d)).toBe(true);
    expect(inside(48.574, 39.308, d)).toBe(true);
    expect(inside(49.9935, 36.2304, d)).toBe(false);
  });

  it('makes Crimea contain Simferopol and Sevastopol, not Kherson', () => {
    const c = place('crimea');
    expect(inside(44.9521, 34.1024, c)).toBe(true);
    // GeoNames' Sevastopol point: the often-quoted 44.6166 N, 33.5254 E falls in Sevastopol Bay
    // at Natural Earth's 10m coastline.
    expect(inside(44.60795, 33.52134, c)).toBe(true);
    expect(inside(46.6354, 32.6169, c)).toBe(false);
  });

  it('draws Ukraine in its recognised borders, Crimea included', () => {
    const u = place('ukraine');
    expect(inside(44.9521, 34.1024, u)).toBe(true);
    expect(inside(50.4501, 30.5234, u)).toBe(true);
    expect(inside(50.2, 39.6, u)).toBe(false); // Russia, east of Luhansk oblast
  });

  it('keeps Crimea out of Russia on the basemap', () => {
    const countries = readJSON<FeatureCollection<Polygon | MultiPolygon, { name_en: string }>>('public/data/basemap/countries.geojson');
    const russia = countries.features.find((f) => f.properties.name_en === 'Russia');
    expect(russia).toBeDefined();
    expect(inside(44.9521, 34.1024, russia!)).toBe(false);
    expect(inside(55.0, 38.0, russia!)).toBe(true);
  });

  it('gives every place names, a precision note and provenance', () => {
    for (const f of readJSON<Places>('public/data/places.geojson').features) {
      const p = f.properties as Record<string, unknown>;
      expect(p.name_en, String(p.id)).toBeTruthy();
      expect(p.precision, String(p.id)).toBeTruthy();
      expect(p.data_source, String(p.id)).toBeTruthy();
      expect(p.licence, String(p.id)).toBeTruthy();
    }
  });
});

/** Signed area of a ring: positive when counter-clockwise (RFC 7946 exterior). */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return sum / 2;
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return g.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

function checkGeometry(g: Geometry, where: string): void {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  for (const poly of polys) {
    poly.forEach((ring, i) => {
      expect(ring.length, `${where}: ring has fewer than 4 positions`).toBeGreaterThanOrEqual(4);
      expect(ring[0], `${where}: ring not closed`).toEqual(ring.at(-1));
      const area = signedArea(ring);
      if (i === 0) expect(area, `${where}: exterior ring not counter-clockwise`).toBeGreaterThan(0);
      else expect(area, `${where}: hole not clockwise`).toBeLessThan(0);
    });
  }
  for (const [lon, lat] of positions(g)) {
    expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90, `${where}: position out of range`).toBe(true);
    for (const n of [lon, lat]) expect(String(n).split('.')[1]?.length ?? 0, `${where}: ${n} has over 6 decimals`).toBeLessThanOrEqual(6);
  }
}

const outputs = [
  'public/data/places.geojson',
  ...readdirSync(join(ROOT, 'public/data/basemap')).map((f) => `public/data/basemap/${f}`),
];

describe.each(outputs)('%s', (file) => {
  it('is a valid FeatureCollection with right-hand winding and at most 6 decimals', () => {
    const fc = readJSON<FeatureCollection>(file);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    fc.features.forEach((f, i) => {
      expect(f.type).toBe('Feature');
      expect(f.geometry, `${file} feature ${i}`).toBeTruthy();
      checkGeometry(f.geometry, `${file} feature ${i}`);
    });
  });

  it('names its source, licence and precision', () => {
    const fc = readJSON<Record<string, string>>(file);
    expect(fc.source).toBeTruthy();
    expect(fc.licence).toBeTruthy();
    expect(fc.precision).toBeTruthy();
  });
});
