/**
 * The drafter reads plain text; Markdown and HTML articles are reduced to it first (tags and
 * markup stripped, block elements kept as line breaks), so mention offsets point into the text an
 * editor sees.
 */
export type ArticleFormat = 'text' | 'markdown' | 'html';

export function guessFormat(input: string, fileName = ''): ArticleFormat {
  if (/\.html?$/i.test(fileName) || /<(p|div|article|h[1-6]|br|body|html)\b[^>]*>/i.test(input)) return 'html';
  if (/\.(md|markdown)$/i.test(fileName) || /^(#{1,6} |\* |- )|\*\*[^*]+\*\*|\[[^\]]+\]\([^)]+\)/m.test(input)) return 'markdown';
  return 'text';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?(p|div|article|section|header|footer|h[1-6]|li|ul|ol|blockquote|figure|figcaption|tr|table|title)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export function markdownToText(md: string): string {
  return md
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export function toPlainText(input: string, format: ArticleFormat = guessFormat(input)): string {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (format === 'html') return htmlToText(text);
  if (format === 'markdown') return markdownToText(text);
  return text.trim();
}
