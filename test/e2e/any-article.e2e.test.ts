/**
 * Any article, not only the built-in one: a second claims file of our own
 * (test/fixtures/claims/dnipro-article.json: other places, line places, an observer, a retracted
 * claim, kinds of its own) opened in the app by ?src=, as a newsroom would.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { StaticServer } from './helpers/static-server.ts';
import { useBrowserSession } from './helpers/session.ts';
import { openApp, readText, renderedPlaceIds, type PageWatch } from './helpers/browser.ts';
import { STATUS_LAYERS } from '../../src/map/style/ids.ts';
import { ROOT } from '../helpers/data.ts';

const SHOTS = join(ROOT, 'test-results');
mkdirSync(SHOTS, { recursive: true });
const SRC = 'fixtures/dnipro-article.json';

let server: StaticServer;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;
useBrowserSession(
  () => ({ mounts: { '/fixtures/': join(ROOT, 'test/fixtures/claims') } }),
  (s) => ({ server, context, page, watch } = s),
);

const panel = () => page.locator('cm-claims-panel');
const panelTitle = () => panel().locator('#panel-title').innerText();
const params = () => new URL(page.url()).searchParams;

describe('a second article in the app, by ?src=', () => {
  it('shows its places, its article and where the claims come from; lines are drawn by status', async () => {
    await openApp(page, server.origin, `?src=${SRC}`);
    const list = page.locator('cm-place-list');
    for (const name of ['Krynky', 'Enerhodar', 'Zaporizhzhia Nuclear Power Plant', 'Antonivskyi Bridge', 'Dnipro left bank front line']) {
      expect(await readText(list)).toContain(name);
    }
    expect(await readText(list)).not.toContain('Kupiansk');
    const header = await readText(page.locator('conflict-map .controls'));
    expect(header).toContain('Claims in “Across the Dnipro, the claims outrun the river”');
    expect(header).toContain('Example Gazette');
    expect(header).toContain('by Test Reporter, 24 November 2023');
    expect(header).toContain(`Claims from ${new URL(server.origin).host}/fixtures/dnipro-article.json`);
    // The file opens at its publication date.
    expect(await page.locator('conflict-map #as-of').inputValue()).toBe('2023-11-24');
    await expect.poll(() => renderedPlaceIds(page, [STATUS_LAYERS.contested.line])).toEqual(['antonivskyi-bridge']);
    await expect.poll(() => renderedPlaceIds(page, [STATUS_LAYERS.claimed.line])).toEqual(['dnipro-left-bank']);
    // A line is never filled as if it were an area.
    expect(await renderedPlaceIds(page, [STATUS_LAYERS.claimed.fill])).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'any-article-first-view.png') });
  });

  it('a retracted claim is shown, marked, and does not make Krynky contested', async () => {
    await openApp(page, server.origin, `?src=${SRC}&place=krynky`);
    await expect.poll(panelTitle).toContain('Krynky');
    const sentence = await readText(panel().locator('.status'));
    expect(sentence).toContain('Controlled by Ukraine (in part)');
    expect(sentence).toContain('Russian Ministry of Defence’s claim of 12 November 2023 was retracted, and does not count toward the status.');
    const retracted = panel().locator('cm-claim-card', { hasText: 'Retracted:' });
    expect(await retracted.count()).toBe(1);
    expect(await readText(retracted)).toContain('The ministry said its forces had cleared Krynky');
  });

  it('an observer is named as such, with no side badge, and is not offered as a side filter', async () => {
    await openApp(page, server.origin, `?src=${SRC}&place=zaporizhzhia-npp`);
    await expect.poll(panelTitle).toContain('Zaporizhzhia Nuclear Power Plant');
    expect(await readText(panel().locator('.status'))).toContain('Controlled by Russia, according to claims: The IAEA, an observer, says Russian forces control the plant');
    const cards = panel().locator('cm-claim-card');
    expect(await cards.count()).toBe(2);
    for (const card of await cards.all()) {
      expect(await readText(card)).toContain('an observer');
      expect(await card.locator('.side-badge').count()).toBe(0);
    }
    expect(await readText(cards.first())).toContain('Nuclear safety');
    await page.locator('conflict-map cm-claim-filters button.open').click();
    const filters = page.locator('conflict-map cm-claim-filters');
    expect(await filters.getByRole('checkbox', { name: 'Russia' }).count()).toBe(1);
    expect(await filters.getByRole('checkbox', { name: /IAEA/ }).count()).toBe(0);
    expect(await filters.getByRole('checkbox', { name: 'Nuclear safety' }).count()).toBe(1);
  });

  it('survives a reload and back/forward: the URL keeps the claims file', async () => {
    await openApp(page, server.origin, `?src=${SRC}&lang=uk&place=krynky`);
    await expect.poll(panelTitle).toContain('Кринки');
    // The list drawer folds away while a place is open: open it again to pick another place.
    await page.locator('conflict-map button.list-toggle').click();
    await page.locator('cm-place-list').getByRole('button', { name: /^Антонівський міст/ }).click();
    await expect.poll(panelTitle).toContain('Антонівський міст');
    expect(params().get('src')).toBe(SRC);
    expect(params().get('lang')).toBe('uk');
    expect(params().get('place')).toBe('antonivskyi-bridge');
    await page.reload();
    await expect.poll(panelTitle, { timeout: 30_000 }).toContain('Антонівський міст');
    expect(params().get('src')).toBe(SRC);
    expect(await readText(page.locator('cm-place-list'))).not.toContain('Kupiansk');
    await page.goBack();
    await expect.poll(panelTitle).toContain('Кринки');
    expect(params().get('src')).toBe(SRC);
    await page.goForward();
    await expect.poll(panelTitle).toContain('Антонівський міст');
    expect(params().get('src')).toBe(SRC);
  });

  it('puts the claims file in all three share snippets, and the link opens this article', async () => {
    await openApp(page, server.origin, `?src=${SRC}&place=krynky`);
    await page.getByRole('button', { name: 'Share or embed' }).click();
    const absolute = `${server.origin}/${SRC}`;
    const link = await page.getByLabel('Link to this view', { exact: true }).inputValue();
    expect(new URL(link).searchParams.get('src')).toBe(absolute);
    expect(new URL(link).searchParams.get('place')).toBe('krynky');
    const iframe = await page.getByLabel('Embed as an iframe', { exact: true }).inputValue();
    expect(iframe).toContain(`embed.html?src=${encodeURIComponent(absolute)}`);
    expect(iframe).toContain('title="Map: who claims what, where, in “Across the Dnipro, the claims outrun the river”"');
    expect(await page.getByLabel('Embed as an element', { exact: true }).inputValue()).toContain(`<conflict-map src="${absolute}" place="krynky"`);
    const other = await context.newPage();
    await openApp(other, server.origin, new URL(link).search);
    await expect.poll(() => other.locator('cm-claims-panel #panel-title').innerText()).toContain('Krynky');
  });

  it('says so when a link names a place or claim the file does not have', async () => {
    await openApp(page, server.origin, `?src=${SRC}&place=kupiansk`);
    await expect.poll(() => readText(page.locator('conflict-map .missing'))).toBe('This link names a place, “kupiansk”, that is not in this claims file.');
    expect(await panel().count()).toBe(0);
    await openApp(page, server.origin, `?src=${SRC}&claim=russia-captured-kupiansk`);
    await expect.poll(() => readText(page.locator('conflict-map .missing'))).toBe('This link names a claim, “russia-captured-kupiansk”, that is not in this claims file.');
  });
});

describe('npm run screenshot on any page and query', () => {
  const shoot = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/e2e/screenshot.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

  it('shoots the second article on a line place, in the app and in embed.html', () => {
    for (const [query, name] of [
      ['?src=test/fixtures/claims/dnipro-article.json&place=antonivskyi-bridge', 'any-article-bridge.png'],
      ['embed.html?src=test/fixtures/claims/dnipro-article.json&no-list', 'any-article-embed.png'],
    ]) {
      const out = join(SHOTS, name);
      rmSync(out, { force: true });
      const r = shoot(query, out, '1000x700');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(`saved ${out}`);
      expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('a page that never becomes ready fails with one line and a non-zero exit, within its timeout', () => {
    const t0 = Date.now();
    const r = shoot('data/claims.json', join(SHOTS, 'never.png'), '800x600', '--timeout', '5');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n').filter((l) => !l.startsWith('npm warn'))).toEqual([
      expect.stringMatching(/^screenshot: http:\/\/127\.0\.0\.1:\d+\/data\/claims\.json did not become ready within 5 s: the page has no <conflict-map>$/),
    ]);
    expect(Date.now() - t0).toBeLessThan(60_000);
  });
});
