/** The validator checks geography as well as types, and one mistake gives one message. */
import { describe, expect, it } from 'vitest';
import { loadClaims, formatProblem, isWarning } from '../../src/model/load-claims.ts';
import { checkGeometry } from '../../src/model/check-geometry.ts';
import { builtInPlaces, readJSON } from '../helpers/data.ts';

const FILE = 'dnipro-article.json';
type Json = Record<string, unknown> & { claims: Record<string, unknown>[]; places: Record<string, unknown>[]; actors: Record<string, unknown>[] };
const fixture = () => readJSON<Json>('test/fixtures/claims/dnipro-article.json');
const load = (json: Json) => loadClaims(json, FILE, builtInPlaces());

function withPlaceGeometry(id: string, geometry: unknown): Json {
  const json = fixture();
  json.places.find((p) => p.id === id)!.geometry = geometry;
  return json;
}

describe('geography: errors name the place', () => {
  it('swapped longitude and latitude (Pokrovsk given as [lat, lon]) is an error asking whether they are swapped', () => {
    const [f] = checkGeometry('Pokrovsk', { type: 'Point', coordinates: [48.28, 37.18] });
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/^Pokrovsk \[48\.28, 37\.18\] lies outside the map’s area .*; are longitude and latitude swapped\?/);
  });

  it('in a file, the swapped place is left out with one error at its coordinates; the rest loads', () => {
    const { data, problems } = load(withPlaceGeometry('krynky', { type: 'Point', coordinates: [46.7317, 33.0878] }));
    const errors = problems.filter((p) => !isWarning(p));
    expect(errors[0]).toMatchObject({ path: '$.places[0].geometry.coordinates', field: 'geometry.coordinates', record: 'krynky' });
    expect(errors[0].message).toMatch(/^Krynky \[46\.7317, 33\.0878\] lies outside the map’s area.*swapped/);
    expect(data.places.map((p) => p.id)).not.toContain('krynky');
    expect(data.places).toHaveLength(4);
  });

  it('a point on another continent (Buenos Aires) is an error, without the swap hint', () => {
    const [f] = checkGeometry('Buenos Aires', { type: 'Point', coordinates: [-58.38, -34.6] });
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/^Buenos Aires \[-58\.38, -34\.6\] lies outside the map’s area/);
    expect(f.message).not.toMatch(/swapped/);
  });

  it('a polygon with a corner off the map names the first such corner', () => {
    const { problems } = load(
      withPlaceGeometry('zaporizhzhia-npp', { type: 'Polygon', coordinates: [[[34.575, 47.503], [134.6, 47.503], [34.6, 47.518], [34.575, 47.503]]] }),
    );
    expect(problems[0]).toMatchObject({ path: '$.places[2].geometry.coordinates[0][1]', record: 'zaporizhzhia-npp' });
    expect(problems[0].message).toMatch(/^Zaporizhzhia Nuclear Power Plant \[134\.6, 47\.503\] lies outside/);
  });

  it('an unclosed ring is an error naming the place and the ring', () => {
    const { data, problems } = load(
      withPlaceGeometry('zaporizhzhia-npp', { type: 'Polygon', coordinates: [[[34.575, 47.503], [34.6, 47.503], [34.6, 47.518], [34.575, 47.518]]] }),
    );
    const errors = problems.filter((p) => !isWarning(p));
    expect(errors[0]).toMatchObject({ path: '$.places[2].geometry.coordinates[0]', record: 'zaporizhzhia-npp' });
    expect(errors[0].message).toBe(
      'Zaporizhzhia Nuclear Power Plant: ring 0 is not closed: its last position [34.575, 47.518] must repeat its first [34.575, 47.503]',
    );
    expect(data.places.map((p) => p.id)).not.toContain('zaporizhzhia-npp');
  });
});

