import { defineConfig } from 'vitest/config';

/**
 * Four test tiers, all run by `npm test`:
 * - unit: shared/ rules and the storage layer against real files in temp folders;
 * - boot: the built main and preload bundles loaded in Node with a recording stand-in for
 *   the `electron` module (the Electron binary cannot be downloaded here);
 * - e2e: the built renderer and the real service over loopback HTTP, driven by
 *   playwright-core in Debian's Chromium;
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
          name: 'robustness',
          include: ['test/robustness/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
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
