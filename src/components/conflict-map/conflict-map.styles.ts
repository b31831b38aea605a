import { css } from 'lit';

/**
 * The map is the hero: one compact bar of controls (title, a one-line legend, filters and share,
 * which open as popovers over the map), then the map, with the list of places as a drawer and
 * a place's claims as a side panel (a bottom sheet on narrow elements) laid over it.
 */
export const conflictMapStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: var(--cm-min-height, 480px);
    /* Fills a container of set height, but never beyond the viewport: in a news page's grid or
       flex column the container stretches to the whole article, and 100% alone made the element
       thousands of pixels tall (and kept a second element below it from ever starting). A height
       set on the element itself overrides this. */
    height: min(100%, 100svh);
    container: cm / inline-size;
    background: var(--_surface);
  }
  :host([hidden]) {
    display: none;
  }
  .layout {
    display: grid;
    height: 100%;
    min-height: inherit;
    grid-template-columns: 100%;
    grid-template-rows: auto 1fr;
    position: relative;
  }
  /* The timeline is one slim row under the map; the map keeps the rest. */
  .layout.with-timeline {
    grid-template-rows: auto 1fr auto;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.35 * var(--_rem)) calc(0.6 * var(--_rem));
    align-items: center;
    padding: calc(0.35 * var(--_rem)) calc(0.6 * var(--_rem));
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
    position: relative;
    z-index: 3;
  }
  /* Without controls, the list's button floats on the map. */
  .layout.no-controls {
    grid-template-rows: 0 1fr;
  }
  .layout.no-controls.with-timeline {
    grid-template-rows: 0 1fr auto;
  }
  .layout.no-controls .controls {
    position: absolute;
    top: calc(0.5 * var(--_rem));
    left: calc(0.5 * var(--_rem));
    padding: 0;
    border: 0;
    background: none;
  }
  .button {
    min-height: calc(2 * var(--_rem));
    min-width: calc(2 * var(--_rem));
    white-space: nowrap;
  }
  .title {
    flex: 1 1 calc(10 * var(--_rem));
    min-width: calc(6 * var(--_rem));
    margin: 0;
    font-size: calc(1 * var(--_rem));
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  cm-layer-toggles {
    flex: 0 1 auto;
  }
  /* Wraps rather than overflow: in Russian at 390 px the three tools are wider than the screen. */
  .tools {
    display: flex;
    flex-wrap: wrap;
    min-width: 0;
    max-width: 100%;
    gap: calc(0.4 * var(--_rem));
    align-items: center;
  }
  .date {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.2 * var(--_rem)) calc(0.5 * var(--_rem));
    padding-bottom: calc(0.5 * var(--_rem));
    border-bottom: 1px solid var(--_border);
  }
  .date label {
    font-size: calc(0.75 * var(--_rem));
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
  }
  .date input {
    font: inherit;
    min-height: calc(2 * var(--_rem));
  }
  .date .hint {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: calc(0.8 * var(--_rem));
  }
  .lang-switch {
    font: inherit;
    min-height: calc(2 * var(--_rem));
    max-width: 100%;
  }
  .map-wrap {
    position: relative;
    min-height: 240px;
    overflow: hidden;
  }
  .map {
    position: absolute;
    inset: 0;
  }
  /* The map has keyboard focus: a ring inside its edge, in the focus colour. */
  .map .maplibregl-canvas:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  /* The list: a drawer over the map's left side. */
  .list {
    position: absolute;
    top: 0;
    left: 0;
    bottom: 0;
    width: min(calc(18 * var(--_rem)), 45%);
    overflow: auto;
    box-sizing: border-box;
    padding: calc(0.6 * var(--_rem)) calc(0.75 * var(--_rem));
    background: var(--_surface);
    border-right: 1px solid var(--_border);
    box-shadow: 4px 0 12px rgb(0 0 0 / 0.12);
    z-index: 2;
  }
  /* The article reads better wider than the list of places. */
  .list.article {
    width: min(calc(26 * var(--_rem)), 50%);
  }
  .list[hidden] {
    display: none;
  }
  /* No map: the list takes its place. */
  .map-wrap.no-map .list {
    width: 100%;
    box-shadow: none;
  }
  .panel {
    position: absolute;
    top: 0;
    right: 0;
    bottom: 0;
    width: clamp(280px, 40%, 440px);
    overflow: auto;
    background: var(--_surface);
    box-shadow: -4px 0 16px rgb(0 0 0 / 0.15);
    padding: calc(0.9 * var(--_rem));
    box-sizing: border-box;
    container: panel / inline-size;
    z-index: 2;
  }
  .sheet-handle {
    display: none;
  }
  .loading {
    position: absolute;
    top: calc(0.5 * var(--_rem));
    left: 50%;
    transform: translateX(-50%);
    margin: 0;
    padding: calc(0.3 * var(--_rem)) calc(0.7 * var(--_rem));
    background: var(--_surface);
    border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    z-index: 1;
  }
  .notice {
    margin: calc(0.75 * var(--_rem));
    padding: calc(0.6 * var(--_rem)) calc(0.8 * var(--_rem));
    border-radius: var(--_radius);
    background: var(--_notice);
    border: 1px solid var(--_claimed);
    font-size: calc(0.9 * var(--_rem));
  }
  .notice p {
    margin: 0;
  }
  .notice p + p {
    margin-top: calc(0.4 * var(--_rem));
  }
  .notice.failure {
    background: var(--_surface-2);
    border-color: var(--_contested);
  }
  .notice summary {
    cursor: pointer;
    margin-top: calc(0.4 * var(--_rem));
  }
  /* Problems in the data: a notice over the map's top, never hidden in a closed drawer. */
  .map-wrap > .notice {
    position: absolute;
    top: 0;
    left: 0;
    right: calc(3 * var(--_rem));
    max-height: 40%;
    overflow: auto;
    z-index: 2;
  }
  .notice ul {
    margin: calc(0.3 * var(--_rem)) 0 0;
    padding-inline-start: calc(1.2 * var(--_rem));
    max-height: calc(12 * var(--_rem));
    overflow: auto;
  }
  .notice code {
    overflow-wrap: anywhere;
  }
  @container cm (max-width: 640px) {
    .controls {
      gap: calc(0.3 * var(--_rem)) calc(0.4 * var(--_rem));
      padding: calc(0.3 * var(--_rem)) calc(0.5 * var(--_rem));
    }
    .title {
      flex-basis: calc(8 * var(--_rem));
      font-size: calc(0.95 * var(--_rem));
    }
    /* The list and the panel rise from the bottom: the map keeps the top. */
    .list,
    .list.article {
      top: auto;
      width: 100%;
      max-height: 60%;
      border-right: 0;
      border-top: 1px solid var(--_border);
      border-radius: 12px 12px 0 0;
      box-shadow: 0 -4px 16px rgb(0 0 0 / 0.2);
    }
    .map-wrap.no-map .list {
      max-height: none;
      top: 0;
    }
    .panel {
      top: auto;
      left: 0;
      width: 100%;
      height: 50%;
      padding-top: 0;
      border-radius: 12px 12px 0 0;
      box-shadow: 0 -4px 16px rgb(0 0 0 / 0.2);
    }
    .panel[data-step='peek'] {
      height: max(calc(7 * var(--_rem)), 22%);
    }
    .panel[data-step='full'] {
      height: 92%;
    }
    .sheet-handle {
      display: flex;
      justify-content: center;
      align-items: center;
      position: sticky;
      top: 0;
      width: calc(100% + calc(1.8 * var(--_rem)));
      margin: 0 calc(-0.9 * var(--_rem)) calc(0.2 * var(--_rem));
      min-height: 28px;
      padding: 0;
      border: 0;
      background: var(--_surface);
      cursor: grab;
      touch-action: none;
      z-index: 1;
    }
    .sheet-handle span {
      width: calc(2.5 * var(--_rem));
      height: 5px;
      border-radius: 3px;
      background: var(--_muted);
    }
    .sheet-handle:focus-visible {
      outline-offset: -3px;
    }
  }
  .print-map {
    display: none;
  }
  /* Print: the map as an image, the legend, the list and the open place's claims in full; no buttons. */
  @media print {
    :host {
      height: auto;
      min-height: 0;
    }
    .layout,
    .layout.no-list {
      display: block;
      height: auto;
    }
    .tools,
    cm-timeline,
    .places-menu,
    .map,
    cm-share-dialog {
      display: none;
    }
    .map-wrap {
      min-height: 0;
      overflow: visible;
    }
    .print-map {
      display: block;
      width: 100%;
      break-inside: avoid;
    }
    .list {
      overflow: visible;
      border: 0;
    }
    .panel {
      position: static;
      width: auto;
      max-height: none;
      overflow: visible;
      box-shadow: none;
    }
  }
`;
