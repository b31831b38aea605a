/**
 * Events. Public ones (the embed API) bubble and are composed, so a host page hears them
 * through the shadow root; internal ones stay inside the element.
 */
import type { Problem } from '../model/load-claims.ts';
import type { LayerName } from '../model/url-state.ts';

/** Public: the reader selected a place (or cleared the selection: placeId null). */
export class CmPlaceSelectEvent extends Event {
  static readonly type = 'cm-place-select';
  constructor(readonly placeId: string | null) {
    super(CmPlaceSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** Public: the reader selected a claim. */
export class CmClaimSelectEvent extends Event {
  static readonly type = 'cm-claim-select';
  constructor(readonly claimId: string, readonly placeId: string | null) {
    super(CmClaimSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** Public: the reader changed which status layers are shown. */
export class CmLayersChangeEvent extends Event {
  static readonly type = 'cm-layers-change';
  constructor(readonly layers: LayerName[]) {
    super(CmLayersChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** Public: claims data loaded (problems, if any, come in cm-data-error too). */
export class CmDataLoadEvent extends Event {
  static readonly type = 'cm-data-load';
  constructor(readonly claimCount: number, readonly placeCount: number) {
    super(CmDataLoadEvent.type, { bubbles: true, composed: true });
  }
}

/** Public: the claims file had problems; each names the file, JSON path and field. */
export class CmDataErrorEvent extends Event {
  static readonly type = 'cm-data-error';
  constructor(readonly problems: Problem[]) {
    super(CmDataErrorEvent.type, { bubbles: true, composed: true });
  }
}

/** Public: the map has drawn its style and the places. */
export class CmMapReadyEvent extends Event {
  static readonly type = 'cm-map-ready';
  constructor() {
    super(CmMapReadyEvent.type, { bubbles: true, composed: true });
  }
}

/** Internal: a child asks the root to select a place (or claim). Not composed. */
export class SelectPlaceEvent extends Event {
  static readonly type = 'select-place';
  constructor(readonly placeId: string | null, readonly claimId: string | null = null) {
    super(SelectPlaceEvent.type, { bubbles: true });
  }
}

/** Internal: a place is pointed at or focused elsewhere than on the map (its mention in the article); null: no longer. */
export class HighlightPlaceEvent extends Event {
  static readonly type = 'highlight-place';
  constructor(readonly placeId: string | null) {
    super(HighlightPlaceEvent.type, { bubbles: true });
  }
}

/** Internal: the toggles changed. */
export class ToggleLayersEvent extends Event {
  static readonly type = 'toggle-layers';
  constructor(readonly layers: LayerName[]) {
    super(ToggleLayersEvent.type, { bubbles: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cm-place-select': CmPlaceSelectEvent;
    'cm-claim-select': CmClaimSelectEvent;
    'cm-layers-change': CmLayersChangeEvent;
    'cm-data-load': CmDataLoadEvent;
    'cm-data-error': CmDataErrorEvent;
    'cm-map-ready': CmMapReadyEvent;
  }
}
