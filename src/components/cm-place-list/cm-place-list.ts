import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { customElement, property, state } from 'lit/decorators.js';
import type { ClaimsData } from '../../model/load-claims.ts';
import type { PlaceStatus } from '../../model/derive-status.ts';
import type { Claim } from '../../model/schema.ts';
import { attributedSummary, type Words } from '../../model/describe.ts';
import { placeName, type Place } from '../../model/place.ts';
import { LocalizedElement } from '../i18n/localize.ts';
import { claimCount, modelWords } from '../i18n/words.ts';
import { isDiscounted } from '../../model/derive-status.ts';
import { SelectPlaceEvent } from '../events.ts';
import { tokens, swatches } from '../tokens.ts';

/**
 * @summary Every place and its claims as a list: the keyboard and screen-reader path to the
 * claims, and what shows when the map cannot be drawn.
 * @fires select-place - internal: a place or claim was chosen
 * @csspart list - the list
 */
@customElement('cm-place-list')
export class CmPlaceList extends LocalizedElement {
  static override styles = [
    tokens,
    swatches,
    css`
      :host {
        display: block;
      }
      h3 {
        font-size: calc(0.8 * var(--_rem));
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--_muted);
        margin: 0 0 calc(0.5 * var(--_rem));
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li.place {
        border-bottom: 1px solid var(--_border);
        padding: calc(0.35 * var(--_rem)) 0;
      }
      button {
        font: inherit;
        color: inherit;
        text-align: start;
        background: none;
        border: 0;
        border-radius: var(--_radius);
        padding: calc(0.35 * var(--_rem)) calc(0.4 * var(--_rem));
        width: 100%;
        cursor: pointer;
      }
      button:hover {
        background: var(--_surface-2);
      }
      button[aria-current='true'] {
        background: var(--_surface-2);
        box-shadow: inset 4px 0 0 var(--_selected);
      }
      .place-button {
        display: flex;
        gap: calc(0.5 * var(--_rem));
        align-items: center;
        font-weight: 600;
      }
      .meta {
        display: block;
        font-weight: 400;
        font-size: calc(0.8 * var(--_rem));
        color: var(--_muted);
      }
      .claims button {
        font-size: calc(0.85 * var(--_rem));
        padding-inline-start: calc(2.2 * var(--_rem));
        color: var(--_muted);
      }
    `,
  ];

  @property({ attribute: false }) places: readonly Place[] = [];
  @property({ attribute: false }) statuses: ReadonlyMap<string, PlaceStatus> = new Map();
  @property({ attribute: false }) claimsByPlace: ReadonlyMap<string, Claim[]> = new Map();
  @property({ attribute: false }) data: ClaimsData | null = null;
  @property({ attribute: false }) selected: string | null = null;
  @property({ attribute: false }) selectedClaim: string | null = null;

  /** Past these, the list shows claims only under the selected place, and places in pages. */
  static readonly ALL_CLAIMS_UP_TO = 200;
  static readonly PLACES_PAGE = 200;

  @state() private placesShown: number = CmPlaceList.PLACES_PAGE;

  private select(placeId: string, claimId: string | null = null) {
    this.dispatchEvent(new SelectPlaceEvent(placeId, claimId));
  }

  override render() {
    const lang = this.language;
    const words = modelWords(lang);
    const name = (id: string) => {
      const p = this.places.find((x) => x.id === id);
      return p ? placeName(p, lang) : id;
    };
    const count = (id: string) => this.claimsByPlace.get(id)?.length ?? 0;
    const withClaims = this.places.filter((p) => count(p.id) > 0);
    const total = withClaims.reduce((n, p) => n + count(p.id), 0);
    const nestAll = total <= CmPlaceList.ALL_CLAIMS_UP_TO;
    // Many places: the most-claimed first, in pages, the selected one always among them.
    const ordered = nestAll ? withClaims : [...withClaims].sort((a, b) => count(b.id) - count(a.id));
    let shown = ordered.slice(0, this.placesShown);
    const selectedPlace = ordered.find((p) => p.id === this.selected);
    if (selectedPlace && !shown.includes(selectedPlace)) shown = [selectedPlace, ...shown];
    return html`<nav aria-label=${msg('Places and their claims')} part="list">
      <h3 id="list-title">${msg(str`Places (${withClaims.length})`)}</h3>
      <ul aria-labelledby="list-title">
        ${shown.map((p) => {
          const status = this.statuses.get(p.id)?.status ?? 'none';
          const claims = this.claimsByPlace.get(p.id) ?? [];
          return html`<li class="place">
            <button class="place-button" aria-current=${this.selected === p.id ? 'true' : 'false'} @click=${() => this.select(p.id)}>
              <span class="swatch ${status}" aria-hidden="true"></span>
              <span
                ><bdi>${placeName(p, lang)}</bdi>
                <span class="meta">${words.status[status]} · ${claimCount(claims.length)}</span></span
              >
            </button>
            ${nestAll || p.id === this.selected
              ? this.renderClaims(p, claims, name, words)
              : nothing}
          </li>`;
        })}
      </ul>
      ${ordered.length > shown.length
        ? html`<button class="more" @click=${() => (this.placesShown += CmPlaceList.PLACES_PAGE)}>
            ${msg(str`Show ${Math.min(CmPlaceList.PLACES_PAGE, ordered.length - shown.length)} more places (${ordered.length - shown.length} not shown)`)}
          </button>`
        : nothing}
    </nav>`;
  }

  private renderClaims(p: Place, claims: Claim[], name: (id: string) => string, words: Words) {
    const data = this.data;
    return html`<ul class="claims" aria-label=${msg(str`Claims about ${placeName(p, this.language)}`)}>
              ${claims.slice(0, CmPlaceList.ALL_CLAIMS_UP_TO).map(
                (c) =>
                  html`<li>
                    <button
                      aria-current=${this.selected === p.id && this.selectedClaim === c.id ? 'true' : 'false'}
                      @click=${() => this.select(p.id, c.id)}
                    >
                      <bdi>${data ? attributedSummary(c, data, name, words) : c.id}</bdi>${isDiscounted(c)
                        ? html` <em>(${c.verification.status === 'retracted' ? msg('retracted') : msg('rated false')})</em>`
                        : nothing}
                    </button>
                  </li>`,
              )}
              ${claims.length > CmPlaceList.ALL_CLAIMS_UP_TO
                ? html`<li class="meta">${msg(str`${claims.length - CmPlaceList.ALL_CLAIMS_UP_TO} more: see the panel.`)}</li>`
                : nothing}
            </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cm-place-list': CmPlaceList;
  }
}
