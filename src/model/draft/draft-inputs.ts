/**
 * The data the drafter needs, from the files the build publishes (gazetteer.json,
 * actors-registry.json, basemap/oblasts.geojson): shared by `npm run draft` and author.html.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { indexGazetteer, type Gazetteer } from './gazetteer.ts';
import type { ActorRegistry } from './registry.ts';
import type { DraftOptions } from './draft-claims.ts';

export interface OblastCollection {
  features: { properties: { code: string }; geometry: Polygon | MultiPolygon }[];
}

export function draftInputs(gazetteer: Gazetteer, registry: ActorRegistry, oblasts?: OblastCollection): Pick<DraftOptions, 'gazetteer' | 'registry' | 'oblastGeometry'> {
  const outlines = new Map((oblasts?.features ?? []).map((f) => [f.properties.code, f.geometry]));
  return { gazetteer: indexGazetteer(gazetteer), registry, oblastGeometry: (code) => outlines.get(code) };
}
