/**
 * axe-core in the page, for the accessibility checks of every browser test file. The built pages
 * ship a strict CSP (no inline script), so axe is served as a same-origin file: add AXE_ROUTE to
 * the static server's routes and call runAxe() once the page shows what is to be checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../helpers/data.ts';

export const AXE_PATH = '/fixtures/axe.min.js';

/** A static-server route that serves axe-core: `routes: { ...AXE_ROUTE, … }`. */
export const AXE_ROUTE: Record<string, [string, string]> = {
  [AXE_PATH]: ['text/javascript', readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')],
};

/** WCAG 2.0–2.2 A and AA rules (2.2 AA brings target-size). */
export const WCAG22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string;
  targets: string[];
}

export interface AxeResult {
  all: AxeViolation[];
  /** The serious and critical ones: what the tests refuse. */
  severe: AxeViolation[];
}

/**
 * Runs axe-core on the document, or on the first element matching `within`. `tags` picks the
 * rule sets (WCAG 2.2 by default; null runs every rule axe has on by default).
 */
export async function runAxe(page: Page, { within, tags = WCAG22 }: { within?: string; tags?: string[] | null } = {}): Promise<AxeResult> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_PATH });
  const all = await page.evaluate(
    async ({ within, tags }) => {
      type Axe = { run(ctx: Element | Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> };
      const axe = (window as unknown as { axe: Axe }).axe;
      const context = within ? document.querySelector(within)! : document;
      const result = await axe.run(context, { resultTypes: ['violations'], ...(tags ? { runOnly: { type: 'tag', values: tags } } : {}) });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 4) }));
    },
    { within, tags },
  );
  return { all, severe: all.filter((v) => v.impact === 'serious' || v.impact === 'critical') };
}
