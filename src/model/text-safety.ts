/**
 * Text from data, made safe to put beside the app's own words: isolated for bidirectional
 * display in sentences (a right-to-left override in a side's label cannot reverse the sentence around it),
 * and capped in length where it reaches the map (the full text stays in the panel).
 */

const FSI = '\u2068';
const PDI = '\u2069';

/** Wraps data text in Unicode first-strong isolates, for plain-text contexts (map labels, sentences). */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/** Right-to-left letters, or any bidi control: text that can reorder what is around it. */
const BIDI_SENSITIVE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]|\uD83A[\uDC00-\uDDFF]/;

/**
 * Isolates data text where it could reorder its surroundings (right-to-left letters or bidi
 * controls); other text is returned as it is, so plain Latin and Cyrillic stay byte-for-byte.
 */
export function isolateData(text: string): string {
  return BIDI_SENSITIVE.test(text) ? isolate(text) : text;
}

/** Longest label drawn on the map, in characters; MapLibre cannot lay out a 20,000-character label. */
export const MAP_LABEL_MAX = 60;

/** Cuts text to `max` characters (not splitting a surrogate pair) and ends it with an ellipsis. */
export function truncate(text: string, max = MAP_LABEL_MAX): string {
  const chars = Array.from(text.length > max * 2 + 8 ? text.slice(0, max * 2 + 8) : text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Bidirectional embedding, override and isolate controls, and the directional marks. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A map label from data: bidi controls taken out (MapLibre lays labels out without the
 * browser's bidi algorithm, and its fonts have no glyph for them, so an override would only
 * draw a box), then capped in length.
 */
export function mapLabel(text: string, max = MAP_LABEL_MAX): string {
  return truncate(text.replace(BIDI_CONTROLS, ''), max);
}
