/**
 * An external basemap style, fetched by the element (with a time limit and a size cap) rather
 * than by MapLibre, and checked before use: the app's own places, markers and areas are drawn
 * on top of it, so a style that reuses their source or layer ids must not replace them.
 */
import type { StyleSpecification } from '../maplibre.ts';
import { LAYER, SOURCE, STATUS_LAYERS } from './ids.ts';

const OWN_SOURCES = new Set<string>(Object.values(SOURCE));
const OWN_LAYERS = new Set<string>([...Object.values(LAYER), ...Object.values(STATUS_LAYERS).flatMap((l) => [l.fill, l.outline])]);

/** The style with any source or layer that takes one of the app's ids left out, and what was left out. */
export function sanitizeExternalStyle(json: unknown): { style: StyleSpecification; removed: string[] } | { error: string } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { error: 'is not a MapLibre style (a JSON object)' };
  const raw = json as Record<string, unknown>;
  if (raw.version !== 8) return { error: 'is not a MapLibre style: "version" must be 8' };
  const sources = raw.sources;
  const layers = raw.layers;
  if (typeof sources !== 'object' || sources === null || Array.isArray(sources)) return { error: 'is not a MapLibre style: "sources" must be an object' };
  if (!Array.isArray(layers)) return { error: 'is not a MapLibre style: "layers" must be an array' };
  const removed: string[] = [];
  const keptSources: Record<string, unknown> = Object.create(null);
  for (const [id, source] of Object.entries(sources)) {
    if (OWN_SOURCES.has(id)) removed.push(`source "${id}"`);
    else keptSources[id] = source;
  }
  const keptLayers = layers.filter((layer: unknown) => {
    const l = layer as { id?: unknown; source?: unknown } | null;
    if (!l || typeof l.id !== 'string') {
      removed.push('a layer without an id');
      return false;
    }
    if (OWN_LAYERS.has(l.id) || (typeof l.source === 'string' && OWN_SOURCES.has(l.source))) {
      removed.push(`layer "${l.id}"`);
      return false;
    }
    return true;
  });
  return { style: { ...(raw as unknown as StyleSpecification), sources: { ...keptSources } as StyleSpecification['sources'], layers: keptLayers }, removed };
}
