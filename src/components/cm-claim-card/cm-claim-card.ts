import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { customElement, property } from 'lit/decorators.js';
import type { ClaimsData } from '../../model/load-claims.ts';
import type { Claim } from '../../model/schema.ts';
import { describeDate } from '../../model/describe.ts';
import { LocalizedElement } from '../i18n/localize.ts';
import { modelWords, verificationLabels } from '../i18n/words.ts';
import { tokens } from '../tokens.ts';
import { sideBadge, sideColour } from '../side-badge.ts';
import { safeHttpUrl } from '../safe-url.ts';
import { cssVars } from '../css-vars.ts';
import { claimCardStyles } from './cm-claim-card.styles.ts';

/** A symbol per verification status, so the status is never told by colour alone. */
const VERIFICATION_ICON: Record<Claim['verification']['status'], string> = {
  'not-assessed': '○',
  unverified: '?',
  disputed: '⚠',
  corroborated: '✓',
  confirmed: '✓✓',
  false: '✗',
};

/**
 * @summary One claim: who said it and for which side, the words (quote or paraphrase), when,
 * the source, and whether anyone verified it. All data text is rendered as text.
 * @csspart card - the card
 */
@customElement('cm-claim-card')
export class CmClaimCard extends LocalizedElement {
  static override styles = [tokens, claimCardStyles];

  @property({ attribute: false }) claim!: Claim;
  @property({ attribute: false }) data!: ClaimsData;
  /** Highlights the card, e.g. when the claim was picked from the list or a link. */
  @property({ type: Boolean }) active = false;

  override render() {
    const { claim, data } = this;
    if (!claim || !data) return nothing;
    const actor = data.actors.find((a) => a.id === claim.actor);
    const source = data.sources.find((s) => s.id === claim.source);
    const sourceUrl = safeHttpUrl(source?.url);
    const side = actor?.side ?? '';
    const headingId = `claim-${claim.id}`;
    const words = modelWords(this.language);
    const date = (d: string | null | undefined) => describeDate(d, words);
    return html`<article
      part="card"
      class=${this.active ? 'active' : ''}
      aria-labelledby=${headingId}
      ${cssVars({ '--side': sideColour(data, side) })}
    >
      <header>
        <h5 id=${headingId}>${actor?.name ?? claim.actor}</h5>
        ${actor?.role ? html`<span class="role">${actor.role}</span>` : nothing} ${sideBadge(data, side)}
      </header>
      ${claim.textType === 'quote'
        ? html`<span class="text-kind">${msg('Quote')}</span>
            <blockquote>${msg(str`“${claim.text}”`)}</blockquote>`
        : html`<div class="paraphrase">
            <span class="text-kind">${msg('Paraphrase, in the source’s words')}</span>
            <p class="paraphrase">${claim.text}</p>
          </div>`}
      <dl>
        <dt>${msg('Stated')}</dt>
        <dd>${date(claim.statedOn)}${claim.dateNote ? html`. ${claim.dateNote}` : nothing}</dd>
        ${claim.eventOn !== undefined
          ? html`<dt>${msg('Event')}</dt>
              <dd>${date(claim.eventOn)}</dd>`
          : nothing}
        ${claim.statedIn
          ? html`<dt>${msg('Where')}</dt>
              <dd>${claim.statedIn}</dd>`
          : nothing}
        <dt>${msg('Source')}</dt>
        <dd>
          ${sourceUrl ? html`<a href=${sourceUrl} target="_blank" rel="noopener noreferrer">${source?.title}</a>` : html`<cite>${source?.title ?? claim.source}</cite>`}${source?.author
            ? html`, ${msg(str`by ${source.author}`)}`
            : nothing}${source?.outlet ? html`, ${source.outlet}` : html`, ${msg('outlet not given')}`}${source?.date
            ? html`, ${date(source.date)}`
            : nothing}${source?.dateNote ? html`. ${source.dateNote}` : nothing}
        </dd>
        <dt>${msg('Verified?')}</dt>
        <dd>
          <span class="verification"
            ><span aria-hidden="true">${VERIFICATION_ICON[claim.verification.status]}</span>
            ${verificationLabels()[claim.verification.status]}</span
          >${claim.verification.by ? html` (${claim.verification.by})` : nothing}${claim.verification.note
            ? html`: ${claim.verification.note}`
            : nothing}
        </dd>
      </dl>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cm-claim-card': CmClaimCard;
  }
}
