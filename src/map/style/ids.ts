/** Source and layer ids: exported so the glue code and the tests never spell them twice. */
export const SOURCE = {
  extent: 'basemap-extent',
  countries: 'countries',
  countryLabels: 'country-labels',
  oblasts: 'oblasts',
  rivers: 'rivers',
  lakes: 'lakes',
  settlements: 'settlements',
  places: 'places',
  markers: 'place-markers',
  assessed: 'assessed-areas',
  clusters: 'place-clusters',
} as const;

export const LAYER = {
  background: 'background',
  sea: 'sea-fill',
  land: 'countries-fill',
  ukraine: 'ukraine-fill',
  lakes: 'lakes-fill',
  rivers: 'rivers-line',
  oblastBorders: 'oblasts-line',
  countryBorders: 'countries-line',
  settlementDots: 'settlements-dot',
  settlementLabels: 'settlements-label',
  oblastLabels: 'oblasts-label',
  countryLabels: 'countries-label',
  placesHit: 'places-hit',
  placeLinesHit: 'places-line-hit',
  placeLinesNone: 'places-line-none',
  placesOutline: 'places-outline',
  placesApproxOutline: 'places-approximate-outline',
  placesSelected: 'places-selected',
  placeLabels: 'places-label',
  /** Every place's neutral marker (what a click hits); the status symbols sit on it. */
  markers: 'place-markers-circle',
  markerSelected: 'place-markers-selected',
  clusterCircles: 'place-clusters-circle',
  clusterCounts: 'place-clusters-count',
  clusterSides: 'place-clusters-sides',
  clusterPoints: 'place-clusters-point',
  clusterPointCounts: 'place-clusters-point-count',
  assessedFill: 'assessed-fill',
  assessedOutline: 'assessed-outline',
} as const;

/** The status layers a reader toggles: per status, a fill and an outline for areas, a line for line places, and a marker symbol. */
export const STATUS_LAYERS = {
  contested: { fill: 'status-contested-fill', outline: 'status-contested-outline', line: 'status-contested-line', marker: 'status-contested-marker' },
  controlled: { fill: 'status-controlled-fill', outline: 'status-controlled-outline', line: 'status-controlled-line', marker: 'status-controlled-marker' },
  claimed: { fill: 'status-claimed-fill', outline: 'status-claimed-outline', line: 'status-claimed-line', marker: 'status-claimed-marker' },
} as const;

export type ToggleableStatus = keyof typeof STATUS_LAYERS;
export const TOGGLEABLE_STATUSES = Object.keys(STATUS_LAYERS) as ToggleableStatus[];

/** Images the fill patterns use (drawn in patterns.ts). */
export const PATTERN = {
  assessed: 'pattern-assessed',
  contested: 'pattern-contested',
  controlled: 'pattern-controlled',
  claimed: 'pattern-claimed',
} as const;

/** Images of the place markers, one per status (drawn in patterns.ts). */
export const MARKER_IMAGE = {
  contested: 'marker-contested',
  controlled: 'marker-controlled',
  claimed: 'marker-claimed',
  none: 'marker-none',
} as const;

export const FONT = { regular: 'Noto Sans Regular', bold: 'Noto Sans SemiBold' } as const;

/**
 * The property MapLibre keys feature state by: the place id with a prefix. MapLibre keeps
 * feature state in plain objects, so a place called "constructor" must never be a key there.
 */
export const FEATURE_ID = 'fid';
export const featureId = (placeId: string) => `place:${placeId}`;
