/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser download cannot work
 * here). WebGL runs in software (SwiftShader).
 */
import { chromium, type Browser, type Locator, type Page, type Request } from 'playwright-core';

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

/** Navigates to the app and waits for the map to be idle with its data in. */
export async function openApp(page: Page, origin: string, query = '', selector = 'conflict-map'): Promise<void> {
  await page.goto(`${origin}/index.html${query}`);
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel) as (HTMLElement & { maplibreMap?: { getSource(id: string): unknown } | null }) | null;
    return Boolean(el?.maplibreMap?.getSource('place-markers'));
  }, selector);
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel) as HTMLElement & { maplibreMap: { querySourceFeatures(id: string): unknown[] } };
      return el.maplibreMap.querySourceFeatures('place-markers').length > 0;
    },
    selector,
    { timeout: 60_000 },
  );
  await waitForMapIdle(page, selector);
}

/** Screen position of a lon/lat on the map inside the element. */
export async function screenPoint(page: Page, lngLat: [number, number], selector = 'conflict-map'): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([sel, ll]) => {
      const el = document.querySelector(sel as string) as HTMLElement & {
        maplibreMap: { project(ll: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
      };
      const p = el.maplibreMap.project(ll as [number, number]);
      const r = el.maplibreMap.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    [selector, lngLat] as const,
  );
}

/** Clicks a place's marker, where the map drew it. */
export async function clickMarker(page: Page, placeId: string, selector = 'conflict-map'): Promise<void> {
  const lngLat = await page.evaluate(
    ([sel, id]) => {
      const el = document.querySelector(sel) as HTMLElement & {
        maplibreMap: { querySourceFeatures(s: string): { properties: { id: string }; geometry: { coordinates: [number, number] } }[] };
      };
      const f = el.maplibreMap.querySourceFeatures('place-markers').find((x) => x.properties.id === id);
      if (!f) throw new Error(`no marker for ${id}`);
      return f.geometry.coordinates;
    },
    [selector, placeId] as const,
  );
  const { x, y } = await screenPoint(page, lngLat, selector);
  await page.mouse.click(x, y);
}

/** A property of every feature drawn on screen now in the given layers. */
export async function renderedProperty(page: Page, layers: string[], property: string, selector = 'conflict-map'): Promise<unknown[]> {
  return page.evaluate(
    ([sel, ls, prop]) =>
      (document.querySelector(sel as 'conflict-map')!.maplibreMap!.queryRenderedFeatures({ layers: ls as string[] }) ?? []).map(
        (f) => f.properties[prop as string],
      ),
    [selector, layers, property] as const,
  );
}

/** Ids of the places drawn on screen now, in the given layers. */
export async function renderedPlaceIds(page: Page, layers: string[], selector = 'conflict-map'): Promise<string[]> {
  const ids = (await renderedProperty(page, layers, 'id', selector)) as string[];
  return [...new Set(ids)].sort();
}

/** What a reader reads in an element, shadow roots included (innerText stops at them). */
export async function readText(locator: Locator): Promise<string> {
  // '' when nothing matches yet, so expect.poll can ask again instead of waiting here.
  if ((await locator.count()) === 0) return '';
  return locator.first().evaluate((root) => {
    const collect = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (node instanceof Element) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden') return '';
        const kids = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
        return Array.from(kids).map(collect).join('');
      }
      return '';
    };
    // Bidi isolates (U+2066-U+2069) are invisible: a reader never sees them.
    return collect(root).replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
  });
}
