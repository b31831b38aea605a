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
