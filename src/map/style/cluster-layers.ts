import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Theme } from './theme.ts';
import { FEATURE_ID, FONT, LAYER, SOURCE } from './ids.ts';

const sideKey = (code: string) => `side_${code}`;

/**
 * Many places: their markers clustered, each cluster summing the claims and the claims per side
 * (a property per side, so the count by side is MapLibre's own arithmetic, in its worker).
 */
export function clusterSource(sides: readonly string[]): SourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    cluster: true,
    clusterRadius: 48,
    clusterMaxZoom: 9,
    promoteId: FEATURE_ID,
    clusterProperties: {
      claims: ['+', ['get', 'claim_count']],
      ...Object.fromEntries(sides.map((s) => [sideKey(s), ['+', ['get', sideKey(s)]]])),
    },
  } as SourceSpecification;
}

export function clusterLayers(theme: Theme, sides: readonly string[]): LayerSpecification[] {
  const isCluster: ExpressionSpecification = ['has', 'point_count'];
  // "RU 120 · UA 80": the side is told in text, not by colour.
  const bySide = sides.flatMap((s, i) => [...(i ? [' · '] : []), `${s} `, ['to-string', ['get', sideKey(s)]]]) as unknown as ExpressionSpecification;
  const claimCount: ExpressionSpecification = ['coalesce', ['get', 'claims'], ['get', 'claim_count']];
  return [
    {
      id: LAYER.clusterCircles,
      type: 'circle',
      source: SOURCE.clusters,
      filter: isCluster,
      paint: {
        'circle-color': theme.marker,
        'circle-opacity': 0.85,
        'circle-radius': ['interpolate', ['linear'], ['sqrt', claimCount], 1, 12, 30, 26, 100, 36],
        'circle-stroke-color': theme.markerStroke,
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYER.clusterCounts,
      type: 'symbol',
      source: SOURCE.clusters,
      filter: isCluster,
      layout: { 'text-field': ['to-string', claimCount], 'text-font': [FONT.bold], 'text-size': 13, 'text-allow-overlap': true },
      paint: { 'text-color': theme.markerText },
    },
    ...(sides.length
      ? [
          {
            id: LAYER.clusterSides,
            type: 'symbol',
            source: SOURCE.clusters,
            filter: isCluster,
            layout: {
              'text-field': ['concat', ...(bySide as unknown as string[])] as unknown as ExpressionSpecification,
              'text-font': [FONT.regular],
              'text-size': 11,
              'text-offset': [0, 2.4],
              'text-anchor': 'top',
              'text-optional': true,
            },
            paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
          } satisfies LayerSpecification,
        ]
      : []),
    {
      id: LAYER.clusterPoints,
      type: 'circle',
      source: SOURCE.clusters,
      filter: ['!', isCluster],
      paint: {
        'circle-radius': ['+', 8, ['*', 1.5, ['sqrt', ['get', 'claim_count']]]],
        'circle-color': theme.marker,
        'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], theme.selected, theme.markerStroke],
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 2],
      },
    },
    {
      id: LAYER.clusterPointCounts,
      type: 'symbol',
      source: SOURCE.clusters,
      filter: ['!', isCluster],
      layout: { 'text-field': ['to-string', ['get', 'claim_count']], 'text-font': [FONT.bold], 'text-size': 11, 'text-allow-overlap': true },
      paint: { 'text-color': theme.markerText },
    },
  ];
}
