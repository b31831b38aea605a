/**
 * `npm run draft -- article.txt [--out claims.json] [--date YYYY-MM-DD] [--title …] [--author …] [--outlet …] [--url …]`:
 * reads an article (plain text, Markdown or HTML) and writes a draft claims file that validates,
 * with every field the text did not settle listed in `review`. Prints a summary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toPlainText, guessFormat } from '../draft/plain-text.ts';
import { draftClaims } from '../draft/draft-claims.ts';
import { draftInputs } from '../draft/draft-inputs.ts';
import { loadClaims, formatProblem } from '../load-claims.ts';
import { placesFromGeoJSON } from '../place.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', short: 'o' },
    date: { type: 'string' },
    title: { type: 'string' },
    author: { type: 'string' },
    outlet: { type: 'string' },
    url: { type: 'string' },
    registry: { type: 'string' },
  },
});
if (positionals.length !== 1) {
  console.error('usage: npm run draft -- article.txt [--out claims.json] [--date YYYY-MM-DD] [--title T] [--author A] [--outlet O] [--url U] [--registry actors.json]');
  process.exit(2);
}
if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
  console.error(`--date: "${values.date}" must be YYYY-MM-DD`);
  process.exit(2);
}
const DATA = join(import.meta.dirname, '..', '..', '..', 'public', 'data');
const readJSON = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const file = positionals[0];
const raw = readFileSync(file, 'utf8');
const text = toPlainText(raw, guessFormat(raw, file));
const inputs = draftInputs(readJSON(join(DATA, 'gazetteer.json')), readJSON(values.registry ?? join(DATA, 'actors-registry.json')), readJSON(join(DATA, 'basemap', 'oblasts.geojson')));
const { file: draft, statements } = draftClaims(text, {
  ...inputs,
  articleDate: values.date ?? null,
  title: values.title ?? null,
  author: values.author ?? null,
  outlet: values.outlet ?? null,
  url: values.url ?? null,
});
const json = `${JSON.stringify(draft, null, 2)}\n`;
if (values.out) writeFileSync(values.out, json);
else process.stdout.write(json);

const log = values.out ? console.log : console.error;
const { problems } = loadClaims(draft, values.out ?? file, placesFromGeoJSON(readJSON(join(DATA, 'places.geojson'))));
log(`${file}: ${draft.places.length} places (${draft.mentions.filter((m) => m.place).length} mentions), ${draft.claims.length} claims (${statements.filter((s) => s.textType === 'quote').length} quotes), ${draft.actors.length} actors; ${draft.review.length} field(s) to review${values.out ? ` -> ${values.out}` : ''}`);
for (const p of problems) console.error(formatProblem(p));
process.exit(problems.length ? 1 : 0);
