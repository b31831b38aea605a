/** The single-page app: the element, keeping the page URL in step with what the reader selects. */
import './components/conflict-map/conflict-map.ts';

// `?editor`: the located data problems (file, JSON path, field), for whoever prepares the data.
if (new URLSearchParams(location.search).has('editor')) document.querySelector('conflict-map')?.setAttribute('editor', '');
