/** Runs the importer on real third-party data (../shared/testdata; credit: Bellingcat, via johanbove/bellingcat-ukraine). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importEvents, padIsoDate, type EventImportConfig } from '../../src/model/import-events.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import { SHARED, builtInPlaces, readJSON } from '../helpers/data.ts';

const BELLINGCAT = join(SHARED, 'testdata', 'bellingcat_civilian_harm_events.geojson');
const config = () => readJSON<EventImportConfig>('test/fixtures/import/bellingcat.config.json');
const events = () => JSON.parse(readFileSync(BELLINGCAT, 'utf8'));

describe('importEvents on Bellingcat’s civilian-harm events', () => {
  it('turns every event into a sourced, dated claim that loads without a problem', () => {
    const { file, problems } = importEvents(events(), config());
    // The data set gives CIV1553 to two events: both are kept, the second under its own id.
    expect(problems).toEqual([{ feature: 879, field: 'id', message: '"CIV1553" repeats an earlier event\'s id: imported as bellingcat-civharm-civ1553-879', kept: true }]);
    expect(file.claims).toHaveLength(1159);
    const { data, problems: loadProblems } = loadClaims(JSON.parse(JSON.stringify(file)), 'bellingcat.json', builtInPlaces());
    expect(loadProblems).toEqual([]);
    expect(data.claims).toHaveLength(1159);
  });

  it('keeps the event’s own words, date, place and first link', () => {
    const { file } = importEvents(events(), config());
    const first = file.claims[0];
    expect(first).toMatchObject({ id: 'bellingcat-civharm-civ0001', eventOn: '2022-02-24', statedOn: null, textType: 'paraphrase', actor: 'bellingcat' });
    expect(first.text).toMatch(/^Apartment block hit/);
    const place = file.places.find((p) => p.id === first.places[0]);
    expect(place?.names?.en).toBe('Chuhuiv, south of Kharkiv');
    const source = file.sources.find((s) => s.id === first.source);
    expect(source?.url).toBe('https://twitter.com/Michael1Sheldon/status/1496717647089651716');
    expect(source?.outlet).toBe('Bellingcat');
  });

  it('writes the data set’s unpadded dates (2022-3-3) as ISO days, and invents none', () => {
    const { file } = importEvents(events(), config());
    expect(file.claims[113]).toMatchObject({ id: 'bellingcat-civharm-civ0189', eventOn: '2022-03-03' });
    expect(padIsoDate('2022-3')).toBe('2022-03');
    expect(padIsoDate('3/3/2022')).toBe('3/3/2022');
  });

  it('reports events it cannot use instead of dropping them silently', () => {
    const fc = events();
    fc.features[3].properties.description = '';
    fc.features[5].geometry = null;
    const { file, problems } = importEvents(fc, config());
    expect(problems.filter((p) => !p.kept)).toEqual([
      { feature: 3, field: 'description', message: 'missing', kept: false },
      { feature: 5, field: 'geometry', message: 'not a point', kept: false },
    ]);
    expect(file.claims).toHaveLength(1157);
  });
});
