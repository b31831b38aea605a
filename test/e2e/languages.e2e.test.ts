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
import { launchChromium, openApp, readText, waitForMapIdle, watchPage, type PageWatch } from './helpers/browser.ts';
import { AXE_ROUTE, runAxe } from './helpers/axe.ts';
import { formatPartialDate } from '../../src/model/partial-date.ts';
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
      ...AXE_ROUTE,
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
/** `shown`: other data on screen, such as the address of an opened file ("…/fixtures/dated.json"). */
async function englishLeft(p: Page, shown: string[] = []): Promise<{ fromCatalogue: string[]; other: string[]; text: string }> {
  const texts = await visibleText(p);
  const data = dataWords();
  for (const w of wordsOf(shown.join(' '))) data.add(w);
  const catalogue = catalogueWords();
  const seen = wordsOf(texts.join(' '));
  const foreign = [...seen].filter((w) => !data.has(w) && !PROPER.has(w));
  return { fromCatalogue: foreign.filter((w) => catalogue.has(w)).sort(), other: foreign.filter((w) => !catalogue.has(w)).sort(), text: texts.join(' | ') };
}

const axeSevere = (p: Page) => runAxe(p);

const MONTHS_EN = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

describe.each([
  { lang: 'uk', heading: 'Заяви в матеріалі', close: 'Закрити', contested: 'Оспорюється', locale: 'uk', monthOnly: 'лише місяць', yearOnly: 'лише рік' },
  { lang: 'ru', heading: 'Заявления в материале', close: 'Закрыть', contested: 'Оспаривается', locale: 'ru', monthOnly: 'только месяц', yearOnly: 'только год' },
])('the interface in $lang', ({ lang, heading, close, contested, locale, monthOnly, yearOnly }) => {
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

  it('gives dates in the language, at the precision the source gave, and says so when there is none', async () => {
    await open({ width: 1280, height: 800 });
    await openApp(page, server.origin, `?lang=${lang}&place=kupiansk`);
    await page.evaluate(() => document.querySelector('conflict-map')!.setAttribute('src', '/fixtures/dated.json'));
    const panel = page.locator('conflict-map cm-claims-panel');
    const day = formatPartialDate('2025-11-20', locale);
    await expect.poll(() => readText(panel)).toContain(day);
    const text = await readText(panel);
    console.log(`${lang} dates:`, day, '|', formatPartialDate('2025-11', locale), '|', formatPartialDate('2025-12-01', locale));
    expect(text).toContain(`${formatPartialDate('2025-11', locale)} (${monthOnly})`);
    expect(text).toContain(`2025 (${yearOnly})`);
    expect(text).toContain(formatPartialDate('2025-12-01', locale));
    expect(day).toMatch(lang === 'uk' ? /листопада/ : /ноября/);
    expect(text).not.toMatch(MONTHS_EN);
    // The file's address, shown in "Claims from file", is data: its words are not the interface's.
    const left = await englishLeft(page, ['/fixtures/dated.json']);
    expect(left.fromCatalogue, left.text).toEqual([]);
  });

  it('fits on a phone: nothing wider than the screen, no English word, no serious axe violation (WCAG 2.2)', async () => {
    await open({ width: 390, height: 844 });
    await openApp(page, server.origin, `?lang=${lang}&place=crimea`);
    const el = page.locator('conflict-map');
    await expect.poll(() => el.locator('cm-claims-panel h3').first().innerText()).toContain(lang === 'uk' ? 'Крим' : 'Крым');
    await page.screenshot({ path: join(SHOTS, `languages-${lang}-390.png`) });
    const overflow = await page.evaluate(() => {
      const wide: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const node of root.querySelectorAll('*')) {
          const r = node.getBoundingClientRect();
          if (r.width > 0 && (r.right > innerWidth + 1 || r.left < -1) && !node.closest('.maplibregl-canvas-container, .maplibregl-map canvas'))
            wide.push(`${node.tagName.toLowerCase()}.${node.className}: ${Math.round(r.left)}–${Math.round(r.right)}`);
          if (node.shadowRoot) visit(node.shadowRoot);
        }
      };
      visit(document);
      return { wide, scroll: document.scrollingElement!.scrollWidth };
    });
    expect(overflow.wide).toEqual([]);
    expect(overflow.scroll).toBeLessThanOrEqual(390);
    const left = await englishLeft(page);
    expect(left.fromCatalogue, left.text).toEqual([]);
    const axe = await axeSevere(page);
    console.log(`${lang}, 390x844, axe:`, JSON.stringify(axe.all));
    expect(axe.severe).toEqual([]);
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
  it('changes every word with the switch, keeps the language in the URL, and goes back with the history', async () => {
    await open({ width: 1280, height: 800 });
    await openApp(page, server.origin, '?place=kupiansk');
    const el = page.locator('conflict-map');
    await expect.poll(() => el.locator('h2').first().innerText()).toMatch(/^Claims in/);
    await el.locator('select.lang-switch').selectOption('uk');
    await expect.poll(() => el.locator('h2').first().innerText()).toMatch(/^Заяви в матеріалі/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('uk');
    await expect.poll(() => el.locator('cm-claims-panel cm-claim-card dt').first().innerText()).toBe('Заявлено');
    // The map is drawn again in the language: place names, status labels, MapLibre's controls.
    await waitForMapIdle(page);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const map = document.querySelector('conflict-map')!.maplibreMap!;
          return {
            canvas: map.getCanvas().getAttribute('aria-label'),
            zoomIn: document.querySelector('conflict-map')!.shadowRoot!.querySelector('.maplibregl-ctrl-zoom-in')?.getAttribute('title'),
            label: map.querySourceFeatures('place-markers').find((f) => f.properties.id === 'kupiansk')?.properties.status_label,
          };
        }),
      )
      .toEqual({ canvas: expect.stringMatching(/^Мапа місць/), zoomIn: 'Збільшити', label: expect.stringMatching(/^Оспорюється · заяв: 2$/) });
    expect(await el.getAttribute('lang')).toBe('uk');
    await page.goBack();
    await expect.poll(() => el.locator('h2').first().innerText()).toMatch(/^Claims in/);
    expect(await el.getAttribute('lang')).toBe('en');
    expect(watch.pageErrors).toEqual([]);
  });

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
