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
        font-size: 0.85rem;
      }
      section {
        background: var(--_surface);
        border-top: 1px solid var(--_border);
        padding: 0.35rem 0.75rem 0.45rem;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.35rem 0.6rem;
      }
      .head h3 {
        font-size: 0.85rem;
        margin: 0;
        font-weight: 600;
      }
      .as-of {
        min-width: 10ch;
      }
      .as-of-date {
        font-weight: 600;
      }
      .head .spacer {
        flex: 1;
      }
      .button {
        font-size: 0.8rem;
        padding: 0.15rem 0.55rem;
      }
      .body {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0 0.5rem;
        margin-top: 0.3rem;
      }
      .labels {
        display: grid;
        grid-auto-rows: 18px;
        align-items: center;
        color: var(--_muted);
        font-size: 0.75rem;
      }
      .labels span::before {
        content: '';
        display: inline-block;
        width: 0.6em;
        height: 0.6em;
        margin-right: 0.3em;
        background: var(--side);
        border-radius: 1px;
      }
      .track {
        position: relative;
        touch-action: none;
        cursor: ew-resize;
        min-width: 0;
      }
      svg {
        display: block;
        width: 100%;
      }
      .future {
        fill: var(--_surface);
        opacity: 0.7;
      }
      .axis {
        display: flex;
        justify-content: space-between;
        color: var(--_muted);
        font-size: 0.72rem;
        grid-column: 2;
      }
      .handle {
        position: absolute;
        top: -4px;
        bottom: -4px;
        width: 24px;
        margin-left: -12px;
        background: transparent;
        border: none;
        padding: 0;
        cursor: ew-resize;
      }
      .handle::before {
        content: '';
        position: absolute;
        left: 11px;
        top: 0;
        bottom: 0;
        width: 2px;
        background: var(--_text);
      }
      .handle::after {
        content: '';
        position: absolute;
        left: 5px;
        top: -2px;
        width: 14px;
        height: 10px;
        background: var(--_text);
        clip-path: polygon(0 0, 100% 0, 50% 100%);
      }
      .handle:focus-visible {
        outline-offset: 0;
      }
      /* The keys are told to screen readers always, and shown while the timeline has focus. */
      .hint {
        display: none;
      }
      section:focus-within .hint {
        display: block;
      }
      .undated,
      .hint {
        color: var(--_muted);
        font-size: 0.75rem;
        margin: 0.2rem 0 0;
      }
      .steps line {
        stroke: var(--_text);
        stroke-width: 1.5;
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

  private dayAt(clientX: number): string | null {
    const track = this.renderRoot.querySelector('.track');
    if (!track || !this.span) return null;
    const r = track.getBoundingClientRect();
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
    this.dragging = false;
    const day = this.dayAt(e.clientX);
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
    const x = span && day ? ((dayNumber(day) - dayNumber(span[0])) / Math.max(1, dayNumber(span[1]) - dayNumber(span[0]))) * 100 : 100;
    const height = this.rows.length * 18;
    return html`<section aria-labelledby="timeline-title">
      <div class="head">
        <h3 id="timeline-title">${msg('Timeline')}</h3>
        <span class="as-of" aria-live="polite"
          >${msg('As of')} <span class="as-of-date">${asOfText}</span>:
          <span class="in-force">${msg(str`${this.inForce.toLocaleString(this.locale)} of ${this.claims.length.toLocaleString(this.locale)} claims`)}</span></span
        >
        ${this.steps.length
          ? html`<button class="button play" type="button" aria-pressed=${this.playing ? 'true' : 'false'} @click=${this.play}>
              ${this.playing ? msg('Pause') : msg(str`Play the ${this.steps.length} changes`)}
            </button>`
          : nothing}
        ${this.published && this.date !== this.published
          ? html`<button class="button published" type="button" @click=${() => (this.stop(), this.set(this.published))}>
              ${msg(str`As published (${this.formatDay(this.published)})`)}
            </button>`
          : nothing}
        ${this.date
          ? html`<button class="button latest" type="button" @click=${() => (this.stop(), this.set(this.published ? 'latest' : ''))}>${msg('Back to latest')}</button>`
          : nothing}
        <span class="spacer"></span>
        <button class="button collapse" type="button" aria-expanded=${this.collapsed ? 'false' : 'true'} aria-controls="timeline-body" @click=${() => (this.collapsed = !this.collapsed)}>
          ${this.collapsed ? msg('Show timeline') : msg('Hide timeline')}
        </button>
      </div>
      <div id="timeline-body" ?hidden=${this.collapsed}>
        ${span && day
          ? html`<div class="body">
                <div class="labels" aria-hidden="true">
                  ${this.rows.map((r) => html`<span style="--side:${r.colour}">${r.label}</span>`)}
                </div>
                <div class="track" @pointerdown=${this.handlePointerDown} @pointermove=${this.handlePointerMove} @pointerup=${this.handlePointerUp} @pointercancel=${this.handlePointerUp}>
                  <svg viewBox="0 0 1000 ${height + 6}" preserveAspectRatio="none" style="height:${height + 6}px" aria-hidden="true">
                    ${this.rows.map(
                      (r, i) => svg`<path transform="translate(0 ${i * 18})" d=${r.path} stroke=${r.colour} stroke-width="2" vector-effect="non-scaling-stroke"></path>`,
                    )}
                    <g class="steps">
                      ${this.steps.map((s) => {
                        const sx = ((dayNumber(s) - dayNumber(span[0])) / Math.max(1, dayNumber(span[1]) - dayNumber(span[0]))) * 1000;
                        return svg`<line x1=${sx} x2=${sx} y1=${height + 1} y2=${height + 6} vector-effect="non-scaling-stroke"></line>`;
                      })}
                    </g>
                    <rect class="future" x=${x * 10} y="0" width=${1000 - x * 10} height=${height + 6}></rect>
                  </svg>
                  <div
                    class="handle"
                    role="slider"
                    tabindex="0"
                    style="left:${x}%"
                    aria-label=${msg('As-of date')}
                    aria-describedby="timeline-keys"
                    aria-valuemin=${dayNumber(span[0])}
                    aria-valuemax=${dayNumber(span[1])}
                    aria-valuenow=${dayNumber(day)}
                    aria-valuetext=${this.date ? this.formatDay(day) : msg(str`Latest claims (${this.formatDay(day)})`)}
                    @keydown=${this.handleKey}
                  ></div>
                </div>
                <div class="axis" aria-hidden="true">
                  <span>${this.formatDay(span[0], { month: 'short', year: 'numeric' })}</span><span>${this.formatDay(span[1], { month: 'short', year: 'numeric' })}</span>
                </div>
              </div>
              <p class="hint" id="timeline-keys">
                ${msg('Drag the handle, or use the arrow keys: left and right a day, up and down a change, Page Up and Page Down a month.')}
              </p>`
          : nothing}
        <p class="undated">
          ${span ? msg(str`${dated} dated claims on the axis.`) : msg('No claim in this file is dated: the timeline has nothing to place.')}
          ${this.undatedCount === 1
            ? msg('1 undated claim is not on the axis: its source gives no date, so it counts at every date.')
            : this.undatedCount
              ? msg(str`${this.undatedCount} undated claims are not on the axis: their sources give no date, so they count at every date.`)
              : nothing}
        </p>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cm-timeline': CmTimeline;
  }
}
