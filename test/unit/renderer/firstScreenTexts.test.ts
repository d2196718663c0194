import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_TEXTS, splitCatalog } from '../../../build/i18nCatalogs';
import { catalogs } from '../../../shared/i18n';

/** The files the first screen (shell and list) renders before the rest of the texts load. */
const FIRST_SCREEN_FILES = [
  'renderer/src/app/App.tsx',
  'renderer/src/app/notices.tsx',
  'renderer/src/app/describeError.ts',
  'renderer/src/app/focus.ts',
  'renderer/src/app/settingsContext.tsx',
  'renderer/src/components/StorageProblems.tsx',
  'renderer/src/components/table/DataTable.tsx',
  'renderer/src/components/table/LazyActionMenu.tsx',
  'renderer/src/features/procurements/ProcurementListView.tsx',
  'renderer/src/features/procurements/listColumns.tsx',
  'renderer/src/features/procurements/useProcurementList.ts',
];

/** Literal keys and the fixed start of template keys: `t('list.title')`, `t(\`status.${s}\`)`. */
function keysIn(source: string): string[] {
  const keys: string[] = [];
  for (const match of source.matchAll(/\bt(?:Dynamic)?\(\s*(?:t,\s*)?(['`])([\w.]+)/g)) {
    keys.push(match[2]!.replace(/\.$/, ''));
  }
  return keys;
}

const covered = (key: string) =>
  FIRST_SCREEN_TEXTS.some((path) => key === path || key.startsWith(`${path}.`));

describe('first-screen texts', () => {
  it('cover every key the shell and the list use', () => {
    const missing: string[] = [];
    let found = 0;
    for (const file of FIRST_SCREEN_FILES) {
      const source = readFileSync(resolve(__dirname, '../../..', file), 'utf8');
      for (const key of keysIn(source)) {
        found++;
        if (!covered(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(found).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('split each catalog into two parts without losing or repeating a text', () => {
    for (const catalog of Object.values(catalogs)) {
      const { first, rest } = splitCatalog(structuredClone(catalog), FIRST_SCREEN_TEXTS);
      const leaves = (tree: unknown, prefix = ''): string[] =>
        typeof tree === 'object' && tree !== null
          ? Object.entries(tree).flatMap(([k, v]) => leaves(v, `${prefix}${k}.`))
          : [prefix];
      const all = leaves(catalog).sort();
      const parts = [...leaves(first), ...leaves(rest)].sort();
      expect(parts).toEqual(all);
    }
  });
});
