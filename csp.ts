/**
 * The Content-Security-Policy `dist/` ships for index.html, embed.html and author.html: as a meta tag in
 * each page (any static host), and as a `_headers` file (Netlify, Cloudflare Pages), where
 * `frame-ancestors` can also be set (a meta tag cannot). Origins named in the build's
 * VITE_ALLOW_ORIGINS are added where data is fetched from.
 */
export function contentSecurityPolicy(allowOrigins: string[] = []): string {
  const extra = allowOrigins.length ? ` ${allowOrigins.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${extra}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** `_headers` for hosts that read it: the app and the authoring page may be framed by their own origin only, embed.html by any page. */
export function headersFile(csp: string): string {
  const common = ['  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin'];
  return [
    '/',
    `  Content-Security-Policy: ${csp}; frame-ancestors 'self'`,
    ...common,
    '/index.html',
    `  Content-Security-Policy: ${csp}; frame-ancestors 'self'`,
    ...common,
    '/author.html',
    `  Content-Security-Policy: ${csp}; frame-ancestors 'self'`,
    ...common,
    '/embed.html',
    `  Content-Security-Policy: ${csp}; frame-ancestors *`,
    ...common,
    '',
  ].join('\n');
}
