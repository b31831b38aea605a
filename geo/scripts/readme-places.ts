/** `npm run readme-places`: rewrites the README's table of built-in places from geo/places/places.json. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPlacesTable, type PlaceRecipe } from '../lib/readme-places.ts';

const root = join(import.meta.dirname, '..', '..');
const { places } = JSON.parse(readFileSync(join(root, 'geo/places/places.json'), 'utf8')) as { places: PlaceRecipe[] };
const file = join(root, 'README.md');
writeFileSync(file, withPlacesTable(readFileSync(file, 'utf8'), places));
console.log(`README.md: ${places.length} built-in places`);
