/**
 * `npm run screenshot -- [page] [out.png] [WIDTHxHEIGHT] [--timeout S] [--serve DIR]`: serves
 * dist/ and saves what a reader would see, once the map is idle. For looking at UI work before
 * calling it done.
 *
 * `page` is any page of the build with its query: `?place=kupiansk` (the app),
 * `embed.html?src=…&no-list`, `index.html?src=test/fixtures/claims/dnipro-article.json&place=krynky`.
 * The repository's `test/fixtures/` is served at `/test/fixtures/`, and `--serve DIR` serves a
 * folder of your own at `/local/` (so `?src=local/claims.json`). A page that does not become ready
 * within the timeout (30 s) fails with one line and exit code 1.
 */
import { join } from 'node:path';
import { startStaticServer } from './helpers/static-server.ts';
import { launchChromium, waitForMapIdle, watchPage } from './helpers/browser.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const timeoutS = Number(option('--timeout') ?? 30);
const serve = option('--serve');
const [pageArg = '', out = 'screenshot.png', size = '1280x800'] = args;
const [width, height] = size.split('x').map(Number);
if (!Number.isFinite(width) || !Number.isFinite(height) || !(timeoutS > 0)) {
  console.error('usage: npm run screenshot -- [page?query] [out.png] [WIDTHxHEIGHT] [--timeout seconds] [--serve DIR]');
  process.exit(2);
}

/** `?q` → the app with that query; `embed.html?q` → that page; an absolute http(s) URL as it is. */
function pagePath(arg: string): string {
  if (/^https?:\/\//.test(arg)) return arg;
  if (arg === '' || arg.startsWith('?') || arg.startsWith('#')) return `/index.html${arg}`;
  return `/${arg.replace(/^\/+/, '')}`;
}

class NotReady extends Error {}

const root = join(import.meta.dirname, '..', '..');
const fail = (why: string): never => {
  console.error(`screenshot: ${why}`);
  process.exit(1);
};
// Whatever hangs (the browser, the server), the command ends: one line, non-zero.
const deadline = setTimeout(() => fail(`${pageArg || 'the app'} did not become ready within ${timeoutS + 15} s`), (timeoutS + 15) * 1000);
deadline.unref();

const server = await startStaticServer({
  root: join(root, 'dist'),
  mounts: { '/test/fixtures/': join(root, 'test', 'fixtures'), ...(serve ? { '/local/': serve } : {}) },
});
const browser = await launchChromium();
let failure: string | null = null;
try {
  const page = await browser.newPage({ viewport: { width, height } });
  const watch = watchPage(page, [server.origin]);
  const url = new URL(pagePath(pageArg), server.origin).href;
  const t0 = Date.now();
  const response = await page.goto(url, { timeout: timeoutS * 1000 }).catch((e: Error) => {
    throw new NotReady(`${url} could not be opened: ${e.message.split('\n')[0]}`);
  });
  if (response && !response.ok()) throw new NotReady(`${url}: the server answered ${response.status()}`);
  const left = Math.max(1000, timeoutS * 1000 - (Date.now() - t0));
  const ready = await Promise.race([
    waitForMapIdle(page).then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), left)),
  ]).catch(() => false);
  if (!ready) {
    const why = await page
      .evaluate(() => {
        const el = document.querySelector('conflict-map') as (HTMLElement & { maplibreMap?: unknown }) | null;
        if (!el) return 'the page has no <conflict-map>';
        const notice = el.shadowRoot?.querySelector('.notice, .map-message')?.textContent?.replace(/\s+/g, ' ').trim();
        if (!el.maplibreMap) return `the map was not drawn${notice ? ` (${notice.slice(0, 200)})` : ''}`;
        return `the map did not finish drawing${notice ? ` (${notice.slice(0, 200)})` : ''}`;
      })
      .catch(() => 'the page did not answer');
    const errors = watch.pageErrors.length ? `; page error: ${String(watch.pageErrors[0]).split('\n')[0]}` : '';
    failure = `${url} did not become ready within ${timeoutS} s: ${why}${errors}`;
  } else {
    console.log(`map idle after ${Date.now() - t0} ms`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: out });
    console.log(`saved ${out}`, JSON.stringify({ consoleErrors: watch.consoleErrors, pageErrors: watch.pageErrors, foreign: watch.foreignRequests }));
  }
} catch (e) {
  if (!(e instanceof NotReady)) throw e;
  failure = e.message;
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
if (failure) fail(failure);
process.exit(0);
