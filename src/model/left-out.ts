/**
 * How many records of a claims file could not be shown: the file's own count against what
 * loaded. Readers get this number in a sentence; editors get the located problems.
 */
import type { ClaimsData } from './load-claims.ts';

export type CountedCollection = 'claims' | 'places' | 'sources' | 'actors';
export type LeftOut = Record<CountedCollection, number>;

export const NOTHING_LEFT_OUT: LeftOut = { claims: 0, places: 0, sources: 0, actors: 0 };

/** Records in the raw file minus records loaded, per collection (never negative). */
export function countLeftOut(raw: unknown, data: ClaimsData): LeftOut {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return NOTHING_LEFT_OUT;
  const file = raw as Record<string, unknown>;
  const count = (key: CountedCollection) => {
    const list = file[key];
    return Array.isArray(list) ? Math.max(0, list.length - data[key].length) : 0;
  };
  return { claims: count('claims'), places: count('places'), sources: count('sources'), actors: count('actors') };
}

/** Why a file could not be read at all, for a message a reader and a site owner can act on. */
export type FileFailure =
  | { url: string; reason: 'http'; status: number }
  | { url: string; reason: 'network' }
  | { url: string; reason: 'json' };
