import { describe, expect, it } from 'vitest';
import { drawPattern } from '../../src/map/patterns.ts';

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
