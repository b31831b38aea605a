import { describe, expect, it } from 'vitest';
import { isolateData, mapLabel, truncate } from '../../src/model/text-safety.ts';
import { statusSentence } from '../../src/model/describe.ts';
import { modelWords } from '../../src/components/i18n/words.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import { deriveStatuses } from '../../src/model/derive-status.ts';
import { placeName, geometryBounds, labelPointOf, type Lang } from '../../src/model/place.ts';
import { articleClaims, builtInPlaces } from '../helpers/data.ts';

describe('bidirectional isolation', () => {
  it('isolates text with a right-to-left override or RTL letters, and leaves other text as it is', () => {
    expect(isolateData('Russia\u202e gnitseretni')).toBe('\u2068Russia\u202e gnitseretni\u2069');
    expect(isolateData('روسيا')).toBe('\u2068روسيا\u2069');
    expect(isolateData('Russia')).toBe('Russia');
    expect(isolateData('Україна')).toBe('Україна');
  });

  it('keeps a side label’s override from reversing the status sentence around it', () => {
    const json = structuredClone(articleClaims());
    (json.sides as { label: string }[])[0].label = 'Russia\u202e gnitseretni';
    const built = builtInPlaces();
    const { data } = loadClaims(json, 'claims.json', built);
    const statuses = [...deriveStatuses(data.claims, data.places.map((p) => p.id)).values()];
    const sentences = statuses.map((status) => statusSentence(status, data, (id) => placeName(data.places.find((p) => p.id === id)!), modelWords('en')));
    const sentence = sentences.find((t) => t.includes('gnitseretni'))!;
    // Every override opened inside the data is closed by the isolate around it.
    const opened = sentence.split('\u2068').length - 1;
    expect(opened).toBeGreaterThan(0);
    expect(sentence.split('\u2069').length - 1).toBe(opened);
    expect(sentence).toMatch(/^Claimed by \u2068Russia\u202e gnitseretni\u2069/);
  });
});

describe('map labels', () => {
  it('caps a 20,000-character name with an ellipsis and drops bidi controls', () => {
    const label = mapLabel(`L${'o'.repeat(20_000)}ng`);
    expect(Array.from(label)).toHaveLength(60);
    expect(label.endsWith('…')).toBe(true);
    expect(mapLabel('\u202eKupiansk')).toBe('Kupiansk');
    expect(truncate('Kupiansk')).toBe('Kupiansk');
  });

  it('does not split a surrogate pair', () => {
    const label = truncate('😀'.repeat(100), 10);
    expect(label).toBe(`${'😀'.repeat(9)}…`);
  });
});

describe('lookups keyed by data or URL values', () => {
  it('a lang of __proto__ or constructor names the place in English, never [object Object]', () => {
    const kupiansk = builtInPlaces().find((p) => p.id === 'kupiansk')!;
    for (const lang of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(placeName(kupiansk, lang as Lang)).toBe('Kupiansk');
    expect(placeName(kupiansk, 'uk')).toBe('Куп’янськ'.replace('’', placeName(kupiansk, 'uk').includes("'") ? "'" : '’'));
  });
});

describe('geometry at any size', () => {
  const ring: [number, number][] = [];
  const n = 500_000;
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    ring.push([36 + Math.cos(a) * (1 + 0.1 * Math.sin(a * 50)), 49 + Math.sin(a) * 0.7]);
  }
  ring.push(ring[0]);

  it('bounds a 500,000-vertex polygon without overflowing the stack', () => {
    const [w, s, e, nn] = geometryBounds({ type: 'Polygon', coordinates: [ring] });
    expect(w).toBeCloseTo(34.9, 1);
    expect(e).toBeCloseTo(37.1, 1);
    expect(s).toBeCloseTo(48.3, 1);
    expect(nn).toBeCloseTo(49.7, 1);
  });

  it('finds its label point inside it', () => {
    const [x, y] = labelPointOf({ type: 'Polygon', coordinates: [ring] });
    expect(Math.abs(x - 36)).toBeLessThan(0.5);
    expect(Math.abs(y - 49)).toBeLessThan(0.5);
  });
});
