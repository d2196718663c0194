import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Lint rules that keep the architecture honest:
 * - shared/ has no Electron, no Node I/O and no DOM-only code paths (pure, testable);
 * - only electron/main/ipc.ts and the preload touch ipcMain/ipcRenderer;
 * - renderer components carry no user-facing string literals (everything goes through i18n).
 */
export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'shared/ must not depend on Electron.' },
            {
              group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process'],
              message: 'shared/ is pure: no Node I/O.',
            },
            {
              group: ['react', 'react-dom', '*/renderer/*'],
              message: 'shared/ must not depend on the UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer talks to main only through the typed client.',
            },
            { group: ['node:*'], message: 'The renderer runs in a sandbox without Node.' },
            { group: ['*/electron/*'], message: 'The renderer must not import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    ignores: ['electron/main/ipc.ts', 'electron/preload/index.ts', 'electron/main/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Identifier[name=/^ipc(Main|Renderer)$/]',
          message: 'Only electron/main/ipc.ts and the preload use ipcMain/ipcRenderer.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'build/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
