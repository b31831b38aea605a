/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser download cannot work
 * here). WebGL runs in software (SwiftShader).
 */
import { chromium, type Browser, type Page, type Request } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  /** Every request to an origin other than the allowed ones. */
  foreignRequests: string[];
  requests: Request[];
}

/** Records what a reader would never want: console errors, page errors, requests leaving the origin. */
export function watchPage(page: Page, allowedOrigins: string[]): PageWatch {
  const watch: PageWatch = { consoleErrors: [], pageErrors: [], foreignRequests: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => watch.pageErrors.push(e.message));
  page.on('request', (r) => {
    watch.requests.push(r);
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!allowedOrigins.some((o) => url.startsWith(`${o}/`) || url === o)) watch.foreignRequests.push(url);
  });
  return watch;
}

/** Resolves once the <conflict-map> at `selector` has its map loaded and idle. */
export async function waitForMapIdle(page: Page, selector = 'conflict-map'): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel) as (HTMLElement & { maplibreMap?: { loaded(): boolean; areTilesLoaded(): boolean } | null }) | null;
      const map = el?.maplibreMap;
      return Boolean(map && map.loaded() && map.areTilesLoaded());
    },
    selector,
    { timeout: 60_000, polling: 100 },
  );
  await page.evaluate(
    (sel) =>
      new Promise<void>((resolve) => {
        const el = document.querySelector(sel) as HTMLElement & { maplibreMap: { once(e: string, f: () => void): void; triggerRepaint(): void } };
        const map = el.maplibreMap;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
    selector,
  );
}
