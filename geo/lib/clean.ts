import rewind from '@turf/rewind';
import truncate from '@turf/truncate';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/**
 * Makes a collection deterministic and standard: RFC 7946 winding (exterior rings
 * counter-clockwise), at most `precision` decimals, features sorted by `sortKey`.
 * Deterministic output is what lets `git diff` show exactly what changed in the data.
 */
export function cleanCollection<G extends Geometry, P extends object>(
  features: Feature<G, P>[],
  sortKey: (f: Feature<G, P>) => string,
  precision = 6,
): FeatureCollection<G, P> {
  const cleaned = features.map((f) => {
    const rounded = truncate(f, { precision, coordinates: 2, mutate: false }) as Feature<G, P>;
    const isArea = rounded.geometry.type === 'Polygon' || rounded.geometry.type === 'MultiPolygon';
    return isArea ? (rewind(rounded, { reverse: false, mutate: true }) as Feature<G, P>) : rounded;
  });
  cleaned.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  return { type: 'FeatureCollection', features: cleaned.map(dropEmptyRings) };
}

/** Simplification can collapse a ring to fewer than four positions; such a ring is invalid GeoJSON. */
function dropEmptyRings<G extends Geometry, P>(f: Feature<G, P>): Feature<G, P> {
  const g = f.geometry as Geometry;
  if (g.type === 'Polygon') {
    g.coordinates = g.coordinates.filter((ring, i) => i === 0 || ring.length >= 4);
  } else if (g.type === 'MultiPolygon') {
    g.coordinates = g.coordinates
      .map((poly) => poly.filter((ring, i) => i === 0 || ring.length >= 4))
      .filter((poly) => poly[0].length >= 4);
  }
  return f;
}
