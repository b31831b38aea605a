/**
 * The element and the iframe on a real news page, from another origin: a global theme that
 * shrinks the root font and styles every button, a 680 px column, a sticky sidebar. What a
 * reader of that page sees and does: readable text, a page that still scrolls over the map,
 * maps far down the page that wait, and failures that say what went wrong.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { shareSnippets } from '../../src/model/share-snippets.ts';
import { DEFAULT_LINK_STATE } from '../../src/model/url-state.ts';
import { LIGHT } from '../../src/map/style/theme.ts';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './helpers/static-server.ts';
import { launchChromium, readText, waitForMapIdle, watchPage, type PageWatch } from './helpers/browser.ts';
import type { ConflictMap } from '../../src/components/conflict-map/conflict-map.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results');

/** A typical newspaper theme: everything the element must not inherit. */
const NEWS_CSS = `
html { font-size: 62.5%; }
body { margin: 0; font: italic 20px/1.7 Georgia, serif; color: #222; letter-spacing: 0.02em; text-transform: uppercase; }
button { text-transform: uppercase; color: #fff; background: #c00; font-size: 1.2rem; letter-spacing: 0.2em; border: 0; }
h2 { font-size: 3.4rem; }
p { font-size: 2rem; }
.page { display: grid; grid-template-columns: 680px 280px; gap: 40px; justify-content: center; }
.sidebar { position: sticky; top: 0; align-self: start; background: #eee; padding: 10px; }
.spacer { height: 5000px; }
/* Tall enough for the element's header and its map: the element does not scroll inside itself yet. */
.slot { height: 900px; }
iframe { border: 0; display: block; }
`;
/** The same theme on a phone: one column the width of the screen. */
const PHONE_CSS = `${NEWS_CSS}
.page { display: block; padding: 0 12px; }
.sidebar { position: static; }
`;
/** The same column with nothing else: what the element looks like on a bare page. */
const BARE_CSS = `body { margin: 0; } .page { width: 680px; margin: 0 auto; } .slot { height: 900px; } .spacer { height: 5000px; }`;

