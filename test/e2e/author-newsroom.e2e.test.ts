/**
 * The authoring page with an article that is not the seed: a short wire story about Vovchansk
 * with two attributed claims from opposite sides and a speaker the actors registry does not
 * know. An editor pastes it, gives the article's date, reviews the draft (the unknown speaker's
 * side), exports, and publishes: the exported file, opened in the app with ?src=, shows
 * Vovchansk contested with both sides' words. Screenshots of both pages at 1280x800 and
 * 390x844 land in test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './helpers/static-server.ts';
import { clickMarker, launchChromium, openApp, readText, watchPage } from './helpers/browser.ts';
import { ROOT, builtInPlaces } from '../helpers/data.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import { AXE_ROUTE, runAxe } from './helpers/axe.ts';

const SHOTS = join(ROOT, 'test-results');
mkdirSync(SHOTS, { recursive: true });

/** Written for this test: the places, speakers and wording differ from the seed article's. */
const ARTICLE = `Russia says it has taken Vovchansk; Ukraine says its troops hold the town's north

Russia's Ministry of Defence said on Monday that its troops had taken full control of Vovchansk, a town in the Kharkiv region about five kilometres from the Russian border.

Ukraine's General Staff rejected the report. "Our units continue to hold positions in the northern part of Vovchansk," the General Staff said in its evening update.

Regional governor Oleh Syniehubov said shelling had damaged homes in Kharkiv overnight.

Neither claim could be independently verified.
`;

const routes: Record<string, [string, string]> = { ...AXE_ROUTE };
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer({ root: join(ROOT, 'dist'), routes });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page's text a reader reads, whitespace folded. */
const seen = async (page: Page, selector: string) => (await readText(page.locator(selector))).replace(/\s+/g, ' ').trim();

/** Hover state of a place's marker, as the map draws it. */
const markerHovered = (page: Page, id: string) =>
  page.evaluate((placeId) => {
    const map = document.querySelector('conflict-map')!.maplibreMap!;
    const f = map.querySourceFeatures('place-markers').find((x) => x.properties.id === placeId);
    return f ? Boolean(map.getFeatureState({ source: 'place-markers', id: f.id as number }).hover) : null;
  }, id);

