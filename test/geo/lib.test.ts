import { describe, expect, it } from 'vitest';
import { labelMinZoom, ukrainianName } from '../../geo/lib/settlements.ts';
import { dissolve } from '../../geo/lib/dissolve.ts';
import { cleanCollection } from '../../geo/lib/clean.ts';
import { formatGeoJSON } from '../../geo/lib/write-geojson.ts';
import type { Feature, Polygon } from 'geojson';

const square = (x: number, y: number, size = 1): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x, y + size], [x + size, y + size], [x + size, y], [x, y]]] },
});

describe('geo/lib', () => {
  it('picks the Ukrainian spelling out of unlabelled alternate names', () => {
    expect(ukrainianName(['Kupiansk', 'Купянск', 'Куп’янськ', 'Купјанск'])).toBe('Куп’янськ');
    expect(ukrainianName(['Urzuf', 'Урзуф'])).toBeUndefined();
  });

  it('labels oblast centres before small towns', () => {
    expect(labelMinZoom('PPLA', 50_000)).toBeLessThan(labelMinZoom('PPLA2', 27_000));
    expect(labelMinZoom('PPL', 600)).toBe(10);
  });

  it('dissolves two touching squares into one polygon without the inner border', () => {
    const merged = dissolve([square(0, 0), square(1, 0)]);
    expect(merged.type).toBe('Polygon');
    expect((merged as Polygon).coordinates).toHaveLength(1);
  });

  it('rewinds clockwise rings, truncates and sorts deterministically', () => {
    const a = { ...square(0.1234567891, 0), properties: { id: 'b' } };
    const b = { ...square(5, 5), properties: { id: 'a' } };
    const out = cleanCollection([a, b], (f) => f.properties.id);
    expect(out.features.map((f) => f.properties.id)).toEqual(['a', 'b']);
    const ring = out.features[1].geometry.coordinates[0];
    expect(ring[0][0]).toBe(0.123457);
    expect(ring[1]).toEqual([1.123457, 0]); // counter-clockwise now: east first
    expect(formatGeoJSON(out)).toBe(formatGeoJSON(cleanCollection([b, a], (f) => f.properties.id)));
  });
});
