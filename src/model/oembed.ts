/**
 * The oEmbed answer (https://oembed.com, type "rich") for a deployed map: the responsive
 * iframe snippet, a thumbnail and the provider. Pure, so it is tested in node.
 */
import { shareSnippets } from './share-snippets.ts';
import { DEFAULT_LINK_STATE } from './url-state.ts';

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/**
 * @param root - the public URL of the folder the map is deployed in (ends with /)
 * @param title - the article's title, from the claims file
 * @param src - a claims file other than the built-in one, if any
 */
export function oembed(root: string, title: string, src = ''): OEmbed {
  const snippets = shareSnippets(root, DEFAULT_LINK_STATE, 'conflict-map-embed', src);
  return {
    version: '1.0',
    type: 'rich',
    title: title ? `Claims in “${title}”` : 'Claims map',
    provider_name: 'Conflict Claims Map',
    provider_url: new URL('index.html', root).href,
    html: snippets.iframe,
    width: 680,
    height: 640,
    thumbnail_url: new URL('preview.png', root).href,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
