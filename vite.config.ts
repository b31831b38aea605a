import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built app works from any folder it is copied to.
  base: './',
  build: {
    target: 'es2022',
    // Fonts and the worker stay files on the app's own origin (data: URLs would break a strict CSP).
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
});
