import { html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { customElement, property, query, state } from 'lit/decorators.js';
import { maplibreCss } from '../../map/maplibre.ts';
import { ClaimsMap, type MapView } from '../../map/claims-map.ts';
import { buildStyle, overlayForExternalBasemap } from '../../map/style/build-style.ts';
import { sanitizeExternalStyle } from '../../map/style/external-style.ts';
import type { StyleSpecification } from '../../map/maplibre.ts';
import { fetchJson } from '../../model/fetch-data.ts';
import { type ClaimsData, type Problem } from '../../model/load-claims.ts';
import { fetchProblem, loadAssessments, loadClaimsData } from '../../model/load-data.ts';
import { loadClaimsDataOffThread } from './load-off-thread.ts';
import { checkDataUrl, parseAllowOrigins, shortUrl, type OriginPolicy } from '../../model/origin-policy.ts';
import { LANGS, LANG_NAMES, parseLang, toLang } from '../../model/lang.ts';
import { isolateData } from '../../model/text-safety.ts';
import { LocalizedElement, inLang } from '../i18n/localize.ts';
import { intlLocale, kindLabel, mapWords, verificationLabels } from '../i18n/words.ts';
import { geometryBounds, type Place } from '../../model/place.ts';
import { MapStateModel, memoLast, type MapState } from '../../model/map-state.ts';
import type { PlaceStatus } from '../../model/derive-status.ts';
import { seriesFor } from '../../model/as-of.ts';
import { ClaimsTimeline, playSteps } from '../../model/claims-timeline.ts';
import { assessmentDays } from '../../model/assessment-series.ts';
import { filterClaims, type ClaimFilters } from '../../model/filter-claims.ts';
import { TimelineDateEvent } from '../cm-timeline/cm-timeline.ts';
import '../cm-timeline/cm-timeline.ts';
import { FilterClaimsEvent } from '../cm-claim-filters/cm-claim-filters.ts';
import '../cm-claim-filters/cm-claim-filters.ts';
import { DEFAULT_LINK_STATE, LAYER_NAMES, dehydrate, parseLayers, rehydrate, type LayerName, type LinkState } from '../../model/url-state.ts';
import { formatPartialDate } from '../../model/partial-date.ts';
import { type Assessment } from '../../model/assessed-control.ts';
import { sideLabel } from '../../model/describe.ts';
import {
  CmClaimSelectEvent,
  CmDataErrorEvent,
  CmDataLoadEvent,
  CmLayersChangeEvent,
  CmMapReadyEvent,
  CmPlaceSelectEvent,
  SelectPlaceEvent,
  ToggleLayersEvent,
} from '../events.ts';
import { hostReset, themeFrom, tokens } from '../tokens.ts';
import { FONT_FILES, registerDocumentFonts } from '../fonts.ts';
import { conflictMapStyles } from './conflict-map.styles.ts';
import { LIST_OPEN_FROM, PanelLayoutController } from './panel-layout.ts';
import type { CmClaimsPanel } from '../cm-claims-panel/cm-claims-panel.ts';
import '../cm-claims-panel/cm-claims-panel.ts';
import '../cm-place-list/cm-place-list.ts';
import '../cm-article-text/cm-article-text.ts';
import type { HighlightPlaceEvent } from '../events.ts';
import '../cm-layer-toggles/cm-layer-toggles.ts';
import '../cm-share-dialog/cm-share-dialog.ts';
import '../cm-cluster-panel/cm-cluster-panel.ts';
import { shareSnippets } from '../../model/share-snippets.ts';
import { NearViewportController } from '../near-viewport.ts';
import { renderDataNotice } from '../data-notice.ts';
import { viewImage } from '../view-image.ts';
import { dataFileUrl, type DataFiles } from '../../model/data-files.ts';
import { NOTHING_LEFT_OUT, claimsFileFailure, leftOutFrom, type FileFailure, type LeftOut } from '../../model/left-out.ts';
import type { PackedPlace } from '../../model/pack/format.ts';
import { PackedClaims } from '../../model/pack/read-pack.ts';
import type { Claim } from '../../model/schema.ts';
import { readableClaimsByPlace, readableStatus } from './packed-view.ts';
import { missingFromFile, renderArticleSource } from '../article-source.ts';

/** Origins the build allows data from (`VITE_ALLOW_ORIGINS="https://data.example.org" npm run build`). */
const BUILD_ALLOW_ORIGINS: string = import.meta.env?.VITE_ALLOW_ORIGINS ?? '';

/** Whole Ukraine, with a margin: the view when no other is asked for. */
const NO_ASSESSMENTS: readonly Assessment[] = [];

const DEFAULT_BOUNDS: [number, number, number, number] = [22, 44.2, 40.3, 52.5];

/**
 * @summary An interactive map of who claims what, where: the places named in a claims file,
 * their status derived from the claims, and every claim with its source.
 *
 * @fires {CmPlaceSelectEvent} cm-place-select - the reader selected a place, or cleared the selection: `event.placeId` (string or null)
 * @fires {CmClaimSelectEvent} cm-claim-select - a claim was selected; `event.claimId`, `event.placeId`
 * @fires {CmLayersChangeEvent} cm-layers-change - the shown status layers changed; `event.layers`
 * @fires {CmDataLoadEvent} cm-data-load - the claims file loaded; `event.claimCount`, `event.placeCount`
 * @fires {CmDataErrorEvent} cm-data-error - the claims file had problems; `event.problems` (file, path, field, record, message)
 * @fires {CmMapReadyEvent} cm-map-ready - the map has drawn its style and the places
 * @csspart panel - the claims panel
 * @csspart list - the list of places
 * @csspart toggles - the layer toggles and legend
 * @cssprop --cm-font-size - the element's base text size, in px (16px); its type and spacing scale with it
 * @cssprop --cm-min-height - the element's minimum height (480px)
 * @cssprop --cm-map-height - the map's height when the element is narrow and stacks map and list
 * @cssprop --cm-contested - colour of contested areas
 * @cssprop --cm-controlled - colour of controlled areas
 * @cssprop --cm-claimed - colour of claimed areas
 * @cssprop --cm-selected - colour of the selected place's outline
 * @cssprop --cm-sea - colour of the sea
 * @cssprop --cm-land - colour of land outside Ukraine
 * @cssprop --cm-ukraine - colour of Ukraine's land
 * @cssprop --cm-text - text colour
 * @cssprop --cm-surface - background of the panels
 * @cssprop --cm-focus - colour of the focus ring
 * @cssprop --cm-font - the font family of the text around the map
 * @cssprop --cm-radius - corner radius of panels and buttons
 */
@customElement('conflict-map')
export class ConflictMap extends LocalizedElement {
  static override styles = [hostReset, unsafeCSS(maplibreCss), tokens, conflictMapStyles];

  /** Where `places.geojson`, `claims.json` and `basemap/` are served; set by each entry point. */
  static defaultDataBase = new URL('data/', document.baseURI).href;
  /** Where a bundler put each built-in data file, by its usual URL (set by the npm package's entry). */
  static defaultDataFiles: DataFiles | undefined;

  @query('.map') private mapContainer!: HTMLElement;
  @query('cm-claims-panel') private panel?: CmClaimsPanel;

  private claimsMap: ClaimsMap | null = null;
  /** The list drawer and the panel or bottom sheet over the map. */
  private readonly layout = new PanelLayoutController(this, () => this.updatePanelPadding());
  private returnFocusTo: HTMLElement | null = null;
  private loadToken = 0;
  private pendingView: MapView | null = null;
  private frameId = '';
  private stopAutoFit = () => {};
  private fitDefaultView: () => unknown = () => {};

  /** The first view: the loaded file's places (the whole of Ukraine for the built-in article), never closer than ~2°. */
  private get defaultBounds(): [number, number, number, number] {
    return this.data?.places.length ? viewBounds(this.data.places) : DEFAULT_BOUNDS;
  }

  @state() private data: ClaimsData | null = null;
  @state() private problems: Problem[] = [];
  @state() private mapFailure: string | null = null;
  @state() private dataLoading = true;
  @state() private assessments: Assessment[] = [];
  @state() private fileFailure: FileFailure | null = null;
  @state() private leftOut: LeftOut = NOTHING_LEFT_OUT;

  /** Lazy start: no map and no data requests until the element comes near the viewport. */
  @state() private started = false;
  private readonly nearViewport = new NearViewportController(
    this,
    () => (this.started = true),
    () => this.loading === 'eager',
  );
  /** A packed folder's full claims, fetched a chunk at a time (null for a single claims file). */
  private pack: PackedClaims | null = null;
  /** Bumped when a chunk of full claims arrives. */
  @state() private packVersion = 0;

  /** URL of a claims file; the built-in article data when empty. */
  @property() src = '';
  /** A claims file as a parsed JSON object (the authoring page's draft), shown instead of `src`. */
  @property({ attribute: false }) claimsJson: unknown = undefined;
  /** Id of the selected place. */
  @property({ reflect: true }) place = '';
  /** Id of the selected claim (its place opens). */
  @property({ reflect: true }) claim = '';
  /** Comma list of the layers shown: contested, controlled, claimed, assessed. */
  @property({ reflect: true }) layers: string = LAYER_NAMES.join(',');
  /** As-of date (YYYY-MM-DD): claims dated later are left out; undated claims always count. */
  @property({ reflect: true }) date = '';
  /** Comma list of side codes whose claims are shown (empty: all). */
  @property({ reflect: true }) sides = '';
  /** Comma list of claim kinds shown (empty: all). */
  @property({ reflect: true }) kinds = '';
  /** Comma list of verification statuses shown (empty: all). */
  @property({ reflect: true }) verification = '';
  /** The map view as `zoom/latitude/longitude` (as in links); the whole of Ukraine when empty. */
  @property() view = '';
  /** URL of an external MapLibre style to draw the places on (opt-in: it makes requests to that server). */
  @property({ reflect: true }) basemap = '';
  /**
   * Other origins `src`, assessment URLs and `basemap` may come from, separated by spaces
   * (`https://data.example.org https://cdn.example`). By default only this page's origin and the
   * element's own data folder are trusted.
   */
  @property({ attribute: 'allow-origins' }) allowOrigins = '';
  /** Folder the data files are served from; defaults to the entry point's own data folder. */
  @property({ attribute: 'data-base' }) dataBase = '';
  /** Hides the list of places (it still shows when the map cannot be drawn). */
  @property({ type: Boolean, attribute: 'no-list' }) noList = false;
  /** Opens the article (a claims file's `articleText`, its place mentions linked to the map) in the drawer at start, instead of the list of places. */
  @property({ type: Boolean, reflect: true }) article = false;
  /** What the drawer over the map shows: the list of places, or the article's text. */
  @state() private drawerView: 'places' | 'article' = 'places';
  /** Hides the title, layer toggles and date. */
  @property({ type: Boolean, attribute: 'no-controls' }) noControls = false;
  /** Hides the timeline under the map (the date still follows the `date` attribute and links). */
  @property({ type: Boolean, attribute: 'no-timeline' }) noTimeline = false;
  /** Keeps the page URL in step with the state (the app sets it; embeds leave the host's URL alone). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /**
   * `cooperative` (default): the wheel and one finger scroll the page, Ctrl/⌘ + wheel and two
   * fingers move the map. `direct`: the map takes every gesture (the full app page).
   */
  @property({ reflect: true }) gestures: 'cooperative' | 'direct' = 'cooperative';
  /** `lazy` (default): start when near the viewport; `eager`: start at once. */
  @property({ reflect: true, attribute: 'loading' }) loading: 'lazy' | 'eager' = 'lazy';
  /** `light` (default), `dark`, or `auto`: follows the reader's system setting (prefers-color-scheme). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** Shows every located data problem (file, JSON path, field), for the page's editor. */
  @property({ type: Boolean, reflect: true }) editor = false;

  override connectedCallback(): void {
    super.connectedCallback();
    registerDocumentFonts();
    if (this.syncUrl) {
      this.applyLinkState(rehydrate(location.search));
      window.addEventListener('popstate', this.handlePopState);
    }
    this.addEventListener('keydown', this.handleKeydown);
    this.darkQuery?.addEventListener('change', this.handleSchemeChange);
    window.addEventListener('beforeprint', this.handleBeforePrint);
    // Moved in the page: the map was removed on disconnect, so draw it again.
    if (this.hasUpdated && !this.claimsMap && this.started) void this.updateComplete.then(() => !this.claimsMap && this.recreateMap());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
    this.removeEventListener('keydown', this.handleKeydown);
    this.darkQuery?.removeEventListener('change', this.handleSchemeChange);
    window.removeEventListener('beforeprint', this.handleBeforePrint);
    this.claimsMap?.destroy();
    this.claimsMap = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // `lang` comes from attributes and links: only a language the map has names in.
    if (changed.has('lang') && !parseLang(this.lang)) {
      console.warn(`conflict-map: lang "${String(this.lang).slice(0, 40)}" is not one of ${LANGS.join(', ')}; using en`);
      this.lang = 'en';
    }
    if (this.started && (changed.has('src') || changed.has('claimsJson') || changed.has('dataBase') || changed.has('allowOrigins') || changed.has('started'))) void this.load();
    if (changed.has('view') && this.view) {
      const v = rehydrate(`map=${encodeURIComponent(this.view)}`).view;
      if (v) {
        this.pendingView = v;
        this.claimsMap?.setView(v);
      }
    }
  }

  protected override firstUpdated(): void {
    this.layout.initialise({ noList: this.noList && !this.article, panelOpen: Boolean(this.place || this.claim) });
    if (this.started) this.createMap();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('article') && this.article) this.showDrawer('article', true);
    if (changed.has('loading') && this.loading === 'eager') this.nearViewport.start();
    if (changed.has('started') && this.started && !this.claimsMap && !this.mapFailure) this.createMap();
    const map = this.claimsMap;
    if (map && changed.has('gestures')) map.setCooperativeGestures(this.gestures !== 'direct');
    if (map && (changed.has('data') || changed.has('date') || changed.has('sides') || changed.has('kinds') || changed.has('verification'))) {
      void map.loaded.then(() => this.pushPlaces());
    }
    if (map && changed.has('data')) void map.loaded.then(() => this.fitDefaultView());
    if (map && changed.has('layers')) void map.loaded.then(() => map.setLayerVisibility(new Set(this.shownLayers)));
    if (map && (changed.has('assessments') || changed.has('date'))) void map.loaded.then(() => this.showAssessment());
    if (changed.has('place') || changed.has('claim') || changed.has('data') || changed.has('cluster')) this.fetchChunks();
    if (map && (changed.has('place') || changed.has('claim') || changed.has('data') || changed.has('cluster'))) {
      void map.loaded.then(() => {
        map.setSelected(this.selectedPlace?.id ?? null);
        this.updatePanelPadding();
      });
    }
    // Another language: MapLibre's controls, the markers' labels and the place names all change,
    // so the map is drawn again, at the same view.
    if (map && changed.has('lang') && changed.get('lang') !== undefined && toLang(changed.get('lang')) !== this.language) this.recreateMap();
    if (changed.has('basemap') && changed.get('basemap') !== undefined && this.hasUpdated) this.recreateMap();
    if (changed.has('theme') && changed.get('theme') !== undefined && this.claimsMap) this.recreateMap();
  }

  /** The MapLibre map inside, for hosts that need more than the attributes (null until drawn). */
  get maplibreMap() {
    return this.claimsMap?.map ?? null;
  }

  /** A PNG (data URL) of the map as shown, with the legend and a source line; null until the map is drawn. */
  async toImage(): Promise<string | null> {
    const map = this.claimsMap;
    if (!map) return null;
    await map.loaded;
    return viewImage(this, map.map, themeFrom(this), this.shownLayers.filter((l) => l !== 'assessed' || this.assessment), this.data?.title);
  }

  /** The state a link records. */
  get linkState(): LinkState {
    return {
      src: this.src || null,
      place: this.place || null,
      claim: this.claim || null,
      layers: this.shownLayers,
      date: this.date || null,
      view: this.currentView(),
      ...this.filters,
      lang: this.language === 'en' ? null : this.language,
    };
  }

  private currentView(): MapView | null {
    const m = this.claimsMap?.map;
    if (!m) return this.pendingView;
    const c = m.getCenter();
    return { center: [Math.round(c.lng * 1e4) / 1e4, Math.round(c.lat * 1e4) / 1e4], zoom: Math.round(m.getZoom() * 100) / 100 };
  }

  private get shownLayers(): LayerName[] {
    return parseLayers(this.layers);
  }

  private get dataFolder(): string {
    const fallback = new URL(ConflictMap.defaultDataBase, document.baseURI).href;
    if (!this.dataBase) return fallback;
    const check = checkDataUrl(this.dataBase, document.baseURI, this.originPolicy, 'data folder');
    return check.ok ? check.url : fallback;
  }

  private get dataFolderRefused(): string | null {
    if (!this.dataBase) return null;
    const check = checkDataUrl(this.dataBase, document.baseURI, this.originPolicy, 'data folder');
    return check.ok ? null : check.message;
  }

  private readonly mapState = new MapStateModel();

  /** What the element derives from its inputs (src/model/map-state.ts): ask freely, it is memoised. */
  private get derived(): MapState {
    const { data, assessments, sides, kinds, verification, place, claim } = this;
    return this.mapState.derive({ data, assessments, date: this.effectiveDate, sides, kinds, verification, place, claim });
  }

  /** The reader's as-of date, else the one the claims file opens at (`defaultDate`, e.g. its publication date). */
  private get effectiveDate(): string {
    return this.date || this.data?.defaultDate || '';
  }

  // Short names for what render and the map read.
  private get places() { return this.derived.places; }
  private get assessment() { return this.derived.assessment; }
  private get statuses() { return this.derived.statuses; }
  private get filters() { return this.derived.filters; }
  private get claimsByPlace() { return this.derived.claimsByPlace; }
  private get selectedPlace() { return this.derived.selectedPlace; }

  /** What the assessed toggle says it shows. */
  private get assessedLabel(): string {
    const a = this.assessment;
    if (!a || !this.data) return '';
    const holder = sideLabel(this.data, a.holder);
    const source = a.source;
    const licence = a.licence;
    if (!a.date) return msg(str`Areas ${source} marks as held by ${holder} (${licence}). An assessment, not a claim.`);
    const date = formatPartialDate(a.date, intlLocale(this.language));
    return msg(str`Areas ${source} marks as held by ${holder} on ${date} (${licence}). An assessment, not a claim.`);
  }

  /** The filters' choices, in the reader's language (sides are named by the data). */
  private get filterOptions() {
    const options = this.derived.filterOptions;
    const verification = verificationLabels();
    return {
      ...options,
      kinds: options.kinds.map((o) => ({ ...o, label: kindLabel(o.value, this.data?.kinds) })),
      verification: options.verification.map((o) => ({ ...o, label: verification[o.value as keyof typeof verification] ?? o.label })),
    };
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.dataLoading = true;
    const policy = this.originPolicy;
    // A draft in memory (the authoring page) is small: read on this thread; files go to the worker.
    const json = this.claimsJson === undefined ? undefined : { value: this.claimsJson, name: 'draft' };
    const request = { src: this.src, dataFolder: this.dataFolder, files: ConflictMap.defaultDataFiles, base: document.baseURI, policy, ...(json ? { json } : {}) };
    const result = await (json ? loadClaimsData(request) : loadClaimsDataOffThread(request));
    if (token !== this.loadToken) return;
    // The claims show now; assessments follow and never hold them back.
    this.assessments = [];
    this.pack = result.pack ? new PackedClaims(result.pack.url, result.pack.manifest, result.data.places as PackedPlace[], (url) => fetchJson(url)) : null;
    this.data = result.data;
    this.fileFailure = claimsFileFailure(result.problems, dataFileUrl('places.geojson', this.dataFolder, ConflictMap.defaultDataFiles));
    this.leftOut = leftOutFrom(result.counts);
    this.problems = [...this.policyProblems, ...result.problems];
    this.dataLoading = false;
    this.dispatchEvent(new CmDataLoadEvent(this.data.claims.length, this.data.places.length));
    if (this.problems.length) this.dispatchEvent(new CmDataErrorEvent(this.problems));
    if (!result.claimsUrl || result.data.assessments.length === 0) return;
    const loaded = await loadAssessments(result.data.assessments, result.claimsUrl, policy);
    if (token !== this.loadToken) return;
    this.assessments = loaded.assessments;
    if (loaded.problems.length) {
      this.problems = [...this.problems, ...loaded.problems];
      this.dispatchEvent(new CmDataErrorEvent(loaded.problems));
    }
  }

  /** Where data may come from: this page, the element's own data folder, and what the publisher allows. */
  private get originPolicy(): OriginPolicy {
    const own = [location.origin, new URL(ConflictMap.defaultDataBase, document.baseURI).origin];
    const allowed = [...parseAllowOrigins(this.allowOrigins).origins, ...parseAllowOrigins(BUILD_ALLOW_ORIGINS).origins];
    return { own, allowed };
  }

  /** Problems with the element's own settings: an allow-list entry that is not an origin, a refused data folder. */
  private get policyProblems(): Problem[] {
    const bad = parseAllowOrigins(this.allowOrigins).invalid;
    const out: Problem[] = bad.map((token) => ({
      file: 'conflict-map',
      path: '$',
      field: 'allow-origins',
      message: `"${token}" is not an origin such as https://data.example.org; it is ignored`,
    }));
    if (this.dataFolderRefused) out.push({ file: 'conflict-map', path: '$', field: 'data-base', message: `${this.dataFolderRefused}; the built-in data folder is used` });
    return out;
  }

  /** Problems the map reports (a basemap style that failed), kept apart from the data's. */
  @state() private mapProblems: Problem[] = [];
  private mapToken = 0;

  /** An external basemap passes the origin policy and is fetched here (time limit, size cap), then drawn. */
  private createMap(): void {
    const token = ++this.mapToken;
    this.mapProblems = [];
    if (!this.basemap) return this.drawMap(null);
    const check = checkDataUrl(this.basemap, document.baseURI, this.originPolicy, 'basemap style');
    if (!check.ok) {
      this.mapProblems = [{ file: shortUrl(this.basemap), path: '$', field: 'basemap', message: `${check.message}; the built-in basemap is shown` }];
      return this.drawMap(null);
    }
    void fetchJson(check.url)
      .then((json) => {
        const result = sanitizeExternalStyle(json);
        if ('error' in result) throw new Error(result.error);
        if (result.removed.length) {
          const message = `takes ids the map uses for its own places; left out: ${result.removed.slice(0, 5).join(', ')}${result.removed.length > 5 ? '…' : ''}`;
          this.mapProblems = [...this.mapProblems, { file: check.url, path: '$', field: 'basemap', message }];
        }
        return result.style;
      })
      .catch((e: unknown) => {
        this.mapProblems = [...this.mapProblems, { ...fetchProblem(check.url, e), field: 'basemap', message: `${fetchProblem(check.url, e).message}; the built-in basemap is shown` }];
        return null;
      })
      .then((style) => {
        if (token === this.mapToken && this.isConnected && !this.claimsMap) this.drawMap(style);
      });
  }

  private drawMap(externalStyle: StyleSpecification | null): void {
    try {
      const view = this.pendingView;
      const theme = themeFrom(this);
      const external = externalStyle;
      const words = mapWords(this.language);
      this.claimsMap = new ClaimsMap({
        container: this.mapContainer,
        style: external ?? buildStyle({ dataBase: this.dataFolder, files: ConflictMap.defaultDataFiles, fonts: FONT_FILES, theme, lang: this.language, naturalEarthCredit: words.naturalEarthCredit }),
        ...(external ? { overlay: overlayForExternalBasemap(theme) } : {}),
        theme,
        cooperativeGestures: this.gestures !== 'direct',
        view: view ?? { center: [31.2, 48.4], zoom: 5 },
        attribution: words.attribution,
        words,
        onPlaceClick: (id) => this.select(id, null, 'map'),
        onClusterClick: (placeIds, clusterId) => this.openCluster(placeIds, clusterId),
        onViewChange: () => this.writeUrl('replace'),
      });
      // Until the reader moves the map, the default view follows the element's size: a host
      // page's stylesheet often sizes the element after the map was created.
      let autoFit = !view;
      // Labels sit right of their markers: more room on the right keeps the easternmost place's
      // name and status ("Donbas · Claimed") inside the first view.
      const fit = () => {
        if (!autoFit || !this.claimsMap) return;
        const width = this.claimsMap.map.getContainer().clientWidth;
        this.claimsMap.map.fitBounds(this.defaultBounds, { duration: 0, padding: { top: 12, bottom: 12, left: 12, right: Math.min(130, Math.round(width * 0.2)) } });
      };
      this.fitDefaultView = fit;
      fit();
      this.claimsMap.map.on('resize', fit);
      this.claimsMap.map.on('movestart', (e) => {
        if ('originalEvent' in e && e.originalEvent) autoFit = false;
      });
      this.stopAutoFit = () => (autoFit = false);
      this.claimsMap.map.on('error', (e) => {
        if (this.mapProblems.length >= 20) return;
        this.mapProblems = [...this.mapProblems, { file: 'map', path: '$', field: 'map', message: e.error?.message ?? 'the map reported an error' }];
      });
      void this.claimsMap.loaded.then(() => {
        this.claimsMap?.setLayerVisibility(new Set(this.shownLayers));
        this.showAssessment();
        if (this.data) this.pushPlaces();
        this.mapReadyWhenDrawn();
        this.claimsMap?.setSelected(this.selectedPlace?.id ?? null);
        this.updatePanelPadding();
        // The list drawer may have opened since: fit the default view beside it.
        fit();
        // A link to a place without a view: show the place.
        const place = this.selectedPlace;
        if (place && !view) {
          this.stopAutoFit();
          this.claimsMap?.flyToPlace(place, false);
        }
      });
    } catch (e) {
      this.claimsMap = null;
      this.mapFailure = (e as Error).message || '';
    }
  }

  private shownAssessment: Assessment | null = null;

  /** Puts the assessment in force on the map (by URL), when it changed. */
  private showAssessment(): void {
    const a = this.assessment;
    if (!this.claimsMap || a === this.shownAssessment) return;
    this.shownAssessment = a;
    // MapLibre reads attribution as HTML: the source's name from the data goes in escaped.
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    this.claimsMap.setAssessment(a ? { url: a.url, ...(a.filter ? { filter: a.filter } : {}), attribution: escape(inLang(this.language, () => msg(str`Assessed: ${a.source}`))) } : null);
  }

  /** The panel covers the map's right side (or, as a bottom sheet, its lower part), the list its left: keep places clear of them. */
  private updatePanelPadding(): void {
    const panel = this.renderRoot.querySelector<HTMLElement>('.panel');
    const list = this.renderRoot.querySelector<HTMLElement>('.list:not([hidden])');
    const wrap = this.renderRoot.querySelector<HTMLElement>('.map-wrap');
    if (!this.claimsMap || !wrap) return;
    const sheet = (el: HTMLElement | null) => Boolean(el && el.offsetWidth >= wrap.offsetWidth - 1);
    this.claimsMap.setPadding({
      ...(panel ? (sheet(panel) ? { bottom: panel.offsetHeight } : { right: panel.offsetWidth }) : {}),
      ...(list && !sheet(list) ? { left: list.offsetWidth } : {}),
    });
  }

  private recreateMap(): void {
    this.mapToken++;
    this.pendingView = this.currentView();
    this.shownAssessment = null;
    this.clusteredSides = null;
    this.pushed = null;
    this.claimsMap?.destroy();
    this.claimsMap = null;
    this.createMap();
  }

  private applyLinkState(s: LinkState): void {
    this.src = s.src ?? '';
    this.sides = s.sides.join(',');
    this.kinds = s.kinds.join(',');
    this.verification = s.verification.join(',');
    this.place = s.place ?? '';
    this.claim = s.claim ?? '';
    this.layers = s.layers.join(',');
    this.date = s.date ?? '';
    if (s.lang) this.lang = s.lang;
    if (s.view) {
      this.pendingView = s.view;
      this.claimsMap?.setView(s.view);
    }
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    if (!this.syncUrl) return;
    const query = dehydrate(this.linkState);
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private readonly darkQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

  /** theme="auto": the reader switched their system between light and dark. */
  private handleSchemeChange = () => {
    if (this.theme === 'auto' && this.claimsMap) this.recreateMap();
  };

  /** A WebGL canvas prints blank: print a still of the map drawn this instant instead. */
  @state() private printImage = '';
  private handleBeforePrint = () => {
    const map = this.claimsMap?.map;
    if (!map) return;
    map.redraw();
    this.printImage = map.getCanvas().toDataURL('image/png');
  };

  private handlePopState = () => {
    const s = rehydrate(location.search);
    this.applyLinkState({ ...DEFAULT_LINK_STATE, ...s });
    if (!s.lang) this.lang = 'en';
  };

  private handleKeydown = (e: KeyboardEvent) => {
    // A dialog or popover closes itself on Escape; the panel stays open behind it.
    if (e.composedPath().some((n) => n instanceof HTMLDialogElement || (n instanceof HTMLElement && n.hasAttribute('popover')))) return;
    if (e.key === 'Escape' && (this.place || this.claim || this.cluster)) {
      e.preventDefault();
      this.closePanel();
    }
  };

  /** Selects a place (and maybe one of its claims), moving focus to the panel's heading. */
  private async select(placeId: string | null, claimId: string | null, from: 'map' | 'list') {
    const deepActive = this.shadowRoot?.activeElement;
    this.returnFocusTo = from === 'map' ? this.claimsMap?.map.getCanvas() ?? null : deepestActive(deepActive);
    this.cluster = null;
    this.place = placeId ?? '';
    this.claim = claimId ?? '';
    this.writeUrl('push');
    this.dispatchEvent(new CmPlaceSelectEvent(placeId));
    if (claimId) this.dispatchEvent(new CmClaimSelectEvent(claimId, placeId));
    const place = this.places.find((p) => p.id === placeId);
    // Chosen in the article, on a screen wide enough for both: the text stays open beside the panel, its mentions marked.
    const keepArticle = this.drawerView === 'article' && this.layout.listOpen && this.getBoundingClientRect().width >= LIST_OPEN_FROM;
    if (place && !keepArticle) this.layout.panelOpened();
    await this.updateComplete;
    await this.panel?.updateComplete;
    // The panel now covers part of the map: move the place into the part left free.
    if (place) {
      this.stopAutoFit();
      this.updatePanelPadding();
      this.claimsMap?.flyToPlace(place);
    }
    this.panel?.focusHeading();
  }

  /**
   * cm-map-ready: once the style is in, the places pushed and the map idle with them drawn (not
   * when the style alone has loaded, which is seconds earlier with a large file).
   */
  private mapReadyWhenDrawn(): void {
    const map = this.claimsMap;
    if (!map || !this.data || this.readyFor === map) return;
    this.readyFor = map;
    map.map.once('idle', () => this.dispatchEvent(new CmMapReadyEvent()));
    map.map.triggerRepaint();
  }

  private readyFor: ClaimsMap | null = null;

  /** For a packed folder: fetches the claims of what the reader opened (a place, a cluster's first page). */
  private fetchChunks(): void {
    const pack = this.pack;
    if (!pack) return;
    const ids = this.cluster ? this.firstClusterPage(this.cluster.placeIds) : this.selectedPlace ? [this.selectedPlace.id] : [];
    // A small folder: the list shows every claim under its place, so fetch them all (a chunk or two).
    if (pack.manifest.claimCount <= 200) ids.push(...this.places.map((p) => p.id));
    if (!ids.length || pack.hasPlaces(ids)) return;
    void pack.loadPlaces(ids).then((problems) => {
      if (pack !== this.pack) return;
      if (problems.length) this.problems = [...this.problems, ...problems];
      this.packVersion++;
    });
  }

  /** The most-claimed places of a cluster, enough for the claims its panel shows first. */
  private firstClusterPage(placeIds: string[]): string[] {
    const count = (id: string) => this.derived.claimCounts.get(id) ?? 0;
    const ids: string[] = [];
    let claims = 0;
    for (const id of [...placeIds].sort((a, b) => count(b) - count(a))) {
      if (claims >= 200) break;
      ids.push(id);
      claims += count(id);
    }
    return ids;
  }

  /** What readers read: the full claims of a packed folder where fetched. */
  private get readableByPlace(): Map<string, Claim[]> {
    return readableClaimsByPlace(this.claimsByPlace, this.pack, this.packVersion);
  }

  /** At most this many problems are listed in the notice; the rest are counted. */
  static readonly PROBLEMS_LISTED = 50;

  /** Past this many places with claims, markers are clustered. */
  static readonly CLUSTER_FROM = 50;
  private clusteredSides: string | null = null;

  /** Sends places, statuses and counts to the map, clustering the markers when there are many. */
  private pushPlaces(): void {
    const map = this.claimsMap;
    if (!map || !this.data) return;
    const { claimCounts: counts } = this.derived;
    const sides = counts.size > ConflictMap.CLUSTER_FROM ? this.data.sides.map((s) => s.id) : null;
    const key = sides ? sides.join(',') : null;
    if (key !== this.clusteredSides) {
      map.setClustering(sides);
      this.clusteredSides = key;
    }
    const statuses = this.statuses;
    // A move of the date that changed nothing (no claim in between) pushes nothing to MapLibre.
    const p = this.pushed;
    if (p && p.statuses === statuses && p.counts === counts && p.key === key && p.places === this.places) return;
    this.pushed = { statuses, counts, key, places: this.places };
    map.setPlaces(this.places, statuses, counts, sides ? this.derived.sideCounts : undefined);
    this.mapReadyWhenDrawn();
  }

  private pushed: { statuses: Map<string, PlaceStatus>; counts: Map<string, number>; key: string | null; places: readonly Place[] } | null = null;

  @state() private cluster: { id: number; placeIds: string[] } | null = null;

  private async openCluster(placeIds: string[], clusterId: number) {
    this.returnFocusTo = this.claimsMap?.map.getCanvas() ?? null;
    this.place = '';
    this.claim = '';
    this.cluster = { id: clusterId, placeIds };
    this.layout.panelOpened();
    await this.updateComplete;
    const panel = this.renderRoot.querySelector('cm-cluster-panel');
    await panel?.updateComplete;
    panel?.focusHeading();
  }

  private closePanel(): void {
    this.layout.panelClosed();
    this.cluster = null;
    this.place = '';
    this.claim = '';
    this.writeUrl('push');
    this.dispatchEvent(new CmPlaceSelectEvent(null));
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    void this.updateComplete.then(() => target?.isConnected && target.focus());
  }

  private handleSelectPlace = (e: SelectPlaceEvent) => {
    e.stopPropagation();
    void this.select(e.placeId, e.claimId, 'list');
  };

  private handleToggleLayers = (e: ToggleLayersEvent) => {
    e.stopPropagation();
    this.layers = e.layers.join(',');
    this.writeUrl('push');
    this.dispatchEvent(new CmLayersChangeEvent(e.layers));
  };

  private handleFilters = (e: FilterClaimsEvent) => {
    e.stopPropagation();
    this.sides = e.filters.sides.join(',');
    this.kinds = e.filters.kinds.join(',');
    this.verification = e.filters.verification.join(',');
    this.writeUrl('push');
  };

  private handleDate = (e: Event) => {
    this.date = (e.target as HTMLInputElement).value || this.latestWord;
    this.writeUrl('push');
  };

  private handleTimelineDate = (e: TimelineDateEvent) => {
    e.stopPropagation();
    this.date = e.date || this.latestWord;
    this.writeUrl(e.transient ? 'replace' : 'push');
  };

  /** "No date" as the reader's choice: empty, or `latest` where the file opens at a date of its own. */
  private get latestWord(): string {
    return this.data?.defaultDate ? 'latest' : '';
  }

  /** The claims the timeline places (every date, through the filters): one array per data and filters, so a date move rebuilds nothing. */
  private timelineClaims = memoLast((data: ClaimsData, filters: ClaimFilters) => filterClaims(data.claims, data, filters));

  /** The timeline under the map: the claims shown (at every date), the play steps, the handle. */
  private renderTimeline() {
    const data = this.data;
    if (this.noTimeline || !data || !data.claims.length) return nothing;
    const [series] = seriesFor(this.assessments);
    const days = series ? assessmentDays(series) : [];
    // A file with no date to place (the default article's claims are all undated) gets no
    // timeline row: the map keeps the room, and the as-of date stays under "Filter claims".
    const all = ClaimsTimeline.of(data.claims);
    if (all.undated.length === data.claims.length && !days.length) return nothing;
    const shown = this.timelineClaims(data, this.filters);
    const timeline = ClaimsTimeline.of(shown);
    const asOf = this.derived.asOf;
    return html`<cm-timeline
      .claims=${shown}
      .inForce=${timeline.position(asOf) + timeline.undated.length}
      .data=${data}
      .steps=${playSteps(all, days)}
      .assessmentDays=${days}
      date=${asOf ?? ''}
      published=${data.defaultDate ?? ''}
      lang=${this.language}
      @timeline-date=${this.handleTimelineDate}
    ></cm-timeline>`;
  }

  private handleLanguage = (e: Event) => {
    this.lang = toLang((e.target as HTMLSelectElement).value);
    this.writeUrl('push');
  };

  private handleShare = () => {
    const dialog = this.renderRoot.querySelector('cm-share-dialog');
    if (!dialog) return;
    const root = new URL('../', this.dataFolder).href;
    this.frameId ||= `conflict-map-${Math.random().toString(36).slice(2, 8)}`;
    const src = this.src ? new URL(this.src, document.baseURI).href : '';
    dialog.snippets = shareSnippets(root, this.linkState, this.frameId, src, inLang(this.language, () => msg('Map: who claims what, where')) + (this.data?.title ? `, in “${this.data.title}”` : ''));
    dialog.image = () => this.toImage();
    dialog.show();
  };

  /** Opens the drawer on `view`, or closes it when it already shows that view. */
  private showDrawer(view: 'places' | 'article', open?: boolean): void {
    const shown = this.layout.listOpen && this.drawerView === view;
    this.drawerView = view;
    if ((open ?? !shown) !== this.layout.listOpen) this.layout.toggleList();
  }

  private handleHighlight = (e: HighlightPlaceEvent) => {
    e.stopPropagation();
    this.claimsMap?.highlight(e.placeId);
  };

  /** The list of places, in its drawer over the map: the keyboard path to every claim. */
  private renderList() {
    return html`<cm-place-list
      .places=${this.places}
      .statuses=${this.statuses}
      .claimsByPlace=${this.readableByPlace}
      .data=${this.data}
      .selected=${this.selectedPlace?.id ?? null}
      .selectedClaim=${this.claim || null}
      lang=${this.language}
    ></cm-place-list>`;
  }

  private renderCluster(placeIds: string[], data: ClaimsData) {
    const count = (id: string) => this.claimsByPlace.get(id)?.length ?? 0;
    const ids = new Set(placeIds);
    const places = this.places.filter((p) => ids.has(p.id)).sort((a, b) => count(b.id) - count(a.id));
    const clusterId = this.cluster?.id;
    return html`<cm-cluster-panel
        .places=${places}
        .claimsByPlace=${this.readableByPlace}
        .data=${data}
        lang=${this.language}
        @close-panel=${() => this.closePanel()}
        @expand-cluster=${() => clusterId !== undefined && this.claimsMap?.expandCluster(clusterId)}
      ></cm-cluster-panel>`;
  }

  private renderMissing() {
    const text = missingFromFile(this.data, this.place, this.claim);
    return text ? html`<p class="notice missing" role="status">${text}</p>` : nothing;
  }

  private renderProblems() {
    return renderDataNotice({
      fileFailure: this.fileFailure,
      leftOut: this.leftOut,
      problems: [...this.problems, ...this.mapProblems],
      mapProblems: this.mapProblems.length + this.problems.filter((p) => p.file === 'map').length,
      editor: this.editor,
    });
  }

  override render() {
    const place = this.selectedPlace;
    const title = this.data?.title;
    const lang = this.language;
    const mapFailure =
      this.mapFailure === null
        ? null
        : this.mapFailure
          ? msg(str`The map cannot be drawn in this browser (${this.mapFailure}). The places and their claims are listed instead.`)
          : msg('The map cannot be drawn in this browser (WebGL is unavailable). The places and their claims are listed instead.');
    const panelOpen = Boolean((place || this.cluster) && this.data);
    // Without a map, the list is all there is: it fills the map's place.
    const listShown = this.mapFailure !== null || this.layout.listOpen;
    const withClaims = this.places.filter((p) => this.claimsByPlace.has(p.id)).length;
    const articleShown = Boolean(this.data?.articleText) && this.drawerView === 'article';
    const timeline = this.renderTimeline();
    return html`<div class="layout ${this.noControls ? 'no-controls' : ''} ${timeline === nothing ? '' : 'with-timeline'}" lang=${lang} @select-place=${this.handleSelectPlace} @toggle-layers=${this.handleToggleLayers} @highlight-place=${this.handleHighlight}>
      <div class="controls">
        ${this.mapFailure !== null
          ? nothing
          : html`<button class="list-toggle button" type="button" aria-expanded=${listShown && !articleShown ? 'true' : 'false'} aria-controls="places" @click=${() => this.showDrawer('places')}>
              <span aria-hidden="true">☰</span> ${msg(str`Places (${withClaims})`)}
            </button>`}
        ${this.mapFailure === null && this.data?.articleText
          ? html`<button class="article-toggle button" type="button" aria-expanded=${listShown && articleShown ? 'true' : 'false'} aria-controls="places" @click=${() => this.showDrawer('article')}>
              ${msg('Article')}
            </button>`
          : nothing}
        ${this.noControls
          ? nothing
          : html`<h2 class="title" title=${title ? msg(str`Claims in “${title}”`) : msg('Claims map')}>${title ? msg(str`Claims in “${isolateData(title)}”`) : msg('Claims map')}</h2>
              ${renderArticleSource(this.data, this.src, document.baseURI)}
              <cm-layer-toggles lang=${lang} .visible=${this.shownLayers} basis=${title ?? ''} assessed=${this.assessedLabel}></cm-layer-toggles>
              <div class="tools">
                <cm-claim-filters lang=${lang} .filters=${this.filters} .options=${this.filterOptions} ?date-active=${Boolean(this.date)} @filter-claims=${this.handleFilters}>
                  <div class="date" slot="date">
                    <label for="as-of">${msg('As of')}</label>
                    <input id="as-of" type="date" lang=${lang} .value=${this.effectiveDate} @change=${this.handleDate} />
                    <span class="hint">${msg('Claims dated later are left out; undated claims always count.')}</span>
                  </div>
                </cm-claim-filters>
                <button class="share button" type="button" aria-label=${msg('Share or embed')} @click=${this.handleShare}>${msg('Share')}</button>
                <select class="lang-switch" aria-label=${msg('Language')} @change=${this.handleLanguage}>
                  ${LANGS.map((l) => html`<option value=${l} lang=${l} ?selected=${l === lang}>${LANG_NAMES[l]}</option>`)}
                </select>
              </div>
              <cm-share-dialog lang=${lang}></cm-share-dialog>`}
      </div>
      <div class="map-wrap ${this.mapFailure !== null ? 'no-map' : ''}">
        <div class="map"></div>
        ${this.printImage ? html`<img class="print-map" alt=${msg('The map as shown')} src=${this.printImage} />` : nothing}
        <div class="list ${articleShown ? 'article' : ''}" id="places" ?hidden=${!listShown} data-covers-map>
          ${mapFailure ? html`<p class="notice" role="status">${mapFailure}</p>` : nothing}
          ${articleShown && this.mapFailure === null
            ? html`<cm-article-text .data=${this.data} .places=${this.places} .selected=${this.selectedPlace?.id ?? null} lang=${lang}></cm-article-text>`
            : this.renderList()}
        </div>
        ${this.dataLoading ? html`<p class="loading" role="status">${msg('Loading claims…')}</p>` : nothing} ${this.renderMissing()} ${this.renderProblems()}
        ${panelOpen
          ? html`<div class="panel" data-step=${this.layout.sheetStep}>
              ${this.layout.renderHandle()}
              ${place && this.data
                ? html`<cm-claims-panel
                    .place=${place}
                    .status=${readableStatus(this.statuses.get(place.id), this.pack)}
                    .claims=${this.readableByPlace.get(place.id) ?? []}
                    .data=${this.data}
                    .allPlaces=${this.places}
                    .activeClaim=${this.claim || null}
                    .timeline=${ClaimsTimeline.of(this.data.claims)}
                    .series=${seriesFor(this.assessments)[0] ?? NO_ASSESSMENTS}
                    asOf=${this.derived.asOf ?? ''}
                    lang=${lang}
                    @close-panel=${() => this.closePanel()}
                    @timeline-date=${this.handleTimelineDate}
                  ></cm-claims-panel>`
                : this.cluster && this.data
                  ? this.renderCluster(this.cluster.placeIds, this.data)
                  : nothing}
            </div>`
          : nothing}
      </div>
      ${timeline}
    </div>`;
  }
}

/** Bounds of the places, widened to at least 2° each way so a single town is not shown at street level. */
function viewBounds(places: readonly Place[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of places) {
    const [w, s, e, n] = geometryBounds(p.geometry);
    b[0] = Math.min(b[0], w);
    b[1] = Math.min(b[1], s);
    b[2] = Math.max(b[2], e);
    b[3] = Math.max(b[3], n);
  }
  const MIN_SPAN = 2;
  for (const [lo, hi] of [[0, 2], [1, 3]] as const) {
    const gap = MIN_SPAN - (b[hi] - b[lo]);
    if (gap > 0) {
      b[lo] -= gap / 2;
      b[hi] += gap / 2;
    }
  }
  return b;
}

/** The focused element, looking through nested shadow roots. */
function deepestActive(el: Element | null | undefined): HTMLElement | null {
  let current = el ?? null;
  while (current?.shadowRoot?.activeElement) current = current.shadowRoot.activeElement;
  return current instanceof HTMLElement ? current : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'conflict-map': ConflictMap;
  }
}
