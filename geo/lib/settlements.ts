import type { Feature, FeatureCollection, Point } from 'geojson';

export interface GeoNamesProps {
  geonameid: number;
  name: string;
  asciiname: string;
  alternatenames: string[];
  feature_code: string;
  admin1_name: string;
  population: number;
}

export interface SettlementProps {
  geonameid: number;
  name_en: string;
  /** Absent where no Ukrainian spelling can be told apart in GeoNames' unlabelled alternate names. */
  name_uk?: string;
  population: number;
  /** The zoom from which the label is drawn: capitals and oblast centres first. */
  minzoom: number;
  rank: number;
  /** Drawn as one of the map's places, with its own marker and label. */
  is_place?: boolean;
}

// Letters Ukrainian has and Russian lacks: a Cyrillic name with one of them is Ukrainian spelling.
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ’ʼ']/;
const CYRILLIC = /^[\u0400-\u04FF’ʼ'\- ]+$/;

export function ukrainianName(alternates: string[]): string | undefined {
  return alternates.find((n) => CYRILLIC.test(n) && UKRAINIAN_ONLY.test(n) && !/[ыэъё]/i.test(n));
}

/** Label zoom from GeoNames' feature code and population (Natural Earth's min_zoom idea). */
export function labelMinZoom(code: string, population: number): number {
  if (code === 'PPLC') return 3;
  if (code === 'PPLA') return 4;
  if (population >= 100_000) return 6;
  if (population >= 30_000) return 7;
  if (population >= 10_000) return 8;
  if (population >= 3_000) return 9;
  return 10;
}

/**
 * @param placeIds - GeoNames ids the map draws as places of its own (Kupiansk): their basemap
 *   label is flagged so the style does not print the name twice.
 */
export function buildSettlements(
  source: FeatureCollection<Point, GeoNamesProps>,
  placeIds: ReadonlySet<number> = new Set(),
): Feature<Point, SettlementProps>[] {
  return source.features
    .filter((f) => f.properties.feature_code !== 'PPLX' && f.properties.feature_code !== 'PPLQ')
    .map((f) => {
      const p = f.properties;
      const uk = ukrainianName(p.alternatenames ?? []);
      const props: SettlementProps = {
        geonameid: p.geonameid,
        name_en: p.name,
        ...(uk ? { name_uk: uk } : {}),
        population: p.population,
        minzoom: labelMinZoom(p.feature_code, p.population),
        rank: -p.population,
        ...(placeIds.has(p.geonameid) ? { is_place: true } : {}),
      };
      return { type: 'Feature', geometry: f.geometry, properties: props };
    });
}
