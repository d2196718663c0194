import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { ServiceError } from '../../shared/api/errors';
import type { Procurement, ProcurementSummary } from '../../shared/domain/procurement/procurement';
import { parseJsonText, readProcurementDocument } from '../../shared/records/procurementFile';
import { renameWithRetry, TEMP_SUFFIX, writeFileAtomic } from './atomicFile';
import { summarizeForIndex } from './indexJournal';
import { compactTimestamp, exists, WORKSPACE_DIRS } from './workspaceLayout';

/** Marks a backup file; anything else is refused on restore. */
export const BACKUP_FORMAT = 'hankintapolku.backup';

/** Written once both staging folders of a restore are complete: from then on, roll forward. */
export const RESTORE_COMMIT_MARKER = 'restore.commit';

/** A record file inside a backup, with its place under `records/`. */
const backupRecordSchema = z.object({
  path: z.string().regex(/^[0-9a-f-]{36}\/[A-Za-z][A-Za-z0-9]{0,63}\/[0-9a-f-]{36}\.json$/),
  file: z.unknown(),
});

/** The backup file: every procurement file as stored, and (since records exist) every record. */
export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  reason: z.string(),
  procurements: z.array(z.unknown()),
  records: z.array(backupRecordSchema).optional(),
});

/** One file to copy into a backup: its text, read when its turn comes (null: it is gone). */
export interface BackupPart {
  read: () => Promise<string | null>;
}

/**
 * Streams a backup into a temp file next to `target`, one stored file at a time (each read
 * when its turn comes, so a save waits for at most one file read), then renames it into
 * place. Returns how many procurements it holds and its size.
 */
