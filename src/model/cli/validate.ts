/**
 * `npm run validate -- path/to/claims.json [...]`: prints every problem with its location
 * and exits non-zero when there is an error. Warnings (a self-intersecting outline, an
 * implausible area) print too, but do not fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, isWarning, loadClaims } from '../load-claims.ts';
import { placesFromGeoJSON } from '../place.ts';
import { JsonSyntaxError, parseJson } from '../parse-json.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- path/to/claims.json [more.json ...]');
  process.exit(2);
}
const builtIn = placesFromGeoJSON(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', 'data', 'places.geojson'), 'utf8')));
let total = 0;
for (const file of files) {
  let json: unknown;
  try {
    // The same reading as the browser's: a byte-order mark is accepted, a syntax error located.
    json = parseJson(readFileSync(file, 'utf8'));
  } catch (e) {
    const why = e instanceof JsonSyntaxError ? e.message : `cannot be read: ${(e as Error).message}`;
    console.error(`${file}: $: (file): ${why}`);
    total++;
    continue;
  }
  const { data, problems } = loadClaims(json, file, builtIn);
  for (const p of problems) console.error(formatProblem(p));
  const warnings = problems.filter(isWarning).length;
  total += problems.length - warnings;
  console.log(
    `${file}: ${data.claims.length} claims, ${data.places.length} places loaded; ${problems.length} problem(s)` +
      (warnings ? ` (${warnings} of them warning(s), which do not fail)` : ''),
  );
}
process.exit(total > 0 ? 1 : 0);
