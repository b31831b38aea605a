/**
 * The built pages' heads, as a news site's link preview and a browser read them: a description,
 * the social card (its image a file of the build), the oEmbed link, the strict CSP. No browser
 * needed, but the production build is (it runs before the e2e project).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/data.ts';

const DIST = join(ROOT, 'dist');

function head(page: string) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const meta = (key: string) => html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`))?.[1];
  return { html, meta };
}

describe.each(['index.html', 'embed.html'])('dist/%s', (page) => {
  it('carries a description, a social card whose image is in the build, and the oEmbed link', () => {
    const { html, meta } = head(page);
    expect(meta('description')).toMatch(/^Who claims what, where/);
    expect(meta('og:title')).toMatch(/who claims what, where/);
    expect(meta('twitter:card')).toBe('summary_large_image');
    const image = meta('og:image');
    expect(image).toBe('preview.png');
    expect(existsSync(join(DIST, image!))).toBe(true);
    expect(html).toContain('<link rel="alternate" type="application/json+oembed" href="oembed.json"');
    // Once each: the shared head is added by the build, not also written in the page.
    expect(html.match(/og:image"/g)).toHaveLength(1);
  });

  it('carries the strict CSP: nothing from another origin, no inline script', () => {
    const csp = (head(page).html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? '').replaceAll('&#39;', "'");
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});
