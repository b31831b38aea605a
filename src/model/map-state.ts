/**
 * Everything the root element derives from its inputs (the loaded data, the assessments, the
 * as-of date, the reader's filters and selection): the claims in force, statuses, what is shown
 * and counted, the selected place. Pure, so it is unit-tested in node; memoised per input, so the
 * element can ask on every render and the map only redraws when something really changed.
 *
 * @example
 * const model = new MapStateModel();
 * const s = model.derive({ data, assessments: [], date: '', sides: 'ru', kinds: '', verification: '', place: 'kupiansk', claim: '' });
 * s.statuses.get('kupiansk')?.status // 'contested'
 * s.claimsByPlace.get('kupiansk')    // Russia's claims about Kupiansk only
 */
import type { ClaimsData } from './load-claims.ts';
import type { Place } from './place.ts';
import type { Claim } from './schema.ts';
import { claimsAsOf, type PlaceStatus } from './derive-status.ts';
import type { Assessment } from './assessed-control.ts';
import { filterClaims, parseList, type ClaimFilters } from './filter-claims.ts';
import { isRealPartialDate } from './partial-date.ts';
import { assessmentAsOf, claimCounts, claimsByPlaceAsOf, sideCounts, statusesAsOf } from './as-of.ts';
import { kindLabel } from './describe.ts';

/** What the root element holds: its attributes (as strings) and what it loaded. */
export interface MapStateInput {
  data: ClaimsData | null;
  assessments: readonly Assessment[];
  /** As-of date attribute (YYYY-MM-DD); anything else means no date. */
  date: string;
  /** Comma lists, as the attributes carry them (empty: all). */
  sides: string;
  kinds: string;
  verification: string;
  /** Selected place id; or a selected claim id, whose first place is then selected. */
  place: string;
  claim: string;
}

export interface FilterOption {
  value: string;
  label: string;
}

export type FilterOptions = Record<keyof ClaimFilters, FilterOption[]>;

/** The derived state; each field is computed on first read and reused while its inputs stay the same. */
export interface MapState {
  /** The as-of day in force, or null (all claims). */
  readonly asOf: string | null;
  readonly places: readonly Place[];
  readonly filters: ClaimFilters;
  /** Claims dated on or before the as-of day, and the undated ones. */
  readonly claimsInForce: readonly Claim[];
  /** The assessment in force: the latest on or before the as-of day (the latest of all without one). */
  readonly assessment: Assessment | null;
  /** Each place's status from every claim in force (filters never change a status), set beside the assessment. */
  readonly statuses: Map<string, PlaceStatus>;
  /** What is shown and counted: the claims in force through the reader's filters. */
  readonly claimsShown: readonly Claim[];
  readonly claimsByPlace: Map<string, Claim[]>;
  readonly claimCounts: Map<string, number>;
  /** Claims per side at each place (for clusters' counts by side). */
  readonly sideCounts: Map<string, Record<string, number>>;
  /** The choices the filters offer: every side, and the kinds and verification statuses present. */
  readonly filterOptions: FilterOptions;
  readonly selectedPlace: Place | undefined;
}

const NO_CLAIMS: readonly Claim[] = [];
const NO_PLACES: readonly Place[] = [];

/** Remembers the last result of `fn` and returns it while every argument is the same (===). */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.value;
    const value = fn(...args);
    last = { args, value };
    return value;
  };
}

/** The as-of day a date attribute gives: a full real day, else none. */
export function asOfDay(date: string): string | null {
  return date && date.length === 10 && isRealPartialDate(date) ? date : null;
}

/** The assessment in force at `asOf`: its series' latest file on or before it (src/model/as-of.ts). */
export const assessmentInForce = assessmentAsOf;

/** Claims per side at each place: every side of the data starts at 0. */
export function countBySide(byPlace: Map<string, Claim[]>, data: Pick<ClaimsData, 'actors' | 'sides'>): Map<string, Record<string, number>> {
  const sideOf = new Map(data.actors.map((a) => [a.id, a.side]));
  const value = new Map<string, Record<string, number>>();
  for (const [placeId, claims] of byPlace) {
    const counts: Record<string, number> = Object.fromEntries(data.sides.map((s) => [s.id, 0]));
    for (const c of claims) {
      const side = sideOf.get(c.actor);
      if (side) counts[side] = (counts[side] ?? 0) + 1;
    }
    value.set(placeId, counts);
  }
  return value;
}

export function filterOptionsFor(data: ClaimsData | null): FilterOptions {
  if (!data) return { sides: [], kinds: [], verification: [] };
  const present = <T extends string>(values: T[]) => [...new Set(values)];
  return {
    sides: data.sides.map((s) => ({ value: s.id, label: s.label })),
    kinds: present(data.claims.map((c) => c.kind)).map((k) => ({ value: k, label: kindLabel(data, k) })),
    // The element words each status in the reader's language (src/components/i18n/words.ts).
    verification: present(data.claims.map((c) => c.verification.status)).map((v) => ({ value: v, label: v })),
  };
}

/**
 * Derives the map's state from its inputs, memoising each step on the identity of what it
 * reads: one instance per element.
 */
export class MapStateModel {
  private readonly filtersOf = memoLast((sides: string, kinds: string, verification: string): ClaimFilters => ({
    sides: parseList(sides),
    kinds: parseList(kinds),
    verification: parseList(verification),
  }));
  private readonly filterOptionsOf = memoLast(filterOptionsFor);
  private readonly selectedOf = memoLast((data: ClaimsData | null, place: string, claim: string): Place | undefined => {
    const id = place || (claim ? data?.claims.find((c) => c.id === claim)?.places[0] : undefined);
    return data?.places.find((p) => p.id === id);
  });

  derive(input: MapStateInput): MapState {
    const model = this;
    const { data } = input;
    const asOf = asOfDay(input.date);
    const places = data?.places ?? NO_PLACES;
    const filters = this.filtersOf(input.sides, input.kinds, input.verification);
    return {
      asOf,
      places,
      filters,
      // Through the claims' timeline (src/model/as-of.ts): a move of the date costs a binary
      // search and the places whose claims fall in between, not a pass over every claim.
      get claimsInForce() {
        return claimsAsOf(data?.claims ?? NO_CLAIMS, asOf);
      },
      get assessment() {
        return assessmentAsOf(input.assessments, asOf);
      },
      get statuses() {
        return statusesAsOf(data?.claims ?? NO_CLAIMS, places, this.assessment, asOf);
      },
      get claimsShown() {
        return data ? filterClaims(this.claimsInForce, data, filters) : NO_CLAIMS;
      },
      get claimsByPlace() {
        return data ? claimsByPlaceAsOf(data.claims, data, filters, asOf) : new Map<string, Claim[]>();
      },
      get claimCounts() {
        return claimCounts(this.claimsByPlace);
      },
      get sideCounts() {
        return data ? sideCounts(this.claimsByPlace, data) : new Map();
      },
      get filterOptions() {
        return model.filterOptionsOf(data);
      },
      get selectedPlace() {
        return model.selectedOf(data, input.place, input.claim);
      },
    };
  }
}
