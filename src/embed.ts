/**
 * `embed.html`: the element alone, for an iframe. Options come as query parameters (the same
 * names as the element's attributes); the page posts its height to the parent as
 * `{ type: 'conflict-map:height', id, height }` whenever it changes.
 */
import './components/conflict-map/conflict-map.ts';
import { attributesFromQuery, type HeightMessage } from './embed-options.ts';

const el = document.querySelector('conflict-map')!;
for (const [name, value] of Object.entries(attributesFromQuery(location.search))) {
  el.setAttribute(name, value === true ? '' : value);
}

// The frame's page speaks the map's language.
new MutationObserver(() => (document.documentElement.lang = el.language)).observe(el, { attributes: true, attributeFilter: ['lang'] });
document.documentElement.lang = el.language;

const id = new URLSearchParams(location.search).get('id') ?? '';
let last = 0;
const post = () => {
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (height === last || window.parent === window) return;
  last = height;
  const message: HeightMessage = { type: 'conflict-map:height', id, height };
  window.parent.postMessage(message, '*');
};
new ResizeObserver(post).observe(document.documentElement);
post();
// The host's resize script asks once it listens: answer, even if the height has not changed.
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || (event.data as { type?: string } | null)?.type !== 'conflict-map:ping') return;
  last = 0;
  post();
});
