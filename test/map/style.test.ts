import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../../src/map/style/build-style.ts';
import { LIGHT } from '../../src/map/style/theme.ts';
import { LAYER, STATUS_LAYERS } from '../../src/map/style/ids.ts';
import { approximateFilter } from '../../src/map/style/place-layers.ts';
import { ROOT } from '../helpers/data.ts';

const fonts = Object.fromEntries(
  ['latin400', 'latinExt400', 'cyrillic400', 'latin600', 'latinExt600', 'cyrillic600'].map((k) => [k, `http://127.0.0.1/assets/${k}.woff2`]),
) as unknown as Parameters<typeof buildStyle>[0]['fonts'];

const style = (lang: 'en' | 'uk' = 'en') => buildStyle({ dataBase: 'http://127.0.0.1/data/', fonts, theme: LIGHT, lang });

describe('the map style', () => {
  it.each(['en', 'uk'] as const)('passes the style specification (%s labels)', (lang) => {
    expect(validateStyleMin(style(lang))).toEqual([]);
  });

  it('has no glyphs URL: labels are drawn from the bundled fonts', () => {
    const s = style();
    expect(s.glyphs).toBeUndefined();
    expect(Object.keys(s['font-faces'] ?? {})).toEqual(['Noto Sans Regular', 'Noto Sans SemiBold']);
  });

  it('asks only the data folder it is given for data', () => {
    const urls = Object.values(style().sources).flatMap((s) => ('data' in s && typeof s.data === 'string' ? [s.data] : []));
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u.startsWith('http://127.0.0.1/data/')).toBe(true);
  });

  it('has unique layer ids, each on a source that exists', () => {
    const s = style();
    const ids = s.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of s.layers) if ('source' in l) expect(Object.keys(s.sources), l.id).toContain(l.source);
  });

  it('has a fill and an outline layer for each status a reader toggles', () => {
    const ids = style().layers.map((l) => l.id);
    for (const { fill, outline } of Object.values(STATUS_LAYERS)) expect(ids).toEqual(expect.arrayContaining([fill, outline]));
  });

  it('takes every colour from the theme: no colour literals in the style code', () => {
    const dir = join(ROOT, 'src/map/style');
    for (const file of readdirSync(dir).filter((f) => f !== 'theme.ts')) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(/);
    }
  });

  it('draws an approximate area’s blurred edge only while its status is drawn: never for a place without one', () => {
    const layer = style().layers.find((l) => l.id === LAYER.placesApproxOutline)!;
    const shows = (filter: unknown, status: string, approximate = true) =>
      featureFilter(filter as never, 'layers[0].filter').filter({ zoom: 5 }, { type: 3, properties: { status, approximate } } as never);
    const filter = 'filter' in layer ? layer.filter : null;
    expect(shows(filter, 'claimed')).toBe(true);
    expect(shows(filter, 'contested')).toBe(true);
    // A file that failed to load leaves the built-in places without a status: no halo.
    expect(shows(filter, 'none')).toBe(false);
    expect(shows(filter, 'claimed', false)).toBe(false);
    // What the map sets when the reader turns "Claimed" off.
    expect(shows(approximateFilter(['contested', 'controlled']), 'claimed')).toBe(false);
  });
});
