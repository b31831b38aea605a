/** The authoring page (author.html): an article in, a reviewed claims file and its embed out. */
import './components/conflict-map/conflict-map.ts';
import './components/cm-author/cm-author.ts';
