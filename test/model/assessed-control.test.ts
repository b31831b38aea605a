/**
 * Assessed control on real third-party data, for tests only (../shared/testdata; credit:
 * DeepStateMap via cyterat/deepstate-map-data, Project Owl via owlmaps/map-data).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessPlace, combineWithAssessment, parseAssessment, type Assessment } from '../../src/model/assessed-control.ts';
import { deriveStatus } from '../../src/model/derive-status.ts';
import { statusSentence } from '../../src/model/describe.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import type { Place } from '../../src/model/place.ts';
import type { AssessmentRef } from '../../src/model/schema.ts';
import { SHARED, articleClaims, builtInPlaces } from '../helpers/data.ts';
import { modelWords } from '../../src/components/i18n/words.ts';

const EN = modelWords('en');

const TESTDATA = join(SHARED, 'testdata');

function deepState(date: '20251115' | '20251201' | '20251231'): Assessment {
  const ref: AssessmentRef = {
    id: `deepstate-${date}`,
    url: `deepstate_occupied_${date}_cyterat.geojson`,
    holder: 'RU',
    date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`,
    source: 'DeepStateMap',
    licence: 'no open licence (tests only)',
  };
  const { assessment, problems } = parseAssessment(JSON.parse(readFileSync(join(TESTDATA, ref.url), 'utf8')), ref, ref.url);
  expect(problems).toEqual([]);
  return assessment;
}

function owl(): Assessment {
  const ref: AssessmentRef = {
    id: 'owl-20251201',
    url: 'owlmaps_control_20251201.geojson',
    holder: 'RU',
    date: '2025-12-01',
    source: 'Project Owl',
    licence: 'no open licence (tests only)',
    filter: { property: 'layer', equals: 'areas_ru' },
  };
  return parseAssessment(JSON.parse(readFileSync(join(TESTDATA, ref.url), 'utf8')), ref, ref.url).assessment;
}

const town = (id: string, lon: number, lat: number): Place => ({
  id,
  kind: 'town',
  names: { en: id },
  approximate: false,
  geometry: { type: 'Point', coordinates: [lon, lat] },
  labelPoint: [lon, lat],
  precision: 'test point',
  dataSource: 'test',
  licence: 'CC0',
});

const kupiansk = () => builtInPlaces().find((p) => p.id === 'kupiansk')!;

describe('reading an assessment', () => {
  it('keeps DeepStateMap’s one MultiPolygon, and only Project Owl’s areas_ru polygons, not its front lines', () => {
    expect(deepState('20251201').areas).toHaveLength(1);
    expect(owl().areas).toHaveLength(12);
  });

  it('reports a file with no usable area instead of failing', () => {
    const ref = { id: 'x', url: 'x.geojson', holder: 'RU', date: null, source: 'X', licence: 'x' };
    const { assessment, problems } = parseAssessment({ type: 'FeatureCollection', features: [] }, ref, 'x.geojson');
    expect(assessment.areas).toEqual([]);
    expect(problems[0]).toMatchObject({ file: 'x.geojson', record: 'x', field: 'features' });
  });
});

describe('what an assessment says of a place', () => {
  it.each(['20251115', '20251201', '20251231'] as const)('DeepStateMap %s leaves Kupiansk’s centre just outside its occupied area', (date) => {
    expect(assessPlace(kupiansk(), deepState(date))?.inside).toBe(false);
  });

  it('puts Donetsk inside and Kharkiv outside, in both assessments', () => {
    for (const a of [deepState('20251201'), owl()]) {
      expect(assessPlace(town('donetsk', 37.80224, 48.023), a)?.inside).toBe(true);
      expect(assessPlace(town('kharkiv', 36.25272, 49.98081), a)?.inside).toBe(false);
    }
  });

  it('says nothing of a region from a single point', () => {
    expect(assessPlace(builtInPlaces().find((p) => p.id === 'donbas')!, deepState('20251201'))).toBeNull();
  });
});

describe('claims beside an assessment', () => {
  const data = () => loadClaims(articleClaims(), 'claims.json', builtInPlaces()).data;
  const name = (id: string) => builtInPlaces().find((p) => p.id === id)?.names.en ?? id;

  it('keeps Kupiansk contested, and shows the assessment in the status sentence', () => {
    const d = data();
    const status = combineWithAssessment(deriveStatus(d.claims, 'kupiansk'), assessPlace(kupiansk(), deepState('20251201')));
    expect(status.status).toBe('contested');
    expect(statusSentence(status, d, name, EN)).toBe(
      'Contested: Russia says it captured Kupiansk; Ukrainian forces say they regained several neighbourhoods; DeepStateMap (1 December 2025) does not mark it as held by Russia.',
    );
  });

  it('makes a place contested where the claims say one side holds it and the assessment disagrees', () => {
    const d = data();
    const onlyRussia = d.claims.filter((c) => c.id !== 'ukraine-regained-kupiansk-neighbourhoods');
    expect(deriveStatus(onlyRussia, 'kupiansk').status).toBe('controlled');
    const status = combineWithAssessment(deriveStatus(onlyRussia, 'kupiansk'), assessPlace(kupiansk(), deepState('20251201')));
    expect(status).toMatchObject({ status: 'contested', disagreesWithAssessment: true });
  });

  it('takes the assessment’s word where no claim says who holds a place', () => {
    const d = data();
    const status = combineWithAssessment(deriveStatus(d.claims, 'donetsk'), assessPlace(town('donetsk', 37.80224, 48.023), owl()));
    expect(status).toMatchObject({ status: 'controlled', holders: ['RU'], byAssessment: true });
    expect(statusSentence(status, d, name, EN)).toBe('Controlled by Russia, according to an assessment: Project Owl (1 December 2025) marks it as held by Russia.');
  });
});
