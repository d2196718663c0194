import { z } from 'zod';
import { FileWorkspace } from '../../../electron/storage/fileWorkspace';
import { newProcurement, type Procurement } from '../../../shared/domain/procurement/procurement';
import type { RecordRegistry } from '../../../shared/records/recordRegistry';

/**
 * What the kill-during-write trials share between the parent test and the child process it
 * kills: the operations, and the exact content of every version a child can write, so the
 * parent can tell an old or new version from a lost or mixed one.
 */
export const KILL_OPERATIONS = ['save', 'delete', 'backup', 'restore', 'record'] as const;
/** One kind of trial. */
export type KillOperation = (typeof KILL_OPERATIONS)[number];

/** The record kind the trials write (no real kind is registered yet). */
export const trialRegistry = {
  note: { schemaVersion: 1, schema: z.strictObject({ text: z.string(), n: z.number().int() }) },
} satisfies RecordRegistry;

/** What the parent passes to the child. */
export interface TrialConfig {
  root: string;
  operation: KillOperation;
  ids: string[];
  /** For restore trials: the two backups the child alternates between. */
  backups: string[];
  /** The first version number the child writes (above every version stored so far). */
  startN: number;
}

/** What the child reports after each finished step. */
export type TrialAck =
  | { kind: 'loaded' }
  | { kind: 'ready' }
  | { kind: 'saved'; id: string; n: number }
  | { kind: 'trashed'; id: string; trashId: string }
  | { kind: 'untrashed'; id: string }
  | { kind: 'backedUp'; backupId: string }
  | { kind: 'restored'; backupId: string }
  | { kind: 'recorded'; id: string; revision: number };

/** Version n of procurement `id`: title, revision, size and time all follow from n. */
export function procurementVersion(id: string, n: number): Procurement {
  const base = newProcurement({ id, title: `v${n}`, now: '2027-01-15T08:30:00.000Z' });
  return {
    ...base,
    revision: n,
    description: 'Kuvaus '.repeat(n % 40),
    updatedAt: new Date(Date.UTC(2027, 0, 15, 8, 30) + n * 1000).toISOString(),
  };
}

/** The record content of revision `revision`. */
export function recordVersion(revision: number): { text: string; n: number } {
  return { text: `merkintä ${revision} `.repeat(revision % 30), n: revision };
}

/** The fixed record id the record trials write. */
export const TRIAL_RECORD_ID = '00000000-0000-4000-8000-000000000001';

/** Opens the workspace the trials use (with the trial record kind registered). */
export async function openTrialWorkspace(
  root: string,
): Promise<FileWorkspace<typeof trialRegistry>> {
  const ws = new FileWorkspace(root, () => new Date(), trialRegistry);
  await ws.open();
  return ws;
}
