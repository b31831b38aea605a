/**
 * Assessments over time: several dated polygon files from one source (DeepStateMap publishes one
 * a day) form one series. At an as-of date the series speaks through its latest file on or
 * before that date; an undated file speaks at every date; before its first file it is silent.
 */
import difference from '@turf/difference';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { earliestDay } from './partial-date.ts';
import { assessPlace, combineWithAssessment, type AssessedPosition, type Assessment } from './assessed-control.ts';
import type { Place } from './place.ts';
import type { PlaceStatus } from './derive-status.ts';
import type { ClaimsTimeline } from './claims-timeline.ts';
import type { Claim } from './schema.ts';

const dayOf = (a: Assessment) => (a.date ? earliestDay(a.date) : '');

/** The assessments grouped by source, each in date order (undated first), in file order of their first file. */
export function assessmentSeries(assessments: readonly Assessment[]): Assessment[][] {
  const groups = new Map<string, Assessment[]>();
  for (const a of assessments) {
    const key = a.source;
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  return [...groups.values()].map((s) => [...s].sort((a, b) => dayOf(a).localeCompare(dayOf(b))));
}

/** The series' file in force at `asOf` (its latest without a date); null before its first. */
export function assessmentAt(series: readonly Assessment[], asOf: string | null): Assessment | null {
  if (!asOf) return series.at(-1) ?? null;
  let found: Assessment | null = null;
  for (const a of series) if (dayOf(a) <= asOf) found = a;
  return found;
}

/** The file before `current` in its series, for "changed since …". */
export function previousAssessment(series: readonly Assessment[], current: Assessment | null): Assessment | null {
  const i = current ? series.indexOf(current) : -1;
  return i > 0 ? series[i - 1] : null;
}

/** The days the series' files begin. */
export const assessmentDays = (series: readonly Assessment[]): string[] => series.filter((a) => a.date).map(dayOf);

const positions = new WeakMap<Assessment, Map<string, AssessedPosition | null>>();

/** What one file says of one place, asked once per file and place (point-in-polygon is not free). */
export function positionOf(place: Place, assessment: Assessment): AssessedPosition | null {
  let byPlace = positions.get(assessment);
  if (!byPlace) positions.set(assessment, (byPlace = new Map()));
  if (!byPlace.has(place.id)) byPlace.set(place.id, assessPlace(place, assessment));
  return byPlace.get(place.id)!;
}

const combined = new WeakMap<Map<string, PlaceStatus>, { assessment: Assessment; places: readonly Place[]; value: Map<string, PlaceStatus> }>();

/** The claims' statuses set beside the assessment in force (the same Map while neither changes). */
export function statusesWithAssessment(fromClaims: Map<string, PlaceStatus>, places: readonly Place[], assessment: Assessment | null): Map<string, PlaceStatus> {
  if (!assessment) return fromClaims;
  const memo = combined.get(fromClaims);
  if (memo && memo.assessment === assessment && memo.places === places) return memo.value;
  const value = new Map<string, PlaceStatus>();
  for (const p of places) {
    const s = fromClaims.get(p.id);
    if (s) value.set(p.id, combineWithAssessment(s, positionOf(p, assessment)));
  }
  combined.set(fromClaims, { assessment, places, value });
  return value;
}

/** One day in a place's history: its claims dated that day, an assessment file that began that day, the status they leave. */
export interface HistoryEntry {
  day: string;
  claims: Claim[];
  /** The assessment file that began this day and speaks for the place. */
  assessment: Assessment | null;
  status: PlaceStatus;
  /** The derived status changed on this day. */
  changed: boolean;
}

export interface PlaceHistory {
  /** Claims the source gives no date for: they count at every date. */
  undated: Claim[];
  /** The status before any dated claim or file (from undated claims and files). */
  initial: PlaceStatus;
  entries: HistoryEntry[];
}

const signature = (s: PlaceStatus) =>
  [s.status, s.holders.join(), s.claimants.join(), s.extent ?? '', s.byAssessment ? 'a' : '', s.disagreesWithAssessment ? 'd' : ''].join('|');

/**
 * A place's history: its claims in date order (undated apart), the assessment files that speak
 * for it, and each change of its derived status, with the claims or the file that changed it.
 */
export function placeHistory(timeline: ClaimsTimeline, place: Place, series: readonly Assessment[] = []): PlaceHistory {
  const { undated, steps } = timeline.placeHistory(place.id);
  const speaking = series.filter((a) => a.date && positionOf(place, a) !== null);
  const days = [...new Set([...steps.map((s) => s.day), ...speaking.map(dayOf)])].sort();
  const byDay = new Map(steps.map((s) => [s.day, s.claims]));
  const statusAt = (day: string | null) => {
    const a = assessmentAt(series, day);
    return combineWithAssessment(timeline.statusAt(place.id, day), a ? positionOf(place, a) : null);
  };
  // Before every dated thing: a day earlier than any ISO day.
  const initial = statusAt('0000-00-00');
  let last = signature(initial);
  const entries = days.map((day) => {
    const status = statusAt(day);
    const sig = signature(status);
    const changed = sig !== last;
    last = sig;
    return { day, claims: byDay.get(day) ?? [], assessment: speaking.find((a) => dayOf(a) === day) ?? null, status, changed };
  });
  return { undated, initial, entries };
}

export interface AreaChange {
  gained: FeatureCollection<Polygon | MultiPolygon, { change: 'gained' }>;
  lost: FeatureCollection<Polygon | MultiPolygon, { change: 'lost' }>;
}

const changes = new WeakMap<Assessment, WeakMap<Assessment, AreaChange>>();

/**
 * The area a file marks as held that the earlier one did not (gained), and the other way round
 * (lost): what the "changed since" layer draws. Computed once per pair of files.
 */
export function areaChange(earlier: Assessment, later: Assessment): AreaChange {
  let byLater = changes.get(earlier);
  if (!byLater) changes.set(earlier, (byLater = new WeakMap()));
  const cached = byLater.get(later);
  if (cached) return cached;
  const minus = <C extends 'gained' | 'lost'>(from: Feature<Polygon | MultiPolygon>[], take: Feature<Polygon | MultiPolygon>[], change: C) => {
    const features: Feature<Polygon | MultiPolygon, { change: C }>[] = [];
    for (const f of from) {
      const d = take.length ? difference({ type: 'FeatureCollection', features: [f, ...take] }) : f;
      if (d) features.push({ type: 'Feature', properties: { change }, geometry: d.geometry });
    }
    return { type: 'FeatureCollection' as const, features };
  };
  const value = { gained: minus(later.areas, earlier.areas, 'gained'), lost: minus(earlier.areas, later.areas, 'lost') };
  byLater.set(later, value);
  return value;
}
