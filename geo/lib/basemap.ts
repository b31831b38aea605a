import bboxClip from '@turf/bbox-clip';
import difference from '@turf/difference';
import simplify from '@turf/simplify';
import { featureCollection } from '@turf/helpers';
import type { BBox, Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { labelPointOf, ringArea } from '../../src/model/place.ts';
import { BASEMAP_BBOX as BASEMAP_EXTENT } from '../../src/map/style/basemap-extent.ts';

export const BASEMAP_BBOX: BBox = BASEMAP_EXTENT;

export type Area = Feature<Polygon | MultiPolygon>;

/**
 * Neighbouring countries from world-atlas, clipped to the basemap and with Ukraine's
 * recognised territory cut out: Natural Earth's default view draws Crimea inside Russia,
 * and this map does not inherit that.
 */
export function buildCountries(
  worldCountries: FeatureCollection<Polygon | MultiPolygon, { name: string }>,
  ukraine: Area,
  tolerance: number,
): Feature<Polygon | MultiPolygon, { name_en: string; is_ukraine: boolean }>[] {
  const out: Feature<Polygon | MultiPolygon, { name_en: string; is_ukraine: boolean }>[] = [];
  for (const c of worldCountries.features) {
    if (!c.geometry || c.properties.name === 'Ukraine') continue;
    const clipped = clipArea(c);
    if (!hasArea(clipped)) continue;
    const outside = difference(featureCollection([clipped, ukraine]));
    if (!outside || !hasArea(outside)) continue;
    const simple = dropSlivers(simplify(outside, { tolerance, highQuality: true }), SLIVER_DEG2);
    if (!hasArea(simple)) continue;
    out.push({ type: 'Feature', properties: { name_en: c.properties.name, is_ukraine: false }, geometry: simple.geometry });
  }
  out.push({ type: 'Feature', properties: { name_en: 'Ukraine', is_ukraine: true }, geometry: ukraine.geometry });
  return out;
}

/** Clips to the basemap; clipping leaves rings of fewer than four positions, which are not areas. */
export function clipArea(f: Area): Area {
  const g = (bboxClip(f, BASEMAP_BBOX) as Area).geometry;
  const keep = (poly: Position[][]) => poly.filter((ring) => ring.length >= 4);
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(keep).filter((p) => p.length > 0);
  return { type: 'Feature', properties: f.properties, geometry: { type: 'MultiPolygon', coordinates: polys } };
}

/**
 * Parts smaller than this (squared degrees, ~50 km² here) are slivers where world-atlas and
 * Admin-1 borders disagree by a few hundred metres, not land of the neighbour.
 */
export const SLIVER_DEG2 = 0.005;

export function dropSlivers(f: Area, minArea: number): Area {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const kept = polys.filter((p) => ringArea(p[0]) >= minArea);
  return { ...f, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

/** One label point per country, inside its largest part: labels on polygons would repeat on every sliver. */
export function countryLabelPoints(
  countries: Feature<Polygon | MultiPolygon, { name_en: string; is_ukraine: boolean }>[],
): Feature<Point, { name_en: string }>[] {
  return countries
    .filter((c) => !c.properties.is_ukraine)
    .map((c) => ({ type: 'Feature', properties: { name_en: c.properties.name_en }, geometry: { type: 'Point', coordinates: labelPointOf(c.geometry) } }));
}

export function hasArea(f: Area): boolean {
  const g = f.geometry;
  return g.type === 'Polygon' ? g.coordinates.length > 0 && g.coordinates[0].length >= 4 : g.coordinates.some((p) => p[0]?.length >= 4);
}

export interface RiverProps {
  name_en: string | null;
  minzoom: number;
}

/** Rivers clipped and simplified, keeping Natural Earth's own label zoom so small rivers appear late. */
export function buildRivers(
  rivers: FeatureCollection<LineString | MultiLineString, { name: string | null; name_en?: string | null; min_zoom?: number | null }>,
  tolerance: number,
): Feature<LineString | MultiLineString, RiverProps>[] {
  const out: Feature<LineString | MultiLineString, RiverProps>[] = [];
  for (const r of rivers.features) {
    if (!r.geometry) continue;
    const clipped = bboxClip(r, BASEMAP_BBOX) as Feature<LineString | MultiLineString>;
    const g = clipped.geometry;
    const empty = g.type === 'LineString' ? g.coordinates.length < 2 : g.coordinates.every((l) => l.length < 2);
    if (empty) continue;
    const simple = simplify(clipped, { tolerance, highQuality: false });
    out.push({
      type: 'Feature',
      properties: { name_en: r.properties.name_en ?? r.properties.name ?? null, minzoom: Math.max(0, Math.floor(r.properties.min_zoom ?? 5)) },
      geometry: simple.geometry,
    });
  }
  return out;
}

export function buildLakes(
  lakes: FeatureCollection<Polygon | MultiPolygon, { name: string | null }>,
  tolerance: number,
): Feature<Polygon | MultiPolygon, { name_en: string | null }>[] {
  const out: Feature<Polygon | MultiPolygon, { name_en: string | null }>[] = [];
  for (const l of lakes.features) {
    if (!l.geometry) continue;
    const clipped = clipArea(l);
    if (!hasArea(clipped)) continue;
    const simple = simplify(clipped, { tolerance, highQuality: true });
    if (!hasArea(simple)) continue;
    out.push({ type: 'Feature', properties: { name_en: l.properties.name ?? null }, geometry: simple.geometry });
  }
  return out;
}

/** Oblast outlines, for the thin internal borders and oblast labels. */
export function buildOblasts(
  admin1: Feature<Polygon | MultiPolygon, { iso_3166_2: string; name_en: string; name_uk?: string }>[],
  tolerance: number,
): Feature<Polygon | MultiPolygon, { code: string; name_en: string; name_uk?: string }>[] {
  return admin1.map((f) => ({
    type: 'Feature',
    properties: { code: f.properties.iso_3166_2, name_en: f.properties.name_en, ...(f.properties.name_uk ? { name_uk: f.properties.name_uk } : {}) },
    geometry: simplify(f, { tolerance, highQuality: true }).geometry,
  }));
}
