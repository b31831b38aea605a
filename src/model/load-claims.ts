/**
 * Parse once, at the boundary. A claims file is read record by record: a bad record
 * becomes a located problem (file, JSON path, field) and the valid rest still loads.
 */
import * as v from 'valibot';
import { ActorSchema, AssessmentSchema, ClaimSchema, MentionSchema, PlaceRefSchema, ReviewItemSchema, SideSchema, SourceSchema } from './schema.ts';
import type { Actor, AssessmentRef, Claim, Mention, PlaceGeometry, ReviewItem, Side, Source } from './schema.ts';
import { placeFromRef, type Place } from './place.ts';

export interface Problem {
  file: string;
  /** JSON path of the record or value: `$.claims[3].source`. */
  path: string;
  /** The field at fault, or the record's collection where the whole record is. */
  field: string;
  /** The id of the record, where it has one. */
  record?: string;
  message: string;
}

export interface ClaimsData {
  title?: string;
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

export interface LoadResult {
  data: ClaimsData;
  problems: Problem[];
}

type Collection = 'sides' | 'actors' | 'sources' | 'places' | 'claims' | 'assessments';

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path}${p.record ? ` (${p.record})` : ''}: ${p.field}: ${p.message}`;
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
  const known = new Set(['$schema', 'title', 'sides', 'actors', 'sources', 'places', 'claims', 'assessments', 'articleText', 'mentions', 'review']);
  for (const key of Object.keys(root)) if (!known.has(key)) report(`$.${key}`, key, 'is not a field of a claims file');
  if (typeof root.title === 'string') data.title = root.title;

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
        for (const issue of result.issues) {
          const keys = (issue.path ?? []).map((p) => p.key as string | number);
          const field = keys.length ? keys.filter((k) => typeof k === 'string').join('.') || String(keys.at(-1)) : name;
          const sub = keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
          const message = issue.input === undefined && issue.kind === 'schema' ? 'is required' : issue.message;
          report(`${path}${sub}`, field, salvageable ? `${message}; the record is kept without it` : message, id);
        }
        if (!salvageable) return;
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
    report(path, field, `unknown side "${code}": declare it in sides`, record);
    return false;
  };

  for (const { value, path } of records('actors', ActorSchema)) {
    if (checkSide(value.side, `${path}.side`, 'side', value.id)) data.actors.push(value);
  }
  data.sources = records('sources', SourceSchema, ['url']).map((r) => r.value);

  const builtIn = new Map(builtInPlaces.map((p) => [p.id, p]));
  for (const { value, path } of records('places', PlaceRefSchema)) {
    if (value.geometry) {
      if (builtIn.has(value.id)) {
        report(`${path}.id`, 'id', `"${value.id}" is a built-in place: give your own place another id`, value.id);
        continue;
      }
      data.places.push(placeFromRef(value as typeof value & { geometry: PlaceGeometry; names: Place['names'] }));
    } else {
      const place = builtIn.get(value.id);
      if (!place) {
        report(`${path}.id`, 'id', `unknown place "${value.id}": not a built-in place, and no geometry is given`, value.id);
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
    if (!actorIds.has(claim.actor)) {
      report(`${path}.actor`, 'actor', `unknown actor "${claim.actor}"`, id);
      ok = false;
    }
    if (!sourceIds.has(claim.source)) {
      report(`${path}.source`, 'source', `unknown source "${claim.source}": every claim must name its source`, id);
      ok = false;
    }
    const places = claim.places.filter((p, i) => {
      if (placeIds.has(p)) return true;
      report(`${path}.places[${i}]`, 'places', `unknown place "${p}": list it in places`, id);
      return false;
    });
    if (places.length === 0) ok = false;
    const assertions = (claim.assertions ?? []).filter((a, i) => {
      const at = `${path}.assertions[${i}]`;
      if (!places.includes(a.place)) {
        report(`${at}.place`, 'assertions.place', `"${a.place}" is not one of this claim's places`, id);
        return false;
      }
      const field = a.type === 'control' ? 'holder' : 'by';
      return checkSide(a.type === 'control' ? a.holder : a.by, `${at}.${field}`, `assertions.${field}`, id);
    });
    if (ok) accepted.push({ claim: { ...claim, places, ...(claim.assertions ? { assertions } : {}) }, path });
  }
  const claimIds = new Set(accepted.map((a) => a.claim.id));
  for (const { claim, path } of accepted) {
    for (const field of ['contradicts', 'supports'] as const) {
      if (!claim[field]) continue;
      claim[field] = claim[field].filter((target, i) => {
        if (target !== claim.id && claimIds.has(target)) return true;
        const why = target === claim.id ? 'a claim cannot point at itself' : `points to "${target}", which is not a loaded claim in this file`;
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
  return { data, problems };
}
