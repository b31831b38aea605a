/**
 * Finding place names in article text with the gazetteer the geo build writes
 * (public/data/gazetteer.json): every spelling, in Latin or Cyrillic script, and one place chosen
 * for each mention, with the reason and a confidence where the name is ambiguous.
 */
import { nameKey } from './name-key.ts';

export interface GazetteerEntry {
  /** The id a claims file uses: a built-in place's id, or a slug made unique in the gazetteer. */
  id: string;
  /** builtin (a place of places.geojson), oblast, region (other first-level units); absent: a GeoNames settlement */
  type?: 'builtin' | 'oblast' | 'region';
  /** The built-in place's kind (city, region, term, country). */
  kind?: string;
  en: string;
  uk?: string;
  ru?: string;
  /** Other spellings, one per matching key. */
  alt: string[];
  /** ISO 3166-2 code of the first-level unit the place lies in (settlements) or is (oblasts). */
  admin1?: string;
  population?: number;
  /** [lon, lat]: the GeoNames point of a settlement, the label point of a built-in place. */
  point?: [number, number];
  geonameid?: number;
}

export interface Gazetteer {
  source: string;
  licence: string;
  attribution: string;
  entries: GazetteerEntry[];
}

export interface PlaceMention {
  /** Character offsets in the text: text.slice(start, end) is the mention. */
  start: number;
  end: number;
  text: string;
  place: string;
  /** 0..1: how sure the choice among the places of that name is. */
  confidence: number;
  reason: string;
  /** The other places of that name, when there were several. */
  alternatives: string[];
}

export interface GazetteerIndex {
  byKey: Map<string, GazetteerEntry[]>;
  byId: Map<string, GazetteerEntry>;
  maxWords: number;
}

/**
 * Spellings that are also common English words or names in news text, and what the words would
 * otherwise be mistaken for (a village called "Mirne" is rare, the word "Western" is not).
 */
const NOT_PLACES = new Set(['western', 'eastern', 'northern', 'southern', 'central', 'new', 'red', 'president', 'victory', 'peace', 'liberty', 'union', 'congress', 'washington', 'nato', 'europe', 'russia', 'moscow', 'may', 'march', 'june', 'july', 'august', 'april']);

