/**
 * `npm run geo`: builds every file under public/data/ that comes from geodata
 * (basemap layers and the built-in places) from the sources listed in geo/sources.ts.
 * Deterministic: the same inputs give byte-identical outputs.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { SOURCES } from '../sources.ts';
import { cleanCollection } from '../lib/clean.ts';
import { buildCountries, buildLakes, buildOblasts, buildRivers, countryLabelPoints } from '../lib/basemap.ts';
import { buildPlace, type PlaceDefinition } from '../lib/places.ts';
import { buildSettlements, type GeoNamesProps } from '../lib/settlements.ts';
import { formatGeoJSON } from '../lib/write-geojson.ts';
import { dissolve } from '../lib/dissolve.ts';
import { buildGazetteer, formatGazetteer } from '../lib/gazetteer.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'public', 'data');
const readJSON = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;

// ~100 m for Ukraine's internal borders and the places; ~200 m for rivers and neighbours.
const FINE = 0.001;
const MEDIUM = 0.002;

function write(relPath: string, fc: FeatureCollection, meta: Record<string, unknown>): void {
  const path = join(OUT, relPath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, formatGeoJSON(fc, meta));
  console.log(`wrote public/data/${relPath} (${fc.features.length} features)`);
}

type Admin1Props = { iso_3166_2: string; name_en: string; name_uk?: string };
const admin1 = readJSON<FeatureCollection<Polygon | MultiPolygon, Admin1Props>>(SOURCES.admin1.path);
const geonames = readJSON<FeatureCollection<Point, GeoNamesProps>>(SOURCES.geonames.path);
const placeDefs = readJSON<{ places: PlaceDefinition[] }>('geo/places/places.json').places;

const provenance = (s: (typeof SOURCES)[keyof typeof SOURCES]) => ({ source: s.origin, licence: s.licence });
const meta = (s: (typeof SOURCES)[keyof typeof SOURCES], precision: string) => ({
  source: s.origin,
  licence: s.licence,
  attribution: s.attribution,
  precision,
});

// Stage 1: places (the article's named areas)
const places = placeDefs.map((def) =>
  buildPlace(def, {
    admin1: new Map(admin1.features.map((f) => [f.properties.iso_3166_2, f])),
    geonames: new Map(geonames.features.map((f) => [f.properties.geonameid, f])),
    admin1Attribution: provenance(SOURCES.admin1),
    geonamesAttribution: provenance(SOURCES.geonames),
  }),
);
write('places.geojson', cleanCollection(places, (f) => f.properties.id), {
  source: 'geo/places/places.json recipes over Natural Earth Admin-1 and GeoNames',
  licence: `${SOURCES.admin1.licence}; ${SOURCES.geonames.licence}`,
  attribution: 'Natural Earth; GeoNames (CC BY 4.0)',
  precision: 'per feature: see each feature’s precision property',
});

// Stage 2: basemap
const ukraine: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: dissolve(admin1.features) };
const world = readJSON<Topology>(SOURCES.countries.path);
const worldCountries = feature(world, world.objects.countries) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
const ukraineSimple = places.find((p) => p.properties.id === 'ukraine') ?? ukraine;
const countries = buildCountries(worldCountries, ukraineSimple, MEDIUM);
write('basemap/countries.geojson', cleanCollection(countries, (f) => f.properties.name_en, 5), meta(SOURCES.countries, 'Neighbours: Natural Earth 10m simplified to ~200 m, Ukraine’s recognised borders cut out; Ukraine: Admin-1 dissolved'));
write('basemap/country-labels.geojson', cleanCollection(countryLabelPoints(countries), (f) => f.properties.name_en, 3), meta(SOURCES.countries, 'One label point per neighbour, inside its largest part within the basemap'));
write('basemap/oblasts.geojson', cleanCollection(buildOblasts(admin1.features, FINE), (f) => f.properties.code, 5), meta(SOURCES.admin1, 'Natural Earth 10m Admin-1 simplified to ~100 m'));
write('basemap/rivers.geojson', cleanCollection(buildRivers(readJSON(SOURCES.rivers.path), MEDIUM), (f) => `${f.properties.name_en ?? '~'}|${JSON.stringify(f.geometry.coordinates[0])}`, 5), meta(SOURCES.rivers, 'Natural Earth 10m simplified to ~200 m'));
write('basemap/lakes.geojson', cleanCollection(buildLakes(readJSON(SOURCES.lakes.path), FINE), (f) => `${f.properties.name_en ?? '~'}|${JSON.stringify(f.geometry.coordinates[0])}`, 5), meta(SOURCES.lakes, 'Natural Earth 10m simplified to ~100 m; Kakhovka Reservoir drawn at its extent before the dam’s destruction in June 2023'));
const placeGeonameIds = new Set(placeDefs.flatMap((d) => ('geonames' in d.geometry ? [d.geometry.geonames] : [])));
write('basemap/settlements.geojson', cleanCollection(buildSettlements(geonames, placeGeonameIds), (f) => String(f.properties.geonameid).padStart(9, '0'), 5), meta(SOURCES.geonames, 'GeoNames point, 5 decimals (~1 m)'));

// Stage 3: the gazetteer the article drafter finds place names with (npm run draft, author.html)
const gazetteer = buildGazetteer(placeDefs, places, admin1.features, geonames.features);
writeFileSync(join(OUT, 'gazetteer.json'), formatGazetteer({
  source: 'geo/places/places.json (names, aliases), Natural Earth 10m Admin-1 (names), GeoNames cities500 (names, alternate names, points)',
  licence: `${SOURCES.admin1.licence}; ${SOURCES.geonames.licence}`,
  attribution: 'Natural Earth; GeoNames (CC BY 4.0)',
  entries: gazetteer,
}));
console.log(`wrote public/data/gazetteer.json (${gazetteer.length} entries)`);

// Stage 4: the size table in geo/README.md, between its markers, so the file reference stays true.
const readme = join(ROOT, 'geo', 'README.md');
const files = ['places.geojson', 'gazetteer.json', ...readdirSync(join(OUT, 'basemap')).sort().map((f) => `basemap/${f}`)];
const rows = files.map((f) => {
  const body = readFileSync(join(OUT, f));
  return `| \`public/data/${f}\` | ${(body.length / 1024).toFixed(1)} KB | ${(gzipSync(body, { level: 9 }).length / 1024).toFixed(1)} KB |`;
});
const table = ['| output | size | gzip -9 |', '| --- | ---: | ---: |', ...rows].join('\n');
const text = readFileSync(readme, 'utf8');
writeFileSync(readme, text.replace(/<!-- sizes:start -->[\s\S]*<!-- sizes:end -->/, `<!-- sizes:start -->\n${table}\n<!-- sizes:end -->`));
console.log('updated the size table in geo/README.md');
