/**
 * The whole time of one as-of step in the browser, at N synthetic claims: the date moves a week
 * at a time as the timeline's keys would move it; for each step, the time until the element has
 * re-rendered (model, list, timeline, the data handed to MapLibre) and until the map is idle
 * again (MapLibre's worker and repaint included). bench/run.ts calls it.
 */
import type { Browser } from 'playwright-core';

export interface AsOfStepRun {
  claims: number;
  steps: number;
  /** Date set → the element's update done (model, Lit, setData handed over). */
  renderMedianMs: number;
  renderP95Ms: number;
  /** Date set → map idle (what a reader waits for). */
  idleMedianMs: number;
  idleP95Ms: number;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export async function measureAsOfSteps(browser: Browser, origin: string, n: number, steps = 16): Promise<AsOfStepRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/embed.html?no-controls&src=/bench/claims-${n}.json`);
  await page.waitForFunction(
    `(() => { const el = document.querySelector('conflict-map'); const m = el?.maplibreMap;
      return m && m.loaded() && el.shadowRoot.querySelector('cm-timeline')?.shadowRoot?.querySelector('.handle'); })()`,
    undefined,
    { timeout: 120_000 },
  );
  const times = (await page.evaluate(`(async () => {
    const el = document.querySelector('conflict-map');
    const m = el.maplibreMap;
    const out = [];
    const day0 = Date.UTC(2023, 0, 2);
    for (let i = 0; i < ${steps + 2}; i++) {
      const date = new Date(day0 + i * 7 * 86400000).toISOString().slice(0, 10);
      const idle = new Promise((r) => m.once('idle', r));
      const t0 = performance.now();
      el.date = date;
      await el.updateComplete;
      const t1 = performance.now();
      m.triggerRepaint();
      await idle;
      out.push([t1 - t0, performance.now() - t0]);
    }
    return out.slice(2);
  })()`)) as [number, number][];
  await context.close();
  if (errors.length) throw new Error(`as-of steps at ${n}: ${errors.join('; ')}`);
  const render = times.map((t) => t[0]);
  const idle = times.map((t) => t[1]);
  return { claims: n, steps: times.length, renderMedianMs: percentile(render, 50), renderP95Ms: percentile(render, 95), idleMedianMs: percentile(idle, 50), idleP95Ms: percentile(idle, 95) };
}
