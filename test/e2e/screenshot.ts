/**
 * `npm run screenshot -- [query] [out.png] [WIDTHxHEIGHT]`: serves dist/ and saves what a reader
 * would see, once the map is idle. For looking at UI work before calling it done.
 */
import { join } from 'node:path';
import { startStaticServer } from './helpers/static-server.ts';
import { launchChromium, waitForMapIdle, watchPage } from './helpers/browser.ts';

const [query = '', out = 'screenshot.png', size = '1280x800'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const server = await startStaticServer({ root: join(import.meta.dirname, '..', '..', 'dist') });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width, height } });
  const watch = watchPage(page, [server.origin]);
  const t0 = Date.now();
  await page.goto(`${server.origin}/index.html${query}`);
  await waitForMapIdle(page);
  console.log(`map idle after ${Date.now() - t0} ms`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`saved ${out}`, JSON.stringify({ consoleErrors: watch.consoleErrors, pageErrors: watch.pageErrors, foreign: watch.foreignRequests }));
} finally {
  await browser.close();
  await server.close();
}
