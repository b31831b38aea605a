/**
 * The model's vocabulary (src/model/describe.ts `Words`) from the message catalogues, in one
 * language. The sentences are whole messages, not glued words, so a translation can reorder them.
 */
import { msg, str } from '@lit/localize';
import type { Words } from '../../model/describe.ts';
import type { StatusKind } from '../../model/derive-status.ts';
import type { VerificationStatus } from '../../model/schema.ts';
import type { Collection, CollectionCount } from '../../model/load-claims.ts';
import { INTL_LOCALE, toLang, type Lang } from '../../model/lang.ts';
import { inLang } from './localize.ts';

export function statusLabels(): Record<StatusKind, string> {
  return {
    contested: msg('Contested'),
    controlled: msg('Controlled'),
    claimed: msg('Claimed'),
    none: msg('No territorial claim'),
  };
}

export function statusMeanings(): Record<StatusKind, string> {
  return {
    contested: msg('Claims from different sides disagree about who holds the place.'),
    controlled: msg('One side is said to hold the place, and no claim from another side says otherwise.'),
    claimed: msg('A side asserts the territory or sets terms over it; no claim on record says who holds it.'),
    none: msg('Claims mention the place, but none says who holds or claims it.'),
  };
}

export function verificationLabels(): Record<VerificationStatus, string> {
  return {
    'not-assessed': msg('Not assessed'),
    unverified: msg('Unverified'),
    disputed: msg('Disputed'),
    corroborated: msg('Corroborated'),
    confirmed: msg('Confirmed'),
    false: msg('Found false'),
    retracted: msg('Retracted'),
  };
}

/** "1 claim", "5 claims": English has two forms; uk and ru translate both as "заяв: 5". */
export function claimCount(n: number): string {
  return new Intl.PluralRules('en').select(n) === 'one' ? msg(str`${n} claim`) : msg(str`${n} claims`);
}

/** A claim kind in words: the file's own label for a kind it declares; a kind the catalogue does not know is shown as written. */
export function kindLabel(kind: string, declared?: readonly { id: string; label: string }[]): string {
  const own = declared?.find((k) => k.id === kind)?.label;
  if (own) return own;
  const known: Record<string, string> = {
    'territorial-control': msg('territorial control'),
    'territorial-claim': msg('territorial claim'),
    position: msg('position'),
    negotiation: msg('negotiation'),
    'security-guarantee': msg('security guarantee'),
    'battlefield-report': msg('battlefield report'),
    promise: msg('promise'),
  };
  return Object.hasOwn(known, kind) ? known[kind] : kind.replace(/-/g, ' ');
}

/**
 * "8 of 10 claims shown; 2 left out (see problems)." in the reader's language (the model's
 * leftOutSummary, worded by the catalogues); '' when nothing was left out.
 */
export function leftOutText(counts: Record<Collection, CollectionCount>): string {
  // Each noun follows a number ("8 of 10 claims"): its own message, so a translation can give
  // the case that follows a number there (genitive in Ukrainian and Russian).
  const noun = (c: Collection, one: boolean): string => {
    switch (c) {
      case 'claims':
        return one ? msg('claim', { id: 'count-noun-claim' }) : msg('claims', { id: 'count-noun-claims' });
      case 'places':
        return one ? msg('place', { id: 'count-noun-place' }) : msg('places', { id: 'count-noun-places' });
      case 'actors':
        return one ? msg('actor', { id: 'count-noun-actor' }) : msg('actors', { id: 'count-noun-actors' });
      case 'sources':
        return one ? msg('source', { id: 'count-noun-source' }) : msg('sources', { id: 'count-noun-sources' });
      case 'sides':
        return one ? msg('side', { id: 'count-noun-side' }) : msg('sides', { id: 'count-noun-sides' });
      case 'assessments':
        return one ? msg('assessment', { id: 'count-noun-assessment' }) : msg('assessments', { id: 'count-noun-assessments' });
    }
  };
  const order: Collection[] = ['claims', 'places', 'actors', 'sources', 'sides', 'assessments'];
  const parts = order
    .filter((c) => counts[c].loaded < counts[c].total)
    .map((c) => {
      const { loaded, total } = counts[c];
      const what = noun(c, total === 1);
      const left = total - loaded;
      return msg(str`${loaded} of ${total} ${what} shown; ${left} left out`);
    });
  const summary = parts.join('. ');
  return parts.length ? msg(str`${summary} (see problems).`) : '';
}

