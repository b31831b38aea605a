/**
 * Reads a packed folder (format.ts). The manifest, places and index give the model what it needs
 * for statuses, counts, the as-of date and the filters: claims as skeletons (no text). The full
 * claims come chunk by chunk, when a reader opens a place or a cluster. Pure: the caller passes
 * how to fetch JSON, so this runs in node tests, in the page and in a worker alike.
 */
import type { ClaimsData, LoadResult, Problem } from '../load-claims.ts';
import type { Claim } from '../schema.ts';
import { PACK_FORMAT, manifestUrl, readPlaces, type PlacesFile, type PackChunk, type PackIndex, type PackManifest, type PackedPlace } from './format.ts';

/** Fetches and parses one JSON file; throws an Error that says what went wrong. */
export type FetchJson = (url: string) => Promise<unknown>;

export interface PackLoad extends LoadResult {
  pack: PackedClaims | null;
}

/** The claims as the index has them: enough to derive and count, with no text. */
export function skeletonClaims(index: PackIndex, manifest: Pick<PackManifest, 'actors' | 'sources'>, places: readonly { id: string }[]): Claim[] {
  const claims: Claim[] = new Array(index.ids.length);
  for (let i = 0; i < index.ids.length; i++) {
    const p = index.places[i];
    const claim: Claim = {
      id: index.ids[i],
      actor: manifest.actors[index.actor[i]].id,
      source: '',
      places: typeof p === 'number' ? [places[p].id] : p.map((j) => places[j].id),
      kind: index.kinds[index.kind[i]] as Claim['kind'],
      text: '',
      textType: 'paraphrase',
      statedOn: index.statedOn[i],
      verification: { status: index.verification[i] === undefined ? 'not-assessed' : (index.verifications[index.verification[i]] as Claim['verification']['status']), by: null },
    };
    if (i in index.eventOn) claim.eventOn = index.eventOn[i];
    if (i in index.assertions) claim.assertions = index.assertions[i];
    claims[i] = claim;
  }
  return claims;
}

export async function loadPack(src: string, fetchJson: FetchJson): Promise<PackLoad> {
  const url = manifestUrl(src);
  const empty: ClaimsData = { sides: [], actors: [], sources: [], places: [], claims: [], assessments: [] };
  const none = { total: 0, loaded: 0 };
  const noCounts: LoadResult['counts'] = { sides: none, actors: none, sources: none, places: none, claims: none, assessments: none };
  const fail = (file: string, e: unknown): PackLoad => ({
    data: empty,
    counts: noCounts,
    problems: [{ file, path: '$', field: '(file)', message: `could not be loaded: ${(e as Error).message}` }],
    pack: null,
  });
  let manifest: PackManifest;
  try {
    manifest = (await fetchJson(url)) as PackManifest;
  } catch (e) {
    return fail(url, e);
  }
  if (manifest?.format !== PACK_FORMAT) {
    return { data: empty, counts: noCounts, problems: [{ file: url, path: '$.format', field: 'format', message: `is not a packed claims folder (format "${PACK_FORMAT}" expected)` }], pack: null };
  }
  const placesUrl = new URL(manifest.places, url).href;
  const indexUrl = new URL(manifest.index, url).href;
  let places: PackedPlace[];
  let index: PackIndex;
  try {
    places = readPlaces((await fetchJson(placesUrl)) as PlacesFile);
  } catch (e) {
    return { ...fail(placesUrl, e), problems: [...manifest.problems, ...fail(placesUrl, e).problems] };
  }
  try {
    index = (await fetchJson(indexUrl)) as PackIndex;
  } catch (e) {
    return { ...fail(indexUrl, e), problems: [...manifest.problems, ...fail(indexUrl, e).problems] };
  }
  const data: ClaimsData = {
    ...(manifest.title ? { title: manifest.title } : {}),
    sides: manifest.sides,
    actors: manifest.actors,
    sources: manifest.sources,
    // Assessments' URLs were relative to the original file: here, to the manifest.
    assessments: manifest.assessments,
    places,
    claims: skeletonClaims(index, manifest, places),
  };
  return { data, counts: manifest.counts ?? noCounts, problems: [...manifest.problems], pack: new PackedClaims(url, manifest, places, fetchJson) };
}

/** The full claims of a packed folder, fetched a chunk at a time and kept once fetched. */
export class PackedClaims {
  private readonly full = new Map<string, Claim>();
  private readonly chunks = new Map<number, Promise<Problem[]>>();
  private readonly chunkOf: Map<string, number>;

  constructor(
    readonly url: string,
    readonly manifest: PackManifest,
    places: readonly PackedPlace[],
    private readonly fetchJson: FetchJson,
  ) {
    this.chunkOf = new Map(places.map((p) => [p.id, p.chunk]));
  }

  /** Fetches the chunks holding these places' claims (each chunk once); resolves with any problem. */
  async loadPlaces(placeIds: readonly string[]): Promise<Problem[]> {
    const wanted = [...new Set(placeIds.map((id) => this.chunkOf.get(id)).filter((n): n is number => n !== undefined))];
    return (await Promise.all(wanted.map((n) => this.loadChunk(n)))).flat();
  }

  /** Whether every claim of these places is here. */
  hasPlaces(placeIds: readonly string[]): boolean {
    return placeIds.every((id) => {
      const n = this.chunkOf.get(id);
      return n === undefined || this.chunks.has(n);
    });
  }

  /** The full claim for a skeleton, once its chunk is in; the skeleton's own id otherwise. */
  resolve(claim: Claim): Claim | undefined {
    return this.full.get(claim.id);
  }

  private loadChunk(n: number): Promise<Problem[]> {
    let pending = this.chunks.get(n);
    if (!pending) {
      const file = new URL(this.manifest.chunks[n].file, this.url).href;
      pending = this.fetchJson(file).then(
        (json) => {
          for (const c of (json as PackChunk).claims) this.full.set(c.id, c);
          return [];
        },
        (e: Error) => {
          // Not cached as done: a later open tries again.
          this.chunks.delete(n);
          return [{ file, path: '$', field: '(file)', message: `could not be loaded: ${e.message}` }];
        },
      );
      this.chunks.set(n, pending);
    }
    return pending;
  }
}
