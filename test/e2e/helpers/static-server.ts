/**
 * A small static file server for the built app (dist/), on 127.0.0.1 only. It counts what it
 * serves and can add response headers (a Content-Security-Policy, say) to every answer.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  headers?: Record<string, string>;
  /** Extra routes answered before the files: path → [content type, body]. */
  routes?: Record<string, [string, string]>;
  /** Other folders served under a path prefix: '/vendor/' → 'node_modules/maplibre-gl/dist'. */
  mounts?: Record<string, string>;
  /** Paths that are never answered: the request stays open until the server closes. */
  hang?: string[];
  /** Send Access-Control-Allow-Origin: * (default true); false plays a server other sites cannot read. */
  cors?: boolean;
}

export async function startStaticServer({ root, headers = {}, routes = {}, mounts = {}, hang = [], cors = true }: StaticServerOptions): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (hang.includes(path)) return;
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (cors) res.setHeader('Access-Control-Allow-Origin', '*');
    const route = routes[path];
    if (route) {
      res.writeHead(200, { 'content-type': route[0] }).end(route[1]);
      return;
    }
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const base = resolve(mount ? mounts[mount] : root);
    let file = normalize(join(base, mount ? path.slice(mount.length) : path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        // Requests left hanging (and keep-alive sockets) would hold close() open.
        server.closeAllConnections();
      }),
  };
}
