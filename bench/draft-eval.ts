/**
 * `npm run draft-eval`: drafts each article of test/fixtures/draft/eval-articles.json and compares
 * the draft with the article's hand-made claims file. Prints statements found (right speaker, side,
 * quote/paraphrase, places), restatements, inventions, place mentions, and precision and recall.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toPlainText, guessFormat } from '../src/model/draft/plain-text.ts';
import { draftClaims } from '../src/model/draft/draft-claims.ts';
import { draftInputs } from '../src/model/draft/draft-inputs.ts';
import { goldMentions, scoreMentions, scoreStatements } from '../src/model/draft/evaluate.ts';
import { loadClaims } from '../src/model/load-claims.ts';
import { placesFromGeoJSON } from '../src/model/place.ts';

const ROOT = join(import.meta.dirname, '..');
const readJSON = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const inputs = draftInputs(readJSON('public/data/gazetteer.json'), readJSON('public/data/actors-registry.json'), readJSON('public/data/basemap/oblasts.geojson'));
const builtIn = placesFromGeoJSON(readJSON('public/data/places.geojson'));
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '–');

const { articles } = readJSON('test/fixtures/draft/eval-articles.json') as { articles: { name: string; article: string; gold: string; date: string | null; places: { text: string; place: string }[] }[] };
const totals = { gold: 0, draft: 0, found: 0, allRight: 0, dup: 0, inv: 0, mGold: 0, mDraft: 0, mFound: 0 };
for (const a of articles) {
  const raw = readFileSync(join(ROOT, a.article), 'utf8');
  const text = toPlainText(raw, guessFormat(raw, a.article));
  const t0 = performance.now();
  const { file, placeMentions } = draftClaims(text, { ...inputs, articleDate: a.date });
  const ms = performance.now() - t0;
  const { problems } = loadClaims(file, a.article, builtIn);
  const s = scoreStatements(file, readJSON(a.gold));
  const m = scoreMentions(placeMentions, goldMentions(text, a.places));
  console.log(`\n## ${a.name}`);
  console.log(`draft: ${file.claims.length} claims, ${file.places.length} places, ${file.review.length} fields to review; validates: ${problems.length === 0 ? 'yes' : `NO (${problems.length} problems)`}; ${ms.toFixed(0)} ms`);
  console.log(`statements: gold ${s.gold}, found ${s.found} (recall ${pct(s.found, s.gold)}); right speaker ${s.rightSpeaker}, side ${s.rightSide}, quote/paraphrase ${s.rightTextType}, places ${s.rightPlaces}, all four ${s.allRight} (${pct(s.allRight, s.gold)} of gold); kind ${s.rightKind}`);
  console.log(`  draft ${s.draft}: ${s.found} found, ${s.duplicates} restatements of a found one, ${s.invented.length} invented -> precision ${pct(s.found, s.draft)} (${pct(s.found + s.duplicates, s.draft)} counting restatements as right)`);
  if (s.missed.length) console.log(`  missed: ${s.missed.join(', ')}`);
  if (s.invented.length) console.log(`  invented: ${s.invented.join(', ')}`);
  for (const w of s.wrong) console.log(`  ${w.gold}: wrong ${w.fields.join(', ')} (draft ${w.draft})`);
  console.log(`place mentions: gold ${m.gold}, draft ${m.draft}, right ${m.found} -> precision ${pct(m.found, m.draft)}, recall ${pct(m.found, m.gold)}; distinct places ${m.rightPlaces}/${m.goldPlaces} (draft ${m.draftPlaces})`);
  if (m.falsePlaces.length) console.log(`  false: ${m.falsePlaces.join('; ')}`);
  if (m.missed.length) console.log(`  missed: ${m.missed.join('; ')}`);
  totals.gold += s.gold; totals.draft += s.draft; totals.found += s.found; totals.allRight += s.allRight; totals.dup += s.duplicates; totals.inv += s.invented.length;
  totals.mGold += m.gold; totals.mDraft += m.draft; totals.mFound += m.found;
}
console.log(`\n## both articles\nstatements: recall ${pct(totals.found, totals.gold)} (${totals.found}/${totals.gold}), all four fields right ${pct(totals.allRight, totals.gold)}, precision ${pct(totals.found, totals.draft)} (${totals.found}/${totals.draft}; ${totals.dup} restatements, ${totals.inv} invented)`);
console.log(`place mentions: precision ${pct(totals.mFound, totals.mDraft)} (${totals.mFound}/${totals.mDraft}), recall ${pct(totals.mFound, totals.mGold)} (${totals.mFound}/${totals.mGold})`);
