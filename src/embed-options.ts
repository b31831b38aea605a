/**
 * The options an embed takes, as attributes of `<conflict-map>` and as query parameters of
 * `embed.html`: one list, so the two stay the same.
 */
export const EMBED_ATTRIBUTES = ['src', 'place', 'claim', 'layers', 'date', 'view', 'sides', 'kinds', 'verification', 'lang', 'basemap', 'no-list', 'no-controls', 'gestures', 'loading', 'editor', 'theme', 'no-timeline'] as const;
export const BOOLEAN_ATTRIBUTES = new Set(['no-list', 'no-controls', 'editor', 'no-timeline']);

/** Query parameters → attributes; booleans are on when present (and not "0" or "false"). */
export function attributesFromQuery(search: string): Record<string, string | true> {
  const params = new URLSearchParams(search);
  const out: Record<string, string | true> = {};
  for (const name of EMBED_ATTRIBUTES) {
    const value = params.get(name);
    if (value === null) continue;
    if (BOOLEAN_ATTRIBUTES.has(name)) {
      if (value !== '0' && value !== 'false') out[name] = true;
    } else out[name] = value;
  }
  return out;
}

/** The message an embed posts to its parent when its height changes, or when the parent pings it. */
export interface HeightMessage {
  type: 'conflict-map:height';
  /** The `id` query parameter of the frame, so a page with several frames knows which one. */
  id: string;
  height: number;
}
