/** The basemap's extent is model data (the validator checks places against it); re-exported for the style. */
export { BASEMAP_BBOX } from '../../model/map-extent.ts';
