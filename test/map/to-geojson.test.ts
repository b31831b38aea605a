import { describe, expect, it } from 'vitest';
import { markersToGeoJSON, placesToGeoJSON } from '../../src/map/to-geojson.ts';
import { deriveStatuses } from '../../src/model/derive-status.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import { articleClaims, builtInPlaces } from '../helpers/data.ts';
import { modelWords } from '../../src/components/i18n/words.ts';

describe('model to map data', () => {
  it('ranks overlapping places so the smallest is picked first, and carries the derived status', () => {
    const { data } = loadClaims(articleClaims(), 'claims.json', builtInPlaces());
    const statuses = deriveStatuses(data.claims, data.places.map((p) => p.id));
    const fc = placesToGeoJSON(data.places, statuses);
    const byId = Object.fromEntries(fc.features.map((f) => [f.properties?.id, f.properties]));
    expect(byId.kupiansk?.area_rank).toBe(0);
    expect(byId.ukraine?.area_rank).toBe(4);
    expect(byId.kupiansk?.status).toBe('contested');
    expect(byId.crimea?.status).toBe('claimed');
  });

  it('puts one marker per place with claims, counting them', () => {
    const { data } = loadClaims(articleClaims(), 'claims.json', builtInPlaces());
    const statuses = deriveStatuses(data.claims, data.places.map((p) => p.id));
    const counts = new Map([['kupiansk', 2], ['ukraine', 7]]);
    const markers = markersToGeoJSON(data.places, statuses, counts, undefined, modelWords('en'));
    expect(markers.features.map((f) => [f.properties?.id, f.properties?.claim_count, f.properties?.status_label])).toEqual([
      ['ukraine', 7, '7 claims'],
      ['kupiansk', 2, 'Contested · 2 claims'],
    ]);
    const inUkrainian = markersToGeoJSON(data.places, statuses, counts, undefined, modelWords('uk'));
    expect(inUkrainian.features.map((f) => f.properties?.status_label)).toEqual(['заяв: 7', 'Оспорюється · заяв: 2']);
  });
});
