/**
 * Turns a third-party event GeoJSON (points with a date and a description) into a claims file,
 * so a research data set maps like an article. What each event becomes is set by a small config
 * (README, "Importing events"); nothing about any one data set is written in code.
 */
import type { ClaimsFile, Side, Actor, Claim, Source, VerificationStatus, ClaimKind } from './schema.ts';
import { isRealPartialDate } from './partial-date.ts';

export interface EventImportConfig {
  title: string;
  sides: Side[];
  /** Who makes the claims: the data set's authors. */
  actor: Actor;
  /** The data set as a whole; each event also gets its own source entry, with its first link. */
  source: Omit<Source, 'id'> & { id: string };
  kind: ClaimKind;
  /** Property paths (dots, numbers for array items: `sources.0.paths.0`). */
  fields: { id: string; date: string; text: string; placeName: string; url?: string };
  verification: { status: VerificationStatus; by: string | null; note?: string };
  /** How exact the points are, for every imported place. */
  precision: string;
  licence: string;
}

export interface ImportProblem {
  feature: number;
  field: string;
  message: string;
  /** True when the event was still imported (with the repair the message names). */
  kept: boolean;
}

function at(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, key) => (o == null ? undefined : (o as Record<string, unknown>)[key]), obj);
}

/** `2022-3-3` → `2022-03-03`: the same day, written as ISO; anything else stays as it was. */
export function padIsoDate(value: string): string {
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(value.trim());
  if (!m) return value;
  return [m[1], m[2].padStart(2, '0'), ...(m[3] ? [m[3].padStart(2, '0')] : [])].join('-');
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * @returns the claims file, and the events that could not become claims (no point, no text…)
 * @example
 * const { file, problems } = importEvents(bellingcatGeoJSON, config);
 */
export function importEvents(
  events: { features: { geometry: { type: string; coordinates: unknown } | null; properties: Record<string, unknown> | null }[] },
  config: EventImportConfig,
): { file: ClaimsFile; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const sources: Source[] = [config.source];
  const places: ClaimsFile['places'] = [];
  const claims: Claim[] = [];
  const seen = new Set<string>();
  events.features.forEach((f, i) => {
    const p = f.properties ?? {};
    const raw = at(p, config.fields.id);
    let id = typeof raw === 'string' || typeof raw === 'number' ? slug(`${config.source.id}-${raw}`) : '';
    const text = at(p, config.fields.text);
    const date = at(p, config.fields.date);
    const placeName = at(p, config.fields.placeName);
    const coords = f.geometry?.type === 'Point' ? (f.geometry.coordinates as number[]) : null;
    const fail = (field: string, message: string, kept = false) => problems.push({ feature: i, field, message, kept });
    if (!id) return fail(config.fields.id, 'missing');
    if (seen.has(id)) {
      // Third-party data repeats ids; the event is still a record of its own.
      fail(config.fields.id, `"${String(raw)}" repeats an earlier event's id: imported as ${id}-${i}`, true);
      id = `${id}-${i}`;
    }
    if (typeof text !== 'string' || !text.trim()) return fail(config.fields.text, 'missing');
    if (!coords || coords.length < 2 || !coords.every(Number.isFinite)) return fail('geometry', 'not a point');
    seen.add(id);
    const url = config.fields.url ? at(p, config.fields.url) : undefined;
    const sourceId = `${id}-source`;
    sources.push({
      id: sourceId,
      title: `${config.source.title}: ${String(raw)}`,
      outlet: config.source.outlet,
      author: config.source.author,
      date: config.source.date,
      url: typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null,
    });
    const place = `${id}-place`;
    places.push({
      id: place,
      names: { en: typeof placeName === 'string' && placeName.trim() ? placeName.trim() : `Event ${String(raw)}` },
      kind: 'event location',
      geometry: { type: 'Point', coordinates: [Math.round(coords[0] * 1e6) / 1e6, Math.round(coords[1] * 1e6) / 1e6] },
      precision: config.precision,
      dataSource: config.source.outlet ?? config.source.title,
      licence: config.licence,
    });
    const padded = typeof date === 'string' ? padIsoDate(date) : '';
    const day = isRealPartialDate(padded) ? padded : null;
    if (date && !day) fail(config.fields.date, `"${String(date)}" is not a date: imported with the date unknown`, true);
    claims.push({
      id,
      actor: config.actor.id,
      source: sourceId,
      places: [place],
      kind: config.kind,
      text: text.trim(),
      textType: 'paraphrase',
      statedOn: null,
      eventOn: day,
      verification: { ...config.verification },
    });
  });
  return {
    file: { title: config.title, sides: config.sides, actors: [config.actor], sources, places, claims },
    problems,
  };
}
