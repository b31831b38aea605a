import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { customElement, property } from 'lit/decorators.js';
import type { ClaimsData } from '../../model/load-claims.ts';
import type { Claim } from '../../model/schema.ts';
import { describeDate } from '../../model/describe.ts';
import { LocalizedElement } from '../i18n/localize.ts';
import { kindLabel, modelWords, verificationLabels } from '../i18n/words.ts';
import { isDiscounted } from '../../model/derive-status.ts';
import { tokens } from '../tokens.ts';
import { sideBadge, sideColour } from '../side-badge.ts';
import { safeHttpUrl } from '../safe-url.ts';
import { cssVars } from '../css-vars.ts';
import { claimCardStyles } from './cm-claim-card.styles.ts';
import { isolateData } from '../../model/text-safety.ts';

/** A symbol per verification status, so the status is never told by colour alone. */
const VERIFICATION_ICON: Record<Claim['verification']['status'], string> = {
  'not-assessed': '○',
  unverified: '?',
  disputed: '⚠',
  corroborated: '✓',
  confirmed: '✓✓',
  false: '✗',
  retracted: '⊘',
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
    const observer = actor?.side === null;
    const discounted = isDiscounted(claim);
    const headingId = `claim-${claim.id}`;
    const words = modelWords(this.language);
    const date = (d: string | null | undefined) => describeDate(d, words);
    return html`<article
      part="card"
      class="${this.active ? 'active' : ''} ${discounted ? 'discounted' : ''}"
      aria-labelledby=${headingId}
      ${cssVars({ '--side': sideColour(data, side) })}
    >
      <header>
        <h5 id=${headingId} dir="auto">${actor?.name ?? claim.actor}</h5>
        ${actor?.role ? html`<span class="role" dir="auto">${actor.role}</span>` : nothing}
        ${observer ? html`<span class="observer">${msg('an observer (belongs to no side)')}</span>` : sideBadge(data, side)}
      </header>
      ${discounted
        ? html`<p class="discounted">
            <strong>${claim.verification.status === 'retracted' ? msg('Retracted') : msg('Rated false')}:</strong>
            ${msg('kept on record, but it does not count toward the place’s status.')}
          </p>`
        : nothing}
      ${claim.textType === 'quote'
        ? html`<span class="text-kind">${msg('Quote')}</span>
            <blockquote>${msg(str`“${isolateData(claim.text)}”`)}</blockquote>`
        : html`<div class="paraphrase">
            <span class="text-kind">${msg('Paraphrase, in the source’s words')}</span>
            <p class="paraphrase" dir="auto">${claim.text}</p>
          </div>`}
      <dl>
        <dt>${msg('Stated')}</dt>
        <dd>${date(claim.statedOn)}${claim.dateNote ? html`. <bdi>${claim.dateNote}</bdi>` : nothing}</dd>
        ${claim.eventOn !== undefined
          ? html`<dt>${msg('Event')}</dt>
              <dd>${date(claim.eventOn)}</dd>`
          : nothing}
        ${claim.statedIn
          ? html`<dt>${msg('Where')}</dt>
              <dd dir="auto">${claim.statedIn}</dd>`
          : nothing}
        <dt>${msg('Source')}</dt>
        <dd>
          ${sourceUrl ? html`<a href=${sourceUrl} target="_blank" rel="noopener noreferrer"><bdi>${source?.title}</bdi></a>` : html`<cite><bdi>${source?.title ?? claim.source}</bdi></cite>`}${source?.author
            ? html`, ${msg(str`by ${isolateData(source.author)}`)}`
            : nothing}${source?.outlet ? html`, <bdi>${source.outlet}</bdi>` : html`, ${msg('outlet not given')}`}${source?.date
            ? html`, ${date(source.date)}`
            : nothing}${source?.dateNote ? html`. <bdi>${source.dateNote}</bdi>` : nothing}
        </dd>
        <dt>${msg('Kind')}</dt>
        <dd>${kindLabel(claim.kind, data.kinds)}</dd>
        <dt>${msg('Verified?')}</dt>
        <dd>
          <span class="verification"
            ><span aria-hidden="true">${VERIFICATION_ICON[claim.verification.status]}</span>
            ${verificationLabels()[claim.verification.status]}</span
          >${claim.verification.by ? html` (<bdi>${claim.verification.by}</bdi>)` : nothing}${claim.verification.note
            ? html`: <bdi>${claim.verification.note}</bdi>`
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
