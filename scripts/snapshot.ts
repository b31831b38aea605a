/**
 * `npm run snapshot -- "?place=kupiansk" out.png [WIDTHxHEIGHT]`: a still PNG of a view of the
 * built map (dist/), with its legend and source line drawn on, for <noscript>, newsletters, AMP
 * and social cards. Takes the same query as a link (`place`, `layers`, `date`, `map`/`view`,
 * `src`, `lang`, `theme`…). The image is the one the share dialog's "Download image" makes.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startStaticServer } from '../test/e2e/helpers/static-server.ts';
import { launchChromium, waitForMapIdle } from '../test/e2e/helpers/browser.ts';

const [query = '', out = 'snapshot.png', size = '1200x540'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
// embed.html takes `view` where a link has `map`; everything else is the same.
const params = new URLSearchParams(query.replace(/^\?/, ''));
const map = params.get('map');
if (map) {
  params.delete('map');
  params.set('view', map);
}
for (const [k, v] of [['no-list', ''], ['no-controls', ''], ['loading', 'eager']]) params.set(k, v);

const server = await startStaticServer({ root: join(import.meta.dirname, '..', 'dist') });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/embed.html?${params.toString()}`);
  await page.waitForFunction(() => Boolean(document.querySelector('conflict-map')?.maplibreMap), null, { timeout: 60_000 });
  await waitForMapIdle(page);
  // Labels are drawn in the bundled font: let it settle before the frame is taken.
  await page.evaluate(() => document.fonts.ready);
  await waitForMapIdle(page);
  const dataUrl = await page.evaluate(() => document.querySelector('conflict-map')!.toImage());
  if (!dataUrl) throw new Error('the map was not drawn');
  await writeFile(out, Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  console.log(`saved ${out}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
} finally {
  await browser.close();
  await server.close();
}
