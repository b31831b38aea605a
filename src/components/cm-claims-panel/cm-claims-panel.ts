import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ClaimsData } from '../../model/load-claims.ts';
import type { Claim } from '../../model/schema.ts';
import type { PlaceStatus } from '../../model/derive-status.ts';
import { statusSentence } from '../../model/describe.ts';
import { placeName, type Place } from '../../model/place.ts';
import { LocalizedElement } from '../i18n/localize.ts';
import { modelWords, showMore } from '../i18n/words.ts';
import { pairContradictions } from '../../model/pair-claims.ts';
import { tokens, swatches } from '../tokens.ts';
import { safeHttpUrl } from '../safe-url.ts';
import { claimsPanelStyles } from './cm-claims-panel.styles.ts';
import '../cm-claim-card/cm-claim-card.ts';
import type { ClaimsTimeline } from '../../model/claims-timeline.ts';
import type { Assessment } from '../../model/assessed-control.ts';
import { placeHistory, type PlaceHistory } from '../../model/assessment-series.ts';
import { placeHistoryStyles, renderPlaceHistory } from './place-history.ts';

/**
 * @summary The claims about one place: its derived status in one attributed sentence, then the
 * claim cards, with claims that contradict each other side by side.
 * @fires close-panel - internal: the reader closed the panel
 * @csspart panel - the panel's section
 */
@customElement('cm-claims-panel')
export class CmClaimsPanel extends LocalizedElement {
  static override styles = [tokens, swatches, claimsPanelStyles, placeHistoryStyles];

  @query('#panel-title') private heading!: HTMLElement;

  /** Cards are drawn a page at a time: a place can have thousands of claims. */
  static readonly PAGE = 50;
  @state() private shown = CmClaimsPanel.PAGE;

  @property({ attribute: false }) place!: Place;
  @property({ attribute: false }) status!: PlaceStatus;
  @property({ attribute: false }) claims: Claim[] = [];
  @property({ attribute: false }) data!: ClaimsData;
  @property({ attribute: false }) allPlaces: readonly Place[] = [];
  @property({ attribute: false }) activeClaim: string | null = null;
  /** The claims' timeline and the assessment series, for the place's history (none: no history). */
  @property({ attribute: false }) timeline: ClaimsTimeline | null = null;
  @property({ attribute: false }) series: readonly Assessment[] = [];
  /** The as-of date, to mark the step in force. */
  @property() asOf = '';
  @state() showAllHistory = false;
  private history: PlaceHistory | null = null;

  /** Moves focus to the heading, so a screen reader announces the place that opened. */
  focusHeading(): void {
    this.heading?.focus();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('place')) {
      this.shown = CmClaimsPanel.PAGE;
      this.showAllHistory = false;
    }
    if (changed.has('place') || changed.has('timeline') || changed.has('series')) {
      this.history = this.timeline && this.place ? placeHistory(this.timeline, this.place, this.series) : null;
    }
    // A claim picked from the list or a link must be among the cards drawn.
    const at = this.activeClaim ? this.claims.findIndex((c) => c.id === this.activeClaim) : -1;
    if (at >= this.shown) this.shown = at + 1;
  }

  override updated(): void {
    if (this.activeClaim) {
      this.renderRoot.querySelector(`[data-claim="${CSS.escape(this.activeClaim)}"]`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private handleClose = () => this.dispatchEvent(new Event('close-panel', { bubbles: true }));

  private card(c: Claim) {
    return html`<cm-claim-card data-claim=${c.id} lang=${this.language} .claim=${c} .data=${this.data} ?active=${c.id === this.activeClaim}></cm-claim-card>`;
  }

  override render() {
    const { place, status, data } = this;
    if (!place || !status || !data) return nothing;
    const lang = this.language;
    const words = modelWords(lang);
    const name = (id: string) => {
      const p = this.allPlaces.find((x) => x.id === id);
      return p ? placeName(p, lang) : id;
    };
    const { pairs, others } = pairContradictions(this.claims);
    const precisionUrl = safeHttpUrl(place.precisionSource?.url);
    return html`<section part="panel" aria-labelledby="panel-title">
      <header>
        <h3 id="panel-title" tabindex="-1">
          <bdi>${placeName(place, lang)}</bdi>
          ${place.labelNote?.[lang] ?? place.labelNote?.en
            ? html`<span class="note" dir="auto">${place.labelNote?.[lang] ?? place.labelNote?.en}</span>`
            : nothing}
        </h3>
        <button class="button" @click=${this.handleClose} aria-label=${msg(str`Close the claims about ${placeName(place, lang)}`)}>
          ${msg('Close')} <span aria-hidden="true">✕</span>
        </button>
      </header>
      <p class="status" role="status">
        <span class="swatch ${status.status}" aria-hidden="true"></span>
        <span class="sentence" dir="auto">${statusSentence(status, data, name, words)}
          ${status.includesUndated ? html`<span class="note">${msg('Includes claims the source gives no date for.')}</span>` : nothing}
          <span class="note">${words.meaning[status.status]} ${msg('Derived from the claims below.')}</span></span
        >
      </p>
      ${pairs.length
        ? html`<h4>${msg('Competing claims')}</h4>
            ${pairs.map(
              ([a, b]) =>
                html`<div class="pair" role="group" aria-label=${msg('Competing claims')}>
                  ${this.card(a)}<span class="versus" aria-hidden="true">${msg('versus')}</span>${this.card(b)}
                </div>`,
            )}`
        : nothing}
      ${others.length
        ? html`<h4>${pairs.length ? msg(str`Other claims (${others.length})`) : msg(str`Claims (${others.length})`)}</h4>
            <ul>
              ${others.slice(0, this.shown).map((c) => html`<li>${this.card(c)}</li>`)}
            </ul>
            ${others.length > this.shown
              ? html`<button class="button" @click=${() => (this.shown += CmClaimsPanel.PAGE)}>
                  ${showMore(Math.min(CmClaimsPanel.PAGE, others.length - this.shown), others.length - this.shown)}
                </button>`
              : nothing}`
        : nothing}
      ${renderPlaceHistory(this, this.history, data, this.asOf, lang, name, words)}
      <details>
        <summary>${msg('About this outline')}</summary>
        <p>${place.precision}</p>
        ${place.precisionSource
          ? html`<p>
              Basis:
              ${precisionUrl
                ? html`<a href=${precisionUrl} target="_blank" rel="noopener noreferrer">${place.precisionSource.title}</a>`
                : place.precisionSource.title}
            </p>`
          : nothing}
        <p>${msg(str`Geometry: ${place.dataSource}. Licence: ${place.licence}.`)}</p>
      </details>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cm-claims-panel': CmClaimsPanel;
  }
}
