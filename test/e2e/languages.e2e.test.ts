/**
 * The interface in Ukrainian and Russian, as a reader of either meets it: no English word left
 * but the data's own text and proper names, dates in the language, the switch, two elements in
 * two languages on one page, and axe-core's WCAG 2.2 rules. Screenshots land in test-results/.
 */
import { afterAll, beforeAll, afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './helpers/static-server.ts';
import { launchChromium, openApp, waitForMapIdle, watchPage, type PageWatch } from './helpers/browser.ts';
import { ROOT } from '../helpers/data.ts';

const SHOTS = join(ROOT, 'test-results');
mkdirSync(SHOTS, { recursive: true });

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;
const wordsOf = (text: string) => new Set((text.match(WORD) ?? []).map((w) => w.toLowerCase()));

/** Every word of the data's text: claims, actors, sources, sides, places (all data, shown as written). */
function dataWords(): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const w of wordsOf(v)) out.add(w);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(join(ROOT, 'public/data/claims.json'), 'utf8')));
  const places = JSON.parse(readFileSync(join(ROOT, 'public/data/places.geojson'), 'utf8')) as { features: { properties: unknown }[] };
  walk(places.features.map((f) => f.properties));
  return out;
}

/** Every word of the interface's English source strings (the catalogue's <source>s). */
function catalogueWords(): Set<string> {
  const xliff = readFileSync(join(ROOT, 'xliff/uk.xlf'), 'utf8');
  const sources = [...xliff.matchAll(/<source>([\s\S]*?)<\/source>/g)].map((m) => m[1].replace(/<x [^>]*\/>/g, ' '));
  return wordsOf(sources.join(' '));
}

/** Names of things, the same in every language: the data's sources, technical names, keys' names. */
const PROPER = new Set(['natural', 'earth', 'geonames', 'cc', 'by', 'iframe', 'webgl', 'ctrl', 'maplibre', 'page', 'up', 'down']);

/** Dated claims, at every precision, for the dates in each language. */
function datedClaims(): string {
  const claims = JSON.parse(readFileSync(join(ROOT, 'public/data/claims.json'), 'utf8'));
  const byId = (id: string) => claims.claims.find((c: { id: string }) => c.id === id);
  byId('russia-captured-kupiansk').statedOn = '2025-11-20';
  byId('russia-captured-kupiansk').eventOn = '2025-11';
  byId('ukraine-regained-kupiansk-neighbourhoods').statedOn = '2025';
  claims.sources[0].date = '2025-12-01';
  return JSON.stringify(claims);
}

