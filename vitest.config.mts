import { defineConfig } from 'vitest/config';

/**
 * Seven test tiers, all run by `npm test`:
 * - unit: shared/ rules and the storage layer against real files in temp folders;
 * - boot: the built main and preload bundles loaded in Node with a recording stand-in for
 *   the `electron` module (the Electron binary cannot be downloaded here);
 * - e2e: the built renderer and the real service over loopback HTTP, driven by
 *   playwright-core in Debian's Chromium;
 * - documents: generated Word files read back, checked against the OOXML schemas (xmllint)
 *   and rendered by LibreOffice headless to PDF and PNG;
 * - robustness: hostile input and crashes against the real storage: kill-during-write trials in
 *   child processes, start-up poisons, hostile files; each prints its figures;
 * - accessibility: the built renderer in Chromium (the e2e harness): axe-core WCAG 2.1 AA on a
 *   table of views and states in fi and sv, a keyboard-only walk, a 200 % zoom reflow check;
 * - security: Electronegativity over the app's code and the electron-builder config checked
 *   against electron-builder's schema and our security settings.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'boot',
          include: ['test/boot/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'accessibility',
          include: ['test/accessibility/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'documents',
          include: ['test/documents/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'robustness',
          include: ['test/robustness/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'security',
          include: ['test/security/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
