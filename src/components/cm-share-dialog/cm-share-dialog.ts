import { css, html } from 'lit';
import { msg, str } from '@lit/localize';
import { LocalizedElement } from '../i18n/localize.ts';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Snippets } from '../../model/share-snippets.ts';
import { tokens } from '../tokens.ts';

const labels = (): Record<keyof Snippets, string> => ({
  link: msg('Link to this view'),
  iframe: msg('Embed as an iframe'),
  element: msg('Embed as an element'),
});

/**
 * @summary The share dialog: the deep link, the iframe snippet and the element snippet for what
 * the reader sees now, each with a Copy button.
 * @csspart dialog - the dialog
 */
@customElement('cm-share-dialog')
export class CmShareDialog extends LocalizedElement {
  static override styles = [
    tokens,
    css`
      dialog {
        max-width: min(44rem, 92vw);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 1rem 1.2rem;
        color: var(--_text);
        background: var(--_surface);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.35);
      }
      h2 {
        margin: 0 0 0.75rem;
        font-size: 1.1rem;
      }
      label {
        display: block;
        font-weight: 600;
        margin: 0.75rem 0 0.25rem;
      }
      .row {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
      }
      textarea {
        flex: 1;
        font: 0.8rem/1.4 ui-monospace, monospace;
        min-height: 3.2rem;
        resize: vertical;
        box-sizing: border-box;
      }
      .actions {
        display: flex;
        justify-content: space-between;
        align-items: center;
        margin-top: 1rem;
      }
      .status {
        font-size: 0.85rem;
        color: var(--_muted);
      }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;
  @state() private copied: keyof Snippets | null = null;

  @property({ attribute: false }) snippets: Snippets = { link: '', iframe: '', element: '' };

  show(): void {
    this.copied = null;
    this.dialog.showModal();
  }

  private async copy(kind: keyof Snippets) {
    const text = this.snippets[kind];
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard permission (an iframe, an old browser): select the text for the reader to copy.
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#share-${kind}`);
      area?.select();
      document.execCommand?.('copy');
    }
    this.copied = kind;
  }

  override render() {
    const LABELS = labels();
    return html`<dialog part="dialog" aria-labelledby="share-title">
      <h2 id="share-title">${msg('Share or embed this map')}</h2>
      ${(Object.keys(LABELS) as (keyof Snippets)[]).map(
        (kind) => html`<label for="share-${kind}">${LABELS[kind]}</label>
          <div class="row">
            <textarea id="share-${kind}" readonly .value=${this.snippets[kind]} rows=${kind === 'link' ? 2 : 3}></textarea>
            <button class="button" type="button" @click=${() => this.copy(kind)} aria-label=${msg(str`Copy: ${LABELS[kind]}`)}>${msg('Copy')}</button>
          </div>`,
      )}
      <div class="actions">
        <span class="status" role="status">${this.copied ? msg(str`Copied: ${LABELS[this.copied]}.`) : ''}</span>
        <button class="button" type="button" @click=${() => this.dialog.close()}>${msg('Close')}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cm-share-dialog': CmShareDialog;
  }
}