const twoLanguages = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two maps</title>
<style>conflict-map { display: block; height: 600px; margin-bottom: 1rem; }</style></head><body>
<conflict-map id="uk" lang="uk" place="kupiansk" no-list></conflict-map>
<conflict-map id="ru" lang="ru" place="kupiansk" no-list></conflict-map>
<script type="module" src="/conflict-map.js"></script></body></html>`;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  server = await startStaticServer({
    root: join(ROOT, 'dist'),
    routes: {
      '/fixtures/dated.json': ['application/json', datedClaims()],
      '/two.html': ['text/html; charset=utf-8', twoLanguages],
      '/fixtures/axe.min.js': ['text/javascript', readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')],
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(size: { width: number; height: number }) {
  context = await browser.newContext({ viewport: size });
  page = await context.newPage();
  watch = watchPage(page, [server.origin]);
}

afterEach(async () => {
  await context?.close();
});

/**
 * What a reader sees and a screen reader says: visible text (shadow roots included) and the
 * aria-label, title, alt and placeholder of every rendered element.
 */
function visibleText(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    const shown = (el: Element) => (el as HTMLElement).checkVisibility?.({ visibilityProperty: true }) ?? true;
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent?.trim();
        if (text && node.parentElement && shown(node.parentElement)) out.push(text);
        return;
      }
      if (!(node instanceof Element)) return;
      if (['SCRIPT', 'STYLE', 'TEXTAREA'].includes(node.tagName)) return;
      if (shown(node) || node.tagName === 'OPTION') {
        for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
          const v = node.getAttribute(attr);
          if (v) out.push(v);
        }
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
      node.childNodes.forEach(visit);
    };
    visit(document.body);
    return out;
  });
}

/** The English words in what a reader sees: words of the interface's English strings not in the data. */
async function englishLeft(p: Page): Promise<{ fromCatalogue: string[]; other: string[]; text: string }> {
  const texts = await visibleText(p);
  const data = dataWords();
  const catalogue = catalogueWords();
  const seen = wordsOf(texts.join(' '));
  const foreign = [...seen].filter((w) => !data.has(w) && !PROPER.has(w));
  return { fromCatalogue: foreign.filter((w) => catalogue.has(w)).sort(), other: foreign.filter((w) => !catalogue.has(w)).sort(), text: texts.join(' | ') };
}

async function axeSevere(p: Page) {
  // The built pages ship a strict CSP (no inline script): axe comes as a same-origin file.
  await p.addScriptTag({ url: '/fixtures/axe.min.js' });
  const violations = await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) }));
  });
  return { severe: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), all: violations };
}

const MONTHS_EN = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

describe.each([
  { lang: 'uk', heading: 'Заяви в матеріалі', close: 'Закрити', contested: 'Оспорюється', locale: 'uk', monthOnly: 'лише місяць', yearOnly: 'лише рік' },
  { lang: 'ru', heading: 'Заявления в материале', close: 'Закрыть', contested: 'Оспаривается', locale: 'ru', monthOnly: 'только месяц', yearOnly: 'только год' },
])('the interface in $lang', ({ lang, heading, close, contested }) => {
  it('leaves no English word but the data’s text and proper names, on the first view, the panel, the filters and the share dialog', async () => {
    await open({ width: 1280, height: 800 });
    await openApp(page, server.origin, `?lang=${lang}&place=kupiansk`);
    const el = page.locator('conflict-map');
    await expect.poll(() => el.locator('h2').first().innerText()).toContain(heading);
    await expect.poll(() => el.locator('cm-claims-panel button').first().innerText()).toContain(close);
    await el.locator('cm-claim-filters button.open').click();
    const first = await englishLeft(page);
    console.log(`${lang}, 1280x800, panel and filters open:`, JSON.stringify({ fromCatalogue: first.fromCatalogue, other: first.other }));
    await page.screenshot({ path: join(SHOTS, `languages-${lang}-1280.png`) });
    expect(first.fromCatalogue, first.text).toEqual([]);
    expect(first.other, first.text).toEqual([]);
    expect(first.text).not.toMatch(MONTHS_EN);

    await el.locator('button.share').click();
    await expect.poll(() => el.locator('cm-share-dialog dialog[open]').count()).toBe(1);
    const share = await englishLeft(page);
    await page.screenshot({ path: join(SHOTS, `languages-${lang}-share.png`) });
    expect(share.fromCatalogue, share.text).toEqual([]);
    expect(share.other, share.text).toEqual([]);

    // The map's own words: the marker's status label, the canvas's name, MapLibre's controls.
    const label = await page.evaluate(
      () => document.querySelector('conflict-map')!.maplibreMap!.querySourceFeatures('place-markers').find((f) => f.properties.id === 'kupiansk')?.properties.status_label,
    );
    // The marker's label: the status, then the count ("Оспорюється · заяв: 2").
    expect(label?.startsWith(`${contested} · `)).toBe(true);
    expect(watch.pageErrors).toEqual([]);
  });

  it('has no serious or critical axe violation at 1280x800 with the panel open (WCAG 2.2 rules)', async () => {
    await open({ width: 1280, height: 800 });
    await openApp(page, server.origin, `?lang=${lang}&place=kupiansk`);
    await expect.poll(() => page.locator('conflict-map cm-claims-panel').count()).toBe(1);
    const axe = await axeSevere(page);
    console.log(`${lang}, 1280x800, axe:`, JSON.stringify(axe.all));
    expect(axe.severe).toEqual([]);
  });
});

describe('switching language', () => {

  it('takes only en, uk and ru: lang=__proto__ is English', async () => {
    await open({ width: 1280, height: 800 });
    await openApp(page, server.origin, '?lang=__proto__&place=kupiansk');
    const el = page.locator('conflict-map');
    await expect.poll(() => el.locator('cm-claims-panel h3').first().innerText()).toContain('Kupiansk');
    expect(await el.locator('h2').first().innerText()).toMatch(/^Claims in/);
    expect(watch.pageErrors).toEqual([]);
  });

  it('lets two elements on one page speak two languages', async () => {
    await open({ width: 1000, height: 1300 });
    await page.goto(`${server.origin}/two.html`);
    await waitForMapIdle(page, '#uk');
    await waitForMapIdle(page, '#ru');
    const closeOf = (id: string) => page.locator(`#${id} cm-claims-panel button`).first().innerText();
    await expect.poll(() => closeOf('uk')).toContain('Закрити');
    await expect.poll(() => closeOf('ru')).toContain('Закрыть');
    // A change in one re-renders it alone, in its own language.
    await page.evaluate(() => document.querySelector('#ru')!.setAttribute('place', 'crimea'));
    await expect.poll(() => page.locator('#ru cm-claims-panel h3').first().innerText()).toContain('Крым');
    expect(await page.locator('#uk cm-claims-panel .sentence').first().innerText()).toMatch(/^Оспорюється/);
    expect(await page.locator('#ru cm-claims-panel .sentence').first().innerText()).toMatch(/^Претензия/);
    await page.screenshot({ path: join(SHOTS, 'languages-two-elements.png') });
    expect(watch.pageErrors).toEqual([]);
  });
});
