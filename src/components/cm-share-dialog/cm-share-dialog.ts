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
        max-width: min(calc(44 * var(--_rem)), 92vw);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: var(--_rem) calc(1.2 * var(--_rem));
        color: var(--_text);
        background: var(--_surface);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.35);
      }
      h2 {
        margin: 0 0 calc(0.75 * var(--_rem));
        font-size: calc(1.1 * var(--_rem));
      }
      label {
        display: block;
        font-weight: 600;
        margin: calc(0.75 * var(--_rem)) 0 calc(0.25 * var(--_rem));
      }
      .row {
        display: flex;
        gap: calc(0.5 * var(--_rem));
        align-items: flex-start;
      }
      textarea {
        flex: 1;
        font: calc(0.8 * var(--_rem))/1.4 ui-monospace, monospace;
        min-height: calc(3.2 * var(--_rem));
        resize: vertical;
        box-sizing: border-box;
      }
      .actions {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: calc(0.5 * var(--_rem));
        flex-wrap: wrap;
        margin-top: var(--_rem);
      }
      .status {
        font-size: calc(0.85 * var(--_rem));
        color: var(--_muted);
      }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;
  @state() private copied: keyof Snippets | null = null;

  @property({ attribute: false }) snippets: Snippets = { link: '', iframe: '', element: '' };
  /** Makes a PNG of the view (data URL), for "Download image"; none where the map is not drawn. */
  @property({ attribute: false }) image: (() => Promise<string | null>) | null = null;
  @state() private imageStatus = '';

  private async download() {
    this.imageStatus = msg('Making the image…');
    const url = await this.image?.().catch(() => null);
    if (!url) {
      this.imageStatus = msg('The image could not be made in this browser.');
      return;
    }
    const a = document.createElement('a');
    a.href = url;
    a.download = 'conflict-map.png';
    a.click();
    this.imageStatus = msg('Image downloaded: conflict-map.png, with the legend and sources.');
  }

  show(): void {
    this.copied = null;
    this.imageStatus = '';
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
        <span class="status" role="status">${this.imageStatus || (this.copied ? msg(str`Copied: ${LABELS[this.copied]}.`) : '')}</span>
        ${this.image ? html`<button class="button download" type="button" @click=${() => this.download()}>${msg('Download image')}</button>` : ''}
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
