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
  MentionSchema,
  PlaceRefSchema,
  ReviewItemSchema,
  SideSchema,
  SourceSchema,
} from './schema.ts';
import type { Actor, Article, AssessmentRef, Claim, ClaimKindDef, Mention, PlaceGeometry, ReviewItem, Side, Source } from './schema.ts';
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
  /** The article text a draft was made from, its place and claim mentions, and what is left to review. */
  articleText?: string;
  mentions?: Mention[];
  review?: ReviewItem[];
}

export type Collection = 'sides' | 'actors' | 'sources' | 'places' | 'claims' | 'assessments';

/** How many records a collection of the file had, and how many of them were loaded. */
export interface CollectionCount {
  total: number;
  loaded: number;
}

export interface LoadResult {
  data: ClaimsData;
  problems: Problem[];
  /** True counts per collection, for notices like "8 of 10 claims shown; 2 left out". */
  counts: Record<Collection, CollectionCount>;
}

/** Collections whose records are read one by one: those counted, and the file's own claim kinds. */
type RecordCollection = Collection | 'kinds';

const COLLECTIONS: readonly Collection[] = ['sides', 'actors', 'sources', 'places', 'claims', 'assessments'];

/**
 * What a notice says of a load, one phrase per collection that lost records, claims first:
 * "8 of 10 claims shown; 2 left out (see problems)". Empty when nothing was left out.
 */
