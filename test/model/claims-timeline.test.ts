import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimsTimeline, playSteps } from '../../src/model/claims-timeline.ts';
import { assessmentAt, assessmentSeries, areaChange, placeHistory, previousAssessment, statusesWithAssessment } from '../../src/model/assessment-series.ts';
import { parseAssessment, type Assessment } from '../../src/model/assessed-control.ts';
import { deriveStatuses } from '../../src/model/derive-status.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import { syntheticClaims } from '../../src/model/synthetic-claims.ts';
import { SHARED, articleClaims, builtInPlaces, readJSON } from '../helpers/data.ts';

const dated = () => loadClaims(readJSON('test/fixtures/claims/dated.json'), 'dated.json', builtInPlaces()).data;

function deepState(date: '20251115' | '20251201' | '20251231'): Assessment {
  const url = `deepstate_occupied_${date}_cyterat.geojson`;
  const ref = { id: `deepstate-${date}`, url, holder: 'RU', date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`, source: 'DeepStateMap', licence: 'tests only' };
  return parseAssessment(JSON.parse(readFileSync(join(SHARED, 'testdata', url), 'utf8')), ref, url).assessment;
}

describe('ClaimsTimeline: statuses as of a date', () => {
  it('follows Pokrovsk: nothing before 12 Nov, controlled by Russia on 12 Nov, contested from 13 Nov', () => {
    const t = ClaimsTimeline.of(dated().claims);
    expect(t.statusAt('pokrovsk', '2025-11-11').status).toBe('none');
    const on12 = t.statusAt('pokrovsk', '2025-11-12');
    expect(on12).toMatchObject({ status: 'controlled', holders: ['RU'], extent: 'whole' });
    expect(on12.basis.map((c) => c.id)).toEqual(['ru-captured-pokrovsk']);
    expect(t.statusAt('pokrovsk', '2025-11-13')).toMatchObject({ status: 'contested', holders: ['RU', 'UA'] });
    expect(t.statusAt('pokrovsk', null).status).toBe('contested');
  });

  it('reads a month-precision date from its first day, and a territorial claim before a capture claim', () => {
    const t = ClaimsTimeline.of(dated().claims);
    expect(t.statusAt('huliaipole', '2025-11-30')).toMatchObject({ status: 'claimed', claimants: ['RU'] });
    expect(t.statusAt('huliaipole', '2025-12-01')).toMatchObject({ status: 'controlled', holders: ['RU'] });
  });

  it('keeps undated claims at every date, listed apart, first among the claims in force', () => {
    const t = ClaimsTimeline.of(dated().claims);
    expect(t.undated.map((c) => c.id)).toEqual(['ua-undated-kupiansk']);
    expect(t.claimsByPlaceAsOf('2020-01-01').get('kupiansk')?.map((c) => c.id)).toEqual(['ua-undated-kupiansk']);
    expect(t.claimsByPlaceAsOf('2025-12-31').get('kupiansk')?.map((c) => c.id)).toEqual(['ua-undated-kupiansk', 'ru-captured-kupiansk-fixture', 'ua-regained-kupiansk-fixture']);
    // The event's day counts, not the day it was said.
    expect(t.statusAt('kupiansk', '2025-12-12').status).toBe('contested');
  });

  it('gives the same statuses as deriveStatuses at every date, also moving back and forth (synthetic, 5,000 claims)', () => {
    const settlements = Array.from({ length: 300 }, (_, i) => ({ geonameid: i + 1, name: `S${i}`, lon: 30 + (i % 20) / 4, lat: 46 + i / 100, population: 1000 + i }));
    const file = syntheticClaims(5000, settlements, 3);
    // A few undated claims and territorial claims too.
    file.claims[0].statedOn = null;
    file.claims[1].assertions = [{ type: 'territorial-claim', place: file.claims[1].places[0], by: 'RU' }];
    // And some retracted or rated false: on record, never counted.
    for (const i of [2, 50, 700, 2500]) file.claims[i].verification = { status: i % 2 ? 'false' : 'retracted', by: null };
    const claims = loadClaims(file, 'synthetic.json', []).data.claims;
    const ids = [...new Set(claims.flatMap((c) => c.places))];
    const t = ClaimsTimeline.of(claims);
    const strip = (m: Map<string, { status: string; holders: string[]; claimants: string[]; basis: { id: string }[]; discounted?: { id: string }[] }>) =>
      [...m].map(([id, s]) => [
        id,
        s.status,
        [...s.holders].sort().join(),
        s.claimants.join(),
        s.basis.map((c) => c.id).sort().join(),
        (s.discounted ?? []).map((c) => c.id).sort().join(),
      ]);
    for (const asOf of ['2022-01-01', '2022-03-01', '2023-07-15', '2022-06-01', '2022-06-02', '2025-12-31', '2024-02-29', null]) {
      expect(strip(t.statusesAsOf(ids, asOf))).toEqual(strip(deriveStatuses(claims, ids, asOf)));
      expect(t.claimsAsOf(asOf).length).toBe(claims.filter((c) => !asOf || !(c.eventOn ?? c.statedOn) || (c.eventOn ?? c.statedOn)! <= asOf).length);
    }
  });

  it('never counts a retracted claim: Krynky stays controlled by Ukraine at the article’s date, the retraction on record', () => {
    const { data } = loadClaims(readJSON('test/fixtures/claims/dnipro-article.json'), 'dnipro-article.json', builtInPlaces());
    const krynky = ClaimsTimeline.of(data.claims).statusAt('krynky', '2023-11-24');
    expect(krynky).toMatchObject({ status: 'controlled', holders: ['UA'] });
    expect(krynky.discounted?.map((c) => c.verification.status)).toEqual(['retracted']);
  });

  it('returns the same Map when no claim falls between two dates, so nothing is pushed to the map again', () => {
    const data = dated();
    const ids = data.places.map((p) => p.id);
    const t = ClaimsTimeline.of(data.claims);
    const a = t.statusesAsOf(ids, '2025-11-14');
    expect(t.statusesAsOf(ids, '2025-11-19')).toBe(a);
    expect(t.statusesAsOf(ids, '2025-11-20')).not.toBe(a);
    expect(t.claimsByPlaceAsOf('2025-11-14')).toBe(t.claimsByPlaceAsOf('2025-11-15'));
  });
});

describe('play steps', () => {
  it('are the days a status changed, in order', () => {
    const t = ClaimsTimeline.of(dated().claims);
    expect(t.changeDays).toEqual(['2025-11-12', '2025-11-13', '2025-11-20', '2025-11-25', '2025-12-01', '2025-12-12']);
    expect(playSteps(t)).toEqual(t.changeDays);
  });

  it('add the days an assessment file begins', () => {
    const t = ClaimsTimeline.of(dated().claims);
    expect(playSteps(t, ['2025-11-15', '2025-12-01', '2025-12-31'])).toEqual([
      '2025-11-12',
      '2025-11-13',
      '2025-11-15',
      '2025-11-20',
      '2025-11-25',
      '2025-12-01',
      '2025-12-12',
      '2025-12-31',
    ]);
  });

  it('step through claim days, at most one a month, when no claim changes a status (events only)', () => {
    const t = ClaimsTimeline.of(dated().claims.filter((c) => !c.assertions?.length));
    expect(t.changeDays).toEqual([]);
    expect(playSteps(t)).toEqual(['2025-11-20']);
    const report = dated().claims[2];
    const many = Array.from({ length: 100 }, (_, i) => ({ ...report, id: `e${i}`, statedOn: new Date(Date.UTC(2022, 0, 1 + i * 3)).toISOString().slice(0, 10) }));
    const steps = playSteps(ClaimsTimeline.of(many));
    expect(steps.length).toBe(10);
    expect(steps.at(-1)).toBe(many.at(-1)!.statedOn);
  });
});

describe('place history', () => {
  it('lists Pokrovsk’s days in order, each with its claims and whether the status changed', () => {
    const data = dated();
    const place = data.places.find((p) => p.id === 'pokrovsk')!;
    const h = placeHistory(ClaimsTimeline.of(data.claims), place);
    expect(h.initial.status).toBe('none');
    expect(h.entries.map((e) => [e.day, e.claims.map((c) => c.id), e.status.status, e.changed])).toEqual([
      ['2025-11-12', ['ru-captured-pokrovsk'], 'controlled', true],
      ['2025-11-13', ['ua-fighting-pokrovsk'], 'contested', true],
      ['2025-11-20', ['ua-report-pokrovsk'], 'contested', false],
    ]);
  });

  it('keeps the undated claims apart', () => {
    const data = dated();
    const h = placeHistory(ClaimsTimeline.of(data.claims), data.places.find((p) => p.id === 'kupiansk')!);
    expect(h.undated.map((c) => c.id)).toEqual(['ua-undated-kupiansk']);
    expect(h.entries.map((e) => e.day)).toEqual(['2025-11-20', '2025-12-12']);
  });

  it('sets the DeepStateMap series beside the claims: each file that speaks for the place is a step', () => {
    const data = dated();
    const series = assessmentSeries([deepState('20251231'), deepState('20251115'), deepState('20251201')]);
    expect(series).toHaveLength(1);
    expect(series[0].map((a) => a.date)).toEqual(['2025-11-15', '2025-12-01', '2025-12-31']);
    const pokrovsk = data.places.find((p) => p.id === 'pokrovsk')!;
    const h = placeHistory(ClaimsTimeline.of(data.claims), pokrovsk, series[0]);
    expect(h.entries.map((e) => [e.day, e.assessment?.date ?? null, e.status.status, e.changed])).toEqual([
      ['2025-11-12', null, 'controlled', true],
      ['2025-11-13', null, 'contested', true],
      ['2025-11-15', '2025-11-15', 'contested', expect.any(Boolean)],
      ['2025-11-20', null, 'contested', false],
      ['2025-12-01', '2025-12-01', 'contested', expect.any(Boolean)],
      ['2025-12-31', '2025-12-31', 'contested', expect.any(Boolean)],
    ]);
    expect(h.entries[2].status.assessed).toMatchObject({ source: 'DeepStateMap', date: '2025-11-15' });
    // Huliaipole: before Russia's capture claim, the assessment alone speaks.
    const huliaipole = data.places.find((p) => p.id === 'huliaipole')!;
    const hh = placeHistory(ClaimsTimeline.of(data.claims), huliaipole, series[0]);
    const first = hh.entries[0];
    expect(first.day).toBe('2025-11-15');
    expect(first.assessment?.id).toBe('deepstate-20251115');
    expect([first.status.status, first.status.assessed?.inside, first.changed]).toEqual(
      first.status.assessed?.inside ? ['controlled', true, true] : ['none', false, false],
    );
  });

  it('picks the file in force at each date, none before the first', () => {
    const [series] = assessmentSeries([deepState('20251115'), deepState('20251201'), deepState('20251231')]);
    expect(assessmentAt(series, '2025-11-14')).toBeNull();
    expect(assessmentAt(series, '2025-11-30')?.id).toBe('deepstate-20251115');
    expect(assessmentAt(series, '2025-12-01')?.id).toBe('deepstate-20251201');
    expect(assessmentAt(series, null)?.id).toBe('deepstate-20251231');
    expect(previousAssessment(series, series[2])?.id).toBe('deepstate-20251201');
    expect(previousAssessment(series, series[0])).toBeNull();
  });

  it('combines statuses with the file in force, once per pair', () => {
    const data = dated();
    const [series] = assessmentSeries([deepState('20251115')]);
    const t = ClaimsTimeline.of(data.claims);
    const ids = data.places.map((p) => p.id);
    const fromClaims = t.statusesAsOf(ids, '2025-11-30');
    const a = statusesWithAssessment(fromClaims, data.places, series[0]);
    expect(statusesWithAssessment(fromClaims, data.places, series[0])).toBe(a);
    expect(a.get('huliaipole')?.assessed?.date).toBe('2025-11-15');
  });
});

describe('changed since', () => {
  it('finds area gained and lost between two DeepStateMap files', { timeout: 60_000 }, () => {
    const [earlier, later] = [deepState('20251201'), deepState('20251231')];
    const change = areaChange(earlier, later);
    expect(change.gained.features.length).toBeGreaterThan(0);
    expect(change.gained.features.every((f) => f.properties.change === 'gained')).toBe(true);
    expect(change.lost.features.every((f) => f.properties.change === 'lost')).toBe(true);
    expect(areaChange(earlier, later)).toBe(change);
  });
});

describe('the article', () => {
  it('has no dated status change: its claims are undated or say nothing of control', () => {
    const data = loadClaims(articleClaims(), 'claims.json', builtInPlaces()).data;
    const t = ClaimsTimeline.of(data.claims);
    const ids = data.places.map((p) => p.id);
    expect([...t.statusesAsOf(ids, null)].map(([id, s]) => [id, s.status])).toEqual([...deriveStatuses(data.claims, ids)].map(([id, s]) => [id, s.status]));
  });
});
