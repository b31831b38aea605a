import { describe, expect, it } from 'vitest';
import { shareSnippets } from '../../src/model/share-snippets.ts';
import { DEFAULT_LINK_STATE } from '../../src/model/url-state.ts';

const ROOT = 'https://maps.example.org/ukraine/';

describe('share snippets', () => {
  it('give a deep link, an iframe and an element for the same state', () => {
    const state = { ...DEFAULT_LINK_STATE, place: 'kupiansk', layers: ['contested' as const], view: { center: [37.6, 49.7] as [number, number], zoom: 9 } };
    const s = shareSnippets(ROOT, state, 'cm-frame-1');
    expect(s.link).toBe('https://maps.example.org/ukraine/index.html?place=kupiansk&layers=contested&map=9%2F49.7%2F37.6');
    expect(s.iframe).toContain('<iframe id="cm-frame-1" src="https://maps.example.org/ukraine/embed.html?place=kupiansk&amp;layers=contested&amp;view=9%2F49.7%2F37.6&amp;id=cm-frame-1"');
    expect(s.iframe).toContain('<script src="https://maps.example.org/ukraine/embed-resize.js" defer></script>');
    expect(s.element).toMatch(
      /^<script type="module" src="https:\/\/maps\.example\.org\/ukraine\/conflict-map\.js"><\/script>\n<conflict-map place="kupiansk" layers="contested" view="9\/49\.7\/37\.6">\n/,
    );
    expect(s.element.endsWith('</conflict-map>')).toBe(true);
  });

  it('carry a still image and a link for readers without JavaScript, or when the map cannot load', () => {
    const s = shareSnippets(ROOT, { ...DEFAULT_LINK_STATE, place: 'kupiansk' }, 'f');
    const fallback = '<a href="https://maps.example.org/ukraine/index.html?place=kupiansk"><img src="https://maps.example.org/ukraine/preview.png" alt="Map of the places';
    expect(s.iframe).toContain(`<noscript>${fallback}`);
    expect(s.iframe).toMatch(/<\/a><\/noscript>/);
    // Inside the element: shown while it is not defined (no JavaScript, or its module blocked).
    expect(s.element).toMatch(new RegExp(`<conflict-map place="kupiansk">\\n  ${fallback.replace(/[.?/]/g, '\\$&')}`));
  });

  it('carry a claims file of its own, escaped', () => {
    const s = shareSnippets(ROOT, DEFAULT_LINK_STATE, 'f', 'https://news.example/claims.json?a=1&b="2"');
    expect(s.element).toContain('src="https://news.example/claims.json?a=1&amp;b=&quot;2&quot;"');
    expect(s.iframe).toContain('src=https%3A%2F%2Fnews.example%2Fclaims.json');
  });

  it('keep the claims file and the language in all three snippets, and title the iframe after the article', () => {
    const state = { ...DEFAULT_LINK_STATE, src: 'https://maps.example.org/ukraine/dnipro.json', lang: 'uk' as const, place: 'krynky' };
    const s = shareSnippets(ROOT, state, 'f', '', 'Map: who claims what, where, in “Across the Dnipro”');
    expect(s.link).toBe('https://maps.example.org/ukraine/index.html?src=https%3A%2F%2Fmaps.example.org%2Fukraine%2Fdnipro.json&lang=uk&place=krynky');
    expect(s.iframe).toContain('embed.html?src=https%3A%2F%2Fmaps.example.org%2Fukraine%2Fdnipro.json&amp;lang=uk&amp;place=krynky&amp;id=f');
    expect(s.iframe).toContain('title="Map: who claims what, where, in “Across the Dnipro”"');
    expect(s.element).toMatch(/<conflict-map src="https:\/\/maps\.example\.org\/ukraine\/dnipro\.json" [^>]*place="krynky"/);
    expect(s.element).toMatch(/<conflict-map [^>]*lang="uk"/);
  });
});
