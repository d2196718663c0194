import { describe, expect, it } from 'vitest';
import {
  BACKUP_RETENTION,
  backupsToPrune,
  type BackupInfo,
  type BackupReason,
} from '../../../shared/domain/workspace/backup';

function backups(reason: BackupReason, count: number, startDay = 1): BackupInfo[] {
  return Array.from({ length: count }, (_, i) => {
    const createdAt = new Date(Date.UTC(2027, 0, startDay + i, 3, 0, 0)).toISOString();
    return {
      id: `${createdAt.slice(0, 10).replace(/-/g, '')}-030000-${reason}`,
      createdAt,
      reason,
      procurementCount: 3,
      bytes: 12_345,
    };
  });
}

/** Shuffles deterministically so that the result cannot depend on input order. */
function interleave<T>(...lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) {
    for (const l of [...lists].reverse()) if (i < l.length) out.push(l[l.length - 1 - i] as T);
  }
  return out;
}

describe('backup retention', () => {
  it('keeps the newest 14 daily, 10 manual and 5 before-restore backups', () => {
    expect(BACKUP_RETENTION).toEqual({ daily: 14, manual: 10, beforeRestore: 5 });
    const daily = backups('daily', 20);
    const manual = backups('manual', 12);
    const beforeRestore = backups('beforeRestore', 7);
    const pruned = backupsToPrune(interleave(daily, manual, beforeRestore));
    const ids = (list: BackupInfo[]) => list.map((b) => b.id).sort();
    expect(ids(pruned)).toEqual(
      ids([...daily.slice(0, 6), ...manual.slice(0, 2), ...beforeRestore.slice(0, 2)]),
    );
  });

  it('prunes nothing while each kind is within its limit', () => {
    const all = [...backups('daily', 14), ...backups('manual', 10), ...backups('beforeRestore', 5)];
    expect(backupsToPrune(all)).toEqual([]);
  });

  it('never lets many backups of one kind push out another kind', () => {
    const pruned = backupsToPrune([...backups('daily', 40), ...backups('manual', 1, 100)]);
    expect(pruned).toHaveLength(26);
    expect(pruned.every((b) => b.reason === 'daily')).toBe(true);
  });

  it('prunes the oldest by creation time, whatever the order given', () => {
    const manual = backups('manual', 11);
    const pruned = backupsToPrune([...manual].reverse());
    expect(pruned.map((b) => b.createdAt)).toEqual([manual[0]?.createdAt]);
  });

  it('handles an empty list', () => {
    expect(backupsToPrune([])).toEqual([]);
  });
});
