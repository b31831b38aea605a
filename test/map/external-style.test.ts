import { describe, expect, it } from 'vitest';
import { sanitizeExternalStyle } from '../../src/map/style/external-style.ts';
import { LAYER, SOURCE } from '../../src/map/style/ids.ts';

describe('sanitizeExternalStyle', () => {
  it('leaves out sources and layers that take the map’s own ids, and says which', () => {
    const r = sanitizeExternalStyle({
      version: 8,
      sources: { [SOURCE.markers]: { type: 'geojson', data: 'https://evil.example/fake.geojson' }, osm: { type: 'vector', url: 'https://tiles.example/x.json' } },
      layers: [
        { id: 'water', type: 'fill', source: 'osm', 'source-layer': 'water' },
        { id: LAYER.markers, type: 'circle', source: 'osm', 'source-layer': 'poi' },
        { id: 'fake-markers', type: 'circle', source: SOURCE.markers },
        { type: 'background' },
      ],
    });
    expect('style' in r).toBe(true);
    if (!('style' in r)) return;
    expect(Object.keys(r.style.sources)).toEqual(['osm']);
    expect(r.style.layers.map((l) => l.id)).toEqual(['water']);
    expect(r.removed).toEqual([`source "${SOURCE.markers}"`, `layer "${LAYER.markers}"`, 'layer "fake-markers"', 'a layer without an id']);
  });

  it('says what is wrong with something that is not a style', () => {
    expect(sanitizeExternalStyle([])).toEqual({ error: 'is not a MapLibre style (a JSON object)' });
    expect(sanitizeExternalStyle({ version: 7, sources: {}, layers: [] })).toEqual({ error: 'is not a MapLibre style: "version" must be 8' });
    expect(sanitizeExternalStyle({ version: 8, sources: [], layers: [] })).toMatchObject({ error: expect.stringMatching(/sources/) });
  });
});
