import { css } from 'lit';

/**
 * Places an open popover (the top layer, `position: fixed`) just under the control that opened
 * it, kept inside the window: popovers overlay the map instead of pushing it down.
 */
export function placePopover(popover: HTMLElement, anchor: Element): void {
  const r = anchor.getBoundingClientRect();
  const w = popover.offsetWidth;
  popover.style.left = `${Math.max(8, Math.min(r.left, innerWidth - w - 8))}px`;
  popover.style.top = `${r.bottom + 4}px`;
  popover.style.maxHeight = `${Math.max(160, innerHeight - r.bottom - 16)}px`;
}

/** Handler for a popover's `toggle` event: `@toggle=${onPopoverToggle}` with the anchor's id in `data-anchor`. */
export function onPopoverToggle(e: Event): void {
  const popover = e.target as HTMLElement;
  if ((e as ToggleEvent).newState !== 'open') return;
  const anchor = (popover.getRootNode() as ShadowRoot | Document).getElementById(popover.dataset.anchor ?? '');
  if (anchor) placePopover(popover, anchor);
}

export const popoverStyles = css`
  [popover] {
    position: fixed;
    inset: auto;
    margin: 0;
    max-width: min(calc(26 * var(--_rem)), calc(100vw - 16px));
    overflow: auto;
    box-sizing: border-box;
    padding: calc(0.7 * var(--_rem)) calc(0.9 * var(--_rem));
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    font-size: calc(0.85 * var(--_rem));
  }
`;
