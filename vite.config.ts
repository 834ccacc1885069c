/**
 * Vite build of the SMART app. Two pages, kept outside any client-side router so that the SMART
 * `state`/`code` parameters survive the redirect (client-js #48/#62): `launch.html` (the SMART launch
 * URL, calls authorize) and `index.html` (the redirect URI, calls ready once and renders the app).
 * Output goes to `dist/client`, which the server serves (config.clientDistDir).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const clientRoot = resolve(repoRoot, 'client');

export default defineConfig({
  root: clientRoot,
  // `.env` files live at the repository root, next to package.json; only VITE_* reach the browser.
  envDir: repoRoot,
  base: '/',
  plugins: [react()],
  define: {
    // fhirclient's browser entry skips its fetch/AbortController polyfills when this is defined;
    // every browser we support has both natively.
    FHIRCLIENT_PURE: 'true',
  },
  build: {
    outDir: resolve(repoRoot, 'dist/client'),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(clientRoot, 'index.html'),
        launch: resolve(clientRoot, 'launch.html'),
      },
    },
  },
});
