/**
 * Words for statuses and claims. Every sentence attributes: "Russia says…", never "Russia holds…".
 */
import type { PlaceStatus, StatusKind } from './derive-status.ts';
import type { AssessedPosition } from './assessed-control.ts';
import type { ClaimsData } from './load-claims.ts';
import type { Claim, ControlAssertion, VerificationStatus } from './schema.ts';
import { datePrecision, formatPartialDate } from './partial-date.ts';
import { isolateData } from './text-safety.ts';

export const STATUS_LABEL: Record<StatusKind, string> = {
  contested: 'Contested',
  controlled: 'Controlled',
  claimed: 'Claimed',
  none: 'No territorial claim',
};

/** The one documented meaning of each status (README "What the statuses mean", and the legend). */
export const STATUS_MEANING: Record<StatusKind, string> = {
  contested: 'Claims from different sides disagree about who holds the place.',
  controlled: 'One side is said to hold the place, and no claim from another side says otherwise.',
  claimed: 'A side asserts the territory or sets terms over it; no claim on record says who holds it.',
  none: 'Claims mention the place, but none says who holds or claims it.',
};

export const VERIFICATION_LABEL: Record<VerificationStatus, string> = {
  'not-assessed': 'Not assessed',
  unverified: 'Unverified',
  disputed: 'Disputed',
  corroborated: 'Corroborated',
  confirmed: 'Confirmed',
  false: 'Found false',
};

/** A side's label, isolated for bidirectional display where it needs it (it goes into sentences). */
export function sideLabel(data: Pick<ClaimsData, 'sides'>, code: string): string {
  return isolateData(data.sides.find((s) => s.id === code)?.label ?? code);
}

function listWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const ACTION_WORDS: Record<ControlAssertion['action'], string> = { holds: 'holds', captured: 'captured', regained: 'regained' };

/** "Russia says it captured Kupiansk": the claim's own summary, or one built from its assertion. */
export function attributedSummary(claim: Claim, data: ClaimsData, placeName: (id: string) => string): string {
  if (claim.summary) return isolateData(claim.summary);
  const actor = data.actors.find((a) => a.id === claim.actor);
  const who = isolateData(actor?.name ?? claim.actor);
  const a = claim.assertions?.[0];
  const place = (id: string) => isolateData(placeName(id));
  if (!a) return `${who}: ${claim.textType === 'quote' ? `“${isolateData(claim.text)}”` : isolateData(claim.text)}`;
  if (a.type === 'territorial-claim') return `${who} asserts ${sideLabel(data, a.by)}’s claim to ${place(a.place)}`;
  const part = a.extent === 'part' ? 'part of ' : '';
  return `${who} says ${sideLabel(data, a.holder)} ${ACTION_WORDS[a.action]} ${part}${place(a.place)}`;
}

/** "DeepStateMap (1 December 2025) marks it as held by Russia" */
export function assessmentPhrase(a: AssessedPosition, data: Pick<ClaimsData, 'sides'>): string {
  const when = a.date ? ` (${formatPartialDate(a.date)})` : '';
  return `${isolateData(a.source)}${when} ${a.inside ? 'marks it as held' : 'does not mark it as held'} by ${sideLabel(data, a.holder)}`;
}

/** The status in one sentence a reader understands, citing the claims (and assessment) it came from. */
export function statusSentence(status: PlaceStatus, data: ClaimsData, placeName: (id: string) => string): string {
  const name = isolateData(placeName(status.placeId));
  const assessed = status.assessed ? assessmentPhrase(status.assessed, data) : null;
  const summaries = [...status.basis.map((c) => attributedSummary(c, data, placeName)), ...(assessed ? [assessed] : [])];
  const sides = (codes: string[]) => listWords(codes.map((c) => sideLabel(data, c)));
  if (status.status === 'none') {
    return `${STATUS_LABEL.none}: no claim on record says who holds or claims ${name}${assessed ? `; ${assessed}` : ''}.`;
  }
  const lead =
    status.status === 'controlled'
      ? `Controlled by ${sides(status.holders)}${status.extent === 'part' ? ' (in part)' : ''}, according to ${status.byAssessment ? 'an assessment' : 'claims'}`
      : status.status === 'claimed'
        ? `Claimed by ${sides(status.claimants)}`
        : STATUS_LABEL.contested;
  return `${lead}: ${summaries.join('; ')}.`;
}

/** A date with its precision in words; unknown stays unknown. */
export function describeDate(date: string | null | undefined): string {
  if (!date) return 'Date not given';
  const p = datePrecision(date);
  return p === 'day' ? formatPartialDate(date) : `${formatPartialDate(date)} (${p} only)`;
}
