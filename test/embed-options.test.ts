import { describe, expect, it } from 'vitest';
import { attributesFromQuery } from '../src/embed-options.ts';
import { readJSON } from './helpers/data.ts';

describe('embed options', () => {
  it('turn query parameters into the element’s attributes, and nothing else', () => {
    expect(attributesFromQuery('?place=crimea&layers=claimed&no-list&no-controls=0&onload=alert(1)&view=6/48/31')).toEqual({
      place: 'crimea',
      layers: 'claimed',
      'no-list': true,
      view: '6/48/31',
    });
  });

  it('are the attributes custom-elements.json documents for <conflict-map>', () => {
    const manifest = readJSON<{ modules: { declarations?: { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[] }[] }[] }>(
      'custom-elements.json',
    );
    const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'conflict-map');
    const attributes = decl?.attributes?.map((a) => a.name) ?? [];
    for (const name of ['src', 'place', 'claim', 'layers', 'date', 'view', 'lang', 'basemap', 'no-list', 'no-controls']) expect(attributes).toContain(name);
    expect(decl?.events?.map((e) => e.name)).toEqual(
      expect.arrayContaining(['cm-place-select', 'cm-claim-select', 'cm-layers-change', 'cm-data-load', 'cm-data-error']),
    );
  });
});
