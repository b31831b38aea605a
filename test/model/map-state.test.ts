import { describe, expect, it } from 'vitest';
import { MapStateModel, asOfDay, assessmentInForce, type MapStateInput } from '../../src/model/map-state.ts';
import type { Assessment } from '../../src/model/assessed-control.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import { articleClaims, builtInPlaces, readJSON } from '../helpers/data.ts';

const article = () => loadClaims(articleClaims(), 'claims.json', builtInPlaces()).data;
const fixture = () => loadClaims(readJSON('test/fixtures/claims/other-places.json'), 'other-places.json', builtInPlaces()).data;

const input = (over: Partial<MapStateInput>): MapStateInput => ({
  data: null,
  assessments: [],
  date: '',
  sides: '',
  kinds: '',
  verification: '',
  place: '',
  claim: '',
  ...over,
});

/** An assessment marking the whole map as held by `holder`. */
const everywhere = (holder: string, date: string | null): Assessment => ({
  id: `all-${holder}-${date}`,
  url: 'all.geojson',
  holder,
  date,
  source: 'Test assessment',
  licence: 'CC0',
  areas: [
    {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[[-180, -85], [180, -85], [180, 85], [-180, 85], [-180, -85]]] },
    },
  ],
});

describe('the map state derived from the article', () => {
  it('gives each place its status and counts every claim when nothing is filtered', () => {
    const s = new MapStateModel().derive(input({ data: article() }));
    expect(s.statuses.get('kupiansk')?.status).toBe('contested');
    expect(s.statuses.get('crimea')?.status).toBe('claimed');
    expect(s.statuses.get('ukraine')?.status).toBe('none');
    expect(s.claimCounts.get('kupiansk')).toBe(2);
    expect(s.claimCounts.get('ukraine')).toBe(7);
    expect(s.selectedPlace).toBeUndefined();
  });

  it('filters what is shown and counted, never the status: Kupiansk stays contested with only Ukraine’s claims shown', () => {
    const s = new MapStateModel().derive(input({ data: article(), sides: 'UA' }));
    expect(s.filters).toEqual({ sides: ['UA'], kinds: [], verification: [] });
    expect(s.claimsByPlace.get('kupiansk')?.map((c) => c.id)).toEqual(['ukraine-regained-kupiansk-neighbourhoods']);
    expect(s.claimCounts.get('crimea')).toBeUndefined();
    expect(s.statuses.get('kupiansk')?.status).toBe('contested');
    expect(s.sideCounts.get('kupiansk')).toEqual({ RU: 0, UA: 1, US: 0 });
  });

  it('offers every side, and only the kinds and verification statuses present', () => {
    const { filterOptions } = new MapStateModel().derive(input({ data: article() }));
    expect(filterOptions.sides.map((o) => o.value)).toEqual(['RU', 'UA', 'US']);
    expect(filterOptions.kinds).toContainEqual({ value: 'territorial-control', label: 'territorial control' });
    expect(filterOptions.verification.map((o) => o.value).sort()).toEqual(['not-assessed', 'unverified']);
  });

  it('selects a place by id, or by one of its claims', () => {
    const model = new MapStateModel();
    expect(model.derive(input({ data: article(), place: 'crimea' })).selectedPlace?.id).toBe('crimea');
    expect(model.derive(input({ data: article(), claim: 'russia-captured-kupiansk' })).selectedPlace?.id).toBe('kupiansk');
    expect(model.derive(input({ data: article(), place: 'atlantis' })).selectedPlace).toBeUndefined();
  });

  it('is empty, not broken, before data loads', () => {
    const s = new MapStateModel().derive(input({}));
    expect(s.places).toEqual([]);
    expect(s.statuses.size).toBe(0);
    expect(s.claimsByPlace.size).toBe(0);
    expect(s.filterOptions).toEqual({ sides: [], kinds: [], verification: [] });
  });
});

describe('the as-of date', () => {
  it('leaves out claims dated later, and reads only a full real day as a date', () => {
    const model = new MapStateModel();
    const data = fixture();
    const mid = model.derive(input({ data, date: '2025-06-15' }));
    expect(mid.asOf).toBe('2025-06-15');
    expect(mid.statuses.get('vovchansk')).toMatchObject({ status: 'controlled', holders: ['RU'] });
    expect(mid.claimCounts.get('vovchansk')).toBe(1);
    expect(model.derive(input({ data, date: '2025-06-30' })).statuses.get('vovchansk')?.status).toBe('contested');
    for (const bad of ['2025-06', '2025-02-30', 'yesterday']) {
      expect(asOfDay(bad)).toBeNull();
      expect(model.derive(input({ data, date: bad })).claimCounts.get('vovchansk')).toBe(2);
    }
  });

  it('uses the latest assessment on or before the date, undated ones always', () => {
    const early = everywhere('UA', '2025-06-12');
    const late = everywhere('RU', '2025-06-25');
    expect(assessmentInForce([late, early], '2025-06-15')).toBe(early);
    expect(assessmentInForce([late, early], null)).toBe(late);
    expect(assessmentInForce([late], '2025-06-01')).toBeNull();
    const undated = everywhere('UA', null);
    expect(assessmentInForce([undated], '2025-06-01')).toBe(undated);
  });

  it('sets the claims beside the assessment in force: Russia’s claim against an assessment that Ukraine holds it is contested', () => {
    const model = new MapStateModel();
    const data = fixture();
    const assessments = [everywhere('UA', '2025-06-12'), everywhere('RU', '2025-06-25')];
    const s = model.derive(input({ data, assessments, date: '2025-06-15' }));
    expect(s.assessment?.holder).toBe('UA');
    expect(s.statuses.get('vovchansk')).toMatchObject({ status: 'contested', disagreesWithAssessment: true });
    // A region: the assessment's point test does not speak for it.
    expect(s.statuses.get('test-square')).toMatchObject({ status: 'controlled', holders: ['UA'] });
  });
});

describe('memoisation', () => {
  it('returns the same objects while their inputs are the same, and new ones only for what changed', () => {
    const model = new MapStateModel();
    const data = article();
    const a = model.derive(input({ data }));
    const b = model.derive(input({ data }));
    expect(b.statuses).toBe(a.statuses);
    expect(b.claimsByPlace).toBe(a.claimsByPlace);
    expect(b.claimCounts).toBe(a.claimCounts);
    expect(b.filters).toBe(a.filters);
    expect(b.filterOptions).toBe(a.filterOptions);

    const selected = model.derive(input({ data, place: 'kupiansk' }));
    expect(selected.statuses).toBe(a.statuses);
    expect(selected.claimCounts).toBe(a.claimCounts);

    const filtered = model.derive(input({ data, sides: 'RU' }));
    expect(filtered.statuses).toBe(a.statuses);
    expect(filtered.claimsByPlace).not.toBe(a.claimsByPlace);

    const withAssessment = model.derive(input({ data, assessments: [everywhere('RU', null)] }));
    expect(withAssessment.statuses).not.toBe(a.statuses);
    expect(model.derive(input({ data, assessments: withAssessment.assessment ? [withAssessment.assessment] : [] })).statuses).toBe(
      withAssessment.statuses,
    );
  });
});
