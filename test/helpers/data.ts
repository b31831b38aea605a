import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placesFromGeoJSON, type Place } from '../../src/model/place.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The workplace's shared/ folder, beside the checkout (CI clones with it there too). */
export const SHARED = process.env.SHARED_DIR ?? join(ROOT, '..', 'shared');

export function readJSON<T = unknown>(relPath: string): T {
  return JSON.parse(readFileSync(join(ROOT, relPath), 'utf8')) as T;
}

/** A fresh copy each call: no state shared between tests. */
export function builtInPlaces(): Place[] {
  return placesFromGeoJSON(readJSON('public/data/places.geojson'));
}

export function articleClaims(): Record<string, unknown> & { claims: Record<string, unknown>[] } {
  return readJSON('public/data/claims.json');
}
