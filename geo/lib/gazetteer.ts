/**
 * The gazetteer the article drafter (`npm run draft`, author.html) finds place names with: the
 * built-in places, Ukraine's first-level units and the GeoNames settlements, each with its
 * English, Ukrainian, Russian and alternate spellings. Only Latin and Cyrillic spellings are kept,
 * and only one spelling per matching key (case, apostrophes and Latin accents folded), so the
 * file stays small.
 */
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { PlaceDefinition, PlaceProps } from './places.ts';
import type { GeoNamesProps } from './settlements.ts';
import { nameKey } from '../../src/model/draft/name-key.ts';
import type { Gazetteer, GazetteerEntry } from '../../src/model/draft/gazetteer.ts';

export type { Gazetteer, GazetteerEntry };

type Admin1Props = Record<string, unknown> & { iso_3166_2: string; name_en: string; name_uk?: string; name_ru?: string; name_alt?: string; gn_name?: string };

const CYRILLIC_NAME = /^[\p{Lu}][\p{Script=Cyrillic}’ʼ'\-. ]+$/u;
/** Capitalised, and plain Latin once accents are folded: English-style spellings, not romanised Chinese or Arabic (he er song, hrswn). */
const LATIN_NAME = /^[A-Z][A-Za-z’ʼ'`´”\-. ]+$/;

/** A spelling worth matching: Latin or Cyrillic, at least 3 letters, not an abbreviation (KHE). */
export function usableSpelling(name: string): boolean {
  const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return (LATIN_NAME.test(folded) || CYRILLIC_NAME.test(name)) && name.replace(/[^\p{L}]/gu, '').length >= 3 && !/^[\p{Lu}]{2,4}$/u.test(name);
}

/** Keeps the first spelling of each matching key, leaving out the keys already taken. */
function distinct(names: (string | undefined)[], taken: Set<string>): string[] {
  const out: string[] = [];
  for (const n of names) {
    if (!n || !usableSpelling(n)) continue;
    const key = nameKey(n);
    if (taken.has(key)) continue;
    taken.add(key);
    out.push(n);
  }
  return out;
}

export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’ʼ'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}


export function buildGazetteer(
  placeDefs: PlaceDefinition[],
  builtPlaces: Feature<Polygon | MultiPolygon, PlaceProps>[],
  admin1: Feature<Polygon | MultiPolygon, Admin1Props>[],
  geonames: Feature<Point, GeoNamesProps>[],
  excludedAdmin1: ReadonlySet<string> = new Set(['UA-30', 'UA-40']),
): GazetteerEntry[] {
  const byGeonameId = new Map(geonames.map((f) => [f.properties.geonameid, f]));
  const entries: GazetteerEntry[] = [];
  const usedIds = new Set<string>();
  const builtById = new Map(builtPlaces.map((f) => [f.properties.id, f]));

  for (const def of placeDefs) {
    const taken = new Set<string>();
    const gn = 'geonames' in def.geometry ? byGeonameId.get(def.geometry.geonames) : undefined;
    const names = distinct([def.names.en, def.names.uk, def.names.ru, ...(def.aliases ?? []), ...(gn ? [gn.properties.name, gn.properties.asciiname, ...gn.properties.alternatenames] : [])], taken);
    const built = builtById.get(def.id);
    entries.push({
      id: def.id,
      type: 'builtin',
      kind: def.kind,
      en: def.names.en,
      ...(def.names.uk ? { uk: def.names.uk } : {}),
      ...(def.names.ru ? { ru: def.names.ru } : {}),
      alt: names.filter((n) => n !== def.names.en && n !== def.names.uk && n !== def.names.ru),
      ...(gn ? { admin1: admin1CodeOf(gn, admin1), population: gn.properties.population, geonameid: gn.properties.geonameid } : {}),
      ...(built ? { point: [built.properties.label_lon, built.properties.label_lat] as [number, number] } : {}),
    });
    usedIds.add(def.id);
  }
  const builtInGeonames = new Set(placeDefs.flatMap((d) => ('geonames' in d.geometry ? [d.geometry.geonames] : [])));
  // Units a built-in place already stands for by the same name (Crimea) are kept under their full name only.
  const builtInKeys = new Set(entries.flatMap((e) => [e.en, e.uk, e.ru, ...e.alt].filter((n): n is string => !!n).map(nameKey)));

  for (const f of [...admin1].sort((a, b) => a.properties.iso_3166_2.localeCompare(b.properties.iso_3166_2))) {
    const p = f.properties;
    if (excludedAdmin1.has(p.iso_3166_2)) continue;
    const isOblast = /oblast/i.test(String(p.type ?? ''));
    const en = isOblast ? `${p.name_en} Oblast` : p.name_en;
    const taken = new Set<string>();
    const alts = [
      p.name_en,
      ...(String(p.name_alt ?? '').split('|')),
      p.gn_name,
      typeof p.woe_name === 'string' ? p.woe_name : undefined,
      isOblast ? `${p.name_en} region` : undefined,
      isOblast ? `${p.name_en} province` : undefined,
    ].filter((n) => !n || !builtInKeys.has(nameKey(n)));
    const names = distinct([en, p.name_uk, p.name_ru, ...alts], taken);
    const id = uniqueId(isOblast ? `${slug(p.name_en)}-oblast` : slug(p.name_en), usedIds);
    entries.push({
      id,
      type: isOblast ? 'oblast' : 'region',
      en,
      ...(p.name_uk ? { uk: p.name_uk } : {}),
      ...(p.name_ru ? { ru: p.name_ru } : {}),
      alt: names.filter((n) => n !== en && n !== p.name_uk && n !== p.name_ru),
      admin1: p.iso_3166_2,
    });
  }

  const settlements = geonames
    .filter((f) => !builtInGeonames.has(f.properties.geonameid) && f.properties.feature_code !== 'PPLX' && f.properties.feature_code !== 'PPLQ' && f.properties.feature_code !== 'PPLH')
    .sort((a, b) => b.properties.population - a.properties.population || a.properties.geonameid - b.properties.geonameid);
  const slugCount = new Map<string, number>();
  for (const f of settlements) slugCount.set(slug(f.properties.name), (slugCount.get(slug(f.properties.name)) ?? 0) + 1);
  for (const f of settlements) {
    const p = f.properties;
    const code = admin1CodeOf(f, admin1);
    const base = slug(p.name) || String(p.geonameid);
    const oblast = admin1.find((a) => a.properties.iso_3166_2 === code);
    const wanted = (slugCount.get(base) ?? 0) > 1 || usedIds.has(base) ? `${base}-${slug(oblast?.properties.name_en ?? '') || 'ua'}` : base;
    const id = uniqueId(wanted, usedIds, p.geonameid);
    const taken = new Set<string>();
    const uk = ukrainianOf(p.name, p.alternatenames);
    const ru = russianOf(p.name, p.alternatenames);
    const names = distinct([p.name, uk, ru, p.asciiname, ...p.alternatenames], taken);
    entries.push({
      id,
      en: p.name,
      ...(uk ? { uk } : {}),
      ...(ru ? { ru } : {}),
      alt: names.filter((n) => n !== p.name && n !== uk && n !== ru),
      ...(code ? { admin1: code } : {}),
      population: p.population,
      point: [round5(f.geometry.coordinates[0]), round5(f.geometry.coordinates[1])],
      geonameid: p.geonameid,
    });
  }
  return entries;
}

function uniqueId(wanted: string, used: Set<string>, tieBreak?: number): string {
  let id = wanted;
  if (used.has(id)) id = `${wanted}-${tieBreak ?? used.size}`;
  used.add(id);
  return id;
}

const UK_ONLY = /[іїєґІЇЄҐ]/;
const RU_ONLY = /[ыэъёЫЭЪЁ]/;
const CYR = /^[\u0400-\u04FF’ʼ'\- ]+$/;
const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', ы: 'y', э: 'e', ъ: '', ё: 'e',
};
/** A rough Latin rendering of a Cyrillic name, to tell which alternate spelling is the place's current name. */
export function transliterate(name: string): string {
  return [...name.toLowerCase()].map((c) => TRANSLIT[c] ?? (/[’ʼ'\- ]/.test(c) ? '' : c)).join('');
}
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
/** The Cyrillic alternate closest to the English name (Покровськ for Pokrovsk, not its Soviet name), if close enough. */
function closestCyrillic(en: string, alts: string[], accept: (n: string) => boolean): string | undefined {
  const target = nameKey(en).replace(/[^a-z]/g, '').replace(/h/g, '');
  let best: string | undefined;
  let bestScore = Infinity;
  for (const n of alts) {
    if (!CYR.test(n) || !accept(n)) continue;
    const score = distance(transliterate(n).replace(/h/g, ''), target);
    if (score < bestScore) [best, bestScore] = [n, score];
  }
  return best !== undefined && bestScore <= Math.max(2, target.length / 3) ? best : undefined;
}
function ukrainianOf(en: string, alts: string[]): string | undefined {
  return closestCyrillic(en, alts, (n) => !RU_ONLY.test(n) && (UK_ONLY.test(n) || /[’ʼ']/.test(n) || !/[и]/.test(n)));
}
function russianOf(en: string, alts: string[]): string | undefined {
  // Ukrainian -ськ is Russian -ск: Покровськ is not the Russian spelling.
  return closestCyrillic(en, alts, (n) => !UK_ONLY.test(n) && !/[’ʼ']/.test(n) && !/ськ/.test(n));
}

/** GeoNames' admin1 names ("Kyiv Oblast", "Odesa", "Crimea", "Sevastopol City") to Natural Earth's ISO codes. */
function admin1CodeOf(f: Feature<Point, GeoNamesProps>, admin1: Feature<Polygon | MultiPolygon, Admin1Props>[]): string | undefined {
  const raw = f.properties.admin1_name.toLowerCase();
  if (raw === 'kyiv city') return 'UA-30';
  if (raw === 'sevastopol city') return 'UA-40';
  if (raw === 'crimea') return 'UA-43';
  const name = raw.replace(/ oblast$/, '');
  const hit = admin1.find((a) => {
    const p = a.properties;
    if (p.iso_3166_2 === 'UA-30') return false;
    return [p.name_en, ...String(p.name_alt ?? '').split('|')].some((n) => typeof n === 'string' && n.toLowerCase() === name);
  });
  return hit?.properties.iso_3166_2;
}

function round5(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

/** One entry a line: small, and `git diff` shows which place changed. */
export function formatGazetteer(g: Gazetteer): string {
  const head = JSON.stringify({ source: g.source, licence: g.licence, attribution: g.attribution }, null, 2).slice(0, -2);
  return `${head},\n  "entries": [\n${g.entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]\n}\n`;
}
