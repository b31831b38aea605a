import circle from '@turf/circle';
import simplify from '@turf/simplify';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { dissolve } from './dissolve.ts';
import { labelPointOf } from '../../src/model/place.ts';

export interface PlaceDefinition {
  id: string;
  kind: string;
  names: { en: string; uk?: string; ru?: string };
  /** Further spellings the article drafter finds the place by (Donbass, Novorossia). */
  aliases?: string[];
  approximate?: boolean;
  termOf?: string;
  labelNote?: { en?: string; uk?: string; ru?: string };
  geometry: { admin1: string[] } | { geonames: number; radiusKm: number };
  precision: string;
  precisionSource?: { title: string; url: string };
  /** Where the marker and label go, when the pole of inaccessibility would sit on another place's. */
  labelPoint?: [number, number];
}

/** The properties every built place carries; `src/model/place.ts` reads the same names. */
export interface PlaceProps {
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
  /** Data sources of the geometry, as the attribution names them. */
  data_source: string;
  licence: string;
  label_lon: number;
  label_lat: number;
}

export interface PlaceInputs {
  admin1: Map<string, Feature<Polygon | MultiPolygon>>;
  geonames: Map<number, Feature<Point>>;
  admin1Attribution: { source: string; licence: string };
  geonamesAttribution: { source: string; licence: string };
}

/** ~100 m at these latitudes: keeps region outlines recognisable at zoom 11 at a tenth of the size. */
export const REGION_TOLERANCE_DEG = 0.001;

export function buildPlace(def: PlaceDefinition, inputs: PlaceInputs): Feature<Polygon | MultiPolygon, PlaceProps> {
  let geometry: Polygon | MultiPolygon;
  let label: Position;
  let provenance: { source: string; licence: string };
  if ('admin1' in def.geometry) {
    const parts = def.geometry.admin1.map((code) => {
      const f = inputs.admin1.get(code);
      if (!f) throw new Error(`place ${def.id}: no admin-1 unit ${code} in the source`);
      return f;
    });
    const merged: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: dissolve(parts) };
    geometry = simplify(merged, { tolerance: REGION_TOLERANCE_DEG, highQuality: true }).geometry;
    label = def.labelPoint ?? labelPointOf(geometry);
    provenance = inputs.admin1Attribution;
  } else {
    const { geonames: id, radiusKm } = def.geometry;
    const point = inputs.geonames.get(id);
    if (!point) throw new Error(`place ${def.id}: no GeoNames record ${id}`);
    label = point.geometry.coordinates;
    geometry = circle(label, radiusKm, { units: 'kilometers', steps: 48 }).geometry;
    provenance = inputs.geonamesAttribution;
  }
  const props: PlaceProps = {
    id: def.id,
    kind: def.kind,
    name_en: def.names.en,
    ...(def.names.uk ? { name_uk: def.names.uk } : {}),
    ...(def.names.ru ? { name_ru: def.names.ru } : {}),
    approximate: def.approximate ?? false,
    ...(def.termOf ? { term_of: def.termOf } : {}),
    ...(def.labelNote?.en ? { label_note_en: def.labelNote.en } : {}),
    ...(def.labelNote?.uk ? { label_note_uk: def.labelNote.uk } : {}),
    ...(def.labelNote?.ru ? { label_note_ru: def.labelNote.ru } : {}),
    precision: def.precision,
    ...(def.precisionSource
      ? { precision_source_title: def.precisionSource.title, precision_source_url: def.precisionSource.url }
      : {}),
    data_source: provenance.source,
    licence: provenance.licence,
    label_lon: round6(label[0]),
    label_lat: round6(label[1]),
  };
  return { type: 'Feature', properties: props, geometry };
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
