import union from '@turf/union';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** Dissolves areas into one (Multi)Polygon, removing the shared inner borders. */
export function dissolve(parts: Feature<Polygon | MultiPolygon>[]): Polygon | MultiPolygon {
  if (parts.length === 0) throw new Error('dissolve: no parts given');
  if (parts.length === 1) return parts[0].geometry;
  const merged = union(featureCollection(parts));
  if (!merged) throw new Error('dissolve: union produced no geometry');
  return merged.geometry;
}
