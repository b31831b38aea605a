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
    padding: 0.75rem 0.9rem;
  }
  article.active {
    box-shadow: 0 0 0 3px var(--_selected);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
  }
  h5 {
    margin: 0;
    font-size: 1rem;
  }
  .role {
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .side-badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-size: 0.8rem;
    font-weight: 600;
    border: 1px solid var(--side);
    border-radius: 999px;
    padding: 0 0.5rem 0 0;
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
    padding: 0 0.4rem;
  }
  blockquote {
    margin: 0.6rem 0;
    padding: 0 0 0 0.75rem;
    border-left: 3px solid var(--_border);
    font-size: 1.02rem;
  }
  .paraphrase {
    margin: 0.6rem 0;
  }
  .text-kind {
    display: inline-block;
    font-size: 0.72rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
    margin-bottom: 0.2rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 0.6rem;
    margin: 0;
    font-size: 0.85rem;
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
