import { css } from 'lit';

export const conflictMapStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: var(--cm-min-height, 480px);
    height: 100%;
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
    grid-template-columns: minmax(220px, 300px) 1fr;
    grid-template-rows: auto 1fr;
    grid-template-areas: 'controls controls' 'list map';
  }
  .layout.no-list {
    grid-template-columns: 1fr;
    grid-template-areas: 'controls' 'map';
  }
  .layout.no-controls {
    grid-template-rows: 0 1fr;
  }
  .controls {
    grid-area: controls;
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_rem)) calc(1.5 * var(--_rem));
    align-items: flex-start;
    padding: calc(0.6 * var(--_rem)) calc(0.9 * var(--_rem));
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  .title {
    flex: 1 1 calc(16 * var(--_rem));
    min-width: 0;
  }
  .title h2 {
    font-size: calc(1.05 * var(--_rem));
    margin: 0;
  }
  .title p {
    margin: calc(0.15 * var(--_rem)) 0 0;
    font-size: calc(0.8 * var(--_rem));
    color: var(--_muted);
  }
  /* The toggles are a size container, which has no width of its own: give it one. */
  cm-layer-toggles {
    flex: 3 1 calc(32 * var(--_rem));
    min-width: 0;
  }
  .tools {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(0.5 * var(--_rem));
    flex: 0 1 calc(12 * var(--_rem));
  }
  .date label {
    display: block;
    font-size: calc(0.8 * var(--_rem));
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
  }
  .date input {
    font: inherit;
  }
  .lang-switch {
    font: inherit;
    min-height: 28px;
  }
  .list {
    grid-area: list;
    overflow: auto;
    padding: calc(0.75 * var(--_rem));
    border-right: 1px solid var(--_border);
    min-height: 0;
  }
  .map-wrap {
    grid-area: map;
    position: relative;
    min-height: 320px;
    overflow: hidden;
    /* The map fills what the timeline under it leaves. */
    display: flex;
    flex-direction: column;
  }
  .map {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
  }
  .map-wrap > cm-timeline {
    flex: none;
  }
  .places-menu {
    position: absolute;
    top: calc(0.5 * var(--_rem));
    left: calc(0.5 * var(--_rem));
    z-index: 1;
    max-width: min(calc(22 * var(--_rem)), calc(100% - calc(4 * var(--_rem))));
    max-height: calc(100% - calc(3 * var(--_rem)));
    overflow: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  .places-menu summary {
    padding: calc(0.4 * var(--_rem)) calc(0.7 * var(--_rem));
    cursor: pointer;
    font-weight: 600;
  }
  .places-menu cm-place-list {
    padding: 0 calc(0.7 * var(--_rem)) calc(0.5 * var(--_rem));
  }
  .panel {
    position: absolute;
    top: 0;
    right: 0;
    bottom: 0;
    width: min(620px, 60%);
    overflow: auto;
    background: var(--_surface);
    box-shadow: -4px 0 16px rgb(0 0 0 / 0.15);
    padding: calc(0.9 * var(--_rem));
    box-sizing: border-box;
    container: panel / inline-size;
    z-index: 2;
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
  .notice ul {
    margin: calc(0.3 * var(--_rem)) 0 0;
    padding-inline-start: calc(1.2 * var(--_rem));
    max-height: calc(12 * var(--_rem));
    overflow: auto;
  }
  .notice code {
    overflow-wrap: anywhere;
  }
  .map-message {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: var(--_rem);
    text-align: center;
    background: var(--_surface-2);
  }
  @container cm (max-width: 640px) {
    .layout,
    .layout.no-list {
      height: auto;
      grid-template-columns: 1fr;
      grid-template-rows: auto var(--cm-map-height, minmax(340px, 62vh)) auto;
      grid-template-areas: 'controls' 'map' 'list';
    }
    .list {
      border-right: 0;
      border-top: 1px solid var(--_border);
    }
    .panel {
      top: auto;
      left: 0;
      width: 100%;
      max-height: 72%;
      border-radius: 12px 12px 0 0;
      box-shadow: 0 -4px 16px rgb(0 0 0 / 0.2);
    }
    /* Block, not a flex column: Chromium sizes a flex item before the toggles' own container
       query hides their long text, and leaves a gap. */
    .controls {
      display: block;
    }
    .controls > * + * {
      margin-top: calc(0.5 * var(--_rem));
    }
    .date {
      display: flex;
      align-items: center;
      gap: calc(0.5 * var(--_rem));
    }
    .tools {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
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
