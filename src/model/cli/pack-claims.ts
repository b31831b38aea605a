/**
 * `npm run pack-claims -- claims.json out/`: validates a claims file once and writes its packed
 * form (src/model/pack/format.ts) into out/, for the element's `src="out/"`. Prints every
 * problem found (the valid rest is packed); exits 1 when there was one.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { packClaims } from '../pack/pack-claims.ts';
import { placesFromGeoJSON } from '../place.ts';
import { formatProblem } from '../load-claims.ts';

const args = process.argv.slice(2);
const chunkAt = args.indexOf('--chunk-claims');
const chunkClaims = chunkAt >= 0 ? Number(args[chunkAt + 1]) : undefined;
const [input, out] = chunkAt >= 0 ? args.filter((_, i) => i !== chunkAt && i !== chunkAt + 1) : args;
if (!input || !out) {
  console.error('usage: npm run pack-claims -- claims.json out/ [--chunk-claims 4000]');
  process.exit(2);
}
const root = join(import.meta.dirname, '..', '..', '..');
const builtIn = placesFromGeoJSON(JSON.parse(readFileSync(join(root, 'public', 'data', 'places.geojson'), 'utf8')));
let json: unknown;
try {
  json = JSON.parse(readFileSync(input, 'utf8'));
} catch (e) {
  console.error(`${input}: $: (file): could not be read as JSON: ${(e as Error).message}`);
  process.exit(1);
}
const name = input.split(/[\\/]/).pop()!;
const { files, manifest, problems } = packClaims(json, name, builtIn, chunkClaims ? { chunkClaims } : {});
for (const [path, text] of files) {
  const target = resolve(out, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
for (const p of problems) console.error(formatProblem(p));
console.log(`${out}: ${manifest.claimCount} claims, ${manifest.placeCount} places, ${manifest.chunks.length} chunks; ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
