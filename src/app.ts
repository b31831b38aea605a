/** The single-page app: the element, keeping the page URL in step with what the reader selects. */
import './components/conflict-map/conflict-map.ts';

// The page speaks the map's language: screen readers take the page's `lang` for its title and chrome.
const map = document.querySelector('conflict-map');
if (map) {
  const follow = () => (document.documentElement.lang = map.language);
  new MutationObserver(follow).observe(map, { attributes: true, attributeFilter: ['lang'] });
  follow();
}
// `?editor`: the located data problems (file, JSON path, field), for whoever prepares the data.
if (new URLSearchParams(location.search).has('editor')) document.querySelector('conflict-map')?.setAttribute('editor', '');
