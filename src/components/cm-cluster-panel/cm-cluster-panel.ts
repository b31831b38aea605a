import { css, html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ClaimsData } from '../../model/load-claims.ts';
import type { Claim } from '../../model/schema.ts';
import { attributedSummary, describeDate } from '../../model/describe.ts';
import { placeName, type Place } from '../../model/place.ts';
import { LocalizedElement } from '../i18n/localize.ts';
import { claimCount, modelWords, showMore } from '../i18n/words.ts';
import { SelectPlaceEvent } from '../events.ts';
import { tokens } from '../tokens.ts';

/**
 * @summary The places and claims in a cluster of markers: places by number of claims, then the
 * claims a page at a time (a cluster can hold thousands).
 * @fires select-place - internal: a place or claim was chosen
 * @fires close-panel - internal: the reader closed the panel
 * @fires expand-cluster - internal: the reader asked to zoom into the cluster
 */
@customElement('cm-cluster-panel')
export class CmClusterPanel extends LocalizedElement {
  static readonly PAGE = 50;
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      header {
        display: flex;
        gap: calc(0.5 * var(--_rem));
        align-items: flex-start;
      }
      h3 {
        margin: 0;
        flex: 1;
        font-size: calc(1.2 * var(--_rem));
      }
      h3:focus {
        outline: none;
      }
      h4 {
        font-size: calc(0.8 * var(--_rem));
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--_muted);
        margin: calc(0.9 * var(--_rem)) 0 calc(0.3 * var(--_rem));
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li button {
        font: inherit;
        color: inherit;
        text-align: start;
        background: none;
        border: 0;
        border-bottom: 1px solid var(--_border);
        padding: calc(0.35 * var(--_rem)) calc(0.2 * var(--_rem));
        width: 100%;
        cursor: pointer;
      }
      li button:hover {
        background: var(--_surface-2);
      }
      .meta {
        color: var(--_muted);
        font-size: calc(0.85 * var(--_rem));
      }
      button.more {
        margin-top: calc(0.5 * var(--_rem));
      }
    `,
  ];

  @query('h3') private heading!: HTMLElement;
  @state() private shown = CmClusterPanel.PAGE;

  /** The places in the cluster, most claims first. */
  @property({ attribute: false }) places: readonly Place[] = [];
  @property({ attribute: false }) claimsByPlace: ReadonlyMap<string, Claim[]> = new Map();
  @property({ attribute: false }) data!: ClaimsData;

  focusHeading(): void {
    this.heading?.focus();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('places')) this.shown = CmClusterPanel.PAGE;
  }

  private select(placeId: string, claimId: string | null = null) {
    this.dispatchEvent(new SelectPlaceEvent(placeId, claimId));
  }

  override render() {
    if (!this.data) return nothing;
    const count = (id: string) => this.claimsByPlace.get(id)?.length ?? 0;
    const claims = this.places.flatMap((p) => (this.claimsByPlace.get(p.id) ?? []).map((c) => [p, c] as const));
    const lang = this.language;
    const words = modelWords(lang);
    const name = (id: string) => {
      const p = this.places.find((x) => x.id === id);
      return p ? placeName(p, lang) : id;
    };
    return html`<section aria-labelledby="cluster-title">
      <header>
        <h3 id="cluster-title" tabindex="-1">${msg(str`${this.places.length} places, ${claims.length} claims`)}</h3>
        <span class="actions">
          <button class="button" @click=${() => this.dispatchEvent(new Event('expand-cluster', { bubbles: true }))}>${msg('Zoom in')}</button>
          <button class="button" @click=${() => this.dispatchEvent(new Event('close-panel', { bubbles: true }))} aria-label=${msg('Close the cluster')}>${msg('Close')}</button>
        </span>
      </header>
      <h4>${msg('Places')}</h4>
      <ul>
        ${this.places.slice(0, CmClusterPanel.PAGE).map(
          (p) => html`<li>
            <button @click=${() => this.select(p.id)}><bdi>${placeName(p, lang)}</bdi> <span class="meta">· ${claimCount(count(p.id))}</span></button>
          </li>`,
        )}
      </ul>
      ${this.places.length > CmClusterPanel.PAGE ? html`<p class="meta">${msg(str`${this.places.length - CmClusterPanel.PAGE} more places: zoom in to see them.`)}</p>` : nothing}
      <h4>${msg('Claims')}</h4>
      <ul>
        ${claims.slice(0, this.shown).map(
          ([p, c]) => html`<li>
            <button @click=${() => this.select(p.id, c.id)}>
              <bdi>${attributedSummary(c, this.data, name, words)}</bdi>
              <span class="meta">· <bdi>${placeName(p, lang)}</bdi>${c.eventOn ?? c.statedOn ? ` · ${describeDate(c.eventOn ?? c.statedOn, words)}` : ''}</span>
            </button>
          </li>`,
        )}
      </ul>
      ${claims.length > this.shown
        ? html`<button class="button more" @click=${() => (this.shown += CmClusterPanel.PAGE)}>
            ${showMore(Math.min(CmClusterPanel.PAGE, claims.length - this.shown), claims.length - this.shown)}
          </button>`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cm-cluster-panel': CmClusterPanel;
  }
}
