/**
 * The README's embed snippets are the ones the share dialog writes: an editor who copies either
 * gets the still image and link for readers without JavaScript (or when the module is blocked).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shareSnippets } from '../src/model/share-snippets.ts';
import { DEFAULT_LINK_STATE } from '../src/model/url-state.ts';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const ROOT = 'https://maps.example.org/ukraine/';

/** The first ```html block after a heading. */
function snippetAfter(heading: string): string {
  const at = README.indexOf(heading);
  expect(at, heading).toBeGreaterThan(-1);
  const block = /```html\n([\s\S]*?)\n```/.exec(README.slice(at));
  return block![1];
}

describe('README embed snippets', () => {
  it('the element snippet is the share dialog’s, with the image and link inside the element', () => {
    const element = snippetAfter('### As an element');
    expect(element).toBe(shareSnippets(ROOT, { ...DEFAULT_LINK_STATE, place: 'kupiansk', layers: ['contested', 'claimed'] }, 'claims-map').element);
    expect(element).toMatch(/<conflict-map [^>]*>\n {2}<a href="https:\/\/maps\.example\.org\/ukraine\/index\.html\?place=kupiansk[^"]*"><img src="https:\/\/maps\.example\.org\/ukraine\/preview\.png" alt="Map of [^"]+"[^>]*><\/a>\n<\/conflict-map>$/);
  });

  it('the iframe snippet is the share dialog’s, with the image and link in <noscript>', () => {
    const iframe = snippetAfter('### As an iframe');
    expect(iframe).toBe(shareSnippets(ROOT, { ...DEFAULT_LINK_STATE, place: 'kupiansk' }, 'claims-map').iframe);
    expect(iframe).toMatch(/<noscript><a href="[^"]+index\.html\?place=kupiansk"><img src="[^"]+preview\.png" alt="[^"]+"[^>]*><\/a><\/noscript>/);
  });
});
