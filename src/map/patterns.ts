/**
 * Fill patterns for the statuses, drawn as raw RGBA so they need no image files and no DOM.
 * Each status has its own shape (cross-hatch, single hatch, dots), so they stay apart in greyscale.
 */
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export type PatternShape = 'cross-hatch' | 'hatch' | 'dots' | 'lines';

export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A tileable pattern of `size` px: lines two px wide on a faint tint of the same colour. */
export function drawPattern(shape: PatternShape, colour: string, size = 12): PatternImage {
  const [r, g, b] = hexToRgb(colour);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onDiagonal = (x + y) % size < 2;
      const onAntiDiagonal = (x - y + size) % size < 2;
      const onDot = (x % (size / 2)) < 3 && (y % (size / 2)) < 3;
      const onLine = y % (size / 2) < 2;
      const ink = shape === 'cross-hatch' ? onDiagonal || onAntiDiagonal : shape === 'hatch' ? onDiagonal : shape === 'lines' ? onLine : onDot;
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = ink ? 200 : 28;
    }
  }
  return { width: size, height: size, data };
}

export type MarkerShape = 'diamond' | 'circle' | 'square' | 'ring';

/** Which marker each status gets: shape and inner pattern differ, so colour is never the only cue. */
export const MARKER_SHAPE = { contested: 'diamond', controlled: 'circle', claimed: 'square', none: 'ring' } as const satisfies Record<string, MarkerShape>;

/**
 * A place's marker as raw RGBA (drawn at `pixelRatio`, anti-aliased): a white-rimmed shape in
 * the status colour with the status's pattern inside in white (contested: diamond, cross-hatch;
 * controlled: circle, dot; claimed: square, single hatch; none: a small ring).
 */
export function drawMarker(shape: MarkerShape, colour: string, pixelRatio = 2): PatternImage {
  const cssSize = shape === 'ring' ? 14 : 24;
  const size = cssSize * pixelRatio;
  const [r, g, b] = hexToRgb(colour);
  const data = new Uint8Array(size * size * 4);
  const c = size / 2;
  const rim = 2 * pixelRatio;
  const radius = c - 0.5;
  const clamp = (v: number) => Math.max(0, Math.min(1, v));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - c;
      const dy = y + 0.5 - c;
      // Signed distance to the shape's edge, in pixels (negative inside).
      const d =
        shape === 'diamond'
          ? (Math.abs(dx) + Math.abs(dy) - radius) / Math.SQRT2
          : shape === 'square'
            ? Math.max(Math.abs(dx), Math.abs(dy)) - (radius - pixelRatio)
            : Math.hypot(dx, dy) - radius;
      const cover = clamp(0.5 - d);
      if (cover === 0) continue;
      const inner = clamp(0.5 - (d + rim)); // 1 inside the white rim
      let ink = 0; // white pattern inside the shape
      const u = x / pixelRatio;
      const v = y / pixelRatio;
      if (shape === 'diamond') ink = Math.abs(dx) < 1.2 * pixelRatio || Math.abs(dy) < 1.2 * pixelRatio ? 1 : 0;
      else if (shape === 'square') ink = (u + v) % 7 < 1.8 ? 1 : 0;
      else if (shape === 'circle') ink = Math.hypot(dx, dy) < 3.2 * pixelRatio ? 1 : 0;
      else if (shape === 'ring') ink = Math.hypot(dx, dy) < radius - 2 * rim ? 1 : 0;
      const colourShare = inner * (1 - ink * (shape === 'ring' ? 1 : 0.85));
      const i = (y * size + x) * 4;
      data[i] = Math.round(255 + (r - 255) * colourShare);
      data[i + 1] = Math.round(255 + (g - 255) * colourShare);
      data[i + 2] = Math.round(255 + (b - 255) * colourShare);
      data[i + 3] = Math.round(255 * cover);
    }
  }
  return { width: size, height: size, data };
}