export async function writeBackupFile(input: {
  target: string;
  createdAt: string;
  reason: string;
  procurements: BackupPart[];
  records: { path: string; part: BackupPart }[];
}): Promise<{ procurementCount: number; bytes: number }> {
  const temp = join(
    dirname(input.target),
    `.${basename(input.target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
  const handle = await open(temp, 'w');
  let bytes = 0;
  let procurementCount = 0;
  const write = async (text: string) => {
    const buffer = Buffer.from(text, 'utf8');
    await handle.write(buffer);
    bytes += buffer.length;
  };
  try {
    try {
      await write(
        `{"format":${JSON.stringify(BACKUP_FORMAT)},"createdAt":${JSON.stringify(input.createdAt)},` +
          `"reason":${JSON.stringify(input.reason)},"procurements":[`,
      );
      for (const part of input.procurements) {
        const text = await part.read();
        if (text === null) continue;
        await write(`${procurementCount > 0 ? ',' : ''}${text}`);
        procurementCount++;
      }
      await write('],"records":[');
      let recordCount = 0;
      for (const { path, part } of input.records) {
        const text = await part.read();
        if (text === null) continue;
        await write(`${recordCount > 0 ? ',' : ''}{"path":${JSON.stringify(path)},"file":${text}}`);
        recordCount++;
      }
      await write(']}');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, input.target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return { procurementCount, bytes };
}

/** Every record file under `records/`, as `<procurementId>/<kind>/<recordId>.json`. */
export async function listRecordPaths(recordsRoot: string): Promise<string[]> {
  const paths: string[] = [];
  const dirs = async (dir: string) =>
    (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory());
  for (const procurement of await dirs(recordsRoot)) {
    for (const kind of await dirs(join(recordsRoot, procurement.name))) {
      const folder = join(recordsRoot, procurement.name, kind.name);
      for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
        if (entry.isFile() && !entry.name.startsWith('.') && entry.name.endsWith('.json')) {
          paths.push(`${procurement.name}/${kind.name}/${entry.name}`);
        }
      }
    }
  }
  return paths.sort();
}

/**
 * Swaps staged folders in for the live ones. The caller has written the commit marker after
 * both staging folders were complete; this is also what the next start runs if the app
 * stopped half-way, so every step can be repeated.
 */
export async function rollForwardRestore(root: string, now: Date): Promise<void> {
  const stamp = compactTimestamp(now.toISOString());
  for (const dir of [WORKSPACE_DIRS.records, WORKSPACE_DIRS.procurements]) {
    const live = join(root, dir);
    const staging = `${live}.restoring`;
    if (!(await exists(staging))) continue;
    if (await exists(live)) await renameWithRetry(live, `${live}.replaced-${stamp}`);
    await renameWithRetry(staging, live);
  }
  await rm(join(root, RESTORE_COMMIT_MARKER), { force: true });
  await removeReplaced(root);
}

async function removeReplaced(root: string): Promise<void> {
  for (const name of await readdir(root)) {
    if (/^(procurements|records)\.replaced-/.test(name)) {
      await rm(join(root, name), { recursive: true, force: true });
    }
  }
}

/**
 * Finishes or rolls back a restore the app stopped in. With the commit marker, the staged
 * folders are complete and are swapped in. Without it, no live folder was touched by this
 * version; a missing live folder (left by an earlier version, whose staging folder was
 * complete before its first rename) is taken from staging or the newest replaced folder.
 * Staging folders left over are removed.
 */
export async function recoverInterruptedRestore(root: string, now: Date): Promise<void> {
  if (await exists(join(root, RESTORE_COMMIT_MARKER))) {
    await rollForwardRestore(root, now);
    return;
  }
  const names = await readdir(root);
  for (const dir of [WORKSPACE_DIRS.procurements, WORKSPACE_DIRS.records]) {
    const live = join(root, dir);
    const staging = `${live}.restoring`;
    if (!(await exists(live))) {
      const newestReplaced = names
        .filter((n) => n.startsWith(`${dir}.replaced-`))
        .sort()
        .at(-1);
      if (await exists(staging)) await renameWithRetry(staging, live);
      else if (newestReplaced) await renameWithRetry(join(root, newestReplaced), live);
    }
    await rm(staging, { recursive: true, force: true });
  }
  await removeReplaced(root);
}

/** Writes staged files for a restore: `files` maps a path under the staging folder to bytes. */
export async function writeStaging(
  root: string,
  dir: string,
  files: Iterable<[string, string | Uint8Array]>,
): Promise<void> {
  const staging = join(root, `${dir}.restoring`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  for (const [relative, data] of files) {
    const target = join(staging, ...relative.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, data);
  }
}

/**
 * Reads and validates a whole backup before anything is touched: every procurement must
 * read (migrating older versions) and be summarisable, or the backup is refused naming the
 * entry. Returns the procurements with their summaries and the record files to stage.
 */
export async function readBackupForRestore(
  path: string,
  id: string,
): Promise<{
  procurements: { procurement: Procurement; summary: ProcurementSummary }[];
  records: [string, string][];
}> {
  const text = await readFile(path, 'utf8').catch(() => null);
  const json = text === null ? null : parseJsonText(text);
  if (!json?.ok) throw new ServiceError('invalidBackup', { id, reason: 'unreadable' });
  const backup = backupFileSchema.safeParse(json.value);
  if (!backup.success) throw new ServiceError('invalidBackup', { id, reason: 'notABackup' });
  const procurements: { procurement: Procurement; summary: ProcurementSummary }[] = [];
  for (const [i, entry] of backup.data.procurements.entries()) {
    // Validation is CPU work: yield now and then so the main process stays responsive.
    if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
    const read = readProcurementDocument(entry);
    const summary = read.ok ? summarizeForIndex(read.procurement) : null;
    if (!read.ok || !summary?.ok) {
      const issues = !read.ok
        ? read.problem.kind === 'invalid'
          ? read.problem.issues
          : []
        : summary && !summary.ok
          ? summary.issues
          : [];
      throw new ServiceError('invalidBackup', { id, reason: 'invalidEntry', entry: i + 1 }, issues);
    }
    procurements.push({ procurement: read.procurement, summary: summary.summary });
  }
  const records = (backup.data.records ?? []).map(
    (r) => [r.path, JSON.stringify(r.file)] as [string, string],
  );
  return { procurements, records };
}
