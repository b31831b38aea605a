/**
 * The authoring page as an editor meets it: the production build in Debian's Chromium. Paste
 * the seed article, accept the draft, fix a field, export; the exported file validates and,
 * opened in the app, shows Kupiansk contested with both claims. Also by keyboard alone, and
 * under axe-core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './helpers/static-server.ts';
import { clickMarker, launchChromium, openApp, readText, watchPage } from './helpers/browser.ts';
import { AXE_ROUTE, runAxe } from './helpers/axe.ts';
import { ROOT, SHARED, builtInPlaces } from '../helpers/data.ts';
import { loadClaims } from '../../src/model/load-claims.ts';

const SHOTS = join(ROOT, 'test-results');
mkdirSync(SHOTS, { recursive: true });
const ARTICLE = readFileSync(join(SHARED, 'seed', 'article.txt'), 'utf8');

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

async function freshAuthorPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${server.origin}/author.html`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect.poll(() => page.locator('#article-text').count()).toBe(1);
  return page;
}

async function exported(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 25_000 }), page.getByRole('button', { name: button }).click({ timeout: 20_000 })]);
  const path = await download.path();
  return readFileSync(path!, 'utf8');
}

describe('author.html', () => {
  let exportedJson = '';

  it('drafts the seed article, highlights its statements and places, validates as the editor types, and exports a valid file', async () => {
    const page = await freshAuthorPage();
    const watch = watchPage(page, [server.origin]);
    await page.locator('#article-text').fill(ARTICLE);
    await page.getByRole('button', { name: 'Draft claims' }).click();
    await expect.poll(() => page.locator('.claim-span').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('.article .place', { hasText: 'Kupiansk' }).count()).toBe(3);
    expect(await page.locator('.article .place', { hasText: 'Novorossiya' }).count()).toBe(1);
    await expect.poll(() => readText(page.locator('.ok'))).toBe('The claims file validates.');
    await page.screenshot({ path: join(SHOTS, 'author-drafted.png') });

    // Click the highlighted statement: its claim opens in the form.
    await page.locator('.claim-span', { hasText: 'Russia says it wants to end the war' }).click();
    expect(await page.locator('#f-text').inputValue()).toBe("Russia says it wants to end the war in Ukraine but won't accept any Western military presence on Ukrainian soil.");
    expect(await page.locator('.claim-span[aria-pressed="true"]').count()).toBe(1);

    // Validation as the editor types: a date that is not a date is reported where it is.
    await page.locator('#f-stated').fill('2025-02-30');
    await expect.poll(() => readText(page.locator('.problems'))).toMatch(/statedOn: is not a real calendar date/);
    await page.locator('#f-stated').fill('');
    await expect.poll(() => page.locator('.ok').count()).toBe(1);

    // Fix one field: this statement is a position, not a security guarantee.
    await page.locator('#f-kind').selectOption('position');
    const json = await exported(page, 'Export claims.json');
    await expect.poll(() => readText(page.locator('.status'))).toBe('claims.json exported; it validates.');
    const file = JSON.parse(json);
    const { problems } = loadClaims(file, 'claims.json', builtInPlaces());
    expect(problems).toEqual([]);
    expect(file.claims.find((c: { text: string }) => c.text.startsWith('Russia says it wants')).kind).toBe('position');
    expect(await page.locator('#s-element').inputValue()).toContain('<conflict-map src="claims.json"');
    expect(await page.locator('#s-iframe').inputValue()).toContain('embed.html?src=claims.json');
    await page.screenshot({ path: join(SHOTS, 'author-seed.png') });
    expect(watch.pageErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    exportedJson = json;

    // The work survives a reload.
    await page.reload();
    await expect.poll(() => page.locator('.claim-span').count()).toBeGreaterThanOrEqual(10);
    await page.context().close();
  });

  it('exports a PNG of the map', async () => {
    const page = await freshAuthorPage();
    await page.locator('#article-text').fill(ARTICLE);
    await page.getByRole('button', { name: 'Draft claims' }).click();
    await expect.poll(() => page.locator('.claim-span').count()).toBeGreaterThanOrEqual(10);
    await page.waitForFunction(() => Boolean((document.querySelector('cm-author')?.shadowRoot?.querySelector('conflict-map') as unknown as { maplibreMap?: { loaded(): boolean } })?.maplibreMap?.loaded()), null, { timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 25_000 }), page.getByRole('button', { name: 'Export PNG' }).click({ timeout: 20_000 })]).catch(async (e) => {
      throw new Error(`${(e as Error).message}; status: ${await readText(page.locator('.status'))}`);
    });
    expect(download.suggestedFilename()).toBe('map.png');
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5_000);
    await page.context().close();
  });

  it('the exported file, opened in the app, shows Kupiansk contested with both claims', async () => {
    expect(exportedJson).not.toBe('');
    routes['/fixtures/exported.json'] = ['application/json', exportedJson];
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openApp(page, server.origin, '?src=/fixtures/exported.json');
    await clickMarker(page, 'kupiansk');
    const panel = page.locator('cm-claims-panel');
    await expect.poll(() => panel.locator('#panel-title').innerText()).toContain('Kupiansk');
    const status = (await readText(panel.locator('.status'))).trim();
    expect(status).toMatch(/^Contested/);
    const text = await readText(panel);
    expect(text).toContain('Russia announced it captured the strategic city of Kupiansk');
    expect(text).toContain('Ukrainian forces had recently said they regained several neighborhoods there');
    await page.screenshot({ path: join(SHOTS, 'author-exported-in-app.png') });
    await context.close();
  });

  it('works by keyboard alone: paste, draft, open a statement, change a field, export', async () => {
    const page = await freshAuthorPage();
    const focusedId = () => page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return `${el?.tagName.toLowerCase()}#${el?.id}.${el?.className}|${el?.textContent?.trim().slice(0, 40)}`;
    });
    const tabTo = async (match: RegExp, max = 60, key = 'Tab') => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press(key);
        if (match.test(await focusedId())) return;
      }
      throw new Error(`never reached ${match} by Tab; last ${await focusedId()}`);
    };
    await tabTo(/#article-text/);
    await page.keyboard.insertText(ARTICLE);
    await tabTo(/Draft claims/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.claim-span').count()).toBeGreaterThanOrEqual(10);
    await tabTo(/claim-span.*No, no, and again no/);
    await page.keyboard.press('Enter');
    expect(await page.locator('#f-text').inputValue()).toBe('No, no, and again no.');
    await tabTo(/#f-kind/);
    await page.keyboard.press('End');
    // The export buttons sit in the page's header, before the article: back up to them.
    await tabTo(/Export claims\.json/, 120, 'Shift+Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(loadClaims(file, 'claims.json', builtInPlaces()).problems).toEqual([]);
    expect(file.claims.find((c: { text: string }) => c.text === 'No, no, and again no.').actor).toBe('sergey-ryabkov');
    await page.context().close();
  });

  it('has no serious or critical axe-core violation, before and after drafting', async () => {
    const page = await freshAuthorPage();
    const audit = async () => (await runAxe(page, { tags: null })).severe;
    expect(await audit()).toEqual([]);
    await page.locator('#article-text').fill(ARTICLE);
    await page.getByRole('button', { name: 'Draft claims' }).click();
    await expect.poll(() => page.locator('.claim-span').count()).toBeGreaterThanOrEqual(10);
    expect(await audit()).toEqual([]);
    await page.context().close();
  });
});
