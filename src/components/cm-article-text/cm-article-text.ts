import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { customElement, property } from 'lit/decorators.js';
import type { ClaimsData } from '../../model/load-claims.ts';
import { placeName, type Place } from '../../model/place.ts';
import { LocalizedElement } from '../i18n/localize.ts';
import { HighlightPlaceEvent, SelectPlaceEvent } from '../events.ts';
import { tokens } from '../tokens.ts';

/**
 * @summary The article the claims come from (a claims file's `articleText` and `mentions`), with
 * each place mention linked to the map: hovering or focusing a mention highlights its place,
 * choosing it opens the place; the selected place's mentions and the claims about it are marked
 * in the text.
 * @fires select-place - internal: a place mention was chosen
 * @fires highlight-place - internal: a place mention is pointed at or focused (null: no longer)
 */
@customElement('cm-article-text')
export class CmArticleText extends LocalizedElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      h3 {
        font-size: calc(0.8 * var(--_rem));
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--_muted);
        margin: 0 0 calc(0.35 * var(--_rem));
      }
      .hint {
        font-size: calc(0.85 * var(--_rem));
        color: var(--_muted);
        margin: 0 0 calc(0.5 * var(--_rem));
      }
      .text {
        white-space: pre-wrap;
        line-height: 1.6;
      }
      .mention {
        font: inherit;
        color: inherit;
        background: none;
        border: 0;
        padding: 0;
        margin: 0;
        cursor: pointer;
        text-decoration: underline dotted;
        text-underline-offset: 0.2em;
      }
      .mention:hover,
      .mention:focus-visible {
        text-decoration-style: solid;
        outline: 2px solid currentColor;
        outline-offset: 1px;
      }
      .mention[aria-current='true'] {
        font-weight: 700;
        text-decoration: underline solid 0.15em;
        background: var(--_surface-2);
      }
      .mention[aria-current='true']::before {
        content: '▸';
      }
      mark.claim {
        background: var(--_surface-2);
        color: inherit;
        border-inline-start: 3px solid currentColor;
        padding-inline-start: 0.15em;
        box-decoration-break: clone;
        -webkit-box-decoration-break: clone;
      }
    `,
  ];

  @property({ attribute: false }) data: ClaimsData | null = null;
  @property({ attribute: false }) places: readonly Place[] = [];
  /** Id of the selected place: its mentions and the claims about it are marked. */
  @property({ attribute: false }) selected: string | null = null;

  private pointAt(id: string | null) {
    this.dispatchEvent(new HighlightPlaceEvent(id));
  }

  private renderPlace(text: string, id: string) {
    const place = this.places.find((p) => p.id === id);
    if (!place) return text;
    const current = this.selected === id;
    return html`<button
      type="button"
      class="mention"
      data-place=${id}
      aria-current=${current ? 'true' : 'false'}
      title=${placeName(place, this.language)}
      @mouseenter=${() => this.pointAt(id)}
      @mouseleave=${() => this.pointAt(null)}
      @focus=${() => this.pointAt(id)}
      @blur=${() => this.pointAt(null)}
      @click=${() => this.dispatchEvent(new SelectPlaceEvent(id))}
    >${text}</button>`;
  }

  override render() {
    const text = this.data?.articleText;
    if (!text) return nothing;
    const mentions = (this.data?.mentions ?? []).filter((m) => m.end <= text.length);
    const placeSpans = mentions.filter((m) => m.place).sort((a, b) => a.start - b.start);
    const claimsHere = new Set((this.data?.claims ?? []).filter((c) => this.selected && c.places.includes(this.selected)).map((c) => c.id));
    const claimSpans = mentions.filter((m) => m.claim).sort((a, b) => a.start - b.start);
    const withPlaces = (from: number, to: number) => {
      const out: unknown[] = [];
      let at = from;
      for (const m of placeSpans) {
        if (m.start < at || m.start < from || m.end > to) continue;
        if (m.start > at) out.push(text.slice(at, m.start));
        out.push(this.renderPlace(text.slice(m.start, m.end), m.place!));
        at = m.end;
      }
      if (at < to) out.push(text.slice(at, to));
      return out;
    };
    const parts: unknown[] = [];
    let at = 0;
    for (const m of claimSpans) {
      if (m.start < at || !claimsHere.has(m.claim!)) continue;
      parts.push(withPlaces(at, m.start));
      parts.push(html`<mark class="claim" data-claim=${m.claim!}>${withPlaces(m.start, m.end)}</mark>`);
      at = m.end;
    }
    parts.push(withPlaces(at, text.length));
    return html`
      <h3 id="article-heading">${msg('The article')}</h3>
      <p class="hint">${msg('Place names are linked to the map. Choose a place to mark its mentions and the claims about it.')}</p>
      <div class="text" aria-labelledby="article-heading" role="region">${parts}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cm-article-text': CmArticleText;
  }
}
