import { describe, expect, it } from 'vitest';
import { oembed } from '../../src/model/oembed.ts';

describe('oEmbed', () => {
  it('answers with the responsive iframe, a thumbnail and absolute URLs', () => {
    const o = oembed('https://maps.example.org/ukraine/', 'Talks');
    expect(o).toMatchObject({ version: '1.0', type: 'rich', title: 'Claims in “Talks”', thumbnail_url: 'https://maps.example.org/ukraine/preview.png' });
    expect(o.html).toContain('<iframe id="conflict-map-embed" src="https://maps.example.org/ukraine/embed.html?id=conflict-map-embed"');
    expect(o.html).toContain('embed-resize.js');
    expect(o.html).toContain('<noscript>');
  });
});
