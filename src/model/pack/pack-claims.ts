/**
 * Builds the packed form of a claims file (format.ts): validated once here, so the reader trusts
 * the index and only checks that files arrive. Pure: returns the files as text.
 */
import { loadClaims, type Problem } from '../load-claims.ts';
import type { Place } from '../place.ts';
import type { Claim } from '../schema.ts';
import { deriveStatuses } from '../derive-status.ts';
import { groupClaimsByPlace } from '../group-claims.ts';
import { PACK_FORMAT, PACK_VERSION, storePlaces, type PackChunk, type PackIndex, type PackManifest, type PackedPlace } from './format.ts';

export interface PackOptions {
  /** Claims per chunk, roughly: a place is never split, so a busy place can make a larger one. */
  chunkClaims?: number;
}

export interface PackResult {
  /** Path relative to the output folder → file text. */
  files: Map<string, string>;
  manifest: PackManifest;
  problems: Problem[];
}

/** Interleaves the bits of two 16-bit cells: places near each other get near keys. */
function morton(x: number, y: number): number {
  let key = 0;
  for (let bit = 0; bit < 16; bit++) key += (((x >> bit) & 1) * 2 ** (2 * bit)) + (((y >> bit) & 1) * 2 ** (2 * bit + 1));
  return key;
}

const cellOf = (p: Place) => morton(Math.floor((p.labelPoint[0] + 180) * 4), Math.floor((p.labelPoint[1] + 90) * 4));

export function packClaims(json: unknown, file: string, builtInPlaces: readonly Place[], options: PackOptions = {}): PackResult {
  const target = options.chunkClaims ?? 4000;
  const { data, problems, counts } = loadClaims(json, file, builtInPlaces);
  const byPlace = groupClaimsByPlace(data.claims);
  // Places in space-filling-curve order, so a cluster's places mostly share a chunk.
  const order = data.places.map((p, i) => ({ p, i, key: cellOf(p) })).sort((a, b) => a.key - b.key || a.i - b.i);
  const chunks: Claim[][] = [];
  const chunkOf = new Map<string, number>();
  let current: Claim[] = [];
  let seen = new Set<string>();
  for (const { p } of order) {
    const claims = byPlace.get(p.id) ?? [];
    if (current.length && current.length + claims.length > target) {
      chunks.push(current);
      current = [];
      seen = new Set();
    }
    chunkOf.set(p.id, chunks.length);
    for (const c of claims) {
      // A claim about two places in one chunk is stored once.
      if (!seen.has(c.id)) current.push(c);
      seen.add(c.id);
    }
  }
  if (current.length || chunks.length === 0) chunks.push(current);

  const statuses = deriveStatuses(
    data.claims,
    data.places.map((p) => p.id),
  );
  const sideOf = new Map(data.actors.map((a) => [a.id, a.side]));
  const places: PackedPlace[] = data.places.map((p) => {
    const claims = byPlace.get(p.id) ?? [];
    const bySide: Record<string, number> = Object.fromEntries(data.sides.map((s) => [s.id, 0]));
    for (const c of claims) {
      const side = sideOf.get(c.actor);
      if (side) bySide[side] += 1;
    }
    return { ...p, chunk: chunkOf.get(p.id)!, claims: claims.length, bySide, status: statuses.get(p.id)?.status ?? 'none' };
  });

  const placeIndex = new Map(data.places.map((p, i) => [p.id, i]));
  const actorIndex = new Map(data.actors.map((a, i) => [a.id, i]));
  const kinds = [...new Set(data.claims.map((c) => c.kind))];
  const verifications = [...new Set(data.claims.map((c) => c.verification.status))];
  const index: PackIndex = {
    ids: [],
    actor: [],
    places: [],
    kind: [],
    kinds,
    verification: [],
    verifications,
    statedOn: [],
    eventOn: {},
    assertions: {},
  };
  data.claims.forEach((c, i) => {
    index.ids.push(c.id);
    index.actor.push(actorIndex.get(c.actor)!);
    const ps = c.places.map((id) => placeIndex.get(id)!);
    index.places.push(ps.length === 1 ? ps[0] : ps);
    index.kind.push(kinds.indexOf(c.kind));
    index.verification.push(verifications.indexOf(c.verification.status));
    index.statedOn.push(c.statedOn);
    if (c.eventOn !== undefined) index.eventOn[i] = c.eventOn;
    if (c.assertions?.length) index.assertions[i] = c.assertions;
  });

  const placesPerChunk: number[] = [];
  for (const p of places) placesPerChunk[p.chunk] = (placesPerChunk[p.chunk] ?? 0) + 1;
  const pad = String(Math.max(chunks.length - 1, 0)).length;
  const chunkFile = (i: number) => `chunks/${String(i).padStart(pad, '0')}.json`;
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    builtFrom: file,
    ...(data.title ? { title: data.title } : {}),
    sides: data.sides,
    actors: data.actors,
    sources: data.sources,
    assessments: data.assessments,
    claimCount: data.claims.length,
    placeCount: data.places.length,
    places: 'places.json',
    index: 'index.json',
    chunks: chunks.map((claims, i) => ({ file: chunkFile(i), claims: claims.length, places: placesPerChunk[i] ?? 0 })),
    problems,
    counts,
  };
  const files = new Map<string, string>();
  files.set('manifest.json', JSON.stringify(manifest));
  files.set('places.json', JSON.stringify(storePlaces(places)));
  files.set('index.json', JSON.stringify(index));
  chunks.forEach((claims, i) => files.set(chunkFile(i), JSON.stringify({ claims } satisfies PackChunk)));
  return { files, manifest, problems };
}
