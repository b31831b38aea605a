import { defineConfig } from 'vite';
import { resolve } from 'node:path';

/**
 * The npm package's build (`npm run build:package`, run by `npm pack` through `prepack`): the
 * element alone, in `package/`, with its worker, fonts and built-in data beside it as files
 * named by `new URL(…, import.meta.url)`, which the consumer's bundler follows and copies.
 */
export default defineConfig({
  base: './',
  // The data travels as assets the module names, not as a copied public folder.
  publicDir: false,
  build: {
    outDir: 'package',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: { 'conflict-map': resolve(import.meta.dirname, 'src/package.ts') },
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: 'conflict-map.js' },
    },
  },
  worker: { format: 'es' },
});