/** The article, opened from the bar: its place mentions highlight their place, and a chosen place marks its mentions and claims. */
async function readsTheArticleLinkedToTheMap(page: Page) {
  await page.getByRole('button', { name: 'Article' }).click();
  const article = page.locator('cm-article-text');
  await expect.poll(() => seen(page, 'cm-article-text')).toContain('Regional governor Oleh Syniehubov said shelling had damaged homes in Kharkiv overnight.');
  expect(await page.getByRole('button', { name: 'Article' }).getAttribute('aria-expanded')).toBe('true');
  const mentions = article.locator('button.mention');
  expect(await mentions.allInnerTexts()).toEqual(['Vovchansk', 'Ukraine', 'Vovchansk', 'Kharkiv region', 'Ukraine', 'Vovchansk', 'Kharkiv']);

  // Pointing at a mention lights its place on the map; moving away puts it out.
  const kharkiv = article.locator('button.mention', { hasText: /^Kharkiv$/ });
  expect(await markerHovered(page, 'kharkiv')).toBe(false);
  await kharkiv.hover();
  await expect.poll(() => markerHovered(page, 'kharkiv')).toBe(true);
  await page.mouse.move(5, 400);
  await expect.poll(() => markerHovered(page, 'kharkiv')).toBe(false);
  // The same by keyboard: focus is enough.
  await kharkiv.focus();
  await expect.poll(() => markerHovered(page, 'kharkiv')).toBe(true);

  // Choosing a mention opens its place; the text stays open, the place's mentions and its claims marked.
  await article.locator('button.mention', { hasText: 'Vovchansk' }).nth(1).click();
  await expect.poll(() => page.locator('cm-claims-panel #panel-title').innerText()).toContain('Vovchansk');
  expect(await article.isVisible()).toBe(true);
  expect(await article.locator('button.mention[aria-current="true"]').allInnerTexts()).toEqual(['Vovchansk', 'Vovchansk', 'Vovchansk']);
  const marked = (await article.locator('mark.claim').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  expect(marked).toEqual([
    "Russia's Ministry of Defence said on Monday that its troops had taken full control of Vovchansk, a town in the Kharkiv region about five kilometres from the Russian border.",
    'Our units continue to hold positions in the northern part of Vovchansk,',
  ]);
  await page.screenshot({ path: join(SHOTS, 'author-vovchansk-article-1280.png') });
  // The text's links pass the same accessibility rules as the rest (WCAG 2.2 A and AA).
  expect((await runAxe(page)).severe).toEqual([]);
}

describe('author.html with a second article (Vovchansk)', () => {
  let exportedJson = '';

  it('drafts, is reviewed, exports a file that validates with the editor’s change in it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const watch = watchPage(page, [server.origin]);
    await page.goto(`${server.origin}/author.html`);
    await page.getByLabel('Paste the article (plain text, Markdown or HTML)').fill(ARTICLE);
    await page.getByLabel(/The article’s date/).fill('2025-05-13');
    await page.getByRole('button', { name: 'Draft claims' }).click();

    // What the editor sees: three highlighted statements, each tagged with its speaker and side.
    await expect.poll(() => page.locator('.claim-span').count()).toBe(3);
    const tags = await page.locator('.claim-span .speaker-tag').allInnerTexts();
    expect(tags).toEqual(['Russian Ministry of Defence · RU', 'General Staff of the Armed Forces of Ukraine · UA', 'Oleh Syniehubov · UNKNOWN']);
    // Every place the story names, in order, underlined: Vovchansk (title and twice in the text), the region, Russia is no place on this map.
    const places = (await page.locator('.article .place').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(places).toEqual(['Vovchansk (place)', 'Ukraine (place)', 'Vovchansk (place)', 'Kharkiv region (place)', 'Ukraine (place)', 'Vovchansk (place)', 'Kharkiv (place)']);
    expect(await seen(page, '.status')).toBe('Draft: 3 claims on 4 places; 10 fields to review.');
    expect(await seen(page, '.ok')).toBe('The claims file validates.');

    // The Russian claim: a paraphrase, dated from "on Monday" and the article's date.
    await page.locator('.claim-span', { hasText: 'taken full control of Vovchansk' }).click();
    expect(await page.getByLabel('Speaker', { exact: true }).locator('option:checked').innerText()).toBe('Russian Ministry of Defence');
    expect(await page.locator('#f-texttype option:checked').innerText()).toMatch(/^paraphrase/);
    expect(await page.getByLabel(/^Stated on/).inputValue()).toBe('2025-05-12');
    expect(await seen(page, '.claim-review')).toContain('statedOn: From “on Monday”');

    // The Ukrainian claim: a quote, the General Staff's.
    await page.locator('.claim-span', { hasText: 'Our units continue to hold' }).click();
    expect(await page.getByLabel('Words').inputValue()).toBe('Our units continue to hold positions in the northern part of Vovchansk');
    expect(await page.locator('#f-texttype option:checked').innerText()).toMatch(/^quote/);
    expect(await page.locator('#f-side option:checked').innerText()).toBe('Ukraine (UA)');

    // The governor is not in the registry: the editor is asked for his side and gives it.
    await page.locator('.claim-span', { hasText: 'shelling had damaged homes' }).click();
    expect(await seen(page, '.claim-review')).toContain('Oleh Syniehubov is not in the actors registry');
    await page.getByLabel('Speaker’s side').selectOption('UA');
    await expect.poll(() => seen(page, '.claim-span:has-text("shelling") .speaker-tag')).toBe('Oleh Syniehubov · UA');
    expect(await seen(page, '.claim-review')).not.toContain('not in the actors registry');

    // The article as a source: the text names no outlet; the editor gives it and its address.
    expect(await seen(page, '.review:not(.claim-review)')).toContain('outlet: The text does not name its outlet.');
    await page.getByLabel('Outlet').fill('Example Wire');
    await page.getByLabel('Address (https://…)').fill('not a link');
    await expect.poll(() => seen(page, '.problems')).toMatch(/url/);
    await page.getByLabel('Address (https://…)').fill('https://news.example/vovchansk');
    await expect.poll(() => seen(page, '.ok')).toBe('The claims file validates.');
    expect(await seen(page, '.review:not(.claim-review)')).not.toContain('outlet:');

    await page.locator('.claim-span', { hasText: 'shelling had damaged homes' }).click();
    await page.screenshot({ path: join(SHOTS, 'author-vovchansk-1280.png') });

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 25_000 }), page.getByRole('button', { name: 'Export claims.json' }).click()]);
    expect(download.suggestedFilename()).toBe('claims.json');
    exportedJson = readFileSync((await download.path())!, 'utf8');
    await expect.poll(() => seen(page, '.status')).toBe('claims.json exported; it validates.');
    expect(await page.getByLabel('Iframe', { exact: true }).inputValue()).toContain('embed.html?src=claims.json');

    const file = JSON.parse(exportedJson);
    expect(loadClaims(file, 'claims.json', builtInPlaces()).problems).toEqual([]);
    expect(file.actors.find((a: { name: string }) => a.name === 'Oleh Syniehubov').side).toBe('UA');
    expect(file.sources[0]).toMatchObject({ outlet: 'Example Wire', url: 'https://news.example/vovchansk' });
    expect(file.articleText).toContain('Regional governor Oleh Syniehubov said shelling had damaged homes in Kharkiv overnight.');
    expect(watch.pageErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);

    // The same page on a phone, the statement still selected.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SHOTS, 'author-vovchansk-390.png') });
    await page.screenshot({ path: join(SHOTS, 'author-vovchansk-390-full.png'), fullPage: true });
    await context.close();
  });

  it('the exported file, opened in the app with ?src=, shows Vovchansk contested with both sides’ words', async () => {
    expect(exportedJson).not.toBe('');
    routes['/news/vovchansk-claims.json'] = ['application/json', exportedJson];
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const watch = watchPage(page, [server.origin]);
      await openApp(page, server.origin, '?src=/news/vovchansk-claims.json');
      expect(await seen(page, 'conflict-map')).toContain('Russia says it has taken Vovchansk');
      await clickMarker(page, 'vovchansk');
      const panel = page.locator('cm-claims-panel');
      await expect.poll(() => panel.locator('#panel-title').innerText()).toContain('Vovchansk');
      expect((await readText(panel.locator('.status'))).trim()).toMatch(/^Contested/);
      const text = (await readText(panel)).replace(/\s+/g, ' ');
      expect(text).toContain('taken full control of Vovchansk');
      expect(text).toContain('Our units continue to hold positions in the northern part of Vovchansk');
      expect(text).toContain('Russian Ministry of Defence');
      expect(text).toContain('General Staff of the Armed Forces of Ukraine');
      await page.screenshot({ path: join(SHOTS, `author-vovchansk-in-app-${viewport.width}.png`) });
      if (viewport.width === 1280) await readsTheArticleLinkedToTheMap(page);
      else {
        // On a phone, an embed that asks for the article (the article attribute) opens on it; a place chosen there opens its sheet.
        await page.locator('cm-claims-panel').getByRole('button', { name: /Close/ }).click();
        await page.evaluate(() => document.querySelector('conflict-map')!.setAttribute('article', ''));
        await expect.poll(() => seen(page, 'cm-article-text')).toContain('Neither claim could be independently verified.');
        await page.screenshot({ path: join(SHOTS, 'author-vovchansk-article-390.png') });
        await page.locator('cm-article-text button.mention', { hasText: /^Kharkiv$/ }).click();
        await expect.poll(() => page.locator('cm-claims-panel #panel-title').innerText()).toContain('Kharkiv');
        expect(await readText(page.locator('cm-claims-panel'))).toContain('shelling had damaged homes in Kharkiv overnight');
      }
      expect(watch.pageErrors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      await context.close();
    }
  });
});
