/**
 * Parse once, at the boundary. A claims file is read record by record: a bad record
 * becomes a located problem (file, JSON path, field) and the valid rest still loads.
 */
import * as v from 'valibot';
import {
  ActorSchema,
  ArticleSchema,
  AssessmentSchema,
  CLAIM_KINDS,
  ClaimKindSchema,
  ClaimSchema,
  ClaimsFileSchema,
  PlaceRefSchema,
  SideSchema,
  SourceSchema,
} from './schema.ts';
import type { Actor, Article, AssessmentRef, Claim, ClaimKindDef, PlaceGeometry, Side, Source } from './schema.ts';
import { placeFromRef, type Place } from './place.ts';
import { checkGeometry } from './check-geometry.ts';

export interface Problem {
  file: string;
  /** JSON path of the record or value: `$.claims[3].source`. */
  path: string;
  /** The field at fault, or the record's collection where the whole record is. */
  field: string;
  /** The id of the record, where it has one. */
  record?: string;
  message: string;
  /** An error leaves something out (or is a fault to fix); a warning is worth a look but changes nothing. Absent: an error. */
  severity?: 'error' | 'warning';
}

export const isWarning = (p: Problem) => p.severity === 'warning';

export interface ClaimsData {
  /** The article's title (from `article.title`, else the file's `title`). */
  title?: string;
  /** The article the claims come from: title, outlet, author, publication date, url. */
  article?: Article;
  /** The as-of date (YYYY-MM-DD) to open at when the reader chose none, from `defaultDate`. */
  defaultDate?: string;
  /** Claim kinds the file declares beside the built-in ones. */
  kinds?: ClaimKindDef[];
  sides: Side[];
  actors: Actor[];
  sources: Source[];
  /** Built-in places the file refers to, and the file's own places. */
  places: Place[];
  claims: Claim[];
  /** Assessments of who holds what; their polygons are fetched by the caller (loadAssessment). */
  assessments: AssessmentRef[];
}

export interface LoadResult {
  data: ClaimsData;
  problems: Problem[];
}

type Collection = 'sides' | 'actors' | 'sources' | 'places' | 'claims' | 'assessments' | 'kinds';

export function formatProblem(p: Problem): string {
  return `${isWarning(p) ? 'warning: ' : ''}${p.file}: ${p.path}${p.record ? ` (${p.record})` : ''}: ${p.field}: ${p.message}`;
}

/**
 * @param json - the parsed JSON of a claims file
 * @param file - the file name to report problems against
 * @param builtInPlaces - places that can be referred to by id alone
 * @example
 * const { data, problems } = loadClaims(await (await fetch(url)).json(), url, places);
 */
