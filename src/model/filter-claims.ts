/**
 * Which claims a reader chose to see: by side, kind and verification. Filters choose what is
 * shown and counted; statuses always weigh every claim in force, so hiding one side's claims
 * never makes a place look controlled by the other.
 */
import type { Claim } from './schema.ts';
import type { ClaimsData } from './load-claims.ts';

export interface ClaimFilters {
  /** Side codes to show; empty shows all. */
  sides: string[];
  kinds: string[];
  verification: string[];
}

export const NO_FILTERS: ClaimFilters = { sides: [], kinds: [], verification: [] };

export const isFiltering = (f: ClaimFilters) => f.sides.length + f.kinds.length + f.verification.length > 0;

const memo = new WeakMap<readonly Claim[], { key: string; value: readonly Claim[] }>();

export function filterClaims(claims: readonly Claim[], data: Pick<ClaimsData, 'actors'>, filters: ClaimFilters): readonly Claim[] {
  if (!isFiltering(filters)) return claims;
  const key = JSON.stringify(filters);
  const cached = memo.get(claims);
  if (cached?.key === key) return cached.value;
  const sideOf = new Map(data.actors.map((a) => [a.id, a.side]));
  const value = claims.filter(
    (c) =>
      (!filters.sides.length || filters.sides.includes(sideOf.get(c.actor) ?? '')) &&
      (!filters.kinds.length || filters.kinds.includes(c.kind)) &&
      (!filters.verification.length || filters.verification.includes(c.verification.status)),
  );
  memo.set(claims, { key, value });
  return value;
}

/** A comma list (as attributes and links carry it) → the list, without empty items. */
export const parseList = (value: string | null | undefined): string[] => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);