export function indexGazetteer(g: Gazetteer | GazetteerEntry[]): GazetteerIndex {
  const entries = Array.isArray(g) ? g : g.entries;
  const byKey = new Map<string, GazetteerEntry[]>();
  let maxWords = 1;
  for (const e of entries) {
    for (const name of new Set([e.en, e.uk, e.ru, ...e.alt])) {
      if (!name) continue;
      const key = nameKey(name);
      if (!key || NOT_PLACES.has(key)) continue;
      const list = byKey.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      byKey.set(key, list);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  return { byKey, byId: new Map(entries.map((e) => [e.id, e])), maxWords };
}

interface Token {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}’ʼ'`]*/gu;
const POSSESSIVE = /['’]s$/;

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => {
    let end = m.index + m[0].length;
    // Kupiansk's: the name without the possessive; a trailing apostrophe (Kup'yans') stays.
    if (POSSESSIVE.test(m[0])) end -= 2;
    return { start: m.index, end };
  });
}

interface Candidate {
  start: number;
  end: number;
  entries: GazetteerEntry[];
}

const AFTER_REGION = /^\s+(region|oblast|province|область|oblast')\b/iu;
const FACILITY_AFTER = /^\s+(nuclear power (plant|station)|power (plant|station)|plant|npp|airport|dam|reservoir|river|hydroelectric)\b/i;
const AFTER_CITY = /^\s+(city|town|village)\b/i;
const BEFORE_CITY = /\b(city|town|village|settlement|outskirts|centre|center) of\s+(the\s+)?$/i;
const BEFORE_REGION = /\b(region|province|oblast) of\s+$/i;

/**
 * Every mention of a place the gazetteer knows, longest name first, not overlapping.
 * @example findMentions('Russia says it captured Kupiansk.', index) // [{ place: 'kupiansk', start: 24, end: 32, ... }]
 */
export function findMentions(text: string, index: GazetteerIndex): PlaceMention[] {
  const toks = tokens(text);
  const found: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    // A place name starts with a capital letter: "mirne" the adjective is not Mirne the village.
    if (!/^\p{Lu}/u.test(text[toks[i].start])) continue;
    for (let n = Math.min(index.maxWords, toks.length - i); n >= 1; n--) {
      const last = toks[i + n - 1];
      const between = text.slice(toks[i].start, last.end);
      if (/[\n.,;:!?()"“”]/.test(between)) continue;
      const entries = index.byKey.get(nameKey(between));
      if (!entries) continue;
      found.push({ start: toks[i].start, end: last.end, entries });
      i += n - 1;
      break;
    }
  }
  // Oblasts the article names without doubt: settlements there win over namesakes elsewhere.
  const namedOblasts = new Set<string>();
  for (const c of found) {
    const oblasts = c.entries.filter((e) => e.type === 'oblast');
    if (oblasts.length === 1 && (c.entries.length === 1 || AFTER_REGION.test(text.slice(c.end)))) namedOblasts.add(oblasts[0].admin1 ?? '');
  }
  return found
    .filter((c) => {
      const after = text.slice(c.end, c.end + 40);
      const before = text.slice(Math.max(0, c.start - 20), c.start);
      // A facility named after a place is not the place (the Zaporizhzhia nuclear power plant lies near Enerhodar).
      if (FACILITY_AFTER.test(after)) return false;
      // "the Dnipro" is the river; a settlement's name does not take "the".
      if (/\bthe\s+$/.test(before) && c.entries.every((e) => !e.type) && !AFTER_CITY.test(after)) return false;
      return true;
    })
    .map((c) => resolve(text, c, namedOblasts));
}

function resolve(text: string, c: Candidate, namedOblasts: Set<string>): PlaceMention {
  const surface = text.slice(c.start, c.end);
  const key = nameKey(surface);
  const mention = (e: GazetteerEntry, confidence: number, reason: string, end = c.end): PlaceMention => ({
    start: c.start,
    end,
    text: text.slice(c.start, end),
    place: e.id,
    confidence: Math.round(confidence * 100) / 100,
    reason,
    alternatives: c.entries.filter((o) => o !== e).map((o) => o.id),
  });
  const isMain = (e: GazetteerEntry) => [e.en, e.uk, e.ru].some((n) => n && nameKey(n) === key);
  if (c.entries.length === 1) {
    const e = c.entries[0];
    return mention(e, isMain(e) ? 0.95 : 0.85, isMain(e) ? 'the only place of this name' : `the only place of this name (spelling of ${e.en})`);
  }
  const after = text.slice(c.end, c.end + 20);
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  const builtIn = c.entries.filter((e) => e.type === 'builtin');
  const oblasts = c.entries.filter((e) => e.type === 'oblast' || e.type === 'region');
  const settlements = c.entries.filter((e) => !e.type);
  const regionWord = AFTER_REGION.exec(after);
  if ((regionWord || BEFORE_REGION.test(before)) && oblasts.length) {
    const end = regionWord ? c.end + regionWord[0].length : c.end;
    return mention(oblasts[0], 0.9, `"${regionWord ? regionWord[1] : 'region of'}" beside the name: the oblast, not the settlement`, end);
  }
  if (builtIn.length) return mention(builtIn[0], 0.9, 'a built-in place of the map is preferred to its namesakes');
  const pool = settlements.length ? settlements : oblasts;
  const byPopulation = [...pool].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  if ((AFTER_CITY.test(after) || BEFORE_CITY.test(before)) && settlements.length) {
    return mention(byPopulation[0], 0.85, 'called a city, town or village in the text; the largest settlement of this name');
  }
  const inNamed = byPopulation.filter((e) => e.admin1 && namedOblasts.has(e.admin1));
  if (inNamed.length) return mention(inNamed[0], 0.8, `in ${inNamed[0].admin1}, an oblast the article names`);
  const total = byPopulation.reduce((s, e) => s + (e.population ?? 0), 0) || 1;
  const best = byPopulation[0];
  const share = (best.population ?? 0) / total;
  const why = oblasts.length && settlements.length
    ? 'no word such as "region" or "city" beside it: the settlement, as news text usually means, not the oblast of the same name'
    : `the largest of ${pool.length} places of this name (population ${best.population ?? 'unknown'})`;
  return mention(best, Math.min(0.9, 0.45 + 0.45 * share), why);
}
