/**
 * Claims through time. The claims are sorted by day once; from then on, moving the as-of date
 * costs a binary search and touches only the places whose claims fall between the old and the
 * new date. Statuses are the ones `deriveStatus` gives (same meanings, same rules): a claim counts
 * from its day on, and an undated claim counts at every date, since it cannot be placed in time.
 */
import type { Claim } from './schema.ts';
import { claimDay, isDiscounted, type PlaceStatus, type StatusKind } from './derive-status.ts';

/** Who a place's claims say holds or claims it: everything a status is, but its basis. */
interface Signature {
  status: StatusKind;
  holders: string[];
  claimants: string[];
  extent?: 'whole' | 'part' | 'unknown';
}

/** One day in a place's history: the claims dated that day and the status they leave. */
export interface ClaimStep {
  day: string;
  /** The claims about the place dated this day. */
  claims: Claim[];
  status: StatusKind;
  holders: string[];
  claimants: string[];
  extent?: 'whole' | 'part' | 'unknown';
  /** The derived status changed on this day. */
  changed: boolean;
}

interface PlaceTrack {
  /** Claims about the place with a day, in day order (file order within a day), and their days. */
  dated: Claim[];
  days: string[];
  undated: Claim[];
  /** Claims that say who holds the place (control assertions), by day; and the undated ones. */
  control: Claim[];
  controlDays: string[];
  controlUndated: Claim[];
  /** Claims that assert the territory (territorial-claim assertions), the same way. */
  territorial: Claim[];
  territorialDays: string[];
  territorialUndated: Claim[];
  /** Retracted claims, or ones rated false, that assert something of the place: shown, never counted. */
  discounted: Claim[];
  discountedDays: string[];
  discountedUndated: Claim[];
  /** The status left by the undated claims alone, then each day a claim changed it. */
  base: Signature;
  changes: { day: string; sig: Signature }[];
  changeDays: string[];
}

/** Index of the first element greater than `key` (days are ISO strings: they sort as text). */
export function upperBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const sameSig = (a: Signature, b: Signature) =>
  a.status === b.status && a.extent === b.extent && a.holders.join() === b.holders.join() && a.claimants.join() === b.claimants.join();

const NONE: Signature = { status: 'none', holders: [], claimants: [] };

/** Builds the status signature as claims come in, the way deriveStatus reads them all at once. */
class SignatureBuilder {
  holders: string[] = [];
  extents: string[] = [];
  claimants: string[] = [];
  constructor(private readonly placeId: string) {}
  add(claim: Claim): void {
    for (const a of claim.assertions ?? []) {
      if (a.place !== this.placeId) continue;
      if (a.type === 'control') {
        if (!this.holders.includes(a.holder)) this.holders.push(a.holder);
        if (!this.extents.includes(a.extent)) this.extents.push(a.extent);
      } else if (!this.claimants.includes(a.by)) this.claimants.push(a.by);
    }
  }
  get sig(): Signature {
    if (this.holders.length) {
      const holders = [...this.holders];
      if (holders.length > 1) return { status: 'contested', holders, claimants: [] };
      const e = this.extents;
      return { status: 'controlled', holders, claimants: [], extent: e.includes('whole') ? 'whole' : e.length === 1 ? (e[0] as 'part' | 'unknown') : 'unknown' };
    }
    if (this.claimants.length) return { status: 'claimed', holders: [], claimants: [...this.claimants] };
    return NONE;
  }
}

const timelines = new WeakMap<readonly Claim[], ClaimsTimeline>();

export class ClaimsTimeline {
  /** Dated claims in day order, and each one's day. */
  readonly dated: Claim[];
  readonly days: string[];
  readonly undated: Claim[];
  /** Every day a claim is dated, once each, in order. */
  readonly claimDays: string[];
  /** Every day some place's derived status changed, once each, in order. */
  readonly changeDays: string[];
  private readonly tracks = new Map<string, PlaceTrack>();
  private readonly claims: readonly Claim[];

  /** The timeline of a claims array, built once per array. */
  static of(claims: readonly Claim[]): ClaimsTimeline {
    let t = timelines.get(claims);
    if (!t) timelines.set(claims, (t = new ClaimsTimeline(claims)));
    return t;
  }

