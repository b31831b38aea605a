import { css } from 'lit';

export const claimCardStyles = css`
  :host {
    display: block;
  }
  article {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-left: 6px solid var(--side, var(--_muted));
    border-radius: var(--_radius);
    padding: calc(0.75 * var(--_rem)) calc(0.9 * var(--_rem));
  }
  article.active {
    box-shadow: 0 0 0 3px var(--_selected);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_rem)) calc(0.5 * var(--_rem));
    align-items: baseline;
  }
  h5 {
    margin: 0;
    font-size: var(--_rem);
  }
  .role {
    color: var(--_muted);
    font-size: calc(0.85 * var(--_rem));
  }
  .side-badge {
    display: inline-flex;
    align-items: center;
    gap: calc(0.3 * var(--_rem));
    font-size: calc(0.8 * var(--_rem));
    font-weight: 600;
    border: 1px solid var(--side);
    border-radius: 999px;
    padding: 0 calc(0.5 * var(--_rem)) 0 0;
    margin-inline-start: auto;
  }
  .observer {
    font-size: 0.8rem;
    font-style: italic;
    color: var(--_muted);
    margin-inline-start: auto;
  }
  .discounted {
    margin: 0.5rem 0;
    padding: 0.3rem 0.5rem;
    border: 1px dashed var(--_border);
    font-size: 0.85rem;
  }
  article.discounted blockquote,
  article.discounted p.paraphrase {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .side-code {
    background: var(--side);
    color: #fff;
    border-radius: 999px;
    padding: 0 calc(0.4 * var(--_rem));
  }
  blockquote {
    margin: calc(0.6 * var(--_rem)) 0;
    padding: 0 0 0 calc(0.75 * var(--_rem));
    border-left: 3px solid var(--_border);
    font-size: calc(1.02 * var(--_rem));
  }
  .paraphrase {
    margin: calc(0.6 * var(--_rem)) 0;
  }
  .text-kind {
    display: inline-block;
    font-size: calc(0.72 * var(--_rem));
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
    margin-bottom: calc(0.2 * var(--_rem));
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(0.2 * var(--_rem)) calc(0.6 * var(--_rem));
    margin: 0;
    font-size: calc(0.85 * var(--_rem));
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .verification {
    font-weight: 600;
  }
  a {
    color: var(--_focus);
  }
`;
