/**
 * What the map shows at an as-of date, derived through the claims' timeline: the work one move
 * of the date costs (a binary search, then only the places whose claims fall between the two
 * dates). Each function returns the same object while its inputs stay the same, so later memos
 * (the map's data, the list) key on it.
 */
import type { Claim } from './schema.ts';
import type { ClaimsData } from './load-claims.ts';
import type { Place } from './place.ts';
import type { PlaceStatus } from './derive-status.ts';
import type { Assessment } from './assessed-control.ts';
import { ClaimsTimeline } from './claims-timeline.ts';
import { assessmentAt, assessmentSeries, statusesWithAssessment } from './assessment-series.ts';
import { filterClaims, type ClaimFilters } from './filter-claims.ts';

const placeIdsOf = new WeakMap<readonly Place[], readonly string[]>();
const ids = (places: readonly Place[]) => {
  let v = placeIdsOf.get(places);
  if (!v) placeIdsOf.set(places, (v = places.map((p) => p.id)));
  return v;
};

const seriesOf = new WeakMap<readonly Assessment[], Assessment[][]>();

/** The assessment series of a file: several dated files of one source are one series. */
export function seriesFor(assessments: readonly Assessment[]): Assessment[][] {
  let v = seriesOf.get(assessments);
  if (!v) seriesOf.set(assessments, (v = assessmentSeries(assessments)));
  return v;
}

/**
 * The assessment in force at `asOf`: the first series' latest file on or before it (its latest
 * without a date). With more than one source, the first in the file is the one set beside the claims.
 */
export function assessmentAsOf(assessments: readonly Assessment[], asOf: string | null): Assessment | null {
  const [first] = seriesFor(assessments);
  return first ? assessmentAt(first, asOf) : null;
}

/** Every place's status at `asOf`, from every claim in force (filters never change a status), beside the assessment in force. */
export function statusesAsOf(claims: readonly Claim[], places: readonly Place[], assessment: Assessment | null, asOf: string | null): Map<string, PlaceStatus> {
  return statusesWithAssessment(ClaimsTimeline.of(claims).statusesAsOf(ids(places), asOf), places, assessment);
}

/** The claims shown at `asOf`, by place: the claims in force through the reader's filters. */
export function claimsByPlaceAsOf(claims: readonly Claim[], data: Pick<ClaimsData, 'actors'>, filters: ClaimFilters, asOf: string | null): Map<string, Claim[]> {
  return ClaimsTimeline.of(filterClaims(claims, data, filters)).claimsByPlaceAsOf(asOf);
}

const countsOf = new WeakMap<Map<string, Claim[]>, Map<string, number>>();

export function claimCounts(byPlace: Map<string, Claim[]>): Map<string, number> {
  let v = countsOf.get(byPlace);
  if (!v) countsOf.set(byPlace, (v = new Map([...byPlace].map(([id, cs]) => [id, cs.length]))));
  return v;
}

// A place whose claims did not change keeps its array, and so its counts by side.
const bySideOf = new WeakMap<Claim[], Record<string, number>>();
const sideCountsOf = new WeakMap<Map<string, Claim[]>, Map<string, Record<string, number>>>();

/** Claims per side at each place, for the clusters' counts by side. */
export function sideCounts(byPlace: Map<string, Claim[]>, data: Pick<ClaimsData, 'actors' | 'sides'>): Map<string, Record<string, number>> {
  const cached = sideCountsOf.get(byPlace);
  if (cached) return cached;
  const sideOf = new Map(data.actors.map((a) => [a.id, a.side]));
  const value = new Map<string, Record<string, number>>();
  for (const [placeId, claims] of byPlace) {
    let counts = bySideOf.get(claims);
    if (!counts) {
      counts = Object.fromEntries(data.sides.map((s) => [s.id, 0])) as Record<string, number>;
      for (const c of claims) {
        const side = sideOf.get(c.actor);
        if (side) counts[side] = (counts[side] ?? 0) + 1;
      }
      bySideOf.set(claims, counts);
    }
    value.set(placeId, counts);
  }
  sideCountsOf.set(byPlace, value);
  return value;
}