  constructor(claims: readonly Claim[]) {
    this.claims = claims;
    const withDay = claims.map((c, i) => ({ c, i, day: claimDay(c) }));
    const dated = withDay.filter((x): x is { c: Claim; i: number; day: string } => x.day !== null);
    dated.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.i - b.i));
    this.dated = dated.map((x) => x.c);
    this.days = dated.map((x) => x.day);
    this.undated = withDay.filter((x) => x.day === null).map((x) => x.c);
    this.claimDays = [...new Set(this.days)];
    // Each place's own claims, in the same order.
    const track = (id: string) => {
      let t = this.tracks.get(id);
      if (!t) {
        t = { dated: [], days: [], undated: [], control: [], controlDays: [], controlUndated: [], territorial: [], territorialDays: [], territorialUndated: [], discounted: [], discountedDays: [], discountedUndated: [], base: NONE, changes: [], changeDays: [] };
        this.tracks.set(id, t);
      }
      return t;
    };
    const file = (c: Claim, day: string | null) => {
      for (const id of c.places) {
        const t = track(id);
        if (day === null) t.undated.push(c);
        else {
          t.dated.push(c);
          t.days.push(day);
        }
      }
      for (const a of c.assertions ?? []) {
        const t = track(a.place);
        // As in deriveStatus: a retracted or false claim stays on record but counts toward nothing.
        const [list, days, undated] = isDiscounted(c)
          ? [t.discounted, t.discountedDays, t.discountedUndated]
          : a.type === 'control'
            ? [t.control, t.controlDays, t.controlUndated]
            : [t.territorial, t.territorialDays, t.territorialUndated];
        // A claim with two assertions on one place is one claim of the basis.
        if (day === null) {
          if (undated.at(-1) !== c) undated.push(c);
        } else if (list.at(-1) !== c) {
          list.push(c);
          days.push(day);
        }
      }
    };
    for (const c of this.undated) file(c, null);
    for (let i = 0; i < this.dated.length; i++) file(this.dated[i], this.days[i]);
    const changeDays = new Set<string>();
    for (const [id, t] of this.tracks) {
      const b = new SignatureBuilder(id);
      for (const c of t.controlUndated) b.add(c);
      for (const c of t.territorialUndated) b.add(c);
      t.base = b.sig;
      let last = t.base;
      // Assertion-bearing claims in day order: merge the two lists.
      const events = [...t.control.map((c, i) => ({ c, day: t.controlDays[i] })), ...t.territorial.map((c, i) => ({ c, day: t.territorialDays[i] }))].sort((x, y) =>
        x.day < y.day ? -1 : x.day > y.day ? 1 : 0,
      );
      for (let i = 0; i < events.length; i++) {
        b.add(events[i].c);
        if (events[i + 1]?.day === events[i].day) continue;
        const sig = b.sig;
        if (!sameSig(sig, last)) {
          t.changes.push({ day: events[i].day, sig });
          t.changeDays.push(events[i].day);
          changeDays.add(events[i].day);
          last = sig;
        }
      }
    }
    this.changeDays = [...changeDays].sort();
  }

  /** How many dated claims are in force at `asOf` (all of them without a date). */
  position(asOf: string | null): number {
    return asOf ? upperBound(this.days, asOf) : this.dated.length;
  }

  /** First and last day any claim is dated (null when none is). */
  get span(): [string, string] | null {
    return this.days.length ? [this.days[0], this.days[this.days.length - 1]] : null;
  }

  private claimsMemo: { at: number; value: readonly Claim[] } | null = null;

  /** The claims in force at `asOf`: undated ones first, then the dated ones in day order. */
  claimsAsOf(asOf: string | null): readonly Claim[] {
    const at = this.position(asOf);
    if (at === this.dated.length && !this.undated.length) return this.dated;
    if (this.claimsMemo?.at !== at) this.claimsMemo = { at, value: [...this.undated, ...this.dated.slice(0, at)] };
    return this.claimsMemo.value;
  }

  /** A place's status at `asOf`: the same as `deriveStatus` on the claims in force then. */
  statusAt(placeId: string, asOf: string | null): PlaceStatus {
    const t = this.tracks.get(placeId);
    if (!t) return { placeId, status: 'none', holders: [], claimants: [], basis: [], includesUndated: false };
    const i = asOf ? upperBound(t.changeDays, asOf) : t.changes.length;
    const sig = i === 0 ? t.base : t.changes[i - 1].sig;
    const [list, days, undated] =
      sig.status === 'contested' || sig.status === 'controlled'
        ? [t.control, t.controlDays, t.controlUndated]
        : sig.status === 'claimed'
          ? [t.territorial, t.territorialDays, t.territorialUndated]
          : [[], [], []];
    const basis = [...undated, ...list.slice(0, asOf ? upperBound(days, asOf) : list.length)];
    const discounted = [...t.discountedUndated, ...t.discounted.slice(0, asOf ? upperBound(t.discountedDays, asOf) : t.discounted.length)];
    return {
      placeId,
      ...(discounted.length ? { discounted } : {}),
      status: sig.status,
      holders: sig.holders,
      ...(sig.extent ? { extent: sig.extent } : {}),
      claimants: sig.claimants,
      basis,
      includesUndated: undated.length > 0,
    };
  }

  private statusMemo: { at: number; ids: readonly string[]; value: Map<string, PlaceStatus> } | null = null;

  /**
   * Every place's status at `asOf`. The same Map while no claim falls between two dates; after a
   * move, only the places with claims in between are derived again.
   */
  statusesAsOf(placeIds: readonly string[], asOf: string | null): Map<string, PlaceStatus> {
    const at = this.position(asOf);
    const prev = this.statusMemo;
    if (prev && prev.ids === placeIds && prev.at === at) return prev.value;
    let value: Map<string, PlaceStatus>;
    const known = new Set(placeIds);
    if (prev && prev.ids === placeIds && Math.abs(prev.at - at) < placeIds.length) {
      value = new Map(prev.value);
      const touched = new Set<string>();
      for (let i = Math.min(prev.at, at); i < Math.max(prev.at, at); i++) {
        for (const id of this.dated[i].places) touched.add(id);
        for (const a of this.dated[i].assertions ?? []) touched.add(a.place);
      }
      for (const id of touched) if (known.has(id)) value.set(id, this.statusAt(id, asOf));
    } else {
      value = new Map(placeIds.map((id) => [id, this.statusAt(id, asOf)]));
    }
    this.statusMemo = { at, ids: placeIds, value };
    return value;
  }

  private byPlaceMemo: { at: number; value: Map<string, Claim[]> } | null = null;

  /** The claims in force at `asOf` about each place (places with none left out). */
  claimsByPlaceAsOf(asOf: string | null): Map<string, Claim[]> {
    const at = this.position(asOf);
    const prev = this.byPlaceMemo;
    if (prev?.at === at) return prev.value;
    const value = new Map<string, Claim[]>();
    for (const [id, t] of this.tracks) {
      const n = asOf ? upperBound(t.days, asOf) : t.dated.length;
      if (n + t.undated.length === 0) continue;
      // Unchanged places keep their array, so what keys on it stays valid.
      const old = prev?.value.get(id);
      value.set(id, old && old.length === n + t.undated.length ? old : [...t.undated, ...t.dated.slice(0, n)]);
    }
    this.byPlaceMemo = { at, value };
    return value;
  }

  /**
   * A place's history from its claims: the undated claims apart, then each day it has claims,
   * with the status they leave and whether it changed.
   */
  placeHistory(placeId: string): { undated: Claim[]; base: Signature; steps: ClaimStep[] } {
    const t = this.tracks.get(placeId);
    if (!t) return { undated: [], base: NONE, steps: [] };
    const steps: ClaimStep[] = [];
    let sig = t.base;
    let change = 0;
    for (let i = 0; i < t.dated.length; ) {
      const day = t.days[i];
      let j = i;
      while (j < t.dated.length && t.days[j] === day) j++;
      const changed = t.changes[change]?.day === day;
      if (changed) sig = t.changes[change++].sig;
      steps.push({ day, claims: t.dated.slice(i, j), ...sig, changed });
      i = j;
    }
    return { undated: t.undated, base: t.base, steps };
  }

  /** The claims this timeline was built from, in file order. */
  get all(): readonly Claim[] {
    return this.claims;
  }
}

/**
 * The days the play button visits: each day a status changed or an assessment begins. A file
 * whose claims never change a status (events only) steps through its claim days instead, at
 * most `max` of them (the last claim day of each month, then of each year, when there are more).
 */
export function playSteps(timeline: ClaimsTimeline, assessmentDays: readonly string[] = [], max = 60): string[] {
  const changes = [...new Set([...timeline.changeDays, ...assessmentDays])].sort();
  if (changes.length) return changes;
  let days = timeline.claimDays;
  for (const cut of [7, 4]) {
    if (days.length <= max) break;
    const last = new Map<string, string>();
    for (const d of days) last.set(d.slice(0, cut), d);
    days = [...last.values()];
  }
  return [...days];
}
