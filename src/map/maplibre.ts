/**
 * The only module that imports maplibre-gl. It points MapLibre at its worker (without this a
 * Vite build requests a worker that is not there) and hands out MapLibre's CSS as a string,
 * for the shadow root: a stylesheet in the document does not reach inside it.
 */
import { Map, AttributionControl, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';

setWorkerUrl(workerUrl);

export { Map, AttributionControl, NavigationControl, ScaleControl, maplibreCss };
export type {
  GeoJSONSource,
  MapGeoJSONFeature,
  MapMouseEvent,
  StyleSpecification,
  LayerSpecification,
  FilterSpecification,
} from 'maplibre-gl';
