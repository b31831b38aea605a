/**
 * The glue between MapLibre and the model: owns one maplibre Map, pushes derived data into its
 * sources, shows hover and selection through feature state, and reports what the reader clicks.
 * It knows the model, never the components.
 */
import { Map, AttributionControl, NavigationControl, ScaleControl } from './maplibre.ts';
import type { FilterSpecification, GeoJSONSource, LayerSpecification, MapGeoJSONFeature, StyleSpecification } from './maplibre.ts';
import { LAYER, MARKER_IMAGE, PATTERN, SOURCE, STATUS_LAYERS, TOGGLEABLE_STATUSES, featureId, type ToggleableStatus } from './style/ids.ts';
import { MARKER_SHAPE, drawMarker, drawPattern } from './patterns.ts';
import { assessedLayers } from './style/assessed-layers.ts';
import { clusterLayers, clusterSource } from './style/cluster-layers.ts';
import { approximateFilter } from './style/place-layers.ts';
import type { Theme } from './style/theme.ts';
import { markersToGeoJSON, placesToGeoJSON, type MarkerWords } from './to-geojson.ts';
import { geometryBounds, type Place } from '../model/place.ts';
import type { PlaceStatus } from '../model/derive-status.ts';

export interface MapView {
  center: [number, number];
  zoom: number;
}

export interface ClaimsMapOptions {
  container: HTMLElement;
  /** The offline style, or the URL of an external basemap style (opt-in) with `overlay` on top. */
  style: StyleSpecification | string;
  overlay?: { sources: StyleSpecification['sources']; layers: LayerSpecification[] };
  theme: Theme;
  view: MapView;
  /** Text for the attribution control: the data sources the basemap is built from. */
  attribution: string[];
  /** The words on the map, in the reader's language: markers' labels, the canvas's name, MapLibre's controls. */
  words: MarkerWords & { canvasLabel: string; maplibre: Record<string, string> };
  onPlaceClick: (placeId: string) => void;
  /** A cluster of places was clicked: the ids of the places in it. */
  onClusterClick?: (placeIds: string[], clusterId: number) => void;
  onViewChange?: (view: MapView) => void;
  /** Scroll-safe gestures (embeds): the wheel scrolls the page, Ctrl/⌘ + wheel or two fingers move the map. */
  cooperativeGestures?: boolean;
}

const CLICKABLE = [
  LAYER.clusterCircles,
  LAYER.clusterCounts,
  LAYER.clusterPoints,
  LAYER.clusterPointCounts,
  LAYER.markers,
  ...TOGGLEABLE_STATUSES.map((s) => STATUS_LAYERS[s].marker),
  LAYER.placeLabels,
  LAYER.placesHit,
  LAYER.placeLinesHit,
];

export class ClaimsMap {
  readonly map: Map;
  /** Resolves once the style, sources and pattern images are in place. */
  readonly loaded: Promise<void>;
  private selectedId: string | null = null;
  private visibleLayers: ReadonlySet<ToggleableStatus | 'assessed'> = new Set([...TOGGLEABLE_STATUSES, 'assessed']);
  private hoveredId: string | null = null;
  private readonly options: ClaimsMapOptions;
  private pushed: {
    places: readonly Place[];
    statuses: ReadonlyMap<string, PlaceStatus>;
    claimCounts: ReadonlyMap<string, number>;
    sideCounts: ReadonlyMap<string, Readonly<Record<string, number>>> | undefined;
    clustered: boolean;
  } | null = null;
  private areasKey = '';
  private markersShown = false;

