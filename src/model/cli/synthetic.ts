/** `npm run synthetic -- 10000 out.json [seed]`: writes a synthetic claims file on GeoNames settlements. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticClaims, type SettlementPoint } from '../synthetic-claims.ts';

const [countArg, out, seedArg = '1'] = process.argv.slice(2);
if (!countArg || !out) {
  console.error('usage: npm run synthetic -- COUNT out.json [seed]');
  process.exit(2);
}
type Settlements = { features: { properties: { geonameid: number; name_en: string; population: number }; geometry: { coordinates: [number, number] } }[] };
const fc = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', 'data', 'basemap', 'settlements.geojson'), 'utf8')) as Settlements;
const settlements: SettlementPoint[] = fc.features.map((f) => ({
  geonameid: f.properties.geonameid,
  name: f.properties.name_en,
  lon: f.geometry.coordinates[0],
  lat: f.geometry.coordinates[1],
  population: f.properties.population,
}));
writeFileSync(out, JSON.stringify(syntheticClaims(Number(countArg), settlements, Number(seedArg))));
console.log(`wrote ${out}`);
