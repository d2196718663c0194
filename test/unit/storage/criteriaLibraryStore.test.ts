import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileCriteriaLibraryStore } from '../../../electron/storage/criteriaLibraryStore';
import { createTestService } from '../support/testService';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hankintapolku-library-'));
  dirs.push(dir);
  return dir;
}

describe('criteria library, shared across procurements (issue 10)', () => {
  it('starts from the seeded Tampere sub-criteria, keeps an edit, and refuses a stale save', async () => {
    const s = await createTestService();
    const first = await s.ok('criteriaLibrary:get', {});
    expect(first.revision).toBe(0);
    expect(first.library.entries).toHaveLength(6);
    const edited = {
      ...first.library,
      entries: first.library.entries.filter((e) => e.seeded && e.kind === 'quality').slice(1),
    };
    const saved = await s.ok('criteriaLibrary:save', { library: edited, revision: 0 });
    expect(saved.revision).toBe(1);
    expect(await s.ok('criteriaLibrary:get', {})).toEqual(saved);
    // On disk for the next start, as saved.
    expect(await fileCriteriaLibraryStore(s.workspaceRoot).load()).toEqual(saved);
    // A second window still holding revision 0 cannot overwrite it.
    expect(
      await s.fail('criteriaLibrary:save', { library: first.library, revision: 0 }),
    ).toMatchObject({ code: 'conflict', params: { stored: 1, given: 0 } });
  });

  it('refuses a personal identity code in a library text', async () => {
    const s = await createTestService();
    const { library, revision } = await s.ok('criteriaLibrary:get', {});
    const entry = structuredClone(library.entries[0]!);
    entry.name.fi = 'Yhteyshenkilö 131052-308T';
    expect(
      await s.fail('criteriaLibrary:save', { library: { ...library, entries: [entry] }, revision }),
    ).toMatchObject({ code: 'personalData' });
    // A library over its bound is refused by the contract before the service sees it.
    const tooMany = Array.from({ length: 501 }, () => ({
      ...library.entries[0]!,
      id: crypto.randomUUID(),
    }));
    expect(
      await s.fail('criteriaLibrary:save', { library: { ...library, entries: tooMany }, revision }),
    ).toMatchObject({ code: 'invalidRequest' });
  });

  it('sets a damaged library file aside once and starts again from the seeds', async () => {
    const root = folder();
    mkdirSync(join(root, 'criteria'));
    writeFileSync(join(root, 'criteria', 'library.json'), '{"library": {"schemaVersion": 9');
    const store = fileCriteriaLibraryStore(root);
    expect(await store.load()).toBeNull();
    expect(await store.load()).toBeNull();
    const files = readdirSync(join(root, 'criteria'));
    expect(files.filter((f) => f.startsWith('library.unreadable-'))).toHaveLength(1);
    expect(files).not.toContain('library.json');
  });
});
