import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_RETENTION } from '../../../shared/domain/workspace/backup';
import { removeTempDirs } from '../support/tempDir';
import { createTestService, type TestService } from '../support/testService';

afterEach(removeTempDirs);

/** Adds one procurement and takes a manual backup: backup n holds procurements 1..n. */
async function stateWithBackups(s: TestService, count: number) {
  const expected = new Map<string, string[]>();
  const titles: string[] = [];
  for (let n = 1; n <= count; n++) {
    s.clock.advance(60_000);
    const title = `Tila ${n}`;
    await s.ok('procurement:create', { title });
    titles.push(title);
    const info = await s.ok('backup:create', {});
    expected.set(info.id, [...titles].sort());
  }
  return expected;
}

const listedTitles = async (s: TestService) =>
  (await s.ok('procurement:list', {})).items.map((i) => i.title).sort();

describe('restoring any listed backup (issue 6: "including the oldest before-restore one")', () => {
  it('restores the oldest before-restore backup when the safety backup fills its retention', async () => {
    const s = await createTestService();
    const manual = await stateWithBackups(s, BACKUP_RETENTION.beforeRestore + 1);
    // Each restore takes a before-restore safety backup; fill them to the retention limit.
    const ids = [...manual.keys()];
    for (const id of ids.slice(0, BACKUP_RETENTION.beforeRestore)) {
      s.clock.advance(60_000);
      await s.ok('backup:restore', { id });
    }
    const safety = (await s.ok('backup:list', {})).filter((b) => b.reason === 'beforeRestore');
    expect(safety).toHaveLength(BACKUP_RETENTION.beforeRestore);
    const oldest = safety.at(-1)!;

    s.clock.advance(60_000);
    const result = await s.ok('backup:restore', { id: oldest.id });
    expect(result.restoredCount).toBe(oldest.procurementCount);
    expect(await listedTitles(s)).toHaveLength(oldest.procurementCount);
  });

  it('restores each backup in the list to exactly its procurements (newest first, so retention prunes only ones already tried)', async () => {
    const s = await createTestService();
    const expected = await stateWithBackups(s, 4);
    // Two restores make before-restore backups with known contents too.
    for (const id of [...expected.keys()].slice(0, 2)) {
      const before = await listedTitles(s);
      s.clock.advance(60_000);
      const { safetyBackup } = await s.ok('backup:restore', { id });
      expected.set(safetyBackup.id, before);
    }
    const listed = await s.ok('backup:list', {});
    expect(listed.length).toBeGreaterThanOrEqual(6);
    let tried = 0;
    for (const backup of listed) {
      s.clock.advance(60_000);
      const { restoredCount, safetyBackup } = await s.ok('backup:restore', { id: backup.id });
      expect(restoredCount, backup.id).toBe(backup.procurementCount);
      expect(await listedTitles(s), backup.id).toEqual(expected.get(backup.id));
      expected.set(safetyBackup.id, await listedTitles(s));
      tried++;
    }
    expect(tried).toBe(listed.length);
  });
});
