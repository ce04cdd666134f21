import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// The what-if page: built from web/ into web/dist with relative URLs, served at / by the API server.
// Everything (vega, the model core, the pack JSON) is bundled: no CDN, works offline, strict CSP.
export default defineConfig({
  root: here,
  base: './',
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    modulePreload: { polyfill: false },
  },
  worker: { format: 'es' },
  server: { fs: { allow: [path.resolve(here, '..')] } },
});