export function leftOutSummary(counts: Record<Collection, CollectionCount>): string {
  const order: Collection[] = ['claims', 'places', 'actors', 'sources', 'sides', 'assessments'];
  const parts: string[] = [];
  for (const c of order) {
    const { total, loaded } = counts[c];
    if (loaded >= total) continue;
    const noun = total === 1 ? c.replace(/s$/, '') : c;
    parts.push(`${loaded} of ${total} ${noun} shown; ${total - loaded} left out`);
  }
  return parts.length ? `${parts.join('. ')} (see problems).` : '';
}

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
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, { total: 0, loaded: 0 }])) as Record<Collection, CollectionCount>;

  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    report('$', '(file)', 'is not a JSON object with sides, actors, sources, places and claims');
    return { data, problems, counts };
  }
  const root = json as Record<string, unknown>;
  for (const c of COLLECTIONS) if (Array.isArray(root[c])) counts[c].total = (root[c] as unknown[]).length;
  const known = new Set(Object.keys(ClaimsFileSchema.entries));
  for (const key of Object.keys(root)) if (!known.has(key)) report(`$.${key}`, key, 'is not a field of a claims file');
  if (typeof root.title === 'string' && root.title.trim()) data.title = root.title.trim();
  else if (root.title !== undefined) report('$.title', 'title', `must be a non-empty string (it is ${describeType(root.title)}); the file is loaded without a title`);
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
  const dropped: Record<RecordCollection, Map<string, string>> = {
    sides: new Map(),
    actors: new Map(),
    sources: new Map(),
    places: new Map(),
    claims: new Map(),
    assessments: new Map(),
    kinds: new Map(),
  };
  const leftOut = (collection: RecordCollection, id: string) => dropped[collection].get(id);

  function reportIssue(path: string, name: string, issue: v.BaseIssue<unknown>, id?: string, suffix = '') {
    const keys = (issue.path ?? []).map((p) => p.key as string | number);
    const field = keys.length ? keys.filter((k) => typeof k === 'string').join('.') || String(keys.at(-1)) : name;
    const sub = keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
    const message = issue.input === undefined && issue.kind === 'schema' ? 'is required' : issue.message;
    report(`${path}${sub}`, field, `${message}${suffix}`, id);
  }

  /**
   * Validates each record on its own, so one bad record costs only itself. A record is left out
   * only for a fault that makes it unusable: a wrong optional field (a side's colour, an
   * assertion's terms), an unknown extra member, or one bad element of an optional list is
   * taken out, reported, and the record kept. Fields named in `nullable` (a source's url) are
   * kept as null when wrong. `prepare` may mend a record's references first (case hints).
   */
  function records<T extends { id: string }>(
    name: RecordCollection,
    schema: v.GenericSchema<unknown, T>,
    nullable: string[] = [],
    prepare?: (raw: Record<string, unknown>, path: string, id: string | undefined) => Record<string, unknown>,
  ): { value: T; path: string }[] {
    const list = root[name];
    if (!Array.isArray(list)) {
      report(`$.${name}`, name, list === undefined ? 'is missing (an array is required, empty if there is nothing)' : 'must be an array');
      return [];
    }
    const out: { value: T; path: string }[] = [];
    const seen = new Set<string>();
    const noun = name === 'places' ? 'a place' : `a ${name.replace(/s$/, '')}`;
    const entries = (schema as unknown as AnySchema).entries;
    const topKeys = entries ? new Set(Object.keys(entries)) : null;
    list.forEach((original: unknown, i) => {
      const path = `$.${name}[${i}]`;
      let raw = original;
      const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
      if (isObject(raw)) raw = dropGeoJsonBbox(raw);
      if (prepare && isObject(raw)) raw = prepare(raw, path, id);
      // Unknown top-level members are taken out before validation (fast, and the common typo).
      if (isObject(raw) && topKeys) {
        let extra: string[] | null = null;
        for (const k in raw) if (Object.hasOwn(raw, k) && !topKeys.has(k)) (extra ??= []).push(k);
        if (extra) {
          const kept: Record<string, unknown> = {};
          for (const k of Object.keys(raw)) if (topKeys.has(k)) kept[k] = raw[k];
          const mended = v.safeParse(schema, kept, { abortPipeEarly: true });
          if (mended.success) {
            for (const k of extra) report(`${path}.${k}`, k, `is not a field of ${noun}; it is left out and the record kept`, id);
            raw = kept;
          }
        }
      }
      // One message per field: the first check that fails says what is wrong.
      let result = v.safeParse(schema, raw, { abortPipeEarly: true });
      if (!result.success) {
        const issues = result.issues;
        const mend = planSalvage(schema, issues, nullable);
        let kept = false;
        if (mend && isObject(raw)) {
          const repaired = applySalvage(raw, mend);
          const second = v.safeParse(schema, repaired, { abortPipeEarly: true });
          if (second.success) {
            result = second;
            kept = true;
          }
        }
        for (const issue of issues) {
          const keys = (issue.path ?? []).map((p) => p.key as string | number);
          const field = keys.length ? keys.filter((k) => typeof k === 'string').join('.') || String(keys.at(-1)) : name;
          const sub = keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
          const unknownKey = issue.type === 'strict_object' && issue.expected === 'never';
          let message = issue.input === undefined && issue.kind === 'schema' ? 'is required' : issue.message;
          if (unknownKey) message = `is not a field of ${keys.length > 1 ? `${noun}’s ${keys.slice(0, -1).filter((k) => typeof k === 'string').join('.')}` : noun}`;
          if (kept) message += unknownKey ? '; it is left out and the record kept' : '; the record is kept without it';
          report(`${path}${sub}`, field, message, id);
        }
        if (!result.success && id && !dropped[name].has(id)) dropped[name].set(id, path);
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

  /**
   * An id that differs only in case from one that exists: the record is read with the existing
   * id (it is unambiguous: exactly one id matches), and the problem says so, so the editor can
   * fix the file. Returns the id to use, or the value unchanged.
   */
  const caseFold = (ids: Iterable<string>) => {
    const byLower = new Map<string, string | null>();
    for (const id of ids) {
      const k = id.toLowerCase();
      byLower.set(k, byLower.has(k) && byLower.get(k) !== id ? null : id);
    }
    return byLower;
  };
  const mendCase = (value: unknown, known: ReadonlySet<string>, folded: Map<string, string | null>, at: string, field: string, record?: string) => {
    if (typeof value !== 'string' || known.has(value)) return value;
    const match = folded.get(value.toLowerCase());
    if (!match) return value;
    report(at, field, `"${value}" differs only in case from "${match}": read as "${match}" (ids are case-sensitive; fix the file)`, record);
    return match;
  };
  /** Mends the references at `keys` of a record (a list or one value), copying what it changes. */
  const mendField = (raw: Record<string, unknown>, key: string, known: ReadonlySet<string>, folded: Map<string, string | null>, path: string, field: string, record?: string) => {
    const value = raw[key];
    if (Array.isArray(value)) {
      if (value.every((x) => typeof x !== 'string' || known.has(x))) return raw;
      return { ...raw, [key]: value.map((x, i) => mendCase(x, known, folded, `${path}.${key}[${i}]`, field, record)) };
    }
    if (typeof value !== 'string' || known.has(value)) return raw;
    return { ...raw, [key]: mendCase(value, known, folded, `${path}.${key}`, field, record) };
  };

  const sides = records('sides', SideSchema as v.GenericSchema<unknown, Side & { id: string }>);
  const sideIds = new Set(sides.map((s) => s.value.id));
  data.sides = sides.map((s) => s.value);

  const checkSide = (code: string, path: string, field: string, record: string) => {
    if (sideIds.has(code)) return true;
    const why = leftOut('sides', code);
    report(path, field, why ? `refers to side "${code}", which was left out (see ${why})` : `unknown side "${code}": declare it in sides`, record);
    return false;
  };

  const sideFold = caseFold(sideIds);
  const mendSide = (raw: Record<string, unknown>, path: string, id?: string) => mendField(raw, 'side', sideIds, sideFold, path, 'side', id);
  // side null: an observer, who belongs to no side.
  for (const { value, path } of records('actors', ActorSchema, [], mendSide)) {
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
  const rawClaimIds = new Set<string>();
  if (Array.isArray(root.claims)) for (const c of root.claims as unknown[]) if (isObject(c) && typeof c.id === 'string') rawClaimIds.add(c.id);
  const folds = { actor: caseFold(actorIds), source: caseFold(sourceIds), place: caseFold(placeIds), claim: caseFold(rawClaimIds) };
  const mendClaim = (raw: Record<string, unknown>, path: string, id?: string) => {
    let r = mendField(raw, 'actor', actorIds, folds.actor, path, 'actor', id);
    r = mendField(r, 'source', sourceIds, folds.source, path, 'source', id);
    r = mendField(r, 'places', placeIds, folds.place, path, 'places', id);
    r = mendField(r, 'contradicts', rawClaimIds, folds.claim, path, 'contradicts', id);
    r = mendField(r, 'supports', rawClaimIds, folds.claim, path, 'supports', id);
    if (Array.isArray(r.assertions)) {
      const mended = (r.assertions as unknown[]).map((a, i) => {
        if (!isObject(a)) return a;
        const at = `${path}.assertions[${i}]`;
        let m = mendField(a, 'place', placeIds, folds.place, at, 'assertions.place', id);
        m = mendField(m, 'holder', sideIds, sideFold, at, 'assertions.holder', id);
        return mendField(m, 'by', sideIds, sideFold, at, 'assertions.by', id);
      });
      if (mended.some((a, i) => a !== (r.assertions as unknown[])[i])) r = { ...r, assertions: mended };
    }
    return r;
  };
  for (const { value: claim, path } of records('claims', ClaimSchema, [], mendClaim)) {
    const id = claim.id;
    let ok = true;
    const ref = (collection: RecordCollection, what: string, value: string) => {
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
    const mendHolder = (raw: Record<string, unknown>, path: string, id?: string) => mendField(raw, 'holder', sideIds, sideFold, path, 'holder', id);
    for (const { value, path } of records('assessments', AssessmentSchema, [], mendHolder)) {
      const urlFault = assessmentUrlFault(value.url);
      if (urlFault) {
        report(`${path}.url`, 'url', urlFault, value.id);
        continue;
      }
      if (checkSide(value.holder, `${path}.holder`, 'holder', value.id)) data.assessments.push(value);
    }
  }
  if (typeof root.articleText === 'string') data.articleText = root.articleText;
  else if (root.articleText !== undefined) report('$.articleText', 'articleText', 'must be a string');
  for (const [name, schema] of [['mentions', MentionSchema], ['review', ReviewItemSchema]] as const) {
    const list = root[name];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      report(`$.${name}`, name, 'must be an array');
      continue;
    }
    list.forEach((raw, i) => {
      const result = v.safeParse(schema as v.GenericSchema, raw, { abortPipeEarly: true });
      if (!result.success) {
        const issue = result.issues[0];
        const key = issue.path?.map((p) => String(p.key)).join('.') || name;
        report(`$.${name}[${i}]`, key, issue.input === undefined && issue.kind === 'schema' ? 'is required' : issue.message);
        return;
      }
      if (name === 'mentions') {
        const m = result.output as Mention;
        if (data.articleText !== undefined && m.end > data.articleText.length) return report(`$.mentions[${i}].end`, 'end', 'is past the end of articleText');
        if (m.place && !placeIds.has(m.place)) return report(`$.mentions[${i}].place`, 'place', `unknown place "${m.place}": list it in places`);
        if (m.claim && !claimIds.has(m.claim)) return report(`$.mentions[${i}].claim`, 'claim', `points to "${m.claim}", which is not a loaded claim in this file`);
        (data.mentions ??= []).push(m);
      } else (data.review ??= []).push(result.output as ReviewItem);
    });
  }
  // A contradiction is mutual even where the file records it on one side only.
  const byId = new Map(data.claims.map((c) => [c.id, c]));
  for (const c of data.claims) {
    for (const target of c.contradicts ?? []) {
      const other = byId.get(target);
      if (other && !(other.contradicts ?? []).includes(c.id)) other.contradicts = [...(other.contradicts ?? []), c.id];
    }
  }
  // Built-in places are loaded by reference: count those the file lists, not extra ones.
  for (const c of COLLECTIONS) counts[c].loaded = Math.min(data[c].length, counts[c].total);
  return { data, problems, counts };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function describeType(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'string') return 'empty';
  return typeof x === 'object' ? 'an object' : `a ${typeof x}`;
}

/** GeoJSON allows a `bbox` on any geometry: a place's geometry is read without it. */
function dropGeoJsonBbox(raw: Record<string, unknown>): Record<string, unknown> {
  const g = raw.geometry;
  if (!isObject(g) || !('bbox' in g) || !Array.isArray(g.bbox) || !g.bbox.every((n) => typeof n === 'number')) return raw;
  const { bbox: _bbox, ...geometry } = g;
  return { ...raw, geometry };
}

type Key = string | number;
type Salvage = { kind: 'remove'; keys: Key[] } | { kind: 'null'; keys: Key[] };
type AnySchema = { type: string; entries?: Record<string, AnySchema>; wrapped?: AnySchema; item?: AnySchema; options?: AnySchema[] };

/** Never salvaged by removal: a place without its geometry or names is not the place the file describes. */
const ESSENTIAL = new Set(['geometry', 'names']);

/**
 * For each issue, the least that can be taken out so the rest of the record stands: the
 * deepest optional member on the issue's path, or one element of an optional list of ids or
 * objects (never a coordinate). Null when some issue has no such remedy: the record is unusable.
 */
function planSalvage(schema: unknown, issues: readonly v.BaseIssue<unknown>[], nullable: readonly string[]): Salvage[] | null {
  const plan: Salvage[] = [];
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((p) => p.key as Key);
    if (keys.length === 0) return null;
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      plan.push({ kind: 'remove', keys });
      continue;
    }
    if (keys.length === 1 && nullable.includes(String(keys[0]))) {
      plan.push({ kind: 'null', keys });
      continue;
    }
    let cur = schema as AnySchema | undefined;
    let insideOptional = false;
    let cut = 0;
    for (let i = 0; i < keys.length && cur; i++) {
      const key = keys[i];
      cur = unwrap(cur);
      if (typeof key === 'number') {
        if (cur.type !== 'array') break;
        const item = unwrap(cur.item as AnySchema);
        if (insideOptional && item.type !== 'array' && item.type !== 'tuple') cut = i + 1;
        cur = cur.item;
        continue;
      }
      const entry: AnySchema | undefined = cur.entries?.[key] ?? cur.options?.map((o) => unwrap(o).entries?.[key]).find(Boolean);
      if (!entry) break;
      if (entry.type === 'optional' && !ESSENTIAL.has(key)) {
        cut = i + 1;
        insideOptional = true;
      }
      cur = entry;
    }
    if (cut === 0) return null;
    plan.push({ kind: 'remove', keys: keys.slice(0, cut) });
  }
  return plan;
}

function unwrap(s: AnySchema): AnySchema {
  let cur = s;
  while ((cur.type === 'optional' || cur.type === 'nullable' || cur.type === 'nullish') && cur.wrapped) cur = cur.wrapped;
  return cur;
}

/** A copy of the record with the salvage applied: only what lies on a salvaged path is copied. */
function applySalvage(raw: Record<string, unknown>, plan: readonly Salvage[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...raw };
  const copied = new Set<unknown>([copy]);
  // Deepest and last first, so removing one list element does not shift another's index.
  const ordered = [...plan].sort((a, b) => b.keys.length - a.keys.length || compareKeys(b.keys, a.keys));
  for (const step of ordered) {
    let parent: unknown = copy;
    for (const k of step.keys.slice(0, -1)) {
      const container = parent as Record<Key, unknown>;
      let child = Object.hasOwn(container, k) ? container[k] : undefined;
      if (typeof child !== 'object' || child === null) {
        parent = null;
        break;
      }
      if (!copied.has(child)) {
        child = Array.isArray(child) ? [...child] : { ...(child as object) };
        copied.add(child);
        container[k] = child;
      }
      parent = child;
    }
    const last = step.keys.at(-1)!;
    if (step.kind === 'null' && isObject(parent)) parent[last as string] = null;
    else if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else if (isObject(parent) && Object.hasOwn(parent, last)) delete parent[last as string];
  }
  return copy;
}

function compareKeys(a: Key[], b: Key[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    return typeof a[i] === 'number' && typeof b[i] === 'number' ? (a[i] as number) - (b[i] as number) : String(a[i]).localeCompare(String(b[i]));
  }
  return a.length - b.length;
}

/**
 * An assessment's url is a path relative to the claims file, or an http(s) URL; anything
 * else (javascript:, file:, data:, a protocol-relative //host) is refused. Whether another
 * origin is allowed is the page's origin policy to say, when the map loads it.
 */
export function assessmentUrlFault(url: string): string | null {
  const BASE = 'https://claims-file.invalid/folder/claims.json';
  let resolved: URL;
  try {
    resolved = new URL(url, BASE);
  } catch {
    return 'is not a valid URL';
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return `must be a path relative to the claims file, or an http: or https: URL (not ${resolved.protocol})`;
  const absolute = /^\s*https?:/i.test(url);
  if (!absolute && resolved.origin !== new URL(BASE).origin) return 'must be a path relative to the claims file, or a full http: or https: URL (not a protocol-relative //host URL)';
  if (resolved.username || resolved.password) return 'must not carry a user name or password';
  return null;
}
