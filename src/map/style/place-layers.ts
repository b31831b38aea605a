import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Theme } from './theme.ts';
import { FONT, LAYER, MARKER_IMAGE, PATTERN, SOURCE, STATUS_LAYERS, TOGGLEABLE_STATUSES } from './ids.ts';
import type { Lang } from '../../model/place.ts';
import { nameExpr } from './basemap-layers.ts';

const OUTLINE_DASH: Record<keyof typeof STATUS_LAYERS, number[] | undefined> = {
  contested: undefined,
  controlled: undefined,
  claimed: [4, 3],
};

/**
 * Line places (a corridor, a front line, a crossing) by status: solid, dotted, dashed, so status
 * is told by the line's pattern and not by colour alone. The outline patterns above are for areas.
 */
const LINE_PATTERN: Record<keyof typeof STATUS_LAYERS, { dash?: number[]; width: number; cap: 'round' | 'butt' }> = {
  contested: { width: 5, cap: 'butt' },
  controlled: { dash: [0.2, 1.8], width: 5, cap: 'round' },
  claimed: { dash: [3, 2], width: 4, cap: 'butt' },
};

const isLine: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/**
 * The blurred edge that says an area's bounds are approximate ("what Russia calls Novorossiya"),
 * in its status's colour: only for areas with a status the reader has on. Without a status the
 * area is not drawn, and a lone halo would suggest a claim that nothing in the file makes.
 */
export function approximateFilter(visible: Iterable<string>): ExpressionSpecification {
  return ['all', ['==', ['get', 'approximate'], true], ['in', ['get', 'status'], ['literal', [...visible]]]];
}

/**
 * The article's places: status fills (a pattern per status, so greyscale still tells them apart),
 * outlines, labels that say the status in words, and a marker with the claim count.
 */
export function placeLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  const statusLayers = TOGGLEABLE_STATUSES.flatMap((status): LayerSpecification[] => [
    {
      id: STATUS_LAYERS[status].fill,
      type: 'fill',
      source: SOURCE.places,
      // A fill layer would close a line into a shape: areas only.
      filter: ['all', isArea, ['==', ['get', 'status'], status]],
      layout: { 'fill-sort-key': ['-', 0, ['get', 'area_rank']] },
      paint: { 'fill-pattern': PATTERN[status], 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0.85, 10, 0.4] },
    },
    {
      id: STATUS_LAYERS[status].outline,
      type: 'line',
      source: SOURCE.places,
      filter: ['all', isArea, ['==', ['get', 'status'], status]],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme[status],
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.5, 10, 3],
        ...(OUTLINE_DASH[status] ? { 'line-dasharray': OUTLINE_DASH[status] } : {}),
      },
    },
    {
      id: STATUS_LAYERS[status].line,
      type: 'line',
      source: SOURCE.places,
      filter: ['all', isLine, ['==', ['get', 'status'], status]],
      layout: { 'line-join': 'round', 'line-cap': LINE_PATTERN[status].cap },
      paint: {
        'line-color': theme[status],
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, LINE_PATTERN[status].width, 10, LINE_PATTERN[status].width * 1.6],
        ...(LINE_PATTERN[status].dash ? { 'line-dasharray': LINE_PATTERN[status].dash } : {}),
      },
    },
  ]);
  return [
    // Invisible, but rendered: what a click on an area hits.
    { id: LAYER.placesHit, type: 'fill', source: SOURCE.places, filter: isArea, paint: { 'fill-color': theme.placeOutline, 'fill-opacity': 0 } },
    { id: LAYER.placeLinesHit, type: 'line', source: SOURCE.places, filter: isLine, paint: { 'line-color': theme.placeOutline, 'line-width': 16, 'line-opacity': 0 } },
    // A line place no claim gives a status to is still drawn, thin and neutral.
    {
      id: LAYER.placeLinesNone,
      type: 'line',
      source: SOURCE.places,
      filter: ['all', isLine, ['==', ['get', 'status'], 'none']],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.placeOutline, 'line-width': 2.5 },
    },
    ...statusLayers,
    {
      id: LAYER.placesApproxOutline,
      type: 'line',
      source: SOURCE.places,
      filter: approximateFilter(TOGGLEABLE_STATUSES),
      paint: {
        'line-color': ['match', ['get', 'status'], 'contested', theme.contested, 'controlled', theme.controlled, theme.claimed],
        'line-width': 10,
        'line-blur': 8,
        'line-opacity': 0.35,
      },
    },
    {
      id: LAYER.placesSelected,
      type: 'line',
      source: SOURCE.places,
      paint: {
        'line-color': theme.selected,
        'line-width': ['case', selected, 4, hovered, 2, 0],
        'line-opacity': ['case', ['any', selected, hovered], 1, 0],
      },
    },
    {
      id: LAYER.markerSelected,
      type: 'circle',
      source: SOURCE.markers,
      paint: {
        'circle-radius': 17,
        'circle-color': theme.selected,
        'circle-opacity': 0,
        'circle-stroke-color': theme.selected,
        'circle-stroke-width': ['case', selected, 4, hovered, 3, 0],
      },
    },
    // The neutral marker every place with claims gets; it also keeps basemap labels off it.
    {
      id: LAYER.markers,
      type: 'symbol',
      source: SOURCE.markers,
      layout: { 'icon-image': MARKER_IMAGE.none, 'icon-allow-overlap': true },
    },
    // The status, on the marker itself: a shape and pattern per status (toggled with its areas).
    ...TOGGLEABLE_STATUSES.map(
      (status): LayerSpecification => ({
        id: STATUS_LAYERS[status].marker,
        type: 'symbol',
        source: SOURCE.markers,
        filter: ['==', ['get', 'status'], status],
        layout: { 'icon-image': MARKER_IMAGE[status], 'icon-allow-overlap': true },
      }),
    ),
    {
      id: LAYER.placeLabels,
      type: 'symbol',
      source: SOURCE.markers,
      layout: {
        'text-field': [
          'format',
          nameExpr(lang),
          { 'font-scale': 1.1, 'text-font': ['literal', [FONT.bold]] },
          ['case', ['has', `label_note_${lang}`], ['concat', '\n', ['get', `label_note_${lang}`]], ''],
          { 'font-scale': 0.85 },
          ['concat', '\n', ['get', 'status_label']],
          { 'font-scale': 0.85 },
        ],
        'text-font': [FONT.regular],
        'text-size': 13,
        // Beside the marker, on whichever side is free of other labels.
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 1.1,
        'text-justify': 'auto',
        'text-allow-overlap': false,
        'text-optional': true,
      },
      paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.6 },
    },
  ];
}
