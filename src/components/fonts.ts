/**
 * The bundled Noto Sans (Latin, Latin Extended, Cyrillic), served from the app's own origin.
 * The map gets the files through its style's font-faces; the page's text through FontFace,
 * since an @font-face inside a shadow root is ignored by browsers.
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';
import { FONT_RANGES, type FontFiles } from '../map/style/build-style.ts';

const absolute = (u: string) => new URL(u, import.meta.url).href;

export const FONT_FILES: FontFiles = {
  latin400: absolute(latin400),
  latinExt400: absolute(latinExt400),
  cyrillic400: absolute(cyrillic400),
  latin600: absolute(latin600),
  latinExt600: absolute(latinExt600),
  cyrillic600: absolute(cyrillic600),
};

let registered = false;

/** Registers the UI font once per document. */
export function registerDocumentFonts(): void {
  if (registered || typeof FontFace === 'undefined') return;
  registered = true;
  const { latin, latinExt, cyrillic } = FONT_RANGES;
  const faces: [string, string, string[]][] = [
    [FONT_FILES.latin400, '400', latin],
    [FONT_FILES.latinExt400, '400', latinExt],
    [FONT_FILES.cyrillic400, '400', cyrillic],
    [FONT_FILES.latin600, '600 700', latin],
    [FONT_FILES.latinExt600, '600 700', latinExt],
    [FONT_FILES.cyrillic600, '600 700', cyrillic],
  ];
  // Every page sets Latin text in both weights: fetch those two at once, before the map's style
  // asks. The other faces load only when a page shows their characters (unicode-range).
  for (const url of [FONT_FILES.latin400, FONT_FILES.latin600]) {
    if (document.head.querySelector(`link[rel="preload"][href="${url}"]`)) continue;
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'font', type: 'font/woff2', href: url, crossOrigin: 'anonymous' });
    document.head.append(link);
  }
  for (const [url, weight, unicodeRange] of faces) {
    document.fonts.add(new FontFace('Noto Sans', `url(${url}) format('woff2')`, { weight, unicodeRange: unicodeRange.join(', '), display: 'swap' }));
  }
}
