import { z } from 'zod';
import { isoDateTimeSchema } from '../common/calendarDate';

/** Why a backup was taken; automatic daily ones rotate, the others are kept fewer. */
export const backupReasonSchema = z.enum(['daily', 'manual', 'beforeRestore']);
/** See {@link backupReasonSchema}. */
export type BackupReason = z.infer<typeof backupReasonSchema>;

/** A backup of the whole workspace as the UI lists it. */
export const backupInfoSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/),
  createdAt: isoDateTimeSchema,
  reason: backupReasonSchema,
  procurementCount: z.number().int().min(0),
  bytes: z.number().int().min(0),
});
/** See {@link backupInfoSchema}. */
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** How many backups of each kind are kept (daily: two weeks). */
export const BACKUP_RETENTION: Readonly<Record<BackupReason, number>> = {
  daily: 14,
  manual: 10,
  beforeRestore: 5,
};

/**
 * Which backups to delete so that each kind keeps its newest `BACKUP_RETENTION` entries.
 * Pure: the storage layer deletes what this returns.
 */
export function backupsToPrune(backups: readonly BackupInfo[]): BackupInfo[] {
  const byReason = new Map<BackupReason, BackupInfo[]>();
  for (const b of backups) byReason.set(b.reason, [...(byReason.get(b.reason) ?? []), b]);
  const prune: BackupInfo[] = [];
  for (const [reason, list] of byReason) {
    const newestFirst = [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    prune.push(...newestFirst.slice(BACKUP_RETENTION[reason]));
  }
  return prune;
}
