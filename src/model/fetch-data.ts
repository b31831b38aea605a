/**
 * One way to fetch data files (claims, places, assessments, basemap style): with a time limit
 * and a size cap, so a server that never answers, or answers without end, cannot hold the page.
 * Pure TypeScript on fetch + AbortController: works in the page and in a Web Worker.
 */
import { parseJson } from './parse-json.ts';

/** Seconds a data file may take, from the request to its last byte. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Bytes a data file may have (100 MB: well above 100,000 claims). */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

export type FetchFailure = 'timeout' | 'too-large' | 'http' | 'network' | 'not-json' | 'aborted';

export class DataFetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: FetchFailure,
    message: string,
  ) {
    super(message);
    this.name = 'DataFetchError';
  }
}

export interface FetchDataOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** Aborts the fetch from outside (a newer load replaced this one). */
  signal?: AbortSignal;
  /** For tests: another fetch. */
  fetch?: typeof fetch;
}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The body of `url` as text (UTF-8; a byte-order mark is dropped). Throws DataFetchError. */
export async function fetchText(url: string, options: FetchDataOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const outer = options.signal;
  const onOuterAbort = () => controller.abort();
  if (outer?.aborted) controller.abort();
  outer?.addEventListener('abort', onOuterAbort);
  const fail = (e: unknown): never => {
    if (e instanceof DataFetchError) throw e;
    if (timedOut) throw new DataFetchError(url, 'timeout', `did not answer within ${Math.round(timeoutMs / 100) / 10} s`);
    if (controller.signal.aborted) throw new DataFetchError(url, 'aborted', 'loading was cancelled');
    throw new DataFetchError(url, 'network', `could not be reached (${(e as Error)?.message || 'network error'})`);
  };
  try {
    let res: Response;
    try {
      res = await (options.fetch ?? fetch)(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch (e) {
      return fail(e);
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => {});
      throw new DataFetchError(url, 'http', `the server answered ${`${res.status} ${res.statusText}`.trim()}`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      void res.body?.cancel().catch(() => {});
      throw new DataFetchError(url, 'too-large', `is ${mb(declared)}, over the limit of ${mb(maxBytes)}`);
    }
    if (!res.body) return await res.text();
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > maxBytes) {
          void reader.cancel().catch(() => {});
          throw new DataFetchError(url, 'too-large', `is over the limit of ${mb(maxBytes)}`);
        }
        chunks.push(value);
      }
    } catch (e) {
      return fail(e);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    return new TextDecoder('utf-8').decode(bytes);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

/** The body of `url` parsed as JSON. Throws DataFetchError ('not-json' with line and column). */
export async function fetchJson(url: string, options: FetchDataOptions = {}): Promise<unknown> {
  const text = await fetchText(url, options);
  try {
    return parseJson(text);
  } catch (e) {
    throw new DataFetchError(url, 'not-json', (e as Error).message);
  }
}
