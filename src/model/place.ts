import polylabel from 'polylabel';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import type { PlaceGeometry, PlaceRef } from './schema.ts';
import { LANGS, parseLang, type Lang } from './lang.ts';

/** A place the map can draw: built-in (public/data/places.geojson) or defined in a claims file. */
export interface Place {
  id: string;
  kind: string;
  names: { en: string; uk?: string; ru?: string };
  /** True where the outline is a stand-in for a term with no fixed boundary. */
  approximate: boolean;
  /** Whose term the name is, where it is one side's term ("Russia"). */
  termOf?: string;
  labelNote?: { en?: string; uk?: string; ru?: string };
  geometry: PlaceGeometry;
  /** Where the marker and label go: always inside the area. */
  labelPoint: [number, number];
  precision: string;
  precisionSource?: { title: string; url: string };
  dataSource: string;
  licence: string;
}

export type { Lang };
export { LANGS, parseLang };

export function placeName(place: Place, lang: Lang = 'en'): string {
  // Own names only: a lang from a link never reaches Object.prototype.
  const name = parseLang(lang) && Object.hasOwn(place.names, lang) ? place.names[lang] : undefined;
  return typeof name === 'string' ? name : place.names.en;
}

/** [west, south, east, north] of a geometry, by a loop: safe for any number of vertices. */
export function geometryBounds(geometry: PlaceGeometry): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (p: readonly number[]) => {
    if (p[0] < w) w = p[0];
    if (p[0] > e) e = p[0];
    if (p[1] < s) s = p[1];
    if (p[1] > n) n = p[1];
  };
  if (geometry.type === 'Point') visit(geometry.coordinates);
  else {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) for (const p of ring) visit(p);
  }
  return [w, s, e, n];
}

interface BuiltPlaceProps {
  id: string;
  kind: string;
  name_en: string;
  name_uk?: string;
  name_ru?: string;
  approximate: boolean;
  term_of?: string;
  label_note_en?: string;
  label_note_uk?: string;
  label_note_ru?: string;
  precision: string;
  precision_source_title?: string;
  precision_source_url?: string;
  data_source: string;
  licence: string;
  label_lon: number;
  label_lat: number;
}

interface BuiltPlaces {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: BuiltPlaceProps; geometry: PlaceGeometry }[];
}

/** Reads the geo build's places.geojson (its fields: geo/README.md). */
export function placesFromGeoJSON(fc: BuiltPlaces): Place[] {
  return fc.features.map(({ properties: p, geometry }) => {
    const note = { en: p.label_note_en, uk: p.label_note_uk, ru: p.label_note_ru };
    return {
      id: p.id,
      kind: p.kind,
      names: { en: p.name_en, ...(p.name_uk ? { uk: p.name_uk } : {}), ...(p.name_ru ? { ru: p.name_ru } : {}) },
      approximate: p.approximate,
      ...(p.term_of ? { termOf: p.term_of } : {}),
      ...(note.en || note.uk || note.ru ? { labelNote: stripUndefined(note) } : {}),
      geometry,
      labelPoint: [p.label_lon, p.label_lat],
      precision: p.precision,
      ...(p.precision_source_title && p.precision_source_url
        ? { precisionSource: { title: p.precision_source_title, url: p.precision_source_url } }
        : {}),
      dataSource: p.data_source,
      licence: p.licence,
    };
  });
}

/** A claims file's own place (validated: it has geometry, names, precision, dataSource, licence). */
export function placeFromRef(ref: PlaceRef & { geometry: PlaceGeometry; names: Place['names'] }): Place {
  return {
    id: ref.id,
    kind: ref.kind ?? 'place',
    names: ref.names,
    approximate: ref.approximate ?? false,
    geometry: ref.geometry,
    labelPoint: labelPointOf(ref.geometry),
    precision: ref.precision ?? '',
    dataSource: ref.dataSource ?? '',
    licence: ref.licence ?? '',
  };
}

export function labelPointOf(geometry: Point | Polygon | MultiPolygon): [number, number] {
  if (geometry.type === 'Point') return [geometry.coordinates[0], geometry.coordinates[1]];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = polygons[0];
  let largestArea = ringArea(largest[0]);
  for (const p of polygons) {
    const a = ringArea(p[0]);
    if (a > largestArea) [largest, largestArea] = [p, a];
  }
  // polylabel's cost grows with vertices and with the precision asked: scale it to the shape.
  const [w, s, e, n] = geometryBounds({ type: 'Polygon', coordinates: largest } as PlaceGeometry);
  const precision = Math.max(0.001, Math.min(e - w, n - s) / 200);
  const [x, y] = polylabel(largest, precision);
  return [x, y];
}

/** Planar area of a ring in squared degrees: enough to compare sizes, not to measure land. */
export function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(sum / 2);
}

function stripUndefined<T extends Record<string, string | undefined>>(o: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: string };
}
