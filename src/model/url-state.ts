/**
 * What a link records: the selected place or claim, the status layers shown, the as-of date and
 * the view. Pure pairs of dehydrate/rehydrate, so a link opens the map as it was.
 */
import { isRealPartialDate } from './partial-date.ts';
import { LANGS, type Lang } from './lang.ts';

/** The status layers, then the assessed-control layer (drawn only when an assessment is loaded). */
export const LAYER_NAMES = ['contested', 'controlled', 'claimed', 'assessed'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];
export type StatusLayerName = Exclude<LayerName, 'assessed'>;

export interface LinkState {
  /** The claims file, as the link gives it (relative to the page, or absolute); null: the built-in article. */
  src: string | null;
  place: string | null;
  claim: string | null;
  layers: LayerName[];
  date: string | null;
  view: { center: [number, number]; zoom: number } | null;
  /** Claim filters (empty: all): side codes, claim kinds, verification statuses. */
  sides: string[];
  kinds: string[];
  verification: string[];
  /** The interface language; null: the default (English, or the element's own attribute). */
  lang: Lang | null;
}

export const DEFAULT_LINK_STATE: LinkState = {
  src: null,
  place: null,
  claim: null,
  layers: [...LAYER_NAMES],
  date: null,
  view: null,
  sides: [],
  kinds: [],
  verification: [],
  lang: null,
};

const TOKEN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const tokens = (value: string | null) => (value ? value.split(',').filter((t) => TOKEN.test(t)) : []);

const ID = /^[a-z0-9][a-z0-9-]*$/;
/** Which origins a claims file may come from is the loader's decision; a link only carries the URL. */
const MAX_SRC_LENGTH = 2048;

/** Reads a comma list of layer names; unknown names are dropped, an empty list means none shown. */
export function parseLayers(value: string): LayerName[] {
  const wanted = new Set(value.split(',').map((s) => s.trim()));
  return LAYER_NAMES.filter((l) => wanted.has(l));
}

export function dehydrate(state: LinkState): string {
  const p = new URLSearchParams();
  if (state.src) p.set('src', state.src);
  if (state.lang) p.set('lang', state.lang);
  if (state.place) p.set('place', state.place);
  if (state.claim) p.set('claim', state.claim);
  if (state.layers.length !== LAYER_NAMES.length) p.set('layers', state.layers.join(','));
  if (state.date) p.set('date', state.date);
  if (state.view) p.set('map', `${state.view.zoom}/${state.view.center[1]}/${state.view.center[0]}`);
  for (const key of ['sides', 'kinds', 'verification'] as const) if (state[key].length) p.set(key, state[key].join(','));
  return p.toString();
}

/** Anything malformed in a link is ignored rather than trusted. */
export function rehydrate(search: string): LinkState {
  const p = new URLSearchParams(search);
  const place = p.get('place');
  const claim = p.get('claim');
  const layers = p.get('layers');
  const date = p.get('date');
  const map = p.get('map')?.split('/').map(Number);
  const src = p.get('src')?.trim();
  const validView = map && map.length === 3 && map.every(Number.isFinite) && Math.abs(map[1]) <= 90 && Math.abs(map[2]) <= 180;
  return {
    src: src && src.length <= MAX_SRC_LENGTH ? src : null,
    place: place && ID.test(place) ? place : null,
    claim: claim && ID.test(claim) ? claim : null,
    layers: layers === null ? [...LAYER_NAMES] : parseLayers(layers),
    // `latest`: all claims, even where the file opens at another date by default (its publication date).
    date: date === 'latest' || (date && date.length === 10 && isRealPartialDate(date)) ? date : null,
    view: validView ? { zoom: map[0], center: [map[2], map[1]] } : null,
    sides: tokens(p.get('sides')),
    kinds: tokens(p.get('kinds')),
    verification: tokens(p.get('verification')),
    lang: (LANGS as readonly (string | null)[]).includes(p.get('lang')) ? (p.get('lang') as Lang) : null,
  };
}