/** "Show 50 more claims (120 not shown)" */
export function showMore(next: number, hidden: number): string {
  return msg(str`Show ${next} more claims (${hidden} not shown)`);
}

/** The model's words in `lang`, whenever they are called. */
export function modelWords(language: Lang | string): Words {
  const lang = toLang(language);
  const t = <T>(fn: () => T) => inLang(lang, fn);
  return t(() => ({
    lang,
    status: statusLabels(),
    meaning: statusMeanings(),
    verification: verificationLabels(),
    dateNotGiven: msg('Date not given'),
    saysControl: (who, side, action, part, place) =>
      t(() => {
        if (action === 'captured') return part ? msg(str`${who} says ${side} captured part of ${place}`) : msg(str`${who} says ${side} captured ${place}`);
        if (action === 'regained') return part ? msg(str`${who} says ${side} regained part of ${place}`) : msg(str`${who} says ${side} regained ${place}`);
        return part ? msg(str`${who} says ${side} holds part of ${place}`) : msg(str`${who} says ${side} holds ${place}`);
      }),
    saysTerritorialClaim: (who, side, place) => t(() => msg(str`${who} asserts ${side}’s claim to ${place}`)),
    quoted: (who, text) => t(() => msg(str`${who}: “${text}”`)),
    paraphrased: (who, text) => t(() => msg(str`${who}: ${text}`)),
    assessment: (source, date, inside, holder) =>
      t(() => {
        if (date) return inside ? msg(str`${source} (${date}) marks it as held by ${holder}`) : msg(str`${source} (${date}) does not mark it as held by ${holder}`);
        return inside ? msg(str`${source} marks it as held by ${holder}`) : msg(str`${source} does not mark it as held by ${holder}`);
      }),
    noStatus: (place, assessment) =>
      t(() =>
        assessment
          ? msg(str`No territorial claim: no claim on record says who holds or claims ${place}; ${assessment}.`)
          : msg(str`No territorial claim: no claim on record says who holds or claims ${place}.`),
      ),
    controlledBy: (sides, part, byAssessment) =>
      t(() => {
        if (byAssessment) return part ? msg(str`Controlled by ${sides} (in part), according to an assessment`) : msg(str`Controlled by ${sides}, according to an assessment`);
        return part ? msg(str`Controlled by ${sides} (in part), according to claims`) : msg(str`Controlled by ${sides}, according to claims`);
      }),
    claimedBy: (sides) => t(() => msg(str`Claimed by ${sides}`)),
    dateOnly: (date, precision) => t(() => (precision === 'month' ? msg(str`${date} (month only)`) : msg(str`${date} (year only)`))),
    claimCount: (n) => t(() => claimCount(n)),
  }));
}

/** The `Intl` locale of a language, for dates and numbers formatted in components. */
export function intlLocale(language: Lang | string): string {
  return INTL_LOCALE[toLang(language)];
}

/** The words on the map: markers' labels, the canvas's name, and MapLibre's own controls. */
export function mapWords(language: Lang | string) {
  const lang = toLang(language);
  return inLang(lang, () => ({
    status: statusLabels(),
    claimCount: (n: number) => inLang(lang, () => claimCount(n)),
    canvasLabel: msg('Map of the places named in the claims. Use the place list to read claims by keyboard.'),
    /** MapLibre's UI strings (its `locale` option), by MapLibre's own keys. */
    maplibre: {
      'Map.Title': msg('Map'),
      'NavigationControl.ZoomIn': msg('Zoom in'),
      'NavigationControl.ZoomOut': msg('Zoom out'),
      'NavigationControl.ResetBearing': msg('Drag to rotate map, click to reset north'),
      'AttributionControl.ToggleAttribution': msg('Show or hide the map’s sources'),
      'AttributionControl.MapFeedback': msg('Map feedback'),
      'ScaleControl.Kilometers': msg('km', { desc: 'kilometres, on the map’s scale bar' }),
      'ScaleControl.Meters': msg('m', { desc: 'metres, on the map’s scale bar' }),
      'CooperativeGesturesHandler.WindowsHelpText': msg('Use Ctrl + scroll to zoom the map'),
      'CooperativeGesturesHandler.MacHelpText': msg('Use ⌘ + scroll to zoom the map'),
      'CooperativeGesturesHandler.MobileHelpText': msg('Use two fingers to move the map'),
    },
    /** The credits of the map itself; each data source names itself in the basemap's style. */
    attribution: [msg('Claims: see each claim’s source'), msg('Basemap built offline')],
    naturalEarthCredit: msg('Natural Earth (public domain)'),
  }));
}
