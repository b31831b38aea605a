/**
 * Assessed control: who an outside assessment (DeepStateMap, Project Owl…) marks as holding
 * what, set beside the claims. Where the two disagree about a place, the place is contested,
 * and both are shown.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AssessmentRef } from './schema.ts';
import type { Place } from './place.ts';
import type { PlaceStatus } from './derive-status.ts';
import type { Problem } from './load-claims.ts';

export interface Assessment extends AssessmentRef {
  areas: Feature<Polygon | MultiPolygon>[];
}

/** What an assessment says of one place. */
export interface AssessedPosition {
  assessmentId: string;
  source: string;
  date: string | null;
  holder: string;
  /** Whether the place's point lies in an area the assessment marks as held by `holder`. */
  inside: boolean;
}

/**
 * Reads an assessment's polygon file: the (Multi)Polygons that pass its filter. Other features
 * (front lines, points) are skipped; a file with no usable area is a problem, not a crash.
 */
export function parseAssessment(json: unknown, ref: AssessmentRef, file: string): { assessment: Assessment; problems: Problem[] } {
  const problems: Problem[] = [];
  const features = (json as { features?: unknown } | null)?.features;
  const areas: Feature<Polygon | MultiPolygon>[] = [];
  if (!Array.isArray(features)) {
    problems.push({ file, path: '$.features', field: 'features', record: ref.id, message: 'is not a GeoJSON FeatureCollection' });
  } else {
    for (const f of features as Feature[]) {
      const type = f?.geometry?.type;
      if (type !== 'Polygon' && type !== 'MultiPolygon') continue;
      if (ref.filter && f.properties?.[ref.filter.property] !== ref.filter.equals) continue;
      areas.push(f as Feature<Polygon | MultiPolygon>);
    }
    if (areas.length === 0) {
      problems.push({ file, path: '$.features', field: 'features', record: ref.id, message: 'has no polygon that passes the assessment’s filter' });
    }
  }
  return { assessment: { ...ref, areas }, problems };
}

/**
 * The assessment's word on a place. It speaks for places with a point (a city, a town, an
 * event): for a region, a single point cannot say who holds it, so it stays silent (null).
 */
export function assessPlace(place: Place, assessment: Assessment): AssessedPosition | null {
  const pointLike = place.geometry.type === 'Point' || place.kind === 'city' || place.kind === 'town' || place.kind === 'settlement';
  if (!pointLike) return null;
  const inside = assessment.areas.some((a) => booleanPointInPolygon(place.labelPoint, a));
  return { assessmentId: assessment.id, source: assessment.source, date: assessment.date, holder: assessment.holder, inside };
}

/**
 * Sets the claims' status beside the assessment:
 * - claims say one side holds it, the assessment says otherwise → contested;
 * - no claim says who holds it, the assessment marks it held → controlled, by the assessment;
 * - otherwise the claims' status stands; the assessment is attached so the reader sees both.
 */
export function combineWithAssessment(status: PlaceStatus, position: AssessedPosition | null): PlaceStatus {
  if (!position) return status;
  const withIt = { ...status, assessed: position };
  if (status.status === 'controlled') {
    const claimed = status.holders[0];
    const disagree = position.inside ? claimed !== position.holder : claimed === position.holder;
    return disagree ? { ...withIt, status: 'contested', disagreesWithAssessment: true } : withIt;
  }
  if ((status.status === 'claimed' || status.status === 'none') && position.inside) {
    return { ...withIt, status: 'controlled', holders: [position.holder], byAssessment: true };
  }
  return withIt;
}
