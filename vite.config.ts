import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
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
});
