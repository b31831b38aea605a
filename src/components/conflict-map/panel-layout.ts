import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';

/** How far a phone's bottom sheet is pulled up: a peek at the heading, half the map, or nearly all of it. */
export type SheetStep = 'peek' | 'half' | 'full';
export const SHEET_STEPS: readonly SheetStep[] = ['peek', 'half', 'full'];

/** Share of the map's height each step covers (the full step leaves a strip of map to tap). */
export const SHEET_SHARE: Record<SheetStep, number> = { peek: 0.22, half: 0.5, full: 0.92 };

/** From this width (CSS px of the element) the list of places starts open beside the map. */
export const LIST_OPEN_FROM = 1000;

/**
 * The overlays on the map: the list drawer and the panel (a side panel, or a bottom sheet on
 * narrow elements). Keeps the map the largest thing on screen: opening a place folds the list
 * away and unfolds it again on close; the sheet steps peek / half / full by drag, button or keys.
 */
export class PanelLayoutController implements ReactiveController {
  /** The reader's choice: is the list drawer open? */
  listOpen = false;
  /** The list was open when a panel opened, so it comes back when the panel closes. */
  private reopenList = false;
  sheetStep: SheetStep = 'half';
  private drag: { startY: number; startHeight: number; wrapHeight: number; sheet: HTMLElement } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called after the panel's size changed, to keep the map's padding in step. */
    private readonly onResize: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Opens the list at first where there is room for it beside the map. */
  initialise(opts: { noList: boolean; panelOpen: boolean }): void {
    const wide = this.host.getBoundingClientRect().width >= LIST_OPEN_FROM;
    const open = !opts.noList && wide;
    this.listOpen = open && !opts.panelOpen;
    this.reopenList = open && opts.panelOpen;
    this.host.requestUpdate();
  }

  toggleList = (): void => {
    this.listOpen = !this.listOpen;
    this.reopenList = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(this.onResize);
  };

  /** A panel opened: the list folds away (it comes back on close), the sheet rests at half. */
  panelOpened(): void {
    if (this.listOpen) this.reopenList = true;
    this.listOpen = false;
    this.sheetStep = 'half';
    this.host.requestUpdate();
  }

  panelClosed(): void {
    if (this.reopenList) this.listOpen = true;
    this.reopenList = false;
    this.host.requestUpdate();
  }

  setStep(step: SheetStep): void {
    this.sheetStep = step;
    this.host.requestUpdate();
    void this.host.updateComplete.then(this.onResize);
  }

  private stepBy(delta: number): void {
    const i = SHEET_STEPS.indexOf(this.sheetStep);
    this.setStep(SHEET_STEPS[Math.max(0, Math.min(SHEET_STEPS.length - 1, i + delta))]);
  }

  private handleKey = (e: KeyboardEvent) => {
    const delta = e.key === 'ArrowUp' || e.key === 'PageUp' ? 1 : e.key === 'ArrowDown' || e.key === 'PageDown' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    this.stepBy(delta);
  };

  /** A tap steps up (and from full back to peek); the arrow keys step either way. */
  private handleClick = () => {
    if (this.dragged) return void (this.dragged = false);
    this.setStep(this.sheetStep === 'full' ? 'peek' : SHEET_STEPS[SHEET_STEPS.indexOf(this.sheetStep) + 1]);
  };

  private dragged = false;

  private handlePointerDown = (e: PointerEvent) => {
    const handle = e.currentTarget as HTMLElement;
    const sheet = handle.closest<HTMLElement>('.panel');
    const wrap = sheet?.parentElement;
    if (!sheet || !wrap) return;
    handle.setPointerCapture(e.pointerId);
    this.drag = { startY: e.clientY, startHeight: sheet.offsetHeight, wrapHeight: wrap.clientHeight, sheet };
    this.dragged = false;
  };

  private handlePointerMove = (e: PointerEvent) => {
    const d = this.drag;
    if (!d) return;
    const dy = d.startY - e.clientY;
    if (Math.abs(dy) > 4) this.dragged = true;
    const h = Math.max(48, Math.min(d.wrapHeight * SHEET_SHARE.full, d.startHeight + dy));
    d.sheet.style.height = `${h}px`;
  };

  private handlePointerUp = () => {
    const d = this.drag;
    if (!d) return;
    this.drag = null;
    if (!this.dragged) return;
    // Snap to the nearest step.
    const share = d.sheet.offsetHeight / d.wrapHeight;
    const nearest = SHEET_STEPS.reduce((a, b) => (Math.abs(SHEET_SHARE[b] - share) < Math.abs(SHEET_SHARE[a] - share) ? b : a));
    d.sheet.style.height = '';
    this.setStep(nearest);
  };

  /** The sheet's grip: a button (tap or arrow keys) that can also be dragged. Hidden on wide elements. */
  renderHandle() {
    const names: Record<SheetStep, string> = { peek: msg('peek'), half: msg('half'), full: msg('full') };
    return html`<button
      class="sheet-handle"
      type="button"
      aria-label=${msg(str`Panel size: ${names[this.sheetStep]}. Tap or use the arrow keys to change it`)}
      @click=${this.handleClick}
      @keydown=${this.handleKey}
      @pointerdown=${this.handlePointerDown}
      @pointermove=${this.handlePointerMove}
      @pointerup=${this.handlePointerUp}
      @pointercancel=${this.handlePointerUp}
    >
      <span aria-hidden="true"></span>
    </button>`;
  }
}