function newsPage(maps: string, body: string, css = '/news.css'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>The Daily Example</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="${css}">
<script type="module" src="${maps}/conflict-map.js"></script>
<script src="${maps}/embed-resize.js" defer></script></head>
<body><div class="page"><article><h1>Talks in Riyadh</h1><p>An article column, 680 pixels wide.</p>
${body}
<p>The article goes on below the map.</p>${'<p>More of the article.</p>'.repeat(30)}</article>
<aside class="sidebar"><button>Subscribe</button><p>Most read</p></aside></div></body></html>`;
}

const RECORDER = () => {
  const w = window as unknown as { __events: string[] };
  w.__events = [];
  for (const type of ['cm-map-ready', 'cm-data-load', 'cm-data-error']) {
    document.addEventListener(type, (e) => w.__events.push(`${(e.target as HTMLElement).id}:${type}`));
  }
};
const events = (p: Page) => p.evaluate(() => (window as unknown as { __events: string[] }).__events);

let maps: StaticServer;
let news: StaticServer;
let closed: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  // A server that sends no Access-Control-Allow-Origin: another site cannot read its files.
  closed = await startStaticServer({ root: join(ROOT, 'dist'), cors: false });
  maps = await startStaticServer({ root: join(ROOT, 'dist') });
  const m = maps.origin;
  news = await startStaticServer({
    root: join(ROOT, 'test/fixtures'),
    routes: {
      '/news.css': ['text/css', NEWS_CSS],
      '/bare.css': ['text/css', BARE_CSS],
      '/article.html': ['text/html; charset=utf-8', newsPage(m, `<div class="slot"><conflict-map id="el"></conflict-map></div>`)],
      '/bare.html': ['text/html; charset=utf-8', newsPage(m, `<div class="slot"><conflict-map id="el"></conflict-map></div>`, '/bare.css')],
      '/frame.html': [
        'text/html; charset=utf-8',
        newsPage(m, `<iframe id="fr" src="${m}/embed.html?id=fr" title="Map: who claims what, where" width="100%" height="640" loading="lazy"></iframe>`),
      ],
      '/phone.css': ['text/css', PHONE_CSS],
      '/phone.html': ['text/html; charset=utf-8', newsPage(m, `<conflict-map id="el"></conflict-map>`, '/phone.css')],
      '/phone-frame.html': [
        'text/html; charset=utf-8',
        newsPage(m, `<iframe id="fr" src="${m}/embed.html?id=fr" title="Map: who claims what, where" width="100%" height="640"></iframe>`, '/phone.css'),
      ],
      '/snippets.html': [
        'text/html; charset=utf-8',
        (() => {
          const snips = shareSnippets(`${m}/`, { ...DEFAULT_LINK_STATE, place: 'kupiansk' }, 'nojs');
          // The page's own module tag is left out: the snippet brings its own.
          return newsPage(m, `<div id="as-element">${snips.element}</div><div id="as-frame">${snips.iframe}</div>`).replace(/<script type="module"[^>]*><\/script>\n/, '');
        })(),
      ],
      '/far.html': ['text/html; charset=utf-8', newsPage(m, `<div class="spacer"></div><conflict-map id="far"></conflict-map>`)],
      '/blocked.html': [
        'text/html; charset=utf-8',
        // The module from a server without CORS: a module script is then refused, the element never defined.
        newsPage(closed.origin, shareSnippets(`${closed.origin}/`, { ...DEFAULT_LINK_STATE, place: 'kupiansk' }, 'x').element.split('\n').slice(1).join('\n')),
      ],
      '/themed.html': ['text/html; charset=utf-8', newsPage(m, `<div class="slot"><conflict-map id="el" place="kupiansk" theme="dark"></conflict-map></div>`)],
      '/broken.html': [
        'text/html; charset=utf-8',
        newsPage(
          m,
          `<conflict-map id="nocors" allow-origins="${closed.origin}" src="${closed.origin}/data/claims.json"></conflict-map><conflict-map id="missing" src="${m}/data/no-such-file.json"></conflict-map>`,
        ),
      ],
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await maps?.close();
  await news?.close();
  await closed?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(RECORDER);
  page = await context.newPage();
  watch = watchPage(page, [maps.origin, news.origin, closed.origin]);
});

afterEach(async () => {
  await context.close();
});

async function openElement(p: Page, path: string, id = '#el') {
  await p.goto(`${news.origin}${path}`);
  await p.waitForFunction((sel) => Boolean(document.querySelector<ConflictMap>(sel)?.maplibreMap), id, { timeout: 60_000 });
  await waitForMapIdle(p, id);
}

/** The map's frame inside an embedding page, once its map exists. */
async function mapFrame(p: Page): Promise<Frame> {
  await expect.poll(() => p.frames().some((f) => f.url().includes('/embed.html'))).toBe(true);
  const frame = p.frames().find((f) => f.url().includes('/embed.html'))!;
  await frame.waitForFunction(() => Boolean(document.querySelector<ConflictMap>('conflict-map')?.maplibreMap), undefined, { timeout: 60_000 });
  return frame;
}

/** Font size and text style of every element holding text inside the element, shadow roots included. */
async function textStyles(p: Page, id: string) {
  return p.evaluate((sel) => {
    const out: { tag: string; text: string; size: number; transform: string; family: string; style: string }[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const child of Array.from(node.children)) {
        if (child.closest('.maplibregl-map')) continue;
        const own = Array.from(child.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
        const s = getComputedStyle(child);
        if (own && s.display !== 'none' && (child as HTMLElement).offsetWidth > 0) {
          out.push({ tag: child.tagName.toLowerCase(), text: (child.textContent ?? '').trim().slice(0, 30), size: parseFloat(s.fontSize), transform: s.textTransform, family: s.fontFamily, style: s.fontStyle });
        }
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    };
    visit(document.querySelector(sel)!.shadowRoot!);
    return out;
  }, id);
}

describe('on a news page with a hostile global theme, from another origin', () => {
  it('the element’s text has the same sizes and styles as on a bare page', async () => {
    await openElement(page, '/bare.html');
    const bare = await textStyles(page, '#el');
    await page.screenshot({ path: join(SHOTS, 'news-bare.png') });
    await openElement(page, '/article.html');
    const hostile = await textStyles(page, '#el');
    await page.screenshot({ path: join(SHOTS, 'news-hostile.png') });

    expect(bare.length).toBeGreaterThan(10);
    expect(hostile.map((t) => t.text)).toEqual(bare.map((t) => t.text));
    // The title, the legend's words and the buttons are all among them.
    expect(bare.some((t) => t.tag === 'h2')).toBe(true);
    expect(bare.some((t) => t.tag === 'button')).toBe(true);
    for (const [i, t] of hostile.entries()) {
      expect(Math.abs(t.size - bare[i].size), `${t.tag} “${t.text}”`).toBeLessThanOrEqual(1);
      expect(t.style, `${t.tag} “${t.text}”`).toBe(bare[i].style);
      expect(t.family, `${t.tag} “${t.text}”`).toBe(bare[i].family);
      expect(t.transform, `${t.tag} “${t.text}”`).toBe(bare[i].transform);
    }
    // Nothing readable shrank to the 62.5% root: body text stays at 12 px or more.
    expect(Math.min(...hostile.map((t) => t.size))).toBeGreaterThanOrEqual(12);
    // --cm-font-size scales it on purpose.
    await page.evaluate(() => document.querySelector<HTMLElement>('#el')!.style.setProperty('--cm-font-size', '20px'));
    const scaled = await textStyles(page, '#el');
    const h2 = (list: typeof bare) => list.find((t) => t.tag === 'h2')!.size;
    expect(h2(scaled)).toBeCloseTo(h2(bare) * 1.25, 0);
  });

  it('the wheel over the element scrolls the page and leaves the zoom; Ctrl + wheel zooms', async () => {
    await openElement(page, '/article.html');
    const box = (await page.locator('#el').boundingBox())!;
    const zoom = () => page.evaluate(() => document.querySelector<ConflictMap>('#el')!.maplibreMap!.getZoom());
    const before = await zoom();
    await page.evaluate(() => {
      const w = window as unknown as { __blocked: number };
      w.__blocked = 0;
      document.querySelector<ConflictMap>('#el')!.maplibreMap!.on('cooperativegestureprevented', () => w.__blocked++);
    });
    // Over the map, right of the list.
    await page.mouse.move(box.x + box.width - 120, Math.min(box.y + box.height - 150, 700));
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
    await page.waitForTimeout(400);
    expect(await zoom()).toBe(before);
    // The map tells the reader how to zoom, in words.
    expect(await page.evaluate(() => (window as unknown as { __blocked: number }).__blocked)).toBeGreaterThan(0);
    expect(await readText(page.locator('#el .maplibregl-cooperative-gesture-screen'))).toMatch(/Use Ctrl \+ scroll to zoom the map/);

    const y = await page.evaluate(() => scrollY);
    const box2 = (await page.locator('#el').boundingBox())!;
    // Ctrl + wheel, as the browser sends it (Playwright's wheel carries no modifier keys).
    await page.locator('#el').evaluate((el: ConflictMap, at) => {
      const canvas = el.maplibreMap!.getCanvas();
      for (let i = 0; i < 5; i++) canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, ctrlKey: true, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true }));
    }, { x: box2.x + box2.width - 120, y: box2.y + box2.height / 2 + 40 });
    await expect.poll(zoom).toBeGreaterThan(before);
    expect(await page.evaluate(() => scrollY)).toBe(y);
  });

  it('the wheel over the embedded iframe scrolls the page and leaves the zoom; Ctrl + wheel zooms', async () => {
    await page.goto(`${news.origin}/frame.html`);
    const frame = await mapFrame(page);
    const zoom = () => frame.evaluate(() => document.querySelector<ConflictMap>('conflict-map')!.maplibreMap!.getZoom());
    const before = await zoom();
    const box = (await page.locator('#fr').boundingBox())!;
    // Over the map in the frame, right of its list.
    const at = { x: box.x + box.width - 120, y: Math.min(box.y + box.height - 150, 700) };
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
    await page.waitForTimeout(400);
    expect(await zoom()).toBe(before);
    expect(await readText(frame.locator('.maplibregl-cooperative-gesture-screen'))).toMatch(/Use Ctrl \+ scroll to zoom the map/);

    // Ctrl + wheel as the browser's input pipeline delivers it (CDP: a real wheel with the Ctrl modifier).
    const y = await page.evaluate(() => scrollY);
    const box2 = (await page.locator('#fr').boundingBox())!;
    const cdp = await context.newCDPSession(page);
    for (let i = 0; i < 5; i++) {
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: box2.x + box2.width - 120, y: box2.y + box2.height / 2 + 40, deltaX: 0, deltaY: -120, modifiers: 2 });
    }
    await expect.poll(zoom).toBeGreaterThan(before);
    expect(await page.evaluate(() => scrollY)).toBe(y);
  });

  describe('on a phone (touch emulated)', () => {
    let phone: BrowserContext;
    afterEach(async () => {
      await phone?.close();
    });

    /** A one-finger swipe upwards at `at` through the browser's touch input (CDP), as a thumb makes it. */
    async function swipeUp(p: Page, at: { x: number; y: number }, distance = 300) {
      const cdp = await phone.newCDPSession(p);
      const point = (y: number) => [{ x: Math.round(at.x), y: Math.round(y), id: 1, radiusX: 5, radiusY: 5, force: 1 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(at.y) });
      for (let i = 1; i <= 10; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(at.y - (distance * i) / 10) });
        await p.waitForTimeout(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }

    it.each([
      ['the element', '/phone.html'],
      ['the iframe', '/phone-frame.html'],
    ])('a one-finger swipe over %s scrolls the page and leaves the map where it was', async (_name, path) => {
      phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const p = await phone.newPage();
      await p.goto(`${news.origin}${path}`);
      const inFrame = path.includes('frame');
      const target = inFrame ? await mapFrame(p) : p.mainFrame();
      if (!inFrame) await p.waitForFunction(() => Boolean(document.querySelector<ConflictMap>('conflict-map')?.maplibreMap));
      await target.waitForFunction(() => {
        const map = document.querySelector<ConflictMap>('conflict-map')?.maplibreMap;
        return Boolean(map && map.loaded() && map.areTilesLoaded());
      }, undefined, { timeout: 60_000 });
      const view = () => target.evaluate(() => {
        const map = document.querySelector<ConflictMap>('conflict-map')!.maplibreMap!;
        return { zoom: map.getZoom(), center: map.getCenter().toArray() };
      });
      const before = await view();
      // A point on the map itself (not the list, a button or the notice), in the page's coordinates.
      const canvas = await target.evaluate(() => {
        const el = document.querySelector<ConflictMap>('conflict-map')!;
        const r = el.maplibreMap!.getCanvas().getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + Math.min(80, r.height / 4);
        const hit = el.shadowRoot!.elementFromPoint(x, y);
        return { x, y, hit: hit?.className ?? '' };
      });
      expect(canvas.hit).toContain('maplibregl-canvas');
      const offset = inFrame ? (await p.locator('#fr').boundingBox())! : { x: 0, y: 0 };
      const at = { x: offset.x + canvas.x, y: offset.y + canvas.y };
      // Room above the finger for a swipe long enough to scroll the page by more than 100 px.
      expect(at.y).toBeGreaterThan(160);
      await swipeUp(p, at, Math.min(300, at.y - 10));
      await expect.poll(() => p.evaluate(() => scrollY)).toBeGreaterThan(100);
      await p.waitForTimeout(400);
      expect(await view()).toEqual(before);
    });
  });

  it('an element 5,000 px below the fold makes no request and no map until the reader gets near', async () => {
    await page.goto(`${news.origin}/far.html`);
    await page.waitForFunction(() => customElements.get('conflict-map') !== undefined);
    await page.waitForTimeout(1500);
    const dataRequests = () => watch.requests.filter((r) => /\/data\/|maplibre-gl-worker/.test(r.url())).map((r) => r.url());
    expect(dataRequests()).toEqual([]);
    const canvases = () => page.locator('#far').evaluate((el) => el.shadowRoot!.querySelectorAll('canvas').length);
    expect(await canvases()).toBe(0);
    // Its place is held: the box has its size before it starts.
    const placeholder = (await page.locator('#far').boundingBox())!;
    expect(placeholder.height).toBeGreaterThanOrEqual(480);
    expect(await events(page)).toEqual([]);

    await page.locator('#far').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect.poll(() => events(page), { timeout: 60_000 }).toContain('far:cm-map-ready');
    expect(await canvases()).toBe(1);
    expect(dataRequests().some((u) => u.endsWith('/data/claims.json'))).toBe(true);
  });

  it('a claims file on a server without CORS, and a missing one, show a sized message', async () => {
    await page.goto(`${news.origin}/broken.html`);
    for (const [id, message] of [
      ['#nocors', /could not be loaded from \S*claims\.json: the browser is offline, or that server does not let this page read it/],
      ['#missing', /could not be loaded: the server answered 404 for \S*no-such-file\.json/],
    ] as const) {
      await expect.poll(() => readText(page.locator(`${id} .notice`))).toMatch(message);
      const text = await readText(page.locator(`${id} .notice`));
      expect(text).toMatch(/If this is your site/);
      // No JSON paths for readers.
      expect(text).not.toMatch(/\$:|\(file\)/);
      const box = (await page.locator(id).boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(480);
      // Not stretched to the article's height by the page's grid column: at most the viewport.
      expect(box.height).toBeLessThanOrEqual(900);
      expect(box.width).toBeGreaterThan(600);
    }
    expect(await events(page)).toEqual(expect.arrayContaining(['nocors:cm-data-error', 'missing:cm-data-error']));
    // The built-in places are still drawn under the message.
    await expect.poll(() => events(page), { timeout: 60_000 }).toEqual(expect.arrayContaining(['nocors:cm-map-ready', 'missing:cm-map-ready']));
    await waitForMapIdle(page, '#nocors');
    await page.locator('#nocors').screenshot({ path: join(SHOTS, 'news-failure.png') });
  });

  it('with JavaScript off, both snippets show the still image and a link to the map', async () => {
    const nojs = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    try {
      const p = await nojs.newPage();
      await p.goto(`${news.origin}/snippets.html`);
      for (const id of ['#as-element', '#as-frame']) {
        const link = p.locator(`${id} a`);
        expect(await link.count(), id).toBe(1);
        expect(await link.isVisible(), id).toBe(true);
        expect(await link.getAttribute('href')).toBe(`${maps.origin}/index.html?place=kupiansk`);
        const img = p.locator(`${id} a > img`);
        await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
        expect(await img.getAttribute('alt')).toMatch(/^Map of the places/);
        const box = (await img.boundingBox())!;
        expect(box.width, id).toBeGreaterThan(600);
        expect(box.height, id).toBeGreaterThan(250);
      }
      await p.screenshot({ path: join(SHOTS, 'news-no-javascript.png'), fullPage: false });
    } finally {
      await nojs.close();
    }
  });

  it('with the module blocked (no CORS), the snippet’s image and link stand in, not a 0x0 box', async () => {
    await page.goto(`${news.origin}/blocked.html`);
    const link = page.locator('conflict-map > a');
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toContain('index.html?place=kupiansk');
    const img = page.locator('conflict-map > a > img');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    // The undefined element is inline: its image gives the box its size.
    const box = (await img.boundingBox())!;
    expect(box.width).toBeGreaterThan(600);
    expect(box.height).toBeGreaterThan(300);
    expect(await page.evaluate(() => customElements.get('conflict-map'))).toBeUndefined();
  });
});

describe('a still image of the map', () => {
  it('npm run snapshot writes a PNG of ?place=kupiansk showing the map and the legend', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cm-snapshot-')), 'kupiansk.png');
    await promisify(execFile)('npx', ['tsx', join(ROOT, 'scripts/snapshot.ts'), '?place=kupiansk', out], { cwd: ROOT, timeout: 120_000 });
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const p = await context.newPage();
    await p.setContent('<canvas></canvas>');
    const stats = await p.evaluate(async ([b64, colours]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.querySelector('canvas')!;
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const count = (y0: number, y1: number) => {
        const d = ctx.getImageData(0, y0, img.width, y1 - y0).data;
        const distinct = new Set<number>();
        const found: Record<string, number> = {};
        for (let i = 0; i < d.length; i += 4) {
          distinct.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
          for (const [name, hex] of Object.entries(colours)) {
            const [r, g, b] = rgb(hex);
            if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) < 12) found[name] = (found[name] ?? 0) + 1;
          }
        }
        return { distinct: distinct.size, found };
      };
      return { width: img.width, height: img.height, map: count(40, img.height - 80), legend: count(img.height - 72, img.height - 36) };
    }, [png.toString('base64'), { contested: LIGHT.contested, controlled: LIGHT.controlled, claimed: LIGHT.claimed }] as const);
    expect(stats.width).toBe(1200);
    // The map is drawn: many colours, not a blank canvas.
    expect(stats.map.distinct).toBeGreaterThan(200);
    // The legend's swatches: each status's outline colour in the legend band.
    expect(stats.legend.found.contested).toBeGreaterThan(20);
    expect(stats.legend.found.controlled).toBeGreaterThan(20);
    expect(stats.legend.found.claimed).toBeGreaterThan(20);
    await p.close();
  });
});

describe('themes and accessibility', () => {
  async function axeSevere(p: Page) {
    await p.addScriptTag({ content: readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') });
    const violations = await p.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Element, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run(document.querySelector('conflict-map')!, {
        resultTypes: ['violations'],
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        rules: { 'target-size': { enabled: true } },
      });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) }));
    });
    return { all: violations, severe: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') };
  }

  it.each([
    ['light', '/article.html', {}],
    ['dark', '/themed.html', {}],
    ['forced colours', '/article.html', { forcedColors: 'active' as const }],
  ])('%s: no serious or critical WCAG 2.2 violation (target-size included)', async (name, path, emulation) => {
    await page.emulateMedia(emulation);
    await openElement(page, path);
    if (path === '/themed.html') await expect.poll(() => page.locator('#el cm-claims-panel').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, `news-${name.replace(' ', '-')}.png`) });
    const { all, severe } = await axeSevere(page);
    expect(severe, JSON.stringify(all, null, 1)).toEqual([]);
  });

  it('dark: the map and the panels are dark, the statuses still told apart', async () => {
    await openElement(page, '/themed.html');
    const bg = await page.locator('#el').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(200);
    // The map's own style is the dark one.
    const sea = await page.evaluate(() => document.querySelector<ConflictMap>('#el')!.maplibreMap!.getStyle().layers.find((l) => l.type === 'background')!.paint);
    expect(JSON.stringify(sea)).not.toContain(LIGHT.outside);
  });

  it('forced colours: the legend swatches keep different shapes', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openElement(page, '/article.html');
    const swatches = await page.locator('#el cm-layer-toggles').evaluate((el) =>
      Array.from(el.shadowRoot!.querySelectorAll('.chip .swatch')).map((s) => {
        const st = getComputedStyle(s);
        return `${st.backgroundImage}|${st.borderTopStyle}`;
      }),
    );
    expect(swatches.length).toBeGreaterThanOrEqual(3);
    expect(new Set(swatches).size).toBe(swatches.length);
    expect(swatches.every((s) => s.includes('gradient'))).toBe(true);
  });
});
