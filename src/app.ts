/** The single-page app: the element, keeping the page URL in step with what the reader selects. */
import './components/conflict-map/conflict-map.ts';