export function loadClaims(json: unknown, file: string, builtInPlaces: readonly Place[]): LoadResult {
  const problems: Problem[] = [];
  const report = (path: string, field: string, message: string, record?: string) =>
    problems.push({ file, path, field, message, ...(record ? { record } : {}) });
  const data: ClaimsData = { sides: [], actors: [], sources: [], places: [], claims: [], assessments: [] };

  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    report('$', '(file)', 'is not a JSON object with sides, actors, sources, places and claims');
    return { data, problems };
  }
  const root = json as Record<string, unknown>;
  const known = new Set(Object.keys(ClaimsFileSchema.entries));
  for (const key of Object.keys(root)) if (!known.has(key)) report(`$.${key}`, key, 'is not a field of a claims file');
  if (typeof root.title === 'string') data.title = root.title;
  if (root.article !== undefined) {
    const article = v.safeParse(ArticleSchema, root.article, { abortPipeEarly: true });
    if (article.success) {
      data.article = article.output;
      data.title = article.output.title;
    } else for (const issue of article.issues) reportIssue('$.article', 'article', issue);
  }
  if (root.defaultDate !== undefined) {
    const given = root.defaultDate;
    const day = given === 'published' ? data.article?.published : given;
    if (typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) && ClaimsFileSchema.entries.defaultDate && v.is(ClaimsFileSchema.entries.defaultDate, day)) {
      data.defaultDate = day;
    } else {
      report(
        '$.defaultDate',
        'defaultDate',
        given === 'published'
          ? 'is "published", but article.published gives no day (YYYY-MM-DD); the map opens at the latest claims'
          : 'must be "published" or a day (YYYY-MM-DD); the map opens at the latest claims',
      );
    }
  }

  /** Records left out, by collection and id, with the path of the record: a knock-on names its root cause. */
  const dropped: Record<Collection, Map<string, string>> = {
    sides: new Map(),
    actors: new Map(),
    sources: new Map(),
    places: new Map(),
    claims: new Map(),
    assessments: new Map(),
    kinds: new Map(),
  };
  const leftOut = (collection: Collection, id: string) => dropped[collection].get(id);

  function reportIssue(path: string, name: string, issue: v.BaseIssue<unknown>, id?: string, suffix = '') {
    const keys = (issue.path ?? []).map((p) => p.key as string | number);
    const field = keys.length ? keys.filter((k) => typeof k === 'string').join('.') || String(keys.at(-1)) : name;
    const sub = keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
    const message = issue.input === undefined && issue.kind === 'schema' ? 'is required' : issue.message;
    report(`${path}${sub}`, field, `${message}${suffix}`, id);
  }

  /**
   * Validates each record on its own, so one bad record costs only itself. Fields named in
   * `salvage` are optional extras (a source's url): when only they are wrong, the record is kept
   * without them, and the problem is still reported.
   */
  function records<T extends { id: string }>(
    name: Collection,
    schema: v.GenericSchema<unknown, T>,
    salvage: string[] = [],
  ): { value: T; path: string }[] {
    const list = root[name];
    if (!Array.isArray(list)) {
      report(`$.${name}`, name, list === undefined ? 'is missing (an array is required, empty if there is nothing)' : 'must be an array');
      return [];
    }
    const out: { value: T; path: string }[] = [];
    const seen = new Set<string>();
    list.forEach((raw, i) => {
      const path = `$.${name}[${i}]`;
      const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
      // One message per field: the first check that fails says what is wrong.
      let result = v.safeParse(schema, raw, { abortPipeEarly: true });
      if (!result.success) {
        const fields = new Set(result.issues.map((issue) => String(issue.path?.[0]?.key ?? '')));
        const salvageable = [...fields].every((f) => salvage.includes(f));
        for (const issue of result.issues) reportIssue(path, name, issue, id, salvageable ? '; the record is kept without it' : '');
        if (!salvageable) {
          if (id && !dropped[name].has(id)) dropped[name].set(id, path);
          return;
        }
        const repaired = { ...(raw as Record<string, unknown>) };
        for (const f of fields) repaired[f] = null;
        result = v.safeParse(schema, repaired, { abortPipeEarly: true });
        if (!result.success) return;
      }
      if (seen.has(result.output.id)) {
        report(`${path}.id`, 'id', `duplicate id "${result.output.id}": an earlier record in ${name} has it`, id);
        return;
      }
      seen.add(result.output.id);
      out.push({ value: result.output, path });
    });
    return out;
  }

  const sides = records('sides', SideSchema as v.GenericSchema<unknown, Side & { id: string }>);
  const sideIds = new Set(sides.map((s) => s.value.id));
  data.sides = sides.map((s) => s.value);

  const checkSide = (code: string, path: string, field: string, record: string) => {
    if (sideIds.has(code)) return true;
    const why = leftOut('sides', code);
    report(path, field, why ? `refers to side "${code}", which was left out (see ${why})` : `unknown side "${code}": declare it in sides`, record);
    return false;
  };

  // side null: an observer, who belongs to no side.
  for (const { value, path } of records('actors', ActorSchema)) {
    if (value.side === null || checkSide(value.side, `${path}.side`, 'side', value.id)) data.actors.push(value);
    else dropped.actors.set(value.id, path);
  }
  data.sources = records('sources', SourceSchema, ['url']).map((r) => r.value);

  const builtInKinds = new Set<string>(CLAIM_KINDS);
  if (root.kinds !== undefined) {
    for (const { value, path } of records('kinds', ClaimKindSchema)) {
      if (builtInKinds.has(value.id)) {
        report(`${path}.id`, 'id', `"${value.id}" is a built-in kind: declare only kinds of your own`, value.id);
        continue;
      }
      (data.kinds ??= []).push(value);
    }
  }
  const kindIds = new Set([...builtInKinds, ...(data.kinds ?? []).map((k) => k.id)]);

  const builtIn = new Map(builtInPlaces.map((p) => [p.id, p]));
  for (const { value, path } of records('places', PlaceRefSchema)) {
    if (value.geometry) {
      if (builtIn.has(value.id)) {
        report(`${path}.id`, 'id', `"${value.id}" is a built-in place: give your own place another id`, value.id);
        dropped.places.set(value.id, path);
        continue;
      }
      const findings = checkGeometry(value.names?.en ?? value.id, value.geometry);
      for (const f of findings) {
        problems.push({ file, path: `${path}.geometry${f.subPath}`, field: f.field, record: value.id, message: f.message, ...(f.severity === 'warning' ? { severity: 'warning' as const } : {}) });
      }
      if (findings.some((f) => f.severity === 'error')) {
        dropped.places.set(value.id, path);
        continue;
      }
      data.places.push(placeFromRef(value as typeof value & { geometry: PlaceGeometry; names: Place['names'] }));
    } else {
      const place = builtIn.get(value.id);
      if (!place) {
        report(`${path}.id`, 'id', `unknown place "${value.id}": not a built-in place, and no geometry is given`, value.id);
        dropped.places.set(value.id, path);
        continue;
      }
      data.places.push(place);
    }
  }

  const placeIds = new Set(data.places.map((p) => p.id));
  const actorIds = new Set(data.actors.map((a) => a.id));
  const sourceIds = new Set(data.sources.map((s) => s.id));
  // Pass 1: each claim's own references; pass 2: links between the claims that survived.
  const accepted: { claim: Claim; path: string }[] = [];
  for (const { value: claim, path } of records('claims', ClaimSchema)) {
    const id = claim.id;
    let ok = true;
    const ref = (collection: Collection, what: string, value: string) => {
      const why = leftOut(collection, value);
      return why ? `refers to ${what} "${value}", which was left out (see ${why})` : null;
    };
    if (!actorIds.has(claim.actor)) {
      report(`${path}.actor`, 'actor', ref('actors', 'actor', claim.actor) ?? `unknown actor "${claim.actor}": list it in actors`, id);
      ok = false;
    }
    if (!sourceIds.has(claim.source)) {
      report(`${path}.source`, 'source', ref('sources', 'source', claim.source) ?? `unknown source "${claim.source}": every claim must name its source`, id);
      ok = false;
    }
    if (!kindIds.has(claim.kind)) {
      report(`${path}.kind`, 'kind', `unknown kind "${claim.kind}": use a built-in kind (${CLAIM_KINDS.join(', ')}) or declare it in kinds`, id);
      ok = false;
    }
    const places = claim.places.filter((p, i) => {
      if (placeIds.has(p)) return true;
      report(`${path}.places[${i}]`, 'places', ref('places', 'place', p) ?? `unknown place "${p}": list it in places`, id);
      return false;
    });
    if (places.length === 0) ok = false;
    const assertions = (claim.assertions ?? []).filter((a, i) => {
      const at = `${path}.assertions[${i}]`;
      // About a place left out: already said, at the place and at the claim's places.
      if (claim.places.includes(a.place) && !placeIds.has(a.place)) return false;
      if (!places.includes(a.place)) {
        report(`${at}.place`, 'assertions.place', `"${a.place}" is not one of this claim's places`, id);
        return false;
      }
      const field = a.type === 'control' ? 'holder' : 'by';
      return checkSide(a.type === 'control' ? a.holder : a.by, `${at}.${field}`, `assertions.${field}`, id);
    });
    if (ok) accepted.push({ claim: { ...claim, places, ...(claim.assertions ? { assertions } : {}) }, path });
    else dropped.claims.set(id, path);
  }
  const claimIds = new Set(accepted.map((a) => a.claim.id));
  for (const { claim, path } of accepted) {
    for (const field of ['contradicts', 'supports'] as const) {
      if (!claim[field]) continue;
      claim[field] = claim[field].filter((target, i) => {
        if (target !== claim.id && claimIds.has(target)) return true;
        const gone = leftOut('claims', target);
        const why =
          target === claim.id
            ? 'a claim cannot point at itself'
            : gone
              ? `points to "${target}", which was left out (see ${gone})`
              : `points to "${target}", which is not a loaded claim in this file`;
        report(`${path}.${field}[${i}]`, field, why, claim.id);
        return false;
      });
    }
    data.claims.push(claim);
  }
  if (root.assessments !== undefined) {
    for (const { value, path } of records('assessments', AssessmentSchema)) {
      if (checkSide(value.holder, `${path}.holder`, 'holder', value.id)) data.assessments.push(value);
    }
  }
  // A contradiction is mutual even where the file records it on one side only.
  const byId = new Map(data.claims.map((c) => [c.id, c]));
  for (const c of data.claims) {
    for (const target of c.contradicts ?? []) {
      const other = byId.get(target);
      if (other && !(other.contradicts ?? []).includes(c.id)) other.contradicts = [...(other.contradicts ?? []), c.id];
    }
  }
  return { data, problems };
}
