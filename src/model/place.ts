import polylabel from 'polylabel';
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
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

export function labelPointOf(geometry: Point | Polygon | MultiPolygon | LineString | MultiLineString): [number, number] {
  if (geometry.type === 'Point') return [geometry.coordinates[0], geometry.coordinates[1]];
  if (geometry.type === 'LineString') return lineMidpoint(geometry.coordinates);
  if (geometry.type === 'MultiLineString') {
    const longest = geometry.coordinates.reduce((best, l) => (lineLength(l) > lineLength(best) ? l : best));
    return lineMidpoint(longest);
  }
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

/** Length of a line in degrees, longitude scaled by the cosine of the latitude: enough to compare and halve. */
function segment(a: number[], b: number[]): number {
  const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((b[0] - a[0]) * k, b[1] - a[1]);
}

function lineLength(line: number[][]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += segment(line[i - 1], line[i]);
  return total;
}

/** The point halfway along a line: where a line place's marker and label go. */
export function lineMidpoint(line: number[][]): [number, number] {
  let left = lineLength(line) / 2;
  for (let i = 1; i < line.length; i++) {
    const d = segment(line[i - 1], line[i]);
    if (d >= left && d > 0) {
      const t = left / d;
      const [a, b] = [line[i - 1], line[i]];
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    }
    left -= d;
  }
  return [line[0][0], line[0][1]];
}

/** [west, south, east, north] of any geometry (lines too), by a loop: safe for any number of vertices. */
export function geometryBounds(geometry: PlaceGeometry): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    } else for (const x of c) walk(x);
  };
  walk(geometry.coordinates);
  return b;
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
