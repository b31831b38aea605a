/**
 * What the element shows of a packed folder's claims: the model counts and derives statuses on
 * skeletons (no text); what a reader reads goes through here, which puts the full claims in where
 * their chunk has arrived.
 */
import type { PackedClaims } from '../../model/pack/read-pack.ts';
import type { PlaceStatus } from '../../model/derive-status.ts';
import type { Claim } from '../../model/schema.ts';

/** A claims-by-place map whose lists hold the full claims where they have been fetched. */
class ResolvingMap extends Map<string, Claim[]> {
  private readonly resolved = new Map<string, Claim[]>();
  constructor(
    private readonly from: ReadonlyMap<string, Claim[]>,
    private readonly pack: PackedClaims,
  ) {
    super();
  }
  override get(id: string): Claim[] | undefined {
    const cached = this.resolved.get(id);
    if (cached) return cached;
    const list = this.from.get(id);
    if (!list) return undefined;
    if (!this.pack.hasPlaces([id])) return list;
    const value = list.map((c) => this.pack.resolve(c) ?? c);
    this.resolved.set(id, value);
    return value;
  }
  override has(id: string): boolean {
    return this.from.has(id);
  }
  override get size(): number {
    return this.from.size;
  }
  override forEach(fn: (value: Claim[], key: string, map: Map<string, Claim[]>) => void): void {
    for (const id of this.from.keys()) fn(this.get(id)!, id, this);
  }
  override *entries(): MapIterator<[string, Claim[]]> {
    for (const id of this.from.keys()) yield [id, this.get(id)!];
  }
  override keys(): MapIterator<string> {
    return this.from.keys();
  }
  override *values(): MapIterator<Claim[]> {
    for (const id of this.from.keys()) yield this.get(id)!;
  }
  override [Symbol.iterator](): MapIterator<[string, Claim[]]> {
    return this.entries();
  }
}

let last: { from: ReadonlyMap<string, Claim[]>; pack: PackedClaims; version: number; value: Map<string, Claim[]> } | null = null;

/** The same map while the inputs stay the same, so children re-render only when a chunk arrives. */
export function readableClaimsByPlace(from: Map<string, Claim[]>, pack: PackedClaims | null, version: number): Map<string, Claim[]> {
  if (!pack) return from;
  if (last?.from === from && last.pack === pack && last.version === version) return last.value;
  last = { from, pack, version, value: new ResolvingMap(from, pack) };
  return last.value;
}

/** A status whose basis claims are the full ones, where fetched (the status line quotes them). */
export function readableStatus(status: PlaceStatus | undefined, pack: PackedClaims | null): PlaceStatus | undefined {
  if (!status || !pack) return status;
  return { ...status, basis: status.basis.map((c) => pack.resolve(c) ?? c) };
}
