import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Theme } from './theme.ts';
import { LAYER, PATTERN, SOURCE } from './ids.ts';

/**
 * An outside assessment's areas: horizontal lines (a shape no status uses) and a thin outline,
 * under the status areas so the claims stay on top.
 */
export function assessedLayers(theme: Theme, filter?: { property: string; equals: string | number }): LayerSpecification[] {
  const polygons: FilterSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
  const only: FilterSpecification = filter ? ['all', polygons, ['==', ['get', filter.property], filter.equals]] : polygons;
  return [
    { id: LAYER.assessedFill, type: 'fill', source: SOURCE.assessed, filter: only, paint: { 'fill-pattern': PATTERN.assessed, 'fill-opacity': 0.6 } },
    {
      id: LAYER.assessedOutline,
      type: 'line',
      source: SOURCE.assessed,
      filter: only,
      paint: { 'line-color': theme.assessed, 'line-width': 1.2, 'line-opacity': 0.8 },
    },
  ];
}
