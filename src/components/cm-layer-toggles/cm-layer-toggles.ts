import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LAYER_NAMES, type LayerName, type StatusLayerName } from '../../model/url-state.ts';

const STATUS_LAYER_NAMES = LAYER_NAMES.filter((l): l is StatusLayerName => l !== 'assessed');
import { ToggleLayersEvent } from '../events.ts';
import { msg, str } from '@lit/localize';
import { LocalizedElement } from '../i18n/localize.ts';
import { statusLabels, statusMeanings } from '../i18n/words.ts';
import { tokens, swatches } from '../tokens.ts';
import { onPopoverToggle, popoverStyles } from '../popover.ts';

/**
 * @summary The status layers a reader can show or hide, doubling as a one-line legend: a chip
 * per status (its pattern and one word); what each means is one tap away, under "?".
 * @fires toggle-layers - internal: the set of shown layers changed
 * @csspart toggles - the fieldset
 */
@customElement('cm-layer-toggles')
export class CmLayerToggles extends LocalizedElement {
  static override styles = [
    tokens,
    swatches,
    popoverStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: calc(0.25 * var(--_rem));
        align-items: center;
      }
      /* A chip: swatch and one word. The checkbox covers the whole chip, so the target is the chip. */
      .chip {
        position: relative;
        display: inline-flex;
        align-items: center;
        gap: calc(0.3 * var(--_rem));
        min-height: calc(2 * var(--_rem));
        padding: 0 calc(0.45 * var(--_rem));
        border: 1px solid var(--_border);
        border-radius: 999px;
        font-size: calc(0.82 * var(--_rem));
        font-weight: 600;
        white-space: nowrap;
        background: var(--_surface);
      }
      .chip input {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        margin: 0;
        appearance: none;
        border-radius: inherit;
        cursor: pointer;
      }
      .chip input:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      .chip .swatch {
        width: calc(1.1 * var(--_rem));
        height: calc(0.85 * var(--_rem));
      }
      /* Off: the swatch is struck through and the word muted, not only greyed. */
      .chip:has(input:not(:checked)) {
        color: var(--_muted);
        background: var(--_surface-2);
        border-style: dashed;
      }
      .chip:has(input:not(:checked)) .swatch {
        opacity: 0.35;
      }
      .chip:has(input:not(:checked)) .name {
        text-decoration: line-through;
      }
      .info {
        min-width: calc(2 * var(--_rem));
        min-height: calc(2 * var(--_rem));
        border-radius: 999px;
        padding: 0 calc(0.5 * var(--_rem));
        font-weight: 700;
      }
      dl {
        margin: 0;
      }
      dt {
        font-weight: 600;
        display: flex;
        gap: calc(0.4 * var(--_rem));
        align-items: center;
      }
      dd {
        margin: calc(0.1 * var(--_rem)) 0 calc(0.5 * var(--_rem));
        color: var(--_muted);
      }
      [popover] p {
        margin: calc(0.3 * var(--_rem)) 0 0;
        color: var(--_muted);
      }
    `,
  ];

  @property({ attribute: false }) visible: LayerName[] = [...LAYER_NAMES];
  /** Where the statuses come from, for the legend: the claims file's name or title. */
  @property() basis = '';
  /** What the assessed layer shows ("Areas DeepStateMap marks as held by Russia, 1 December 2025"); no toggle without one. */
  @property() assessed = '';

  private handleChange(layer: LayerName, on: boolean) {
    const next = LAYER_NAMES.filter((l) => (l === layer ? on : this.visible.includes(l)));
    this.dispatchEvent(new ToggleLayersEvent(next));
  }

  override render() {
    const label = statusLabels();
    const meaning = statusMeanings();
    const layers: { layer: LayerName; name: string; meaning: string }[] = [
      ...STATUS_LAYER_NAMES.map((layer) => ({ layer, name: label[layer], meaning: meaning[layer] })),
      ...(this.assessed ? [{ layer: 'assessed' as const, name: msg('Assessed'), meaning: this.assessed }] : []),
    ];
    return html`<fieldset part="toggles">
        <legend class="visually-hidden">${msg('Areas and markers shown, by status')}</legend>
        ${layers.map(
          ({ layer, name, meaning }) =>
            html`<label class="chip">
              <input
                type="checkbox"
                .checked=${this.visible.includes(layer)}
                @change=${(e: Event) => this.handleChange(layer, (e.target as HTMLInputElement).checked)}
                aria-describedby="meaning-${layer}"
              />
              <span class="swatch ${layer}" aria-hidden="true"></span>
              <span class="name">${name}</span>
              <span class="visually-hidden" id="meaning-${layer}">${meaning}</span>
            </label>`,
        )}
        <button class="info button" id="legend-info" type="button" popovertarget="legend-help" aria-label=${msg('What the statuses mean')}>?</button>
      </fieldset>
      <div id="legend-help" popover data-anchor="legend-info" @toggle=${onPopoverToggle} role="region" aria-label=${msg('What the statuses mean')}>
        <dl>
          ${layers.map(
            ({ layer, name, meaning }) => html`<dt><span class="swatch ${layer}" aria-hidden="true"></span>${name}</dt>
              <dd>${meaning}</dd>`,
          )}
        </dl>
        <p>${this.basisText()}</p>
        <p>${msg('Who says what, where. Claims are shown as their sources report them, not as facts.')}</p>
      </div>`;
  }

  private basisText() {
    return this.basis
      ? msg(str`Statuses are derived from the claims in “${this.basis}”, not from an assessment of the ground.`)
      : msg('Statuses are derived from the claims, not from an assessment of the ground.');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cm-layer-toggles': CmLayerToggles;
  }
}
