/** `npm run import-events -- events.geojson config.json out.json`: an event GeoJSON as a claims file. */
import { readFileSync, writeFileSync } from 'node:fs';
import { importEvents, type EventImportConfig } from '../import-events.ts';

const [events, config, out] = process.argv.slice(2);
if (!events || !config || !out) {
  console.error('usage: npm run import-events -- events.geojson config.json out.json');
  process.exit(2);
}
const { file, problems } = importEvents(JSON.parse(readFileSync(events, 'utf8')), JSON.parse(readFileSync(config, 'utf8')) as EventImportConfig);
for (const p of problems) console.error(`${events}: features[${p.feature}]: ${p.field}: ${p.message}${p.kept ? '' : ' (not imported)'}`);
writeFileSync(out, JSON.stringify(file));
console.log(`wrote ${out}: ${file.claims.length} claims from ${file.claims.length + problems.length} events; ${problems.length} problem(s)`);
