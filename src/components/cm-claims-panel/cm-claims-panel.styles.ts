import { css } from 'lit';

export const claimsPanelStyles = css`
  :host {
    display: block;
  }
  section {
    display: flex;
    flex-direction: column;
    gap: calc(0.75 * var(--_rem));
  }
  header {
    display: flex;
    align-items: flex-start;
    gap: calc(0.5 * var(--_rem));
  }
  h3 {
    margin: 0;
    font-size: calc(1.35 * var(--_rem));
    flex: 1;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .note {
    display: block;
    font-size: calc(0.85 * var(--_rem));
    font-weight: 400;
    color: var(--_muted);
  }
  .status {
    margin: 0;
    display: flex;
    gap: calc(0.5 * var(--_rem));
    align-items: flex-start;
    background: var(--_surface-2);
    border-radius: var(--_radius);
    padding: calc(0.6 * var(--_rem)) calc(0.75 * var(--_rem));
  }
  .sentence {
    font-weight: 600;
  }
  .sentence .note {
    font-weight: 400;
  }
  h4 {
    font-size: calc(0.8 * var(--_rem));
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
    margin: calc(0.5 * var(--_rem)) 0 0;
  }
  .pair {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    gap: calc(0.5 * var(--_rem));
    align-items: stretch;
    border: 2px solid var(--_contested);
    border-radius: var(--_radius);
    padding: calc(0.5 * var(--_rem));
  }
  .versus {
    align-self: center;
    font-weight: 700;
    font-size: calc(0.8 * var(--_rem));
    color: var(--_contested);
    text-transform: uppercase;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(0.6 * var(--_rem));
  }
  /* A target at least 24 px high (WCAG 2.2). */
  details summary {
    min-height: 24px;
    line-height: 24px;
    cursor: pointer;
  }
  details {
    font-size: calc(0.85 * var(--_rem));
    color: var(--_muted);
  }
  a {
    color: var(--_focus);
  }
  @container panel (max-width: 540px) {
    .pair {
      grid-template-columns: 1fr;
    }
    .versus {
      justify-self: center;
    }
  }
`;
