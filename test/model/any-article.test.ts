/**
 * A second article, of our own making (test/fixtures/claims/dnipro-article.json): other places,
 * line places, an observer, a retracted claim, kinds of its own, article metadata.
 */
import { describe, expect, it } from 'vitest';
import { loadClaims } from '../../src/model/load-claims.ts';
import { deriveStatuses } from '../../src/model/derive-status.ts';
import { actorName, kindLabel, statusSentence } from '../../src/model/describe.ts';
import { filterClaims } from '../../src/model/filter-claims.ts';
import { placeName } from '../../src/model/place.ts';
import { placesToGeoJSON, markersToGeoJSON } from '../../src/map/to-geojson.ts';
import { builtInPlaces, readJSON } from '../helpers/data.ts';
import { modelWords } from '../../src/components/i18n/words.ts';

const EN = modelWords('en');

const FILE = 'dnipro-article.json';
const fixture = () => readJSON<Record<string, unknown> & { claims: Record<string, unknown>[]; actors: Record<string, unknown>[] }>('test/fixtures/claims/dnipro-article.json');

function load(json: unknown = fixture()) {
  const { data, problems } = loadClaims(json, FILE, builtInPlaces());
  const statuses = deriveStatuses(data.claims, data.places.map((p) => p.id), data.defaultDate);
  const name = (id: string) => placeName(data.places.find((p) => p.id === id)!);
  return { data, problems, statuses, sentence: (id: string) => statusSentence(statuses.get(id)!, data, name, EN) };
}

describe('a second article: the format carries what it says', () => {
  it('loads with no problem: five places of its own, two of them lines', () => {
    const { data, problems } = load();
    expect(problems).toEqual([]);
    expect(data.claims).toHaveLength(8);
    expect(data.places.map((p) => `${p.id}:${p.geometry.type}`)).toEqual([
      'krynky:Point',
      'enerhodar:Point',
      'zaporizhzhia-npp:Polygon',
      'antonivskyi-bridge:LineString',
      'dnipro-left-bank:MultiLineString',
    ]);
  });

  it('carries the article’s metadata, and opens at its publication date', () => {
    const { data } = load();
    expect(data.title).toBe('Across the Dnipro, the claims outrun the river');
    expect(data.article).toMatchObject({ author: 'Test Reporter', published: '2023-11-24', url: 'https://example.org/gazette/across-the-dnipro' });
    expect(data.defaultDate).toBe('2023-11-24');
  });

  it('a retracted claim stays on record but does not make Krynky contested; the sentence says so', () => {
    const { data, statuses, sentence } = load();
    expect(data.claims.find((c) => c.id === 'ru-krynky-cleared')?.verification.status).toBe('retracted');
    const krynky = statuses.get('krynky')!;
    expect(krynky.status).toBe('controlled');
    expect(krynky.holders).toEqual(['UA']);
    expect(krynky.extent).toBe('part');
    expect(krynky.basis.map((c) => c.id)).toEqual(['ua-krynky-foothold']);
    expect(krynky.discounted?.map((c) => c.id)).toEqual(['ru-krynky-cleared']);
    expect(sentence('krynky')).toBe(
      'Controlled by Ukraine (in part), according to claims: Ukraine’s Southern Defence Forces say they hold positions in Krynky. ' +
        'Russian Ministry of Defence’s claim of 12 November 2023 was retracted, and does not count toward the status.',
    );
  });

  it('without the retraction, the same claims make Krynky contested', () => {
    const json = fixture();
    (json.claims[0].verification as { status: string }).status = 'unverified';
    expect(load(json).statuses.get('krynky')?.status).toBe('contested');
  });

  it('a claim rated false does not count either', () => {
    const json = fixture();
    (json.claims[0].verification as { status: string; by: string }).status = 'false';
    (json.claims[0].verification as { status: string; by: string }).by = 'the Gazette’s fact-check desk';
    const { statuses, sentence } = load(json);
    expect(statuses.get('krynky')?.status).toBe('controlled');
    expect(sentence('krynky')).toContain('claim of 12 November 2023 was rated false by the Gazette’s fact-check desk, and does not count');
  });

  it('an observer’s control assertion counts: the IAEA says Russian forces control the plant', () => {
    const { data, statuses } = load();
    const iaea = data.actors.find((a) => a.id === 'iaea')!;
    expect(iaea.side).toBeNull();
    expect(actorName(iaea, 'iaea')).toBe('IAEA, an observer');
    expect(statuses.get('zaporizhzhia-npp')).toMatchObject({ status: 'controlled', holders: ['RU'], extent: 'whole' });
  });

  it('an observer is not a side: no side filter entry, and filtering by a side leaves its claims out', () => {
    const { data } = load();
    expect(data.sides.map((s) => s.id)).toEqual(['RU', 'UA']);
    const ru = filterClaims(data.claims, data, { sides: ['RU'], kinds: [], verification: [] });
    expect(ru.some((c) => c.actor === 'iaea')).toBe(false);
  });

  it('lines are places like any other: a status and a marker; the bridge is contested, the front line claimed', () => {
    const { data, statuses } = load();
    expect(statuses.get('antonivskyi-bridge')?.status).toBe('contested');
    expect(statuses.get('dnipro-left-bank')?.status).toBe('claimed');
    const areas = placesToGeoJSON(data.places, statuses);
    const bridge = areas.features.find((f) => f.properties?.id === 'antonivskyi-bridge')!;
    expect(bridge.geometry.type).toBe('LineString');
    expect(bridge.properties?.status).toBe('contested');
    const counts = new Map(data.places.map((p) => [p.id, data.claims.filter((c) => c.places.includes(p.id)).length]));
    const marker = markersToGeoJSON(data.places, statuses, counts, undefined, EN).features.find((f) => f.properties?.id === 'antonivskyi-bridge')!;
    // Halfway along the bridge, on the line.
    const [lon, lat] = marker.geometry.coordinates;
    expect(lon).toBeGreaterThan(32.70);
    expect(lon).toBeLessThan(32.73);
    expect(lat).toBeGreaterThan(46.66);
    expect(lat).toBeLessThan(46.675);
  });

  it('kinds of its own, with their labels, beside the built-in ones', () => {
    const { data } = load();
    expect(kindLabel(data, 'nuclear-safety')).toBe('Nuclear safety');
    expect(kindLabel(data, 'territorial-control')).toBe('territorial control');
    expect(data.claims.filter((c) => c.kind === 'evacuation').map((c) => c.id)).toEqual(['ua-enerhodar-evacuation']);
  });

  it('a kind neither built in nor declared is a located error', () => {
    const json = fixture();
    json.claims[7].kind = 'rumour';
    const { problems, data } = load(json);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '$.claims[7].kind', field: 'kind', record: 'ua-enerhodar-evacuation' });
    expect(problems[0].message).toMatch(/unknown kind "rumour".*declare it in kinds/);
    expect(data.claims).toHaveLength(7);
  });

  it('declaring a built-in kind again is an error', () => {
    const json = fixture();
    (json.kinds as unknown[]).push({ id: 'position', label: 'Position' });
    const { problems } = load(json);
    expect(problems.map((p) => p.path)).toEqual(['$.kinds[2].id']);
  });

  it('"published" as the default date needs a publication day', () => {
    const json = fixture();
    (json.article as Record<string, unknown>).published = null;
    const { data, problems } = load(json);
    expect(data.defaultDate).toBeUndefined();
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      '$.defaultDate: is "published", but article.published gives no day (YYYY-MM-DD); the map opens at the latest claims',
    ]);
  });
});
