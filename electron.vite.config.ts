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
          // The document package worker thread, out/main/documentsWorker.js.
          documentsWorker: resolve(__dirname, 'electron/workers/documents.ts'),
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
      // Minified (HP_NO_MINIFY=1 for readable profiles), one chunk per lazily loaded screen
      // and phase; the JS the list needs before its first paint stays under 600 kB
      // (measured by `npm run bench`).
      minify: process.env['HP_NO_MINIFY'] ? false : 'oxc',
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        // Building a zod schema has no side effects: a schema nobody uses is dropped.
        treeshake: { manualPureFunctions: ['z'] },
        output: {
          // The text chunks by language and part (texts-fi-first-….js), not "first"/"rest".
          chunkFileNames: (chunk) => {
            const text = /virtual:hp-catalog\/(\w+)\/(\w+)$/.exec(chunk.facadeModuleId ?? '');
            return text
              ? `assets/texts-${text[1]}-${text[2]}-[hash].js`
              : 'assets/[name]-[hash].js';
          },
        },
      },
    },
  },
});
