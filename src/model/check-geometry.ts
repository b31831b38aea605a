/**
 * Geography checks on a claims file's own places, beyond the types: a place must lie on the map
 * (a swapped longitude and latitude is the usual slip), rings must be closed; a self-intersecting
 * outline or an implausible area is worth a warning, not a refusal.
 */
import kinks from '@turf/kinks';
import turfArea from '@turf/area';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { PlaceGeometry } from './schema.ts';
import { BASEMAP_BBOX } from './map-extent.ts';

/** Above this many vertices the self-crossing check (quadratic) is skipped, with a warning. */
export const MAX_VERTICES_CHECKED = 5_000;

export interface GeometryFinding {
  severity: 'error' | 'warning';
  /** The field at fault, under the place: `geometry.coordinates`. */
  field: string;
  /** JSON path below the place's geometry: `.coordinates[0][3]`. */
  subPath: string;
  message: string;
}

/** Larger than this (km²) is implausible for one place in an article: Ukraine is ~600,000 km². */
export const MAX_PLAUSIBLE_KM2 = 2_000_000;
/** Smaller than this (km²) is implausible for an area: 0.01 km² is a 100 m square. */
export const MIN_PLAUSIBLE_KM2 = 0.01;

const [WEST, SOUTH, EAST, NORTH] = BASEMAP_BBOX;
const onMap = (lon: number, lat: number) => lon >= WEST && lon <= EAST && lat >= SOUTH && lat <= NORTH;
const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** Every position of a geometry with its path below `coordinates`. */
function positions(g: PlaceGeometry): { pos: number[]; path: string }[] {
  const out: { pos: number[]; path: string }[] = [];
  const walk = (c: unknown, path: string) => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push({ pos: c as number[], path });
    else if (Array.isArray(c)) c.forEach((x, i) => walk(x, `${path}[${i}]`));
  };
  walk(g.coordinates, '');
  return out;
}

/**
 * @param name - the place's name, for the message ("Pokrovsk [48.28, 37.18] lies outside…")
 * @example
 * checkGeometry('Pokrovsk', { type: 'Point', coordinates: [48.28, 37.18] })
 * // [{ severity: 'error', message: 'Pokrovsk [48.28, 37.18] lies outside the map’s area …; are longitude and latitude swapped?' }]
 */
export function checkGeometry(name: string, g: PlaceGeometry): GeometryFinding[] {
  const findings: GeometryFinding[] = [];
  const outside = positions(g).filter(({ pos }) => !onMap(pos[0], pos[1]));
  if (outside.length) {
    const { pos, path } = outside[0];
    const swapped = outside.every(({ pos: p }) => onMap(p[1], p[0]));
    const more = outside.length > 1 ? ` (and ${outside.length - 1} more of its positions)` : '';
    findings.push({
      severity: 'error',
      field: 'geometry.coordinates',
      subPath: `.coordinates${path}`,
      message:
        `${name} [${round(pos[0])}, ${round(pos[1])}]${more} lies outside the map’s area ` +
        `(longitude ${WEST} to ${EAST}, latitude ${SOUTH} to ${NORTH})` +
        (swapped ? '; are longitude and latitude swapped? Positions are [longitude, latitude]' : '; positions are [longitude, latitude]'),
    });
    return findings;
  }
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return findings;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const prefix = (pi: number) => (g.type === 'Polygon' ? '' : `[${pi}]`);
  let closed = true;
  polygons.forEach((rings, pi) =>
    rings.forEach((ring, ri) => {
      const a = ring[0];
      const b = ring[ring.length - 1];
      if (a[0] !== b[0] || a[1] !== b[1]) {
        closed = false;
        findings.push({
          severity: 'error',
          field: 'geometry.coordinates',
          subPath: `.coordinates${prefix(pi)}[${ri}]`,
          message: `${name}: ring ${ri}${g.type === 'MultiPolygon' ? ` of polygon ${pi}` : ''} is not closed: its last position [${b.join(', ')}] must repeat its first [${a.join(', ')}]`,
        });
      }
    }),
  );
  if (!closed) return findings;
  const feature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: g };
  // kinks() compares every edge with every other: past a few thousand vertices that would freeze
  // the page (a hostile 500,000-vertex polygon). Say the check was not made instead.
  const vertices = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).reduce((n, poly) => n + poly.reduce((m, ring) => m + ring.length, 0), 0);
  if (vertices > MAX_VERTICES_CHECKED) {
    findings.push({
      severity: 'warning',
      field: 'geometry.coordinates',
      subPath: '.coordinates',
      message: `${name}: the outline has ${vertices} vertices, too many to check for self-crossings here (limit ${MAX_VERTICES_CHECKED}); simplify it`,
    });
    return findings;
  }
  const crossings = kinks(feature).features;
  if (crossings.length) {
    const [lon, lat] = crossings[0].geometry.coordinates;
    findings.push({
      severity: 'warning',
      field: 'geometry.coordinates',
      subPath: '.coordinates',
      message: `${name}: the outline crosses itself (${crossings.length === 1 ? 'once' : `${crossings.length} times`}, first near [${round(lon)}, ${round(lat)}]); the area may be drawn and measured wrongly`,
    });
  }
  // A crossed outline's area means nothing: one warning is enough.
  if (crossings.length) return findings;
  const km2 = turfArea(feature) / 1e6;
  if (km2 > MAX_PLAUSIBLE_KM2) {
    findings.push({
      severity: 'warning',
      field: 'geometry',
      subPath: '',
      message: `${name}: an area of ${Math.round(km2).toLocaleString('en')} km² is implausibly large for a place (Ukraine is about 600,000 km²)`,
    });
  } else if (km2 < MIN_PLAUSIBLE_KM2) {
    findings.push({
      severity: 'warning',
      field: 'geometry',
      subPath: '',
      message: `${name}: an area of ${Math.round(km2 * 1e6)} m² is implausibly small for a place; give a Point if it is a point`,
    });
  }
  return findings;
}
