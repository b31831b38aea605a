/**
 * What a reader is told when data is missing: how many records of each kind could not be shown
 * (from the loader's true counts), and why a claims file could not be read at all.
 */
import type { LoadResult, Problem } from './load-claims.ts';

export type CountedCollection = 'claims' | 'places' | 'sources' | 'actors';
export type LeftOut = Record<CountedCollection, number>;

export const NOTHING_LEFT_OUT: LeftOut = { claims: 0, places: 0, sources: 0, actors: 0 };

/** Records in the file minus records loaded, per collection. */
export function leftOutFrom(counts: LoadResult['counts'] | null | undefined): LeftOut {
  if (!counts) return NOTHING_LEFT_OUT;
  const n = (c: CountedCollection) => Math.max(0, counts[c].total - counts[c].loaded);
  return { claims: n('claims'), places: n('places'), sources: n('sources'), actors: n('actors') };
}

/** Why a file could not be read at all, for a message a reader and a site owner can act on. */
export type FileFailure =
  | { url: string; reason: 'http'; status: number }
  | { url: string; reason: 'network' }
  | { url: string; reason: 'refused'; message: string }
  | { url: string; reason: 'other'; message: string };

/**
 * The claims file's failure among a load's problems: a file that could not be fetched or read
 * (not the places file), or a `src` the origin policy refused. Null when the claims loaded.
 */
export function claimsFileFailure(problems: readonly Problem[], placesUrl: string): FileFailure | null {
  const refused = problems.find((p) => p.field === 'src');
  if (refused) return { url: refused.file, reason: 'refused', message: refused.message };
  const p = problems.find((x) => x.field === '(file)' && x.file !== placesUrl && x.path === '$');
  if (!p) return null;
  const url = p.file;
  const status = /the server answered (\d{3})/.exec(p.message);
  if (status) return { url, reason: 'http', status: Number(status[1]) };
  if (/could not be reached|Failed to fetch/i.test(p.message)) return { url, reason: 'network' };
  return { url, reason: 'other', message: p.message };
}