  constructor(options: ClaimsMapOptions) {
    this.options = options;
    this.map = new Map({
      container: options.container,
      style: options.style,
      center: options.view.center,
      zoom: options.view.zoom,
      minZoom: 3,
      maxZoom: 13,
      attributionControl: false,
      // The controls' tooltips and the scale's units, in the reader's language.
      locale: options.words.maplibre,
      // The keyboard shortcuts stay on; the canvas gets a name for screen readers below.
      cooperativeGestures: options.cooperativeGestures ?? false,
      // A data update (as-of date, filters) redraws labels at once instead of fading them in.
      fadeDuration: 0,
    });
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    // Compact (a button) only where the map is narrow: the credits would cover the scale bar.
    this.map.addControl(new AttributionControl({ customAttribution: options.attribution }), 'bottom-right');
    this.map.getCanvas().setAttribute('aria-label', options.words.canvasLabel);
    this.loaded = new Promise((resolve) => {
      this.map.once('load', () => {
        this.addOverlay();
        this.addPatterns();
        resolve();
      });
    });
    // A style change (e.g. an external basemap) drops images: add them again when MapLibre asks.
    this.map.on('styleimagemissing', (e) => this.addPatterns(e.id));
    this.map.on('click', (e) => {
      const features = this.map.queryRenderedFeatures(e.point, { layers: this.existing(CLICKABLE) });
      const cluster = features.find((f) => f.source === SOURCE.clusters && f.properties.cluster);
      if (cluster) return void this.clusterPlaces(Number(cluster.properties.cluster_id), Number(cluster.properties.point_count));
      const id = this.placeAt(features);
      if (id) options.onPlaceClick(id);
    });
    this.map.on('mousemove', (e) => {
      const id = this.placeAt(this.map.queryRenderedFeatures(e.point, { layers: this.existing(CLICKABLE) }));
      this.setHovered(id);
      this.map.getCanvas().style.cursor = id ? 'pointer' : '';
    });
    this.map.on('mouseout', () => this.setHovered(null));
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      options.onViewChange?.({ center: [round(c.lng, 4), round(c.lat, 4)], zoom: round(this.map.getZoom(), 2) });
    });
  }

  /** Replaces the places and their derived statuses. */
  setPlaces(
    places: readonly Place[],
    statuses: ReadonlyMap<string, PlaceStatus>,
    claimCounts: ReadonlyMap<string, number>,
    sideCounts?: ReadonlyMap<string, Readonly<Record<string, number>>>,
  ): void {
    const clustered = Boolean(this.map.getSource(SOURCE.clusters));
    const last = this.pushed;
    // The same inputs again (the map loaded and the data arrived at once): nothing to send.
    if (last && last.places === places && last.statuses === statuses && last.claimCounts === claimCounts && last.sideCounts === sideCounts && last.clustered === clustered) return;
    this.pushed = { places, statuses, claimCounts, sideCounts, clustered };
    // Each source gets setData only when what it draws changed: one setData per as-of or filter
    // change in the common case (the markers), as every setData re-tiles in MapLibre's worker.
    const areas = placesToGeoJSON(places, statuses);
    const areasKey = areas.features.map((f) => `${f.properties?.id}:${f.properties?.status}`).join(',');
    if (last?.places !== places || areasKey !== this.areasKey) this.source(SOURCE.places)?.setData(areas);
    if (last?.places !== places) this.hideBasemapLabelsOf(places);
    this.areasKey = areasKey;
    const markers = markersToGeoJSON(places, statuses, claimCounts, sideCounts, this.options.words);
    if (!clustered) this.source(SOURCE.markers)?.setData(markers);
    else {
      if (this.markersShown) this.source(SOURCE.markers)?.setData({ type: 'FeatureCollection', features: [] });
      this.source(SOURCE.clusters)?.setData(markers);
    }
    this.markersShown = !clustered && markers.features.length > 0;
    // setData keeps feature state, but a place that left the data must not stay selected.
    this.setSelected(this.selectedId);
  }

  /** A place's own marker and label stand for its town: the basemap's label for it would collide. */
  private hideBasemapLabelsOf(places: readonly Place[]): void {
    const layer = this.map.getLayer(LAYER.settlementLabels);
    if (!layer) return;
    const names = places.filter((p) => p.geometry.type === 'Point' || p.kind === 'city' || p.kind === 'town').map((p) => p.names.en);
    this.baseSettlementFilter ??= (this.map.getFilter(LAYER.settlementLabels) as FilterSpecification | null) ?? true;
    this.map.setFilter(LAYER.settlementLabels, ['all', this.baseSettlementFilter, ['!', ['in', ['get', 'name_en'], ['literal', names]]]] as unknown as FilterSpecification);
  }

  private baseSettlementFilter: FilterSpecification | null = null;

  setSelected(placeId: string | null): void {
    if (this.selectedId && this.selectedId !== placeId) this.setState(this.selectedId, { selected: false });
    this.selectedId = placeId;
    if (placeId) this.setState(placeId, { selected: true });
  }

  /** Shows the status layers (and the assessed layer) named, hides the others. */
  setLayerVisibility(visible: ReadonlySet<ToggleableStatus | 'assessed'>): void {
    this.visibleLayers = visible;
    const groups: [ToggleableStatus | 'assessed', string[]][] = [
      ...TOGGLEABLE_STATUSES.map((s): [ToggleableStatus, string[]] => [s, [STATUS_LAYERS[s].fill, STATUS_LAYERS[s].outline, STATUS_LAYERS[s].line, STATUS_LAYERS[s].marker]]),
      ['assessed', [LAYER.assessedFill, LAYER.assessedOutline]],
    ];
    for (const [name, ids] of groups) {
      for (const id of ids) if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visible.has(name) ? 'visible' : 'none');
    }
    // The approximate edge belongs to its area's status: hidden with it.
    if (this.map.getLayer(LAYER.placesApproxOutline)) this.map.setFilter(LAYER.placesApproxOutline, approximateFilter(TOGGLEABLE_STATUSES.filter((s) => visible.has(s))));
  }

  /**
   * Clusters the markers (many places), counting claims per side, or stops (null). The markers
   * then go to the clustered source on the next setPlaces().
   */
  setClustering(sides: readonly string[] | null): void {
    // The clustered source is new and empty: the next setPlaces() must send the markers.
    this.pushed = null;
    for (const layer of clusterLayers(this.options.theme, [])) if (this.map.getLayer(layer.id)) this.map.removeLayer(layer.id);
    if (this.map.getLayer(LAYER.clusterSides)) this.map.removeLayer(LAYER.clusterSides);
    if (this.map.getSource(SOURCE.clusters)) this.map.removeSource(SOURCE.clusters);
    if (!sides) return;
    this.map.addSource(SOURCE.clusters, clusterSource(sides));
    const before = this.map.getLayer(LAYER.placeLabels) ? LAYER.placeLabels : undefined;
    for (const layer of clusterLayers(this.options.theme, sides)) this.map.addLayer(layer, before);
  }

  /** Zooms to where a cluster breaks apart. */
  async expandCluster(clusterId: number): Promise<void> {
    const source = this.source(SOURCE.clusters);
    if (!source) return;
    const leaves = await source.getClusterLeaves(clusterId, 1, 0);
    const zoom = await source.getClusterExpansionZoom(clusterId);
    const point = leaves[0]?.geometry;
    if (point?.type === 'Point') this.map.easeTo({ center: point.coordinates as [number, number], zoom, duration: 500 });
  }

  private async clusterPlaces(clusterId: number, count: number): Promise<void> {
    const source = this.source(SOURCE.clusters);
    if (!source) return;
    const leaves = await source.getClusterLeaves(clusterId, count, 0);
    this.options.onClusterClick?.(
      leaves.map((f) => String(f.properties?.id)),
      clusterId,
    );
  }

  /** Keeps what is selected clear of the panel that covers part of the map. */
  setPadding(padding: { left?: number; right?: number; bottom?: number }): void {
    this.map.setPadding({ top: 0, left: padding.left ?? 0, right: padding.right ?? 0, bottom: padding.bottom ?? 0 });
  }

  /**
   * Moves the map so the place is whole and in view in the part of the map the panel leaves
   * free (the padding set by setPadding), at a zoom that shows it whole.
   */
  flyToPlace(place: Place, animate = true): void {
    const duration = animate ? 600 : 0;
    const { clientWidth: w, clientHeight: h } = this.map.getContainer();
    const pad = this.map.getPadding();
    const freeW = w - (pad.left ?? 0) - (pad.right ?? 0);
    const freeH = h - (pad.top ?? 0) - (pad.bottom ?? 0);
    if (place.geometry.type === 'Point') {
      this.map.easeTo({ center: place.labelPoint, zoom: Math.max(this.map.getZoom(), 9), duration });
      return;
    }
    // A loop, not Math.min(...coords): a 500,000-vertex polygon must not overflow the stack.
    const [w0, s0, e0, n0] = geometryBounds(place.geometry);
    // The place's marker and label sit at its label point: keep them in too.
    const [lx, ly] = place.labelPoint;
    // A margin around the place, smaller where the free part is small (a phone's map above its sheet).
    const margin = Math.max(8, Math.min(48, freeW / 8, freeH / 8));
    const maxZoom = place.kind === 'city' || place.kind === 'town' || place.kind === 'settlement' ? 11 : 9;
    this.map.fitBounds([Math.min(w0, lx), Math.min(s0, ly), Math.max(e0, lx), Math.max(n0, ly)], { padding: margin, duration, maxZoom });
  }

  setCooperativeGestures(on: boolean): void {
    if (on) this.map.cooperativeGestures.enable();
    else this.map.cooperativeGestures.disable();
  }

  setView(view: MapView): void {
    this.map.jumpTo({ center: view.center, zoom: view.zoom });
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.map.remove();
  }

  /** Our sources and layers on top of an external basemap. */
  private addOverlay(): void {
    const overlay = this.options.overlay;
    if (!overlay) return;
    for (const [id, source] of Object.entries(overlay.sources)) if (!this.map.getSource(id)) this.map.addSource(id, source);
    for (const layer of overlay.layers) if (!this.map.getLayer(layer.id)) this.map.addLayer(layer);
  }

  /** Relabels the map in another language: only text fields change, so nothing reloads. */
  setTextFields(layers: readonly LayerSpecification[]): void {
    for (const layer of layers) {
      if (layer.type !== 'symbol' || !layer.layout?.['text-field'] || !this.map.getLayer(layer.id)) continue;
      this.map.setLayoutProperty(layer.id, 'text-field', layer.layout['text-field']);
    }
  }

  private addPatterns(only?: string): void {
    const shapes = { contested: 'cross-hatch', claimed: 'hatch', controlled: 'dots', assessed: 'lines' } as const;
    for (const kind of Object.keys(shapes) as (keyof typeof shapes)[]) {
      const id = PATTERN[kind];
      if ((only && only !== id) || this.map.hasImage(id)) continue;
      this.map.addImage(id, drawPattern(shapes[kind], this.options.theme[kind]), { pixelRatio: 1 });
    }
    for (const status of Object.keys(MARKER_IMAGE) as (keyof typeof MARKER_IMAGE)[]) {
      const id = MARKER_IMAGE[status];
      if ((only && only !== id) || this.map.hasImage(id)) continue;
      const colour = status === 'none' ? this.options.theme.marker : this.options.theme[status];
      this.map.addImage(id, drawMarker(MARKER_SHAPE[status], colour, 2), { pixelRatio: 2 });
    }
  }

  /**
   * Shows an outside assessment's areas, loaded by MapLibre from their URL (large files never
   * pass through the page as objects), or removes them (null).
   */
  setAssessment(assessment: { url: string; filter?: { property: string; equals: string | number }; attribution: string } | null): void {
    for (const layer of [LAYER.assessedFill, LAYER.assessedOutline]) if (this.map.getLayer(layer)) this.map.removeLayer(layer);
    if (this.map.getSource(SOURCE.assessed)) this.map.removeSource(SOURCE.assessed);
    if (!assessment) return;
    this.map.addSource(SOURCE.assessed, { type: 'geojson', data: assessment.url, attribution: assessment.attribution });
    // Under the status areas: the claims stay on top of the assessment.
    const before = this.map.getLayer(LAYER.placesHit) ? LAYER.placesHit : undefined;
    for (const layer of assessedLayers(this.options.theme, assessment.filter)) this.map.addLayer(layer, before);
    this.setLayerVisibility(this.visibleLayers);
  }

  /** Of the features under the pointer: a marker first, else the smallest area. */
  private placeAt(features: MapGeoJSONFeature[]): string | null {
    const marker = features.find((f) => f.source === SOURCE.markers || (f.source === SOURCE.clusters && !f.properties.cluster));
    if (marker) return String(marker.properties.id);
    const areas = features.filter((f) => f.source === SOURCE.places);
    if (areas.length === 0) return null;
    areas.sort((a, b) => Number(a.properties.area_rank) - Number(b.properties.area_rank));
    return String(areas[0].properties.id);
  }

  /** Highlights a place as if the pointer were on it (its mention in the article is); null: none. */
  highlight(id: string | null): void {
    this.setHovered(id);
  }

  private setHovered(id: string | null): void {
    if (id === this.hoveredId) return;
    if (this.hoveredId) this.setState(this.hoveredId, { hover: false });
    this.hoveredId = id;
    if (id) this.setState(id, { hover: true });
  }

  private setState(id: string, state: Record<string, boolean>): void {
    for (const source of [SOURCE.places, SOURCE.markers, SOURCE.clusters]) {
      if (this.map.getSource(source)) this.map.setFeatureState({ source, id: featureId(id) }, state);
    }
  }

  private source(id: string): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(id);
  }

  private existing(layers: string[]): string[] {
    return layers.filter((l) => this.map.getLayer(l));
  }
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
