/**
 * `npm run synthetic -- COUNT out.json [seed] [--places N]`: writes a synthetic claims file.
 * Without --places the claims fall on GeoNames settlements (2,847 in the basemap); with it, on N
 * distinct points jittered inside the real oblasts (public/data/basemap/oblasts.geojson).
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { syntheticClaims, syntheticClaimsOnManyPlaces, type SettlementPoint } from '../synthetic-claims.ts';
import type { ClaimsFile } from '../schema.ts';

const args = process.argv.slice(2);
const placesAt = args.indexOf('--places');
const placeCount = placesAt >= 0 ? Number(args[placesAt + 1]) : null;
const [countArg, out, seedArg = '1'] = placesAt >= 0 ? args.filter((_, i) => i !== placesAt && i !== placesAt + 1) : args;
if (!countArg || !out || (placeCount !== null && !(placeCount > 0))) {
  console.error('usage: npm run synthetic -- COUNT out.json [seed] [--places N]');
  process.exit(2);
}
const basemap = join(import.meta.dirname, '..', '..', '..', 'public', 'data', 'basemap');
let file: ClaimsFile;
if (placeCount !== null) {
  type Oblasts = { features: { properties: { name_en: string }; geometry: Polygon | MultiPolygon }[] };
  const fc = JSON.parse(readFileSync(join(basemap, 'oblasts.geojson'), 'utf8')) as Oblasts;
  const areas = fc.features.map((f) => ({ name: f.properties.name_en, geometry: f.geometry }));
  file = syntheticClaimsOnManyPlaces(Number(countArg), { places: placeCount, areas }, Number(seedArg));
} else {
  type Settlements = { features: { properties: { geonameid: number; name_en: string; population: number }; geometry: { coordinates: [number, number] } }[] };
  const fc = JSON.parse(readFileSync(join(basemap, 'settlements.geojson'), 'utf8')) as Settlements;
  const settlements: SettlementPoint[] = fc.features.map((f) => ({
    geonameid: f.properties.geonameid,
    name: f.properties.name_en,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
    population: f.properties.population,
  }));
  file = syntheticClaims(Number(countArg), settlements, Number(seedArg));
}
// Written a record a line: a million claims would pass the largest string one JSON.stringify can make.
const fd = openSync(out, 'w');
const { claims, ...rest } = file;
writeSync(fd, `${JSON.stringify(rest).slice(0, -1)},"claims":[\n`);
for (let i = 0; i < claims.length; i += 1000) {
  writeSync(fd, claims.slice(i, i + 1000).map((c) => JSON.stringify(c)).join(',\n') + (i + 1000 < claims.length ? ',\n' : '\n'));
}
writeSync(fd, ']}\n');
closeSync(fd);
console.log(`wrote ${out}: ${claims.length} claims on ${file.places.length} places`);
