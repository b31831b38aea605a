import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Theme } from './theme.ts';
import { FONT, LAYER, SOURCE } from './ids.ts';
import type { Lang } from '../../model/place.ts';

/** Reads the label in the reader's language, falling back to English where the data has none. */
export const nameExpr = (lang: Lang) =>
  (lang === 'en' ? ['get', 'name_en'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']]) as unknown as string;

/** The offline basemap: sea, land, Ukraine, water, borders and settlement labels thinning out with zoom. */
export function basemapLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': theme.outside } },
    // The sea is the basemap's extent under the land: past the extent there is no data to show.
    { id: LAYER.sea, type: 'fill', source: SOURCE.extent, paint: { 'fill-color': theme.sea } },
    { id: LAYER.land, type: 'fill', source: SOURCE.countries, filter: ['!', ['get', 'is_ukraine']], paint: { 'fill-color': theme.land } },
    { id: LAYER.ukraine, type: 'fill', source: SOURCE.countries, filter: ['get', 'is_ukraine'], paint: { 'fill-color': theme.ukraine } },
    { id: LAYER.lakes, type: 'fill', source: SOURCE.lakes, paint: { 'fill-color': theme.water } },
    {
      id: LAYER.rivers,
      type: 'line',
      source: SOURCE.rivers,
      filter: ['<=', ['get', 'minzoom'], ['+', ['zoom'], 2]],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 1.6, 11, 3] },
    },
    {
      id: LAYER.oblastBorders,
      type: 'line',
      source: SOURCE.oblasts,
      paint: { 'line-color': theme.oblastBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 10, 1.5], 'line-dasharray': [3, 2] },
    },
    {
      id: LAYER.countryBorders,
      type: 'line',
      source: SOURCE.countries,
      paint: { 'line-color': theme.countryBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 10, 2] },
    },
    {
      id: LAYER.oblastLabels,
      type: 'symbol',
      source: SOURCE.oblasts,
      minzoom: 5.5,
      maxzoom: 8,
      layout: {
        'text-field': nameExpr(lang),
        'text-font': [FONT.regular],
        'text-size': 11,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'symbol-placement': 'point',
      },
      paint: { 'text-color': theme.countryBorder, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1 },
    },
    {
      id: LAYER.countryLabels,
      type: 'symbol',
      source: SOURCE.countryLabels,
      maxzoom: 8,
      layout: { 'text-field': ['get', 'name_en'], 'text-font': [FONT.regular], 'text-size': 13, 'text-letter-spacing': 0.1, 'text-transform': 'uppercase' },
      paint: { 'text-color': theme.countryBorder, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1 },
    },
    {
      id: LAYER.settlementDots,
      type: 'circle',
      source: SOURCE.settlements,
      filter: ['<=', ['get', 'minzoom'], ['zoom']],
      paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 1.5, 10, 3], 'circle-color': theme.settlementDot },
    },
    {
      id: LAYER.settlementLabels,
      type: 'symbol',
      source: SOURCE.settlements,
      filter: ['all', ['<=', ['get', 'minzoom'], ['zoom']], ['!', ['has', 'is_place']]],
      layout: {
        'text-field': nameExpr(lang),
        'text-font': [FONT.regular],
        'text-size': ['interpolate', ['linear'], ['get', 'minzoom'], 3, 14, 10, 11],
        'text-anchor': 'left',
        'text-offset': [0.5, 0],
        'symbol-sort-key': ['get', 'rank'],
        'text-optional': true,
      },
      paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.2 },
    },
  ];
}
