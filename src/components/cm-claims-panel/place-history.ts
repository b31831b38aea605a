/**
 * The history section of a place's panel: its claims in date order (undated ones apart) and each
 * change of its derived status, with the assessment's date where an assessment took part.
 * Selecting a day sets the as-of date.
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { ClaimsData } from '../../model/load-claims.ts';
import type { PlaceStatus } from '../../model/derive-status.ts';
import type { PlaceHistory } from '../../model/assessment-series.ts';
import { attributedSummary, sideLabel, type Words } from '../../model/describe.ts';
import { INTL_LOCALE, type Lang } from '../../model/lang.ts';
import { formatPartialDate } from '../../model/partial-date.ts';
import { TimelineDateEvent } from '../cm-timeline/cm-timeline.ts';


/** Past this many days, the history first lists only the days the status changed. */
const LONG = 40;

export const placeHistoryStyles = css`
  .history ol {
    list-style: none;
    margin: 0;
    padding: 0;
    border-left: 2px solid var(--_border);
  }
  .history li {
    margin: 0 0 0.5rem;
    padding-left: 0.7rem;
    position: relative;
  }
  .history li.changed::before {
    content: '';
    position: absolute;
    left: -6px;
    top: 0.45rem;
    width: 10px;
    height: 10px;
    transform: rotate(45deg);
    background: var(--_text);
  }
  .history li[aria-current] .day {
    background: var(--_text);
    color: var(--_surface);
  }
  .history .day {
    font-weight: 600;
    font-size: 0.85rem;
    padding: 0.05rem 0.45rem;
  }
  .history .what {
    display: block;
    font-size: 0.9rem;
  }
  .history .change {
    display: block;
    font-size: 0.9rem;
    font-weight: 600;
  }
  .history .undated {
    font-size: 0.9rem;
    color: var(--_muted);
  }
`;

/** The status a step leaves, in a few words: "controlled by Russia, according to claims". */
function statusWords(s: PlaceStatus, data: ClaimsData, lang: Lang): string {
  const sides = s.holders.map((h) => sideLabel(data, h)).join(', ');
  const assessed = s.assessed?.date ? formatPartialDate(s.assessed.date, INTL_LOCALE[lang]) : '';
  switch (s.status) {
    case 'controlled':
      return s.byAssessment
        ? msg(str`controlled by ${sides}, according to ${s.assessed?.source ?? ''}'s assessment of ${assessed}`)
        : s.extent === 'part'
          ? msg(str`controlled in part by ${sides}, according to claims`)
          : msg(str`controlled by ${sides}, according to claims`);
    case 'contested':
      return s.disagreesWithAssessment
        ? msg(str`contested: the claims and ${s.assessed?.source ?? ''}'s assessment of ${assessed} disagree`)
        : msg(str`contested: claims from ${sides} disagree`);
    case 'claimed':
      return msg(str`claimed by ${s.claimants.map((c) => sideLabel(data, c)).join(', ')}`);
    default:
      return msg('no territorial claim');
  }
}

export function renderPlaceHistory(
  host: HTMLElement & { showAllHistory: boolean },
  history: PlaceHistory | null,
  data: ClaimsData,
  asOf: string,
  lang: Lang,
  placeName: (id: string) => string,
  words: Words,
) {
  if (!history || (history.entries.length === 0 && history.undated.length === 0)) return nothing;
  const fmt = new Intl.DateTimeFormat(INTL_LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = (d: string) => fmt.format(new Date(`${d}T00:00:00Z`));
  // The step in force: the last one on or before the as-of date (the last of all without one).
  const current = asOf ? history.entries.filter((e) => e.day <= asOf).at(-1) : history.entries.at(-1);
  const long = history.entries.length > LONG && !host.showAllHistory;
  const entries = long ? history.entries.filter((e) => e.changed) : history.entries;
  const select = (d: string) => host.dispatchEvent(new TimelineDateEvent(d));
  return html`<section class="history" aria-labelledby="history-title">
    <h4 id="history-title">${msg('History')}</h4>
    ${history.initial.status !== 'none' && history.entries.length
      ? html`<p class="undated">${msg(str`Before the first dated claim: ${statusWords(history.initial, data, lang)}.`)}</p>`
      : nothing}
    ${entries.length
      ? html`<ol>
          ${entries.map(
            (e) => html`<li class=${e.changed ? 'changed' : ''} aria-current=${e === current ? 'step' : nothing} data-day=${e.day}>
              <button class="button day" type="button" @click=${() => select(e.day)} aria-label=${msg(str`Show the map as of ${day(e.day)}`)}>${day(e.day)}</button>
              ${e.claims.map((c) => html`<span class="what">${attributedSummary(c, data, placeName, words)}</span>`)}
              ${e.assessment && e.status.assessed
                ? html`<span class="what"
                    >${e.status.assessed.inside
                      ? msg(str`${e.assessment.source} (${day(e.day)}) marks it as held by ${sideLabel(data, e.assessment.holder)}`)
                      : msg(str`${e.assessment.source} (${day(e.day)}) does not mark it as held by ${sideLabel(data, e.assessment.holder)}`)}</span
                  >`
                : nothing}
              ${e.changed ? html`<span class="change"><span aria-hidden="true">→ </span>${statusWords(e.status, data, lang)}</span>` : nothing}
            </li>`,
          )}
        </ol>`
      : nothing}
    ${long
      ? html`<button class="button" type="button" @click=${() => ((host.showAllHistory = true), undefined)}>
          ${msg(str`Show all ${history.entries.length} days with claims (only the ${entries.length} changes are listed)`)}
        </button>`
      : nothing}
    ${history.undated.length
      ? html`<p class="undated">
          ${msg(str`Undated (${history.undated.length}): the source gives no date, so these count at every date.`)}
          ${history.undated.map((c) => html`<span class="what">${attributedSummary(c, data, placeName, words)}</span>`)}
        </p>`
      : nothing}
  </section>`;
}
