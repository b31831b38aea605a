import { css, html } from 'lit';
import { msg, str } from '@lit/localize';
import { LocalizedElement } from '../i18n/localize.ts';
import { customElement, property } from 'lit/decorators.js';
import type { ClaimFilters } from '../../model/filter-claims.ts';
import type { FilterOption } from '../../model/map-state.ts';
import { tokens } from '../tokens.ts';
import { onPopoverToggle, popoverStyles } from '../popover.ts';

export type { FilterOption };

/** Internal: the reader changed the claim filters. */
export class FilterClaimsEvent extends Event {
  static readonly type = 'filter-claims';
  constructor(readonly filters: ClaimFilters) {
    super(FilterClaimsEvent.type, { bubbles: true });
  }
}

/**
 * @summary Filters for the claims shown: by side, kind and verification. Statuses are not
 * filtered: they always weigh every claim.
 * @fires filter-claims - internal: the filters changed
 */
@customElement('cm-claim-filters')
export class CmClaimFilters extends LocalizedElement {
  static override styles = [
    tokens,
    popoverStyles,
    css`
      .open {
        min-height: calc(2 * var(--_rem));
        white-space: nowrap;
      }
      .groups {
        display: flex;
        flex-wrap: wrap;
        gap: calc(0.5 * var(--_rem)) calc(1.25 * var(--_rem));
        margin-top: calc(0.4 * var(--_rem));
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0;
      }
      legend {
        font-size: calc(0.75 * var(--_rem));
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--_muted);
        padding: 0;
      }
      label {
        display: flex;
        align-items: center;
        gap: calc(0.4 * var(--_rem));
        min-height: calc(1.75 * var(--_rem));
        cursor: pointer;
      }
      input {
        width: 24px;
        height: 24px;
        margin: 0;
        accent-color: var(--_focus);
      }
      p {
        margin: calc(0.5 * var(--_rem)) 0 0;
        color: var(--_muted);
      }
    `,
  ];

  /** The as-of date is set (it counts as an active filter on the button). */
  @property({ type: Boolean, attribute: 'date-active' }) dateActive = false;
  @property({ attribute: false }) filters: ClaimFilters = { sides: [], kinds: [], verification: [] };
  @property({ attribute: false }) options: Record<keyof ClaimFilters, FilterOption[]> = { sides: [], kinds: [], verification: [] };

  private toggle(group: keyof ClaimFilters, value: string, on: boolean) {
    const all = this.options[group].map((o) => o.value);
    const current = this.filters[group].length ? this.filters[group] : all;
    const next = all.filter((v) => (v === value ? on : current.includes(v)));
    // All ticked means no filter: new values in later data show too.
    this.dispatchEvent(new FilterClaimsEvent({ ...this.filters, [group]: next.length === all.length ? [] : next }));
  }

  override render() {
    const groups: [keyof ClaimFilters, string][] = [
      ['sides', msg('Side')],
      ['kinds', msg('Kind')],
      ['verification', msg('Verification')],
    ];
    const active = groups.reduce((n, [g]) => n + (this.filters[g].length ? 1 : 0), 0) + (this.dateActive ? 1 : 0);
    // One short word on the bar (it must fit a phone's row in Russian); the count says what is on.
    return html`<button class="open button" id="open-filters" type="button" popovertarget="filters">
        ${active ? msg(str`Filters (${active} on)`) : msg('Filters')}
      </button>
      <div id="filters" popover data-anchor="open-filters" @toggle=${onPopoverToggle} role="region" aria-label=${msg('Filter claims')}>
        <slot name="date"></slot>
        <div class="groups">
          ${groups.map(
            ([group, label]) => html`<fieldset>
              <legend>${label}</legend>
              ${this.options[group].map(
                (o) => html`<label
                  ><input
                    type="checkbox"
                    .checked=${!this.filters[group].length || this.filters[group].includes(o.value)}
                    @change=${(e: Event) => this.toggle(group, o.value, (e.target as HTMLInputElement).checked)}
                  />
                  ${o.label}</label
                >`,
              )}
            </fieldset>`,
          )}
        </div>
        <p>${msg('Filters choose the claims shown and counted; statuses still weigh every claim.')}</p>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cm-claim-filters': CmClaimFilters;
  }
}
