/**
 * Where the claims come from, said on the page: the article (title, outlet, author, date, link)
 * when the file gives it, and the claims file's address when it is not the built-in one.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { ClaimsData } from '../model/load-claims.ts';
import { formatPartialDate } from '../model/partial-date.ts';
import { safeHttpUrl } from './safe-url.ts';

/** "maps.example.org/ukraine/dnipro.json": the file's host and path, without query or scheme. */
export function claimsFileLabel(src: string, base: string): string {
  try {
    const url = new URL(src, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${url.protocol} URL`;
    return `${url.host}${url.pathname}`;
  } catch {
    return src;
  }
}

export function renderArticleSource(data: ClaimsData | null, src: string, base: string) {
  const article = data?.article;
  const url = safeHttpUrl(article?.url ?? null);
  const parts = [
    article?.outlet,
    article?.author ? msg(str`by ${article.author}`) : null,
    article?.published ? formatPartialDate(article.published) : null,
  ].filter((x): x is string => Boolean(x));
  return html`<p class="source">
    ${article
      ? html`<span class="article"
          >${msg('From')}
          ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">“${article.title}”</a>` : html`<cite>“${article.title}”</cite>`}${parts.length
            ? html`, ${parts.join(', ')}`
            : nothing}.</span
        >`
      : nothing}
    ${src ? html`<span class="file">${msg('Claims from')} <code>${claimsFileLabel(src, base)}</code></span>` : nothing}
  </p>`;
}

/** A link that names a place or claim this file does not have: say so, instead of showing nothing. */
export function missingFromFile(data: ClaimsData | null, place: string, claim: string): string | null {
  if (!data) return null;
  if (place && !data.places.some((p) => p.id === place)) return msg(str`This link names a place, “${place}”, that is not in this claims file.`);
  if (claim && !data.claims.some((c) => c.id === claim)) return msg(str`This link names a claim, “${claim}”, that is not in this claims file.`);
  return null;
}
