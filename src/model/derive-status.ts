/**
 * Control status is derived, never stored. The three words mean one thing each
 * (README, "What the statuses mean"):
 * - contested: claims from different sides disagree about who holds the place;
 * - controlled: one side is said to hold it and no other side's claim says otherwise;
 * - claimed: a side asserts the territory or sets terms over it, and no claim says who holds it.
 */
import { DISCOUNTED_STATUSES, type Claim, type ControlAssertion, type TerritorialClaimAssertion } from './schema.ts';
import { earliestDay } from './partial-date.ts';
import { groupClaimsByPlace } from './group-claims.ts';
import type { AssessedPosition } from './assessed-control.ts';

export type StatusKind = 'contested' | 'controlled' | 'claimed' | 'none';

export interface PlaceStatus {
  placeId: string;
  status: StatusKind;
  /** Sides said to hold the place (controlled: one; contested: two or more). */
  holders: string[];
  /** For controlled: whether the claims speak of the whole place or only part of it. */
  extent?: 'whole' | 'part' | 'unknown';
  /** Sides asserting the place (claimed). */
  claimants: string[];
  /** The claims the status came from. */
  basis: Claim[];
  /** True when a claim in the basis has no date, so it counts at every as-of date. */
  includesUndated: boolean;
  /** What an outside assessment says of the place, where one is loaded and speaks for it. */
  assessed?: AssessedPosition;
  /** The claims say one side holds it and the assessment disagrees: that is why it is contested. */
  disagreesWithAssessment?: boolean;
  /** No claim says who holds it; the status is the assessment's. */
  byAssessment?: boolean;
  /**
   * Claims that assert something about the place but were retracted or rated false: on record and
   * shown, but not counted (the status sentence says so).
   */
  discounted?: Claim[];
}

/** A retracted claim, or one rated false, stays on record but no longer counts toward a status. */
export const isDiscounted = (claim: Claim) => DISCOUNTED_STATUSES.includes(claim.verification.status);

/** The day a claim speaks for: the event's date, else the statement's; null when the source gives neither. */
export function claimDay(claim: Claim): string | null {
  const d = claim.eventOn ?? claim.statedOn;
  return d ? earliestDay(d) : null;
}

/**
 * Claims in force at `asOf` (an ISO day): those dated on or before it, and the undated ones,
 * which cannot be placed in time and so are never dropped by a date filter.
 */
export function claimsAsOf(claims: readonly Claim[], asOf?: string | null): readonly Claim[] {
  if (!asOf) return claims;
  const key = asOfMemo.get(claims);
  if (key?.asOf === asOf) return key.value;
  const value = claims.filter((c) => {
    const day = claimDay(c);
    return day === null || day <= asOf;
  });
  asOfMemo.set(claims, { asOf, value });
  return value;
}

// Memoised so that the same claims at the same date give the same array: later memos key on it.
const asOfMemo = new WeakMap<readonly Claim[], { asOf: string; value: readonly Claim[] }>();

/**
 * @example
 * deriveStatus(claims, 'kupiansk').status // 'contested': Russia says it captured it, Ukraine says it regained part
 */
export function deriveStatus(claims: readonly Claim[], placeId: string, asOf?: string | null): PlaceStatus {
  const inForce = claimsAsOf(claims, asOf);
  const control: { claim: Claim; a: ControlAssertion }[] = [];
  const territorial: { claim: Claim; a: TerritorialClaimAssertion }[] = [];
  const discounted: Claim[] = [];
  for (const claim of inForce) {
    for (const a of claim.assertions ?? []) {
      if (a.place !== placeId) continue;
      if (isDiscounted(claim)) {
        if (!discounted.includes(claim)) discounted.push(claim);
        continue;
      }
      if (a.type === 'control') control.push({ claim, a });
      else territorial.push({ claim, a });
    }
  }
  const base = { placeId, holders: [] as string[], claimants: [] as string[], ...(discounted.length ? { discounted } : {}) };
  if (control.length > 0) {
    const holders = unique(control.map((c) => c.a.holder));
    const basis = unique(control.map((c) => c.claim));
    const extents = unique(control.map((c) => c.a.extent));
    return {
      ...base,
      status: holders.length > 1 ? 'contested' : 'controlled',
      holders,
      ...(holders.length === 1 ? { extent: extents.includes('whole') ? 'whole' : extents.length === 1 ? extents[0] : 'unknown' } : {}),
      basis,
      includesUndated: basis.some((c) => claimDay(c) === null),
    };
  }
  if (territorial.length > 0) {
    const basis = unique(territorial.map((t) => t.claim));
    return {
      ...base,
      status: 'claimed',
      claimants: unique(territorial.map((t) => t.a.by)),
      basis,
      includesUndated: basis.some((c) => claimDay(c) === null),
    };
  }
  return { ...base, status: 'none', basis: [], includesUndated: false };
}

/** Status of every place, memoised on the identity of its inputs (the UI asks for it on each render). */
export function deriveStatuses(claims: readonly Claim[], placeIds: readonly string[], asOf?: string | null): Map<string, PlaceStatus> {
  const key = `${asOf ?? ''}|${placeIds.join(',')}`;
  const cached = memo.get(claims);
  if (cached?.key === key) return cached.value;
  // One pass to group, then each place looks only at its own claims: O(claims), not O(places × claims).
  const byPlace = groupClaimsByPlace(claimsAsOf(claims, asOf));
  const value = new Map(placeIds.map((id) => [id, deriveStatus(byPlace.get(id) ?? [], id)]));
  memo.set(claims, { key, value });
  return value;
}

const memo = new WeakMap<readonly Claim[], { key: string; value: Map<string, PlaceStatus> }>();

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
