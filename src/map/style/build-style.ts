import { dataFileUrl, type DataFiles } from '../../model/data-files.ts';
import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BASEMAP_BBOX } from './basemap-extent.ts';
import { basemapLayers } from './basemap-layers.ts';
import { placeLayers } from './place-layers.ts';
import { FEATURE_ID, FONT, SOURCE } from './ids.ts';
import type { Theme } from './theme.ts';
import type { Lang } from '../../model/place.ts';

export interface FontFiles {
  latin400: string;
  latinExt400: string;
  cyrillic400: string;
  latin600: string;
  latinExt600: string;
  cyrillic600: string;
}

export interface StyleOptions {
  /** Absolute URL of the folder holding basemap/*.geojson (the app's own origin by default). */
  dataBase: string;
  /** The built-in files' own URLs where a bundler renamed them (the npm package). */
  files?: DataFiles;
  fonts: FontFiles;
  theme: Theme;
  lang: Lang;
  /** The credit for Natural Earth in the reader's language (it says the data is in the public domain). */
  naturalEarthCredit?: string;
}

const NATURAL_EARTH = 'Natural Earth (public domain)';
const GEONAMES = 'GeoNames (CC BY 4.0)';

/** The Unicode ranges each bundled font file covers (as @fontsource splits them). */
export const FONT_RANGES = {
  latin: ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+2000-206F', 'U+20AC', 'U+2122'],
  latinExt: ['U+0100-024F', 'U+1E00-1EFF'],
  cyrillic: ['U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
};
const { latin: LATIN, latinExt: LATIN_EXT, cyrillic: CYRILLIC } = FONT_RANGES;

function extentPolygon(): GeoJSONSourceSpecification['data'] {
  const [w, s, e, n] = BASEMAP_BBOX;
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
  };
}

/** The places' sources: their data is pushed in by ClaimsMap.setPlaces(). */
export function placeSources(): StyleSpecification['sources'] {
  return {
    [SOURCE.places]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: FEATURE_ID },
    [SOURCE.markers]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: FEATURE_ID },
  };
}

/**
 * What goes on top of an external basemap (the `basemap` opt-in): the place sources and their
 * fills, outlines and markers. Text is left out: an external style's glyphs may not have
 * the fonts they name, and the panel and list carry every name.
 */
export function overlayForExternalBasemap(theme: Theme): { sources: StyleSpecification['sources']; layers: LayerSpecification[] } {
  return { sources: placeSources(), layers: placeLayers(theme, 'en').filter((l) => l.type !== 'symbol' || !l.layout?.['text-field']) };
}

/**
 * The whole map style as data. No `glyphs` URL: MapLibre draws the labels itself from the
 * bundled Noto Sans files named in `font-faces`, so no glyph server is ever asked.
 */
export function buildStyle({ dataBase, files, fonts, theme, lang, naturalEarthCredit = NATURAL_EARTH }: StyleOptions): StyleSpecification {
  const url = (file: string) => dataFileUrl(file, dataBase, files);
  return {
    version: 8,
    name: 'Conflict Claims Map (offline)',
    'font-faces': {
      [FONT.regular]: [
        { url: fonts.latin400, 'unicode-range': LATIN },
        { url: fonts.latinExt400, 'unicode-range': LATIN_EXT },
        { url: fonts.cyrillic400, 'unicode-range': CYRILLIC },
      ],
      [FONT.bold]: [
        { url: fonts.latin600, 'unicode-range': LATIN },
        { url: fonts.latinExt600, 'unicode-range': LATIN_EXT },
        { url: fonts.cyrillic600, 'unicode-range': CYRILLIC },
      ],
    },
    sources: {
      [SOURCE.extent]: { type: 'geojson', data: extentPolygon() },
      [SOURCE.countries]: { type: 'geojson', data: url('basemap/countries.geojson'), attribution: naturalEarthCredit },
      [SOURCE.countryLabels]: { type: 'geojson', data: url('basemap/country-labels.geojson'), attribution: naturalEarthCredit },
      [SOURCE.oblasts]: { type: 'geojson', data: url('basemap/oblasts.geojson'), attribution: naturalEarthCredit },
      [SOURCE.rivers]: { type: 'geojson', data: url('basemap/rivers.geojson'), attribution: naturalEarthCredit },
      [SOURCE.lakes]: { type: 'geojson', data: url('basemap/lakes.geojson'), attribution: naturalEarthCredit },
      [SOURCE.settlements]: { type: 'geojson', data: url('basemap/settlements.geojson'), attribution: GEONAMES },
      ...placeSources(),
    },
    layers: [...basemapLayers(theme, lang), ...placeLayers(theme, lang)],
  };
}
