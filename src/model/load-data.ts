/**
 * Fetching a map's data: the built-in places and a claims file first (shown as soon as they
 * are in), then the assessments the claims file lists, which never hold the claims back.
 * Every URL passes the origin policy, every fetch has a time limit and a size cap, and every
 * failure becomes a located problem. Pure TypeScript (fetch only): works in a Web Worker too.
 */
import { dataFileUrl, type DataFiles } from './data-files.ts';
import { DataFetchError, fetchJson, type FetchDataOptions } from './fetch-data.ts';
import { checkDataUrl, shortUrl, type OriginPolicy } from './origin-policy.ts';
import { loadClaims, type LoadResult, type Problem } from './load-claims.ts';
import { placesFromGeoJSON, type Place } from './place.ts';
import { parseAssessment, type Assessment } from './assessed-control.ts';
import type { AssessmentRef } from './schema.ts';
import { isPackUrl, manifestUrl, type PackManifest } from './pack/format.ts';
import { loadPack } from './pack/read-pack.ts';

/** A fetch failure as a problem: the file, and what went wrong with it. */
export function fetchProblem(url: string, e: unknown): Problem {
  const message = e instanceof DataFetchError ? e.message : (e as Error)?.message || String(e);
  return { file: url, path: '$', field: '(file)', message: `could not be loaded: ${message}` };
}

export interface ClaimsRequest {
  /** The claims file as given (attribute, query): '' for the built-in one. */
  src: string;
  /** The folder of places.geojson and the built-in claims.json (already checked). */
  dataFolder: string;
  /** The built-in files' own URLs where a bundler renamed them (the npm package). */
  files?: DataFiles;
  /** What relative URLs resolve against: the page. */
  base: string;
  policy: OriginPolicy;
  fetch?: FetchDataOptions;
  /** A claims file already in memory (the authoring page's draft): read instead of fetching `src`. */
  json?: { value: unknown; name: string };
}

export interface ClaimsLoad extends LoadResult {
  /** For a packed folder: where it is and its manifest, to fetch the full claims chunk by chunk. */
  pack?: { url: string; manifest: PackManifest };
  /** The claims file actually read (the built-in one when `src` was refused), or null. */
  claimsUrl: string | null;
}

/** Places and claims, in parallel. A refused or failing `src` leaves the built-in places drawn. */
export async function loadClaimsData(req: ClaimsRequest): Promise<ClaimsLoad> {
  const problems: Problem[] = [];
  const placesUrl = dataFileUrl('places.geojson', req.dataFolder, req.files);
  let claimsUrl: string | null = req.json ? null : dataFileUrl('claims.json', req.dataFolder, req.files);
  if (req.src && !req.json) {
    const check = checkDataUrl(req.src, req.base, req.policy, 'claims file');
    if (check.ok) claimsUrl = check.url;
    else {
      problems.push({ file: shortUrl(req.src), path: '$', field: 'src', message: `${check.message}; the built-in claims are shown instead` });
    }
  }
  // A packed folder (npm run pack-claims) carries its own places: no places.geojson needed.
  if (claimsUrl && req.src && isPackUrl(claimsUrl)) {
    const packed = await loadPack(claimsUrl, (url) => fetchJson(url, req.fetch));
    return {
      data: packed.data,
      problems: [...problems, ...packed.problems],
      counts: packed.counts,
      claimsUrl: packed.pack ? manifestUrl(claimsUrl) : null,
      ...(packed.pack ? { pack: { url: packed.pack.url, manifest: packed.pack.manifest } } : {}),
    };
  }
  const get = (url: string) =>
    fetchJson(url, req.fetch).catch((e: unknown) => {
      problems.push(fetchProblem(url, e));
      return undefined;
    });
  const [placesJson, fetched] = await Promise.all([get(placesUrl), claimsUrl ? get(claimsUrl) : undefined]);
  const claimsJson = req.json ? req.json.value : fetched;
  if (req.json) claimsUrl = req.json.name;
  let builtIn: Place[] = [];
  try {
    if (placesJson !== undefined) builtIn = placesFromGeoJSON(placesJson as Parameters<typeof placesFromGeoJSON>[0]);
  } catch (e) {
    problems.push({ file: placesUrl, path: '$', field: '(file)', message: `is not a places file: ${(e as Error).message}` });
  }
  if (claimsJson === undefined || !claimsUrl) {
    // Without a claims file, still draw the built-in places: never a blank map.
    const empty = loadClaims({ sides: [], actors: [], sources: [], places: [], claims: [] }, claimsUrl ?? req.src, builtIn);
    return { ...empty, data: { ...empty.data, places: builtIn }, problems, claimsUrl: null };
  }
  const result = loadClaims(claimsJson, claimsUrl, builtIn);
  return { ...result, problems: [...problems, ...result.problems], claimsUrl };
}

/**
 * The assessments a claims file lists, all at once; each URL (relative to the claims file)
 * passes the origin policy. Failures are problems; the others still load.
 */
export async function loadAssessments(
  refs: readonly AssessmentRef[],
  claimsUrl: string,
  policy: OriginPolicy,
  fetchOptions?: FetchDataOptions,
): Promise<{ assessments: Assessment[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const results = await Promise.all(
    refs.map(async (ref, i) => {
      const check = checkDataUrl(ref.url, claimsUrl, policy, 'assessment');
      if (!check.ok) {
        problems.push({ file: claimsUrl, path: `$.assessments[${i}].url`, field: 'url', record: ref.id, message: check.message });
        return null;
      }
      try {
        const json = await fetchJson(check.url, fetchOptions);
        const parsed = parseAssessment(json, { ...ref, url: check.url }, check.url);
        problems.push(...parsed.problems);
        return parsed.assessment.areas.length ? parsed.assessment : null;
      } catch (e) {
        problems.push({ ...fetchProblem(check.url, e), record: ref.id });
        return null;
      }
    }),
  );
  return { assessments: results.filter((a): a is Assessment => a !== null), problems };
}
