/**
 * The set-up most browser test files share: one static server on the production build (dist/)
 * and one Chromium for the file; a fresh context and page for each test, at 1280x800, watched
 * for errors and for requests leaving the server's origin. It registers vitest's hooks itself,
 * so call it at the top of the file and take what it made with `use`:
 *
 * @example
 * let page: Page;
 * let server: StaticServer;
 * useBrowserSession(() => ({ routes: { …AXE_ROUTE } }), (s) => ({ page, server } = s));
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { startStaticServer, type StaticServer, type StaticServerOptions } from './static-server.ts';
import { launchChromium, watchPage, type PageWatch } from './browser.ts';
import { ROOT } from '../../helpers/data.ts';

export interface BrowserSession {
  server: StaticServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
}

/**
 * `server`: the static server's options (root defaults to dist/), asked for once the file's
 * other beforeAll hooks ran. `contextOptions` add to or replace the 1280x800 viewport. `use` is called with the session after each change: the server
 * and browser before all tests, the context, page and watch before each.
 */
export function useBrowserSession(
  server: () => Partial<StaticServerOptions>,
  use: (session: BrowserSession) => void,
  contextOptions: BrowserContextOptions = {},
): void {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.server = await startStaticServer({ root: join(ROOT, 'dist'), ...server() });
    session.browser = await launchChromium();
    use(session);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  beforeEach(async () => {
    session.context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
    session.page = await session.context.newPage();
    session.watch = watchPage(session.page, [session.server.origin]);
    use(session);
  });
  afterEach(async () => {
    await session.context?.close();
  });
}
