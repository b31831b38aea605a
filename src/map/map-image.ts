/**
 * A still image of the map as the reader sees it, with the legend and a source line drawn on:
 * for "Download image" in the share dialog, for `npm run snapshot`, for <noscript>, newsletters
 * and social cards. The map's canvas is copied in the frame it is drawn (no preserveDrawingBuffer,
 * which would slow every frame).
 */
import type { Map } from './maplibre.ts';
import { drawPattern, type PatternShape } from './patterns.ts';
import type { Theme } from './style/theme.ts';

export interface LegendEntry {
  label: string;
  shape: PatternShape;
  colour: string;
  /** The outline's dash, as the map draws it. */
  dashed?: boolean;
}

export interface MapImageOptions {
  legend: LegendEntry[];
  /** One line under the map: where the claims and the basemap come from. */
  source: string;
  title?: string;
  theme: Pick<Theme, 'label' | 'labelHalo'> & { surface: string; text: string; muted: string };
  /** CSS font family for the text drawn on. */
  font: string;
}

/** The map's canvas, copied right after MapLibre draws a frame. */
function grabFrame(map: Map): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** Draws the map with a title band above and the legend and source line below; returns a PNG data URL. */
export async function mapImage(map: Map, options: MapImageOptions): Promise<string> {
  const frame = await grabFrame(map);
  const scale = frame.width / map.getCanvas().clientWidth || 1;
  const pad = Math.round(12 * scale);
  const line = Math.round(18 * scale);
  const titleHeight = options.title ? line + pad : 0;
  const legendHeight = line + pad;
  const sourceHeight = line + pad;
  const out = document.createElement('canvas');
  out.width = frame.width;
  out.height = titleHeight + frame.height + legendHeight + sourceHeight;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = options.theme.surface;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'middle';
  if (options.title) {
    ctx.fillStyle = options.theme.text;
    ctx.font = `600 ${Math.round(15 * scale)}px ${options.font}`;
    ctx.fillText(fit(ctx, options.title, out.width - 2 * pad), pad, pad / 2 + line / 2);
  }
  ctx.drawImage(frame, 0, titleHeight);

  // The legend: each status's pattern and outline, then its name.
  let x = pad;
  const y = titleHeight + frame.height + pad / 2;
  ctx.font = `${Math.round(13 * scale)}px ${options.font}`;
  for (const entry of options.legend) {
    const w = Math.round(28 * scale);
    const h = Math.round(16 * scale);
    const tile = drawPattern(entry.shape, entry.colour, 12);
    const tileCanvas = document.createElement('canvas');
    tileCanvas.width = tile.width;
    tileCanvas.height = tile.height;
    tileCanvas.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(tile.data), tile.width, tile.height), 0, 0);
    ctx.fillStyle = ctx.createPattern(tileCanvas, 'repeat')!;
    ctx.fillRect(x, y + (line - h) / 2, w, h);
    ctx.strokeStyle = entry.colour;
    ctx.lineWidth = Math.max(1, 2 * scale);
    ctx.setLineDash(entry.dashed ? [4 * scale, 3 * scale] : []);
    ctx.strokeRect(x, y + (line - h) / 2, w, h);
    ctx.setLineDash([]);
    x += w + 6 * scale;
    ctx.fillStyle = options.theme.text;
    ctx.fillText(entry.label, x, y + line / 2);
    x += ctx.measureText(entry.label).width + 18 * scale;
  }
  ctx.fillStyle = options.theme.muted;
  ctx.font = `${Math.round(12 * scale)}px ${options.font}`;
  ctx.fillText(fit(ctx, options.source, out.width - 2 * pad), pad, titleHeight + frame.height + legendHeight + pad / 2 + line / 2);
  return out.toDataURL('image/png');
}

/** Shortens text with an ellipsis to fit a width. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let s = text;
  while (s.length > 1 && ctx.measureText(`${s}…`).width > width) s = s.slice(0, -1);
  return `${s}…`;
}
