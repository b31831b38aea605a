/**
 * The embeddable module (`dist/conflict-map.js`): registers `<conflict-map>` and exports its
 * class, events and data types. The data files are looked for beside this module (`./data/`),
 * so copying `dist/` anywhere keeps the element working.
 */
import { ConflictMap } from './components/conflict-map/conflict-map.ts';

ConflictMap.defaultDataBase = new URL('./data/', import.meta.url).href;

export { ConflictMap };
export {
  CmPlaceSelectEvent,
  CmClaimSelectEvent,
  CmLayersChangeEvent,
  CmDataLoadEvent,
  CmDataErrorEvent,
  CmMapReadyEvent,
} from './components/events.ts';
export type { Problem, ClaimsData } from './model/load-claims.ts';
export type { Claim, Actor, Source, Side, PlaceRef, ClaimsFile } from './model/schema.ts';
export type { LayerName } from './model/url-state.ts';
