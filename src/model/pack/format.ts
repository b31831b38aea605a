/**
 * The pre-built ("packed") form of a claims file, for files too large to load whole: made once by
 * `npm run pack-claims -- claims.json out/`, served as static files from any host.
 *
 *   manifest.json   what the file declares (sides, actors, sources, assessments), the counts,
 *                   the chunk list and the problems the build found
 *   places.json     every place with its claim count, counts per side and status (all claims)
 *   index.json      each claim's skeleton, in columns: what statuses, counts, the as-of date and
 *                   the filters need (places, actor, kind, verification, dates, assertions),
 *                   never the text
 *   chunks/N.json   the full claims, grouped by place (nearby places share a chunk), fetched
 *                   when a reader opens a place or a cluster
 */
import type { Actor, AssessmentRef, Assertion, Claim, Side, Source } from '../schema.ts';
import type { Place } from '../place.ts';
import type { LoadResult, Problem } from '../load-claims.ts';
import type { StatusKind } from '../derive-status.ts';

export const PACK_FORMAT = 'conflict-claims-pack';
export const PACK_VERSION = 1;

export interface PackManifest {
  format: typeof PACK_FORMAT;
  version: number;
  /** The claims file it was built from (problems name it). */
  builtFrom: string;
  title?: string;
  sides: Side[];
  actors: Actor[];
  sources: Source[];
  assessments: AssessmentRef[];
  claimCount: number;
  placeCount: number;
  /** Files beside the manifest. */
  places: string;
  index: string;
  chunks: { file: string; claims: number; places: number }[];
  /** What validation at build time found: located in the original file; the valid rest is packed. */
  problems: Problem[];
  /** True counts per collection in the original file, and how many were packed. */
  counts: LoadResult['counts'];
}

export interface PackedPlace extends Place {
  /** Index in manifest.chunks of the chunk holding this place's claims. */
  chunk: number;
  claims: number;
  bySide: Record<string, number>;
  /** Status with every claim counted (no as-of date). */
  status: StatusKind;
}

export interface PackIndex {
  ids: string[];
  /** Index into manifest.actors. */
  actor: number[];
  /** Indices into places.json's places: one number, or a list when a claim names several. */
  places: (number | number[])[];
  /** Index into `kinds` and `verifications`. */
  kind: number[];
  kinds: string[];
  verification: number[];
  verifications: string[];
  statedOn: (string | null)[];
  /** Only the claims that have one: claim index → date (null: the source gives none). */
  eventOn: Record<number, string | null>;
  assertions: Record<number, Assertion[]>;
}

/** A place as places.json stores it: provenance shared through a table, a point's label point implied. */
export interface StoredPlace extends Omit<PackedPlace, 'labelPoint' | 'approximate' | 'precision' | 'precisionSource' | 'dataSource' | 'licence'> {
  labelPoint?: [number, number];
  approximate?: true;
  /** Index into `provenance`. */
  prov: number;
}

export interface Provenance {
  precision: string;
  precisionSource?: { title: string; url: string };
  dataSource: string;
  licence: string;
}

export interface PlacesFile {
  provenance: Provenance[];
  places: StoredPlace[];
}

export function storePlaces(places: readonly PackedPlace[]): PlacesFile {
  const provenance: Provenance[] = [];
  const key = new Map<string, number>();
  const stored = places.map(({ labelPoint, approximate, precision, precisionSource, dataSource, licence, ...rest }): StoredPlace => {
    const prov: Provenance = { precision, ...(precisionSource ? { precisionSource } : {}), dataSource, licence };
    const k = JSON.stringify(prov);
    if (!key.has(k)) key.set(k, provenance.push(prov) - 1);
    const isPoint = rest.geometry.type === 'Point' && rest.geometry.coordinates[0] === labelPoint[0] && rest.geometry.coordinates[1] === labelPoint[1];
    return { ...rest, ...(isPoint ? {} : { labelPoint }), ...(approximate ? { approximate: true } : {}), prov: key.get(k)! };
  });
  return { provenance, places: stored };
}

export function readPlaces(file: PlacesFile): PackedPlace[] {
  return file.places.map(({ labelPoint, approximate, prov, ...rest }) => ({
    ...rest,
    ...file.provenance[prov],
    approximate: approximate ?? false,
    labelPoint: labelPoint ?? (rest.geometry.type === 'Point' ? [rest.geometry.coordinates[0], rest.geometry.coordinates[1]] : [0, 0]),
  }));
}

export interface PackChunk {
  claims: Claim[];
}

/** A src that names a packed folder: ends in `/` or in `manifest.json`. */
export function isPackUrl(src: string): boolean {
  const path = src.split(/[?#]/)[0];
  return path.endsWith('/') || path.endsWith('manifest.json');
}

/** The manifest's URL for a packed folder's src. */
export function manifestUrl(src: string): string {
  const url = new URL(src);
  if (!url.pathname.endsWith('manifest.json')) url.pathname += 'manifest.json';
  return url.href;
}
