import type { Claim } from './schema.ts';

const memo = new WeakMap<readonly Claim[], Map<string, Claim[]>>();

/**
 * The claims about each place, in file order. Memoised on the array's identity: the UI asks on
 * every render, and with 100,000 claims a regrouping per render would show.
 */
export function groupClaimsByPlace(claims: readonly Claim[]): Map<string, Claim[]> {
  const cached = memo.get(claims);
  if (cached) return cached;
  const out = new Map<string, Claim[]>();
  for (const c of claims) {
    for (const p of c.places) {
      const list = out.get(p);
      if (list) list.push(c);
      else out.set(p, [c]);
    }
  }
  memo.set(claims, out);
  return out;
}
