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
    gap: 0.5rem 1.5rem;
    align-items: flex-start;
    padding: 0.6rem 0.9rem;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  .title {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .title h2 {
    font-size: 1.05rem;
    margin: 0;
  }
  .title p {
    margin: 0.15rem 0 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  /* The toggles are a size container, which has no width of its own: give it one. */
  cm-layer-toggles {
    flex: 3 1 32rem;
    min-width: 0;
  }
  .tools {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
    flex: 0 1 12rem;
  }
  .date label {
    display: block;
    font-size: 0.8rem;
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
    padding: 0.75rem;
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
    top: 0.5rem;
    left: 0.5rem;
    z-index: 1;
    max-width: min(22rem, calc(100% - 4rem));
    max-height: calc(100% - 3rem);
    overflow: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  .places-menu summary {
    padding: 0.4rem 0.7rem;
    cursor: pointer;
    font-weight: 600;
  }
  .places-menu cm-place-list {
    padding: 0 0.7rem 0.5rem;
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
    padding: 0.9rem;
    box-sizing: border-box;
    container: panel / inline-size;
    z-index: 2;
  }
  .notice {
    margin: 0.75rem;
    padding: 0.6rem 0.8rem;
    border-radius: var(--_radius);
    background: #fff4e0;
    border: 1px solid #c98a00;
    font-size: 0.9rem;
  }
  .notice ul {
    margin: 0.3rem 0 0;
    padding-inline-start: 1.2rem;
    max-height: 12rem;
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
    padding: 1rem;
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
      margin-top: 0.5rem;
    }
    .date {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .tools {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
    }
  }
`;
