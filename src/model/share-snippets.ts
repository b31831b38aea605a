/**
 * What the share dialog offers for the current state: a deep link, an iframe and the element.
 * Pure, so every snippet is tested in node.
 */
import { dehydrate, type LinkState } from './url-state.ts';

export interface Snippets {
  link: string;
  iframe: string;
  element: string;
}

/** What the still image shows, for readers who cannot see it. */
const FALLBACK_ALT = 'Map of the places named in the article and who claims them; follow the link for the interactive map and every claim with its source';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * @param root - the folder the map is deployed in (where index.html, embed.html and conflict-map.js are)
 * @param state - what the reader sees now
 * @param frameId - the iframe's id, which its height messages carry
 * @param src - a claims file other than the built-in one, if any (absolute: the snippets are pasted elsewhere); overrides `state.src`
 * @param frameTitle - the iframe's accessible name, in the reader's language
 */
export function shareSnippets(root: string, state: LinkState, frameId: string, src = '', frameTitle = 'Map: who claims what, where'): Snippets {
  if (src) state = { ...state, src };
  src = state.src ?? '';
  const query = dehydrate(state);
  const link = `${new URL('index.html', root).href}${query ? `?${query}` : ''}`;
  const embedParams = new URLSearchParams(query);
  const view = embedParams.get('map');
  if (view) {
    embedParams.delete('map');
    embedParams.set('view', view);
  }
  embedParams.set('id', frameId);
  const frameSrc = `${new URL('embed.html', root).href}?${embedParams.toString()}`;
  // Without JavaScript, or where the map cannot load: a still image of the map and a link to it.
  const fallback = `<a href="${escapeAttr(link)}"><img src="${escapeAttr(new URL('preview.png', root).href)}" alt="${FALLBACK_ALT}" width="100%"></a>`;
  const iframe = [
    `<iframe id="${escapeAttr(frameId)}" src="${escapeAttr(frameSrc)}" title="${escapeAttr(frameTitle)}" width="100%" height="640" loading="lazy"></iframe>`,
    `<noscript>${fallback}</noscript>`,
    `<script src="${escapeAttr(new URL('embed-resize.js', root).href)}" defer></script>`,
  ].join('\n');
  const attrs: string[] = [];
  if (src) attrs.push(`src="${escapeAttr(src)}"`);
  if (state.place) attrs.push(`place="${escapeAttr(state.place)}"`);
  if (state.claim) attrs.push(`claim="${escapeAttr(state.claim)}"`);
  if (embedParams.has('layers')) attrs.push(`layers="${escapeAttr(state.layers.join(','))}"`);
  if (state.date) attrs.push(`date="${escapeAttr(state.date)}"`);
  if (view) attrs.push(`view="${escapeAttr(view)}"`);
  for (const key of ['sides', 'kinds', 'verification'] as const) if (state[key].length) attrs.push(`${key}="${escapeAttr(state[key].join(','))}"`);
  if (state.lang) attrs.push(`lang="${state.lang}"`);
  const element = [
    `<script type="module" src="${escapeAttr(new URL('conflict-map.js', root).href)}"></script>`,
    // The element's children show only while it is not defined: with JavaScript off, or when
    // its module cannot load (a server without CORS, say). Then the image and link stand in.
    `<conflict-map${attrs.length ? ` ${attrs.join(' ')}` : ''}>`,
    `  ${fallback}`,
    `</conflict-map>`,
  ].join('\n');
  return { link, iframe, element };
}
