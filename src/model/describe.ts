/**
 * Words for statuses and claims. Every sentence attributes: "Russia says…", never "Russia holds…".
 *
 * The model stays free of the UI's localisation library: the words come in as a `Words` object,
 * which the components build from the message catalogues (src/components/i18n/words.ts) in the
 * reader's language. This module only composes them.
 */
import type { PlaceStatus, StatusKind } from './derive-status.ts';
import type { AssessedPosition } from './assessed-control.ts';
import type { ClaimsData } from './load-claims.ts';
import type { Actor, Claim, ControlAssertion, VerificationStatus } from './schema.ts';
import { INTL_LOCALE, type Lang } from './lang.ts';
import { datePrecision, formatPartialDate } from './partial-date.ts';
import { isolateData } from './text-safety.ts';

/** The vocabulary the model's sentences are built from, in one language. */
export interface Words {
  lang: Lang;
  /** One or two words per status: "Contested". */
  status: Record<StatusKind, string>;
  /** The one documented meaning of each status (README "What the statuses mean", and the legend). */
  meaning: Record<StatusKind, string>;
  verification: Record<VerificationStatus, string>;
  /** "Russia says Russia captured part of Kupiansk", for each action, whole or in part. */
  saysControl(who: string, side: string, action: ControlAssertion['action'], part: boolean, place: string): string;
  /** "Russia asserts Russia’s claim to Donbas" */
  saysTerritorialClaim(who: string, side: string, place: string): string;
  /** "Sergey Ryabkov: “No, no, and again no.”" */
  quoted(who: string, text: string): string;
  /** "Sergey Ryabkov: Russia is open to solutions" */
  paraphrased(who: string, text: string): string;
  /** "DeepStateMap (1 December 2025) marks it as held by Russia"; `date` already formatted, or null. */
  assessment(source: string, date: string | null, inside: boolean, holder: string): string;
  /** The whole sentence for a place with no territorial status. */
  noStatus(place: string, assessment: string | null): string;
  /** "Controlled by Russia (in part), according to claims" */
  controlledBy(sides: string, part: boolean, byAssessment: boolean): string;
  /** "Claimed by Russia" */
  claimedBy(sides: string): string;
  dateNotGiven: string;
  /** "November 2024 (month only)", "2024 (year only)" */
  dateOnly(date: string, precision: 'month' | 'year'): string;
  /** "1 claim", "3 claims" */
  claimCount(n: number): string;
}

/** An actor as text: "IAEA, an observer" for an actor who belongs to no side. */
export function actorName(actor: Actor | undefined, fallback: string): string {
  if (!actor) return fallback;
  return actor.side === null ? `${isolateData(actor.name)}, an observer` : isolateData(actor.name);
}

/** A claim kind in words: the file's own label for its kinds, else the built-in kind spelt out. */
export function kindLabel(data: Pick<ClaimsData, 'kinds'>, kind: string): string {
  const own = data.kinds?.find((k) => k.id === kind)?.label;
  if (own) return own;
  return kind.replace(/-/g, ' ');
}

/** A side's label, isolated for bidirectional display where it needs it (it goes into sentences). */
export function sideLabel(data: Pick<ClaimsData, 'sides'>, code: string): string {
  return isolateData(data.sides.find((s) => s.id === code)?.label ?? code);
}

/** "A, B and C" in the reader's language. */
export function listWords(items: string[], words: Pick<Words, 'lang'>): string {
  return new Intl.ListFormat(INTL_LOCALE[words.lang], { type: 'conjunction' }).format(items);
}

/** "Russia says it captured Kupiansk": the claim's own summary, or one built from its assertion. */
export function attributedSummary(claim: Claim, data: ClaimsData, placeName: (id: string) => string, words: Words): string {
  // Data text is isolated where it could reorder the sentence around it (text-safety.ts).
  if (claim.summary) return isolateData(claim.summary);
  const actor = data.actors.find((a) => a.id === claim.actor);
  const who = actor?.side === null ? `${isolateData(actor.name)}, an observer,` : isolateData(actor?.name ?? claim.actor);
  const a = claim.assertions?.[0];
  const place = (id: string) => isolateData(placeName(id));
  if (!a) return claim.textType === 'quote' ? words.quoted(who, isolateData(claim.text)) : words.paraphrased(who, isolateData(claim.text));
  if (a.type === 'territorial-claim') return words.saysTerritorialClaim(who, sideLabel(data, a.by), place(a.place));
  return words.saysControl(who, sideLabel(data, a.holder), a.action, a.extent === 'part', place(a.place));
}

/** "DeepStateMap (1 December 2025) marks it as held by Russia" */
export function assessmentPhrase(a: AssessedPosition, data: Pick<ClaimsData, 'sides'>, words: Words): string {
  return words.assessment(isolateData(a.source), a.date ? formatPartialDate(a.date, INTL_LOCALE[words.lang]) : null, a.inside, sideLabel(data, a.holder));
}

/**
 * "The Russian Ministry of Defence’s claim of 13 November 2023 was retracted, and does not count."
 * One sentence per claim that no longer counts toward the status.
 */
export function discountedSentence(claim: Claim, data: ClaimsData, words: Pick<Words, 'lang'>): string {
  const actor = data.actors.find((a) => a.id === claim.actor);
  const who = actor?.name ?? claim.actor;
  const when = claim.statedOn ? ` of ${formatPartialDate(claim.statedOn, INTL_LOCALE[words.lang])}` : ' (undated)';
  const by = claim.verification.by ? ` by ${claim.verification.by}` : '';
  // A retraction is the claimant's own act: no "by" to add.
  const what = claim.verification.status === 'retracted' ? 'was retracted' : `was rated false${by}`;
  return `${who}’s claim${when} ${what}, and does not count toward the status.`;
}

/** The status in one sentence a reader understands, citing the claims (and assessment) it came from. */
export function statusSentence(status: PlaceStatus, data: ClaimsData, placeName: (id: string) => string, words: Words): string {
  const main = statusLead(status, data, placeName, words);
  const discounted = (status.discounted ?? []).map((c) => discountedSentence(c, data, words));
  return [main, ...discounted].join(' ');
}

function statusLead(status: PlaceStatus, data: ClaimsData, placeName: (id: string) => string, words: Words): string {
  const name = isolateData(placeName(status.placeId));
  const assessed = status.assessed ? assessmentPhrase(status.assessed, data, words) : null;
  const summaries = [...status.basis.map((c) => attributedSummary(c, data, placeName, words)), ...(assessed ? [assessed] : [])];
  const sides = (codes: string[]) => listWords(codes.map((c) => sideLabel(data, c)), words);
  if (status.status === 'none') return words.noStatus(name, assessed);
  const lead =
    status.status === 'controlled'
      ? words.controlledBy(sides(status.holders), status.extent === 'part', Boolean(status.byAssessment))
      : status.status === 'claimed'
        ? words.claimedBy(sides(status.claimants))
        : words.status.contested;
  return `${lead}: ${summaries.join('; ')}.`;
}

/** A date with its precision in words, in the reader's language; unknown stays unknown. */
export function describeDate(date: string | null | undefined, words: Words): string {
  if (!date) return words.dateNotGiven;
  const p = datePrecision(date);
  const formatted = formatPartialDate(date, INTL_LOCALE[words.lang]);
  return p === 'day' ? formatted : words.dateOnly(formatted, p);
}
