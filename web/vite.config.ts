// The web UI's build: web/ → web/dist, served by `rasd serve`. Assets are never inlined as data:
// URLs and no inline bootstrap is emitted, so the page lives within the server's strict CSP.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2048,
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  server: { proxy: { '/api': 'http://127.0.0.1:4100', '/openapi.json': 'http://127.0.0.1:4100' } },
});
