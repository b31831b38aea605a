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

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * @param root - the folder the map is deployed in (where index.html, embed.html and conflict-map.js are)
 * @param state - what the reader sees now
 * @param frameId - the iframe's id, which its height messages carry
 * @param src - a claims file other than the built-in one, if any
 * @param frameTitle - the iframe's accessible name, in the reader's language
 */
export function shareSnippets(root: string, state: LinkState, frameId: string, src = '', frameTitle = 'Map: who claims what, where'): Snippets {
  const query = dehydrate(state);
  const link = `${new URL('index.html', root).href}${query ? `?${query}` : ''}`;
  const embedParams = new URLSearchParams(query);
  if (src) embedParams.set('src', src);
  const view = embedParams.get('map');
  if (view) {
    embedParams.delete('map');
    embedParams.set('view', view);
  }
  embedParams.set('id', frameId);
  const frameSrc = `${new URL('embed.html', root).href}?${embedParams.toString()}`;
  const iframe = [
    `<iframe id="${escapeAttr(frameId)}" src="${escapeAttr(frameSrc)}" title="${escapeAttr(frameTitle)}" width="100%" height="640" loading="lazy"></iframe>`,
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
    `<conflict-map${attrs.length ? ` ${attrs.join(' ')}` : ''}></conflict-map>`,
  ].join('\n');
  return { link, iframe, element };
}
