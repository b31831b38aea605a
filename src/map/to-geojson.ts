import type { Feature, FeatureCollection, Point } from 'geojson';
import { ringArea, type Place } from '../model/place.ts';
import type { PlaceStatus } from '../model/derive-status.ts';
import type { Words } from '../model/describe.ts';
import { mapLabel } from '../model/text-safety.ts';
import { FEATURE_ID, featureId } from './style/ids.ts';

/** The words a marker's label needs, in the reader's language. */
export type MarkerWords = Pick<Words, 'status' | 'claimCount'>;

/** Polygon area in squared degrees: enough to rank which of two overlapping places is the smaller. */
function roughArea(geometry: Place['geometry']): number {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return 0;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const poly of polys) {
    total += ringArea(poly[0]);
  }
  return total;
}

/** Labels as the map draws them: capped in length and isolated for bidirectional text (the panel has the full text). */
function labelProps(place: Place): Record<string, string> {
  const out: Record<string, string> = { name_en: mapLabel(place.names.en) };
  if (place.names.uk) out.name_uk = mapLabel(place.names.uk);
  if (place.names.ru) out.name_ru = mapLabel(place.names.ru);
  for (const lang of ['en', 'uk', 'ru'] as const) {
    const note = place.labelNote?.[lang];
    if (note) out[`label_note_${lang}`] = mapLabel(note, 80);
  }
  return out;
}

/**
 * Areas and lines of the places, with their derived status. `area_rank` is 0 for the smallest
 * (lines first), so a click where places overlap picks the most specific one (Kupiansk before Ukraine).
 */
export function placesToGeoJSON(places: readonly Place[], statuses: ReadonlyMap<string, PlaceStatus>): FeatureCollection {
  const areas = places.filter((p) => p.geometry.type !== 'Point');
  const ranked = [...areas].sort((a, b) => roughArea(a.geometry) - roughArea(b.geometry));
  const rank = new Map(ranked.map((p, i) => [p.id, i]));
  return {
    type: 'FeatureCollection',
    features: areas.map((p): Feature => ({
      type: 'Feature',
      geometry: p.geometry as Exclude<Place['geometry'], Point>,
      properties: {
        id: p.id,
        [FEATURE_ID]: featureId(p.id),
        status: statuses.get(p.id)?.status ?? 'none',
        approximate: p.approximate,
        area_rank: rank.get(p.id) ?? 0,
        ...labelProps(p),
      },
    })),
  };
}

/** One marker per place that has claims, at its label point, carrying the count. */
export function markersToGeoJSON(
  places: readonly Place[],
  statuses: ReadonlyMap<string, PlaceStatus>,
  claimCounts: ReadonlyMap<string, number>,
  /** Claims per side at each place (`side_RU: 12`), which clusters sum. */
  sideCounts: ReadonlyMap<string, Readonly<Record<string, number>>> | undefined,
  words: MarkerWords,
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places
      .filter((p) => (claimCounts.get(p.id) ?? 0) > 0)
      .map((p) => {
        const status = statuses.get(p.id)?.status ?? 'none';
        const claims = words.claimCount(claimCounts.get(p.id) ?? 0);
        return {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: p.labelPoint },
          properties: {
            id: p.id,
            [FEATURE_ID]: featureId(p.id),
            claim_count: claimCounts.get(p.id) ?? 0,
            status,
            // The count beside the name, with the status in words: "Contested · 2 claims".
            status_label: status === 'none' ? claims : `${words.status[status]} · ${claims}`,
            ...Object.fromEntries(Object.entries(sideCounts?.get(p.id) ?? {}).map(([side, n]) => [`side_${side}`, n])),
            ...labelProps(p),
          },
        };
      }),
  };
}
