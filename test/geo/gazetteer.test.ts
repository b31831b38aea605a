import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readJSON } from '../helpers/data.ts';
import { buildGazetteer, formatGazetteer, usableSpelling } from '../../geo/lib/gazetteer.ts';
import { findMentions, indexGazetteer, type Gazetteer } from '../../src/model/draft/gazetteer.ts';
import { nameKey } from '../../src/model/draft/name-key.ts';

const gazetteer = readJSON<Gazetteer>('public/data/gazetteer.json');
const index = indexGazetteer(gazetteer);
const places = (text: string) => findMentions(text, index).map((m) => m.place);
const one = (text: string) => {
  const found = findMentions(text, index);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('the gazetteer (public/data/gazetteer.json)', () => {
  it('is what the geo build writes from the committed sources', () => {
    const entries = buildGazetteer(
      readJSON<{ places: never[] }>('geo/places/places.json').places,
      readJSON<{ features: never[] }>('public/data/places.geojson').features,
      readJSON<{ features: never[] }>('geo/sources/ne10m_admin1_ukraine_oblasts.geojson').features,
      readJSON<{ features: never[] }>('geo/sources/geonames_cities500_ukraine.geojson').features,
    );
    const written = readFileSync(join(ROOT, 'public/data/gazetteer.json'), 'utf8');
    expect(formatGazetteer({ ...gazetteer, entries })).toBe(written);
  });

  it('names its sources and licence, and stays under 700 KB', () => {
    expect(gazetteer.attribution).toContain('GeoNames');
    expect(gazetteer.licence).toContain('CC BY 4.0');
    expect(readFileSync(join(ROOT, 'public/data/gazetteer.json')).length).toBeLessThan(700_000);
  });

  it('has unique ids, the built-in places under their own ids, oblasts and settlements', () => {
    const ids = gazetteer.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['ukraine', 'donbas', 'crimea', 'novorossiya', 'kupiansk']) expect(index.byId.get(id)?.type).toBe('builtin');
    expect(index.byId.get('kharkiv-oblast')?.type).toBe('oblast');
    expect(index.byId.get('pokrovsk')?.admin1).toBe('UA-14');
  });

  it('keeps only Latin and Cyrillic spellings, no abbreviations', () => {
    expect(usableSpelling('Kupiansk')).toBe(true);
    expect(usableSpelling('Куп’янськ')).toBe(true);
    expect(usableSpelling('庫皮揚斯克')).toBe(false);
    expect(usableSpelling('he er song')).toBe(false);
    expect(usableSpelling('KHE')).toBe(false);
  });
});

describe('finding places in text', () => {
  it('finds Kupiansk in English, Ukrainian, Russian and alternate spellings', () => {
    for (const spelling of ['Kupiansk', 'Kupyansk', "Kup'iansk", 'Kup’yans’k', 'Kupiańsk', 'Купʼянськ', 'Куп’янськ', 'Купянск']) {
      const m = one(`Russia says it captured ${spelling} on Friday.`);
      expect(m.place, spelling).toBe('kupiansk');
      expect(m.text).toBe(spelling);
    }
    expect(nameKey("Kup'iansk")).toBe(nameKey('Kupiansk'));
  });

  it('gives character spans into the text, possessives left out', () => {
    const text = "Kupiansk's streets, then Донбас and Donbass.";
    const found = findMentions(text, index);
    expect(found.map((m) => [m.place, text.slice(m.start, m.end)])).toEqual([
      ['kupiansk', 'Kupiansk'],
      ['donbas', 'Донбас'],
      ['donbas', 'Donbass'],
    ]);
  });

  it('finds the regions and terms: Donbas, Crimea, Novorossiya', () => {
    expect(places('including Donbas, Crimea, and what Russia calls Novorossiya')).toEqual(['donbas', 'crimea', 'novorossiya']);
    expect(places('Новоросія і Крим')).toEqual(['novorossiya', 'crimea']);
  });

  it('tells the oblast from its city by the words beside the name', () => {
    expect(one('shelling in the Kharkiv region').place).toBe('kharkiv-oblast');
    expect(one('shelling in the Kharkiv region').text).toBe('Kharkiv region');
    expect(one('Kharkiv Oblast').place).toBe('kharkiv-oblast');
    expect(one('Харківська область').place).toBe('kharkiv-oblast');
    const city = one('the city of Kharkiv');
    expect(city.place).toBe('kharkiv');
    const bare = one('Drones struck Kharkiv overnight.');
    expect(bare.place).toBe('kharkiv');
    expect(bare.alternatives).toContain('kharkiv-oblast');
    expect(bare.reason).toMatch(/region|city/);
  });

  it('prefers the bigger of two settlements of one name, with a lower confidence and the others listed', () => {
    const m = one('Fighting near Pokrovske continued.');
    expect(m.alternatives.length).toBeGreaterThan(0);
    const chosen = index.byId.get(m.place)!;
    for (const other of m.alternatives) expect(chosen.population ?? 0).toBeGreaterThanOrEqual(index.byId.get(other)!.population ?? 0);
    expect(m.confidence).toBeLessThan(0.95);
    expect(m.reason).toMatch(/largest/);
  });

  it('prefers the namesake in an oblast the article names', () => {
    const text = 'Fighting in the Odesa region. Officials in Pokrovka said the power was out.';
    const m = findMentions(text, index).find((x) => x.text === 'Pokrovka')!;
    expect(index.byId.get(m.place)?.admin1).toBe('UA-51');
    expect(m.reason).toMatch(/oblast the article names/);
  });

  it('does not take words, rivers or facilities for places', () => {
    expect(places('Western military presence and NATO forces; May was quiet.')).toEqual([]);
    expect(places('artillery on the left bank of the Dnipro')).toEqual([]);
    expect(places('the Zaporizhzhia nuclear power plant near Enerhodar')).toEqual(['enerhodar']);
    expect(places('mirne words in lower case')).toEqual([]);
  });
});
