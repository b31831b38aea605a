import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { customElement, property } from 'lit/decorators.js';
import { LAYER_NAMES, type LayerName, type StatusLayerName } from '../../model/url-state.ts';

const STATUS_LAYER_NAMES = LAYER_NAMES.filter((l): l is StatusLayerName => l !== 'assessed');
import { ToggleLayersEvent } from '../events.ts';
import { LocalizedElement } from '../i18n/localize.ts';
import { statusLabels, statusMeanings } from '../i18n/words.ts';
import { tokens, swatches } from '../tokens.ts';

/**
 * @summary The status layers a reader can show or hide, doubling as the legend: each toggle
 * shows the status's pattern, says what it means and where it came from.
 * @fires toggle-layers - internal: the set of shown layers changed
 * @csspart toggles - the fieldset
 */
@customElement('cm-layer-toggles')
export class CmLayerToggles extends LocalizedElement {
  static override styles = [
    tokens,
    swatches,
    css`
      :host {
        display: block;
        container: toggles / inline-size;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: calc(0.4 * var(--_rem)) var(--_rem);
        align-items: flex-start;
      }
      legend {
        font-size: calc(0.8 * var(--_rem));
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--_muted);
        padding: 0;
        margin-bottom: calc(0.3 * var(--_rem));
      }
      label {
        display: flex;
        gap: calc(0.4 * var(--_rem));
        align-items: flex-start;
        max-width: calc(17 * var(--_rem));
        cursor: pointer;
      }
      /* 24 px at least: WCAG 2.2 target size. */
      input {
        margin: 0;
        width: calc(1.5 * var(--_rem));
        height: calc(1.5 * var(--_rem));
        accent-color: var(--_focus);
      }
      .name {
        font-weight: 600;
      }
      .meaning {
        display: block;
        font-size: calc(0.78 * var(--_rem));
        color: var(--_muted);
      }
      .basis {
        font-size: calc(0.78 * var(--_rem));
        color: var(--_muted);
        margin: calc(0.3 * var(--_rem)) 0 0;
      }
      details {
        display: none;
        font-size: calc(0.78 * var(--_rem));
        color: var(--_muted);
      }
      /* Narrow: the toggles on one line, the meanings one tap away. */
      @container toggles (max-width: 560px) {
        .meaning,
        .basis {
          display: none;
        }
        details {
          display: block;
        }
        label {
          align-items: center;
        }
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
    return html`<fieldset part="toggles">
        <legend>${msg('Areas shown, by status')}</legend>
        ${STATUS_LAYER_NAMES.map(
          (layer) =>
            html`<label>
              <input
                type="checkbox"
                .checked=${this.visible.includes(layer)}
                @change=${(e: Event) => this.handleChange(layer, (e.target as HTMLInputElement).checked)}
                aria-describedby="meaning-${layer}"
              />
              <span class="swatch ${layer}" aria-hidden="true"></span>
              <span><span class="name">${label[layer]}</span> <span class="meaning" id="meaning-${layer}">${meaning[layer]}</span></span>
            </label>`,
        )}
        ${this.assessed
          ? html`<label>
              <input
                type="checkbox"
                .checked=${this.visible.includes('assessed')}
                @change=${(e: Event) => this.handleChange('assessed', (e.target as HTMLInputElement).checked)}
                aria-describedby="meaning-assessed"
              />
              <span class="swatch assessed" aria-hidden="true"></span>
              <span><span class="name">${msg('Assessed')}</span> <span class="meaning" id="meaning-assessed">${this.assessed}</span></span>
            </label>`
          : nothing}
      </fieldset>
      <p class="basis">${this.basisText()}</p>
      <details>
        <summary>${msg('What the statuses mean')}</summary>
        <dl>
          ${STATUS_LAYER_NAMES.map((l) => html`<dt>${label[l]}</dt><dd>${meaning[l]}</dd>`)}
          ${this.assessed ? html`<dt>${msg('Assessed')}</dt><dd>${this.assessed}</dd>` : nothing}
        </dl>
        <p>${this.basisText()}</p>
      </details>`;
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
