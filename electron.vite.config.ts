import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { PluginOption } from 'vite';
import { i18nCatalogs } from './build/i18nCatalogs';
import { CONTENT_SECURITY_POLICY_META } from './electron/main/security';

/**
 * The built page carries the CSP in a meta tag as well as in the protocol's response header;
 * the dev server (hot reload needs inline scripts) gets none.
 */
function cspMetaTag(): PluginOption {
  return {
    name: 'hankintapolku-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      // electron-store and conf are ESM-only: bundle them so the CommonJS main bundle
      // loads on every Electron and in the Node-based boot test.
      externalizeDeps: { exclude: ['electron-store'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The CPV import worker thread (node worker_threads), out/main/cpvImportWorker.js.
          cpvImportWorker: resolve(__dirname, 'electron/workers/cpvImport.ts'),
        },
        // shared/ code in a chunk of its own, so the worker never loads the main entry.
        output: { manualChunks: (id) => (id.includes('/shared/') ? 'shared' : undefined) },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), cspMetaTag(), i18nCatalogs(__dirname)],
    build: {
      // Minified, one chunk per lazily loaded screen (App.tsx); the list's first screen
      // stays under 600 kB of JS (measured by `npm run bench`).
      minify: process.env.HP_NO_MINIFY ? false : 'oxc',
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        treeshake: {
          manualPureFunctions: ['z'],
          moduleSideEffects: (id: string) => !id.includes('/shared/'),
        },
      },
    },
  },
});
