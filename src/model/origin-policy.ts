/**
 * Where data may come from is the publisher's decision, not a link's. A claims file (`src`),
 * an assessment URL and an external `basemap` style are accepted from the page's own origin
 * (and relative URLs), from the origin the element's own data is served from, and from the
 * origins the publisher names (the element's `allow-origins` attribute, or the build's
 * `VITE_ALLOW_ORIGINS`). Only http: and https: are fetched: `data:`, `blob:`, `file:` and
 * `javascript:` URLs never are, whoever names them.
 */

export interface OriginPolicy {
  /** Origins trusted without being named: the page's, and the element's data folder's. */
  own: readonly string[];
  /** Other origins the publisher allowed. */
  allowed: readonly string[];
}

export type UrlCheck = { ok: true; url: string } | { ok: false; url: string; message: string };

/** What a URL is for, as the message names it. */
export type DataUrlKind = 'claims file' | 'assessment' | 'basemap style' | 'data folder';

/**
 * Reads an allow-list: origins separated by spaces or commas (`https://data.example.org
 * https://cdn.example`). Anything that is not an http(s) origin is returned in `invalid`.
 */
export function parseAllowOrigins(value: string | null | undefined): { origins: string[]; invalid: string[] } {
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const token of (value ?? '').split(/[\s,]+/)) {
    if (!token) continue;
    let url: URL | null = null;
    try {
      url = new URL(token);
    } catch {
      url = null;
    }
    // An origin only: a path, query or credentials would suggest a narrower rule than origins give.
    const bare = url && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username && !url.password;
    if (url && bare && (url.protocol === 'https:' || url.protocol === 'http:')) {
      if (!origins.includes(url.origin)) origins.push(url.origin);
    } else invalid.push(token);
  }
  return { origins, invalid };
}

/**
 * Checks one URL against the policy. `base` resolves relative URLs (the page, or the claims
 * file an assessment is listed in). The answer's message names what was refused and why.
 */
export function checkDataUrl(raw: string, base: string, policy: OriginPolicy, kind: DataUrlKind): UrlCheck {
  const shown = shortUrl(raw);
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return { ok: false, url: raw, message: `the ${kind} URL "${shown}" is not a valid URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, url: raw, message: `the ${kind} URL "${shown}" was not loaded: ${url.protocol} URLs are never loaded, only http: and https:` };
  }
  if (url.username || url.password) {
    return { ok: false, url: raw, message: `the ${kind} URL "${shown}" was not loaded: URLs with credentials are not loaded` };
  }
  if (policy.own.includes(url.origin) || policy.allowed.includes(url.origin)) return { ok: true, url: url.href };
  return {
    ok: false,
    url: raw,
    message: `the ${kind} "${shown}" was not loaded: ${url.origin} is not this page’s origin, and the publisher has not allowed it (allow-origins)`,
  };
}

/** A URL short enough to show in a message: a data: URL must not bring its content into the page. */
export function shortUrl(raw: string, max = 60): string {
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}