describe('geography: warnings print, and the place stays', () => {
  it('a self-intersecting outline (a bow tie) is a warning', () => {
    const { data, problems } = load(
      withPlaceGeometry('zaporizhzhia-npp', { type: 'Polygon', coordinates: [[[34.575, 47.503], [34.6, 47.518], [34.6, 47.503], [34.575, 47.518], [34.575, 47.503]]] }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].severity).toBe('warning');
    expect(formatProblem(problems[0])).toMatch(/^warning: dnipro-article\.json: \$\.places\[2\]\.geometry\.coordinates \(zaporizhzhia-npp\): .*crosses itself/);
    expect(data.places.map((p) => p.id)).toContain('zaporizhzhia-npp');
  });

  it('an implausibly large area and an implausibly tiny one are warnings', () => {
    const huge = checkGeometry('Everything', { type: 'Polygon', coordinates: [[[16, 40], [46, 40], [46, 57], [16, 57], [16, 40]]] });
    expect(huge.map((f) => f.severity)).toEqual(['warning']);
    expect(huge[0].message).toMatch(/implausibly large/);
    const tiny = checkGeometry('A speck', { type: 'Polygon', coordinates: [[[34.5, 47.5], [34.5001, 47.5], [34.5001, 47.5001], [34.5, 47.5001], [34.5, 47.5]]] });
    expect(tiny.map((f) => f.severity)).toEqual(['warning']);
    expect(tiny[0].message).toMatch(/implausibly small/);
  });

  it('the built-in article and the second article raise no geography finding', () => {
    expect(load(fixture()).problems).toEqual([]);
  });
});

describe('one mistake, one message: knock-ons name their root cause', () => {
  it('a place dropped for a bad field is reported once; the claim naming it points there', () => {
    const json = fixture();
    json.places[0].geometry = { type: 'Point', coordinates: [33.0878] };
    json.claims = json.claims.filter((c) => c.id === 'ru-krynky-cleared');
    delete json.claims[0].contradicts;
    const { problems, data } = load(json);
    const atPlace = problems.filter((p) => p.path.startsWith('$.places[0]'));
    expect(atPlace).toHaveLength(1);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      atPlace[0].path + ': ' + atPlace[0].message,
      '$.claims[0].places[0]: refers to place "krynky", which was left out (see $.places[0])',
    ]);
    expect(problems.some((p) => /list it in places|not one of this claim/.test(p.message))).toBe(false);
    expect(data.claims).toHaveLength(0);
  });

  it('a place left out for its geography: the claims naming it say so, no assertion message', () => {
    const json = withPlaceGeometry('zaporizhzhia-npp', { type: 'Point', coordinates: [47.5, 34.59] });
    const { problems } = load(json);
    expect(problems.map((p) => p.path)).toEqual(['$.places[2].geometry.coordinates', '$.claims[2].places[0]', '$.claims[3].places[0]']);
    expect(problems[0].message).toMatch(/^Zaporizhzhia Nuclear Power Plant \[47\.5, 34\.59\] lies outside the map’s area.*swapped/);
    expect(problems[1].message).toBe('refers to place "zaporizhzhia-npp", which was left out (see $.places[2])');
  });

  it('an actor dropped for an unknown side: its claims say it was left out, and where', () => {
    const json = fixture();
    json.actors[1].side = 'UKR';
    const { problems } = load(json);
    expect(problems[0]).toMatchObject({ path: '$.actors[1].side', record: 'ua-southern-forces' });
    const knockOns = problems.slice(1).map((p) => `${p.path}: ${p.message}`);
    expect(knockOns).toContain('$.claims[1].actor: refers to actor "ua-southern-forces", which was left out (see $.actors[1])');
    expect(knockOns).toContain('$.claims[5].actor: refers to actor "ua-southern-forces", which was left out (see $.actors[1])');
    // Links to the claims left out name them too.
    expect(knockOns).toContain('$.claims[0].contradicts[0]: points to "ua-krynky-foothold", which was left out (see $.claims[1])');
    expect(knockOns.every((m) => !/unknown actor|not a loaded claim/.test(m))).toBe(true);
  });

  it('an actor with side null is an observer, not an error', () => {
    const json = fixture();
    json.actors[0].side = null;
    expect(load(json).problems).toEqual([]);
  });
});
