import { describe, expect, it } from 'vitest';
import { drawMarker, drawPattern } from '../../src/map/patterns.ts';

/** Share of strongly inked pixels: the patterns must differ in shape, not only in colour. */
const ink = (shape: Parameters<typeof drawPattern>[0]) => {
  const { data } = drawPattern(shape, '#000000');
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 100) n++;
  return n / (data.length / 4);
};

describe('status patterns', () => {
  it('tell the statuses apart by shape, even in greyscale', () => {
    const shares = new Set([ink('cross-hatch'), ink('hatch'), ink('dots'), ink('lines')].map((x) => x.toFixed(3)));
    expect(shares.size).toBe(4);
  });
});

describe('status markers', () => {
  const opaque = (shape: Parameters<typeof drawMarker>[0]) => {
    const { data, width } = drawMarker(shape, '#000000', 1);
    const at = (x: number, y: number) => data[(y * width + x) * 4 + 3];
    return [at(2, 2), at(Math.floor(width / 2), 2), at(Math.floor(width / 2), Math.floor(width / 2))].map((a) => a > 128);
  };

  it('draw each status as its own shape: a diamond has no corners, a square has them, a circle neither corner nor edge tip', () => {
    expect(opaque('diamond')).toEqual([false, true, true]);
    expect(opaque('square')).toEqual([true, true, true]);
    expect(opaque('circle')).toEqual([false, true, true]);
    const dark = (shape: Parameters<typeof drawMarker>[0]) => {
      const { data } = drawMarker(shape, '#000000', 1);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 200 && data[i] < 60) n++;
      return n;
    };
    // Same colour, different inner pattern: diamond (cross) and circle (dot) differ in ink too.
    expect(new Set([dark('diamond'), dark('circle'), dark('square')]).size).toBe(3);
  });

  it('keeps a white rim so the marker reads on any fill', () => {
    const { data, width } = drawMarker('circle', '#000000', 2);
    const i = (Math.floor(width / 2) * width + 2) * 4; // just inside the left edge
    expect(data[i]).toBeGreaterThan(200);
  });
});
