import type { Claim } from './schema.ts';

export interface ClaimGroups {
  /** Claims that contradict each other, two by two, in the order they appear. */
  pairs: [Claim, Claim][];
  /** The rest. */
  others: Claim[];
}

/**
 * Groups a place's claims so that contradicting ones can stand side by side.
 * A claim contradicting several others is paired with the first and listed with the rest.
 */
export function pairContradictions(claims: readonly Claim[]): ClaimGroups {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const paired = new Set<string>();
  const pairs: [Claim, Claim][] = [];
  for (const c of claims) {
    if (paired.has(c.id)) continue;
    const other = (c.contradicts ?? []).map((id) => byId.get(id)).find((o) => o && !paired.has(o.id));
    if (!other) continue;
    pairs.push([c, other]);
    paired.add(c.id).add(other.id);
  }
  return { pairs, others: claims.filter((c) => !paired.has(c.id)) };
}
