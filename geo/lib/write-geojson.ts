import type { FeatureCollection } from 'geojson';

/**
 * One feature per line: compact enough to serve, and `git diff` shows which feature changed.
 */
export function formatGeoJSON(fc: FeatureCollection, meta: Record<string, unknown> = {}): string {
  const head = JSON.stringify({ type: 'FeatureCollection', ...meta }).slice(0, -1);
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `${head},"features":[\n${lines.join(',\n')}\n]}\n`;
}
