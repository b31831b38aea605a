/**
 * The head the app's pages share (index.html, embed.html): a description, the social-card tags
 * (og:*, twitter:card) and the oEmbed link. One copy here, added by a Vite plugin, so the pages
 * cannot drift apart. The image and the oEmbed file are relative: the build works from any folder.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

const DESCRIPTION = 'Who claims what, where: the places named in a news article and the attributed claims about each.';

export const SHARED_HEAD: HtmlTagDescriptor[] = [
  { tag: 'meta', attrs: { name: 'description', content: DESCRIPTION } },
  { tag: 'meta', attrs: { property: 'og:type', content: 'website' } },
  { tag: 'meta', attrs: { property: 'og:title', content: 'Conflict Claims Map: who claims what, where' } },
  { tag: 'meta', attrs: { property: 'og:description', content: 'The places named in a news article and the attributed claims about each: claims, not facts.' } },
  { tag: 'meta', attrs: { property: 'og:image', content: 'preview.png' } },
  {
    tag: 'meta',
    attrs: { property: 'og:image:alt', content: 'Map of the places named in the article, each shaded by the status its claims give it, with a legend' },
  },
  { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
  { tag: 'link', attrs: { rel: 'alternate', type: 'application/json+oembed', href: 'oembed.json', title: 'Conflict Claims Map' } },
  { tag: 'link', attrs: { rel: 'icon', href: 'data:,' } },
].map((t) => ({ ...t, injectTo: 'head' as const }));

/** Adds SHARED_HEAD to the pages named (by file name), in the dev server and the build. */
export function sharedHead(pages: string[]): Plugin {
  return {
    name: 'shared-head',
    transformIndexHtml: (_html, ctx) => (pages.some((p) => ctx.filename.endsWith(`/${p}`)) ? SHARED_HEAD : []),
  };
}
