import { defineConfig, loadEnv, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { contentSecurityPolicy, headersFile } from './csp.ts';
import { sharedHead } from './scripts/page-head.ts';

/** The built pages carry a strict CSP (a meta tag), and dist/ a `_headers` file with it (csp.ts). */
function strictCsp(mode: string): Plugin {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const allowed = (env.VITE_ALLOW_ORIGINS ?? process.env.VITE_ALLOW_ORIGINS ?? '').split(/[\s,]+/).filter((o) => /^https?:\/\/[^/]+$/.test(o));
  const csp = contentSecurityPolicy(allowed);
  return {
    name: 'strict-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' }],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(csp) });
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [strictCsp(mode), sharedHead(['index.html', 'embed.html'])],
  // Relative asset URLs: the build works from any folder, and the module finds its assets beside it.
  base: './',
  build: {
    target: 'es2022',
    // Fonts and the worker stay files on the map's own origin (data: URLs would break a strict CSP).
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: {
        app: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        author: resolve(import.meta.dirname, 'author.html'),
        'conflict-map': resolve(import.meta.dirname, 'src/index.ts'),
      },
      // The module keeps its exports (ConflictMap, the event classes) for hosts that import it.
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: (chunk) => (chunk.name === 'conflict-map' ? 'conflict-map.js' : 'assets/[name]-[hash].js'),
        // MapLibre in a chunk of its own: cached apart from the app, and measured apart (npm run bench).
        codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  // The claims worker (src/model/worker/) as an ES module: it shares the model's code.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
}));
