import { css } from 'lit';

export const claimsPanelStyles = css`
  :host {
    display: block;
  }
  section {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  header {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  h3 {
    margin: 0;
    font-size: 1.35rem;
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
    font-size: 0.85rem;
    font-weight: 400;
    color: var(--_muted);
  }
  .status {
    margin: 0;
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    background: var(--_surface-2);
    border-radius: var(--_radius);
    padding: 0.6rem 0.75rem;
  }
  .sentence {
    font-weight: 600;
  }
  .sentence .note {
    font-weight: 400;
  }
  h4 {
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
    margin: 0.5rem 0 0;
  }
  .pair {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    gap: 0.5rem;
    align-items: stretch;
    border: 2px solid var(--_contested);
    border-radius: var(--_radius);
    padding: 0.5rem;
  }
  .versus {
    align-self: center;
    font-weight: 700;
    font-size: 0.8rem;
    color: var(--_contested);
    text-transform: uppercase;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
  }
  /* A target at least 24 px high (WCAG 2.2). */
  details summary {
    min-height: 24px;
    line-height: 24px;
    cursor: pointer;
  }
  details {
    font-size: 0.85rem;
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
