import { css, html, nothing, svg, type PropertyValues } from 'lit';
import { LocalizedElement } from '../i18n/localize.ts';
import { INTL_LOCALE } from '../../model/lang.ts';
import { customElement, property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { ClaimsData } from '../../model/load-claims.ts';
import type { Claim } from '../../model/schema.ts';
import { claimDay } from '../../model/derive-status.ts';
import { addDays, addMonths, clampDay, dayFromNumber, dayNumber, nextStep } from '../../model/days.ts';
import { sideColour } from '../side-badge.ts';
import { tokens } from '../tokens.ts';
import { cssVars } from '../css-vars.ts';

/** Internal: the reader moved the as-of date (`date` is '' for the latest claims). */
export class TimelineDateEvent extends Event {
  static readonly type = 'timeline-date';
  constructor(
    readonly date: string,
    /** True while a handle is dragged or a key held: the URL is replaced, not pushed. */
    readonly transient = false,
  ) {
    super(TimelineDateEvent.type, { bubbles: true, composed: true });
  }
}

/** Columns the marks are gathered in: a row never draws more than this many ticks. */
const COLUMNS = 400;
/** Milliseconds each play step stays on screen: long enough to read the date and see the map change. */
const PLAY_STEP_MS = 1600;


interface Row {
  side: string;
  label: string;
  colour: string;
  count: number;
  path: string;
}

/**
 * @summary The claims of the file (as filtered) along a time axis, one row per side, undated
 * claims counted apart; a handle (a slider) sets the as-of date, a play button steps through
 * the days on which something changed.
 * @fires timeline-date - internal: the reader moved the as-of date
 */
@customElement('cm-timeline')
export class CmTimeline extends LocalizedElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        font-size: calc(0.85 * var(--_rem));
      }
      /* One slim row under the map: fold, play, the as-of date, the axis, back to latest. */
      section {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: calc(0.25 * var(--_rem)) calc(0.5 * var(--_rem));
        background: var(--_surface);
        border-top: 1px solid var(--_border);
        padding: calc(0.25 * var(--_rem)) calc(0.6 * var(--_rem));
      }
      .button {
        font-size: calc(0.8 * var(--_rem));
        padding: calc(0.15 * var(--_rem)) calc(0.5 * var(--_rem));
        min-height: calc(1.75 * var(--_rem));
        min-width: calc(1.75 * var(--_rem));
        white-space: nowrap;
      }
      .collapse {
        font-weight: 600;
      }
      /* Two short lines of a steady width: the axis beside them stays put while the date changes. */
      .as-of {
        display: flex;
        flex-direction: column;
        min-width: calc(11.5 * var(--_rem));
        font-size: calc(0.8 * var(--_rem));
        line-height: 1.2;
        white-space: nowrap;
      }
      .in-force {
        color: var(--_muted);
      }
      .button:disabled {
        cursor: default;
        opacity: 0.55;
      }
      .as-of-date {
        font-weight: 600;
      }
      .axis {
        display: flex;
        flex: 1 1 calc(16 * var(--_rem));
        align-items: center;
        gap: calc(0.4 * var(--_rem));
        min-width: 0;
      }
      .axis[hidden] {
        display: none;
      }
      .end {
        color: var(--_muted);
        font-size: calc(0.72 * var(--_rem));
        white-space: nowrap;
      }
      .labels {
        display: flex;
        flex-direction: column;
        justify-content: space-around;
        align-self: stretch;
        color: var(--_muted);
        font-size: calc(0.6 * var(--_rem));
        line-height: 1;
        white-space: nowrap;
        overflow-wrap: normal;
      }
      .labels span::before {
        content: '';
        display: inline-block;
        width: 0.6em;
        height: 0.6em;
        margin-right: 0.25em;
        background: var(--side);
        border-radius: 1px;
      }
      .track {
        position: relative;
        flex: 1 1 auto;
        height: calc(1.75 * var(--_rem));
        touch-action: none;
        cursor: ew-resize;
        min-width: calc(6 * var(--_rem));
        border-bottom: 1px solid var(--_border);
      }
      svg {
        display: block;
        width: 100%;
        height: 100%;
      }
      .future {
        fill: var(--_surface);
        opacity: 0.7;
      }
      .handle {
        position: absolute;
        top: 0;
        bottom: 0;
        width: calc(1.5 * var(--_rem));
        margin-left: calc(-0.75 * var(--_rem));
        background: transparent;
        border: none;
        padding: 0;
        cursor: ew-resize;
      }
      .handle::before {
        content: '';
        position: absolute;
        left: calc(50% - 1px);
        top: 0;
        bottom: 0;
        width: 2px;
        background: var(--_text);
      }
      .handle::after {
        content: '';
        position: absolute;
        left: calc(50% - calc(0.45 * var(--_rem)));
        top: -2px;
        width: calc(0.9 * var(--_rem));
        height: calc(0.6 * var(--_rem));
        background: var(--_text);
        clip-path: polygon(0 0, 100% 0, 50% 100%);
      }
      .handle:focus-visible {
        outline-offset: 0;
      }
      .undated {
        color: var(--_muted);
        font-size: calc(0.72 * var(--_rem));
        white-space: nowrap;
      }
      .steps line {
        stroke: var(--_text);
        stroke-width: 1.5;
      }
      /* On a narrow element the axis takes a line of its own under the buttons. */
      @container (max-width: 640px) {
        .axis {
          flex-basis: 100%;
        }
        .as-of {
          flex: 1 1 auto;
          min-width: 0;
        }
        /* The fold and play buttons keep their symbol; their words stay for screen readers. */
        .word {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip: rect(0 0 0 0);
          white-space: nowrap;
        }
      }
    `,
  ];

  /** The claims to place on the axis: the file's claims through the reader's filters, at every date. */
  @property({ attribute: false }) claims: readonly Claim[] = [];
  @property({ attribute: false }) data: Pick<ClaimsData, 'sides' | 'actors'> | null = null;
  /** The as-of date (YYYY-MM-DD), '' for the latest claims. */
  @property() date = '';
  /** Days on which something changed: where the play button and the step keys go. */
  @property({ attribute: false }) steps: readonly string[] = [];
  /** Days an assessment file begins, so the axis reaches them. */
  @property({ attribute: false }) assessmentDays: readonly string[] = [];
  /** How many of the claims are in force at the date (shown and counted). */
  @property({ type: Number }) inForce = 0;
  /** The file's publication date, for the "as published" button (empty: none). */
  @property() published = '';

  @state() private collapsed = false;
  @state() private playing = false;
  @query('.handle') private handle?: HTMLElement;

  private rows: Row[] = [];
  private undatedCount = 0;
  private span: [string, string] | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dragging = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('claims') || changed.has('data') || changed.has('assessmentDays') || changed.has('steps')) this.gather();
  }

  /** Gathers the claims into columns per side (once per claims array, not per date). */
  private gather(): void {
    const data = this.data;
    const sideOf = new Map((data?.actors ?? []).map((a) => [a.id, a.side]));
    const days: (string | null)[] = this.claims.map(claimDay);
    const known = [...days.filter((d): d is string => d !== null), ...this.assessmentDays, ...this.steps].sort();
    this.undatedCount = days.filter((d) => d === null).length;
    this.span = known.length ? [known[0], known[known.length - 1]] : null;
    if (!this.span || !data) {
      this.rows = [];
      return;
    }
    const [a, b] = this.span.map(dayNumber);
    const width = Math.max(1, b - a);
    const columns = new Map<string, Uint32Array>();
    const counts = new Map<string, number>();
    this.claims.forEach((c, i) => {
      const d = days[i];
      if (d === null) return;
      const side = sideOf.get(c.actor) ?? '';
      let col = columns.get(side);
      if (!col) columns.set(side, (col = new Uint32Array(COLUMNS + 1)));
      col[Math.round(((dayNumber(d) - a) / width) * COLUMNS)]++;
      counts.set(side, (counts.get(side) ?? 0) + 1);
    });
    const order = [...data.sides.map((s) => s.id), ''];
    this.rows = order
      .filter((s) => columns.has(s))
      .map((side) => {
        const col = columns.get(side)!;
        const max = Math.max(...col);
        let path = '';
        col.forEach((n, x) => {
          if (!n) return;
          // Heights grow with the square root: one claim still shows beside a hundred.
          const h = 4 + 10 * Math.sqrt(n / max);
          path += `M${((x / COLUMNS) * 1000).toFixed(1)} ${(16 - h).toFixed(1)}v${h.toFixed(1)}`;
        });
        const label = side ? (data.sides.find((s) => s.id === side)?.label ?? side) : msg('Other');
        return { side, label, colour: side ? sideColour(data, side) : '#5a5750', count: counts.get(side)!, path };
      });
  }

  private get locale(): string {
    return INTL_LOCALE[this.language];
  }

  /** A day in words in the interface's language: "12 November 2025", never 11/12/2025. */
  formatDay(day: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
    return new Intl.DateTimeFormat(this.locale, { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  }

  /** The day the handle stands on: the as-of date, or the axis's last day for the latest claims. */
  private get current(): string | null {
    if (!this.span) return null;
    return this.date ? clampDay(this.date, this.span[0], this.span[1]) : this.span[1];
  }

  private set(date: string, transient = false): void {
    if (date === this.date) return;
    this.dispatchEvent(new TimelineDateEvent(date, transient));
  }

  private handleKey = (e: KeyboardEvent) => {
    const span = this.span;
    const day = this.current;
    if (!span || !day) return;
    let next: string | null = null;
    switch (e.key) {
      case 'ArrowLeft':
        next = addDays(day, -1);
        break;
      case 'ArrowRight':
        next = addDays(day, 1);
        break;
      case 'ArrowUp':
        next = nextStep(this.steps, day, 1) ?? span[1];
        break;
      case 'ArrowDown':
        next = nextStep(this.steps, day, -1) ?? span[0];
        break;
      case 'PageUp':
        next = addMonths(day, 1);
        break;
      case 'PageDown':
        next = addMonths(day, -1);
        break;
      case 'Home':
        next = span[0];
        break;
      case 'End':
        next = span[1];
        break;
      default:
        return;
    }
    e.preventDefault();
    this.stop();
    this.set(clampDay(next, span[0], span[1]), e.repeat);
  };

  /** The track's box when the drag began: the day under the pointer keeps one scale while the row around it reflows. */
  private dragBox: DOMRect | null = null;

  private dayAt(clientX: number): string | null {
    const track = this.renderRoot.querySelector('.track');
    if (!track || !this.span) return null;
    const r = (this.dragging && this.dragBox) || track.getBoundingClientRect();
    const f = Math.min(1, Math.max(0, (clientX - r.left) / Math.max(1, r.width)));
    const [a, b] = this.span.map(dayNumber);
    return dayFromNumber(a + f * (b - a));
  }

  private handlePointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    const day = this.dayAt(e.clientX);
    if (!day) return;
    e.preventDefault();
    this.stop();
    this.dragBox = (e.currentTarget as HTMLElement).getBoundingClientRect();
    this.dragging = true;
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    this.handle?.focus();
    this.set(day, true);
  };

  private handlePointerMove = (e: PointerEvent) => {
    if (!this.dragging) return;
    const day = this.dayAt(e.clientX);
    if (day) this.set(day, true);
  };

  private handlePointerUp = (e: PointerEvent) => {
    if (!this.dragging) return;
    const day = this.dayAt(e.clientX);
    this.dragging = false;
    this.dragBox = null;
    // The last position is the one the URL keeps.
    if (day) this.dispatchEvent(new TimelineDateEvent(day, false));
  };

  /** Plays the steps from the next one after the handle (from the first, at the end), and stops after the last. */
  private play = () => {
    if (this.playing) return this.stop();
    const steps = this.steps;
    if (!steps.length) return;
    const at = this.date && this.date < steps[steps.length - 1] ? this.date : null;
    this.playing = true;
    const go = (day: string) => {
      this.set(day);
      const next = nextStep(steps, day, 1);
      this.timer = next ? setTimeout(() => go(next), PLAY_STEP_MS) : setTimeout(() => this.stop(), 0);
    };
    go(at ? (nextStep(steps, at, 1) ?? steps[0]) : steps[0]);
  };

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.playing = false;
  }

  override render() {
    const span = this.span;
    const day = this.current;
    const dated = this.rows.reduce((n, r) => n + r.count, 0);
    const asOfText = this.date && day ? this.formatDay(day) : msg('Latest claims');
    const frac = (d: string) => (span ? (dayNumber(d) - dayNumber(span[0])) / Math.max(1, dayNumber(span[1]) - dayNumber(span[0])) : 1);
    const x = day ? frac(day) * 100 : 100;
    const rowHeight = 18;
    const height = Math.max(1, this.rows.length) * rowHeight;
    const undated =
      this.undatedCount === 1
        ? msg('1 undated claim is not on the axis: its source gives no date, so it counts at every date.')
        : this.undatedCount
          ? msg(str`${this.undatedCount} undated claims are not on the axis: their sources give no date, so they count at every date.`)
          : '';
    return html`<section aria-labelledby="timeline-title">
      <button
        id="timeline-title"
        class="button collapse"
        type="button"
        aria-expanded=${this.collapsed ? 'false' : 'true'}
        aria-controls="timeline-axis"
        title=${this.collapsed ? msg('Show timeline') : msg('Hide timeline')}
        @click=${() => (this.collapsed = !this.collapsed)}
      >
        <span aria-hidden="true">${this.collapsed ? '▸' : '▾'}</span> <span class="word">${msg('Timeline')}</span>
      </button>
      ${this.steps.length && !this.collapsed
        ? html`<button
            class="button play"
            type="button"
            aria-pressed=${this.playing ? 'true' : 'false'}
            aria-label=${this.playing ? msg('Pause') : msg(str`Play the ${this.steps.length} changes`)}
            @click=${this.play}
          >
            <span aria-hidden="true">${this.playing ? '❚❚' : '▶'}</span> <span class="word">${this.playing ? msg('Pause') : msg('Play')}</span>
          </button>`
        : nothing}
      <span class="as-of" aria-live="polite"
        ><span>${msg('As of')} <span class="as-of-date">${asOfText}</span></span>
        <span class="in-force">${msg(str`${this.inForce.toLocaleString(this.locale)} of ${this.claims.length.toLocaleString(this.locale)} claims`)}</span></span
      >
      <button class="button latest" type="button" ?disabled=${!this.date} @click=${() => (this.stop(), this.set(this.published ? 'latest' : ''))}>
        ${msg('Back to latest')}
      </button>
      ${this.published
        ? html`<button class="button published" type="button" ?disabled=${this.date === this.published} @click=${() => (this.stop(), this.set(this.published))}>
            ${msg(str`As published (${this.formatDay(this.published)})`)}
          </button>`
        : nothing}
      <div class="axis" id="timeline-axis" ?hidden=${this.collapsed}>
        ${span && day
          ? html`<span class="end" aria-hidden="true">${this.formatDay(span[0], { month: 'short', year: 'numeric' })}</span>
              ${this.rows.length > 1
                ? html`<div class="labels" aria-hidden="true">
                    ${this.rows.map((r) => html`<span ${cssVars({ '--side': r.colour })}>${r.side || r.label}</span>`)}
                  </div>`
                : nothing}
              <div class="track" @pointerdown=${this.handlePointerDown} @pointermove=${this.handlePointerMove} @pointerup=${this.handlePointerUp} @pointercancel=${this.handlePointerUp}>
                <svg viewBox="0 0 1000 ${height + 6}" preserveAspectRatio="none" aria-hidden="true">
                  ${this.rows.map(
                    (r, i) => svg`<path transform="translate(0 ${i * rowHeight})" d=${r.path} stroke=${r.colour} stroke-width="2" vector-effect="non-scaling-stroke"></path>`,
                  )}
                  <g class="steps">
                    ${this.steps.map((s) => {
                      const sx = frac(s) * 1000;
                      return svg`<line x1=${sx} x2=${sx} y1=${height + 1} y2=${height + 6} vector-effect="non-scaling-stroke"></line>`;
                    })}
                  </g>
                  <rect class="future" x=${x * 10} y="0" width=${1000 - x * 10} height=${height + 6}></rect>
                </svg>
                <div
                  class="handle"
                  role="slider"
                  tabindex="0"
                  ${cssVars({ left: `${x}%` })}
                  title=${msg('Drag the handle, or use the arrow keys: left and right a day, up and down a change, Page Up and Page Down a month.')}
                  aria-label=${msg('As-of date')}
                  aria-describedby="timeline-keys"
                  aria-valuemin=${dayNumber(span[0])}
                  aria-valuemax=${dayNumber(span[1])}
                  aria-valuenow=${dayNumber(day)}
                  aria-valuetext=${this.date ? this.formatDay(day) : msg(str`Latest claims (${this.formatDay(day)})`)}
                  @keydown=${this.handleKey}
                ></div>
              </div>
              <span class="end" aria-hidden="true">${this.formatDay(span[1], { month: 'short', year: 'numeric' })}</span>
              <span class="visually-hidden" id="timeline-keys"
                >${msg('Drag the handle, or use the arrow keys: left and right a day, up and down a change, Page Up and Page Down a month.')}
                ${msg(str`${dated} dated claims on the axis.`)}</span
              >`
          : html`<span class="undated">${msg('No claim in this file is dated: the timeline has nothing to place.')}</span>`}
        ${this.undatedCount
          ? html`<span class="undated" title=${undated}
              ><span aria-hidden="true">${msg(str`+ ${this.undatedCount.toLocaleString(this.locale)} undated`)}</span
              ><span class="visually-hidden">${undated}</span></span
            >`
          : nothing}
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cm-timeline': CmTimeline;
  }
}
