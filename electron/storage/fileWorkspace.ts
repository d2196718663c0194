import { mkdir, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ServiceError } from '../../shared/api/errors';
import { localIsoDate } from '../../shared/domain/common/calendarDate';
import { KeyedQueue } from '../../shared/api/keyedQueue';
import type { BackupStore, ProcurementRepository } from '../../shared/api/ports';
import {
  backupInfoSchema,
  backupsToPrune,
  type BackupInfo,
  type BackupReason,
} from '../../shared/domain/workspace/backup';
import {
  type Procurement,
  type ProcurementSummary,
} from '../../shared/domain/procurement/procurement';
import {
  CURRENT_PROCUREMENT_SCHEMA_VERSION,
  describeReadProblem,
  parseJsonText,
  readProcurementDocument,
  readProcurementFileText,
  toProcurementFile,
  type ProcurementReadProblem,
} from '../../shared/records/procurementFile';
import type { StorageProblem } from '../../shared/domain/workspace/storageProblem';
import { renameWithRetry, writeFileAtomic, writeFileAtomicStat } from './atomicFile';
import {
  INDEX_FILE,
  INDEX_JOURNAL,
  IndexJournal,
  summarizeForIndex,
  type IndexEntry,
} from './indexJournal';
import { FileRecordRepository } from './recordRepository';
import { recordRegistry, type RecordRegistry } from '../../shared/records/recordRegistry';
import {
  compactTimestamp,
  ensureFolders,
  entryFault,
  errnoCode,
  exists,
  removeTempFilesDeep,
  setAside,
  WORKSPACE_DIRS,
} from './workspaceLayout';
import {
  listRecordPaths,
  readBackupForRestore,
  recoverInterruptedRestore,
  RESTORE_COMMIT_MARKER,
  rollForwardRestore,
  writeBackupFile,
  writeStaging,
} from './workspaceBackups';

export { WORKSPACE_DIRS } from './workspaceLayout';

const MAX_TRASH_ENTRIES = 50;
const ID_FILE = /^([0-9a-f-]{36})\.json$/;
const trashFileSchema = z.object({ deletedAt: z.string(), file: z.unknown() });

/** File-based procurement repository and backup store over one workspace folder (see WORKSPACE_DIRS). */
export class FileWorkspace<R extends RecordRegistry = typeof recordRegistry>
  implements ProcurementRepository, BackupStore
{
  private readonly cache = new Map<string, Procurement>();
  private index = new Map<string, IndexEntry>();
  private readonly problems: StorageProblem[] = [];
  /** Ids whose files exist but belong to a newer app version: never overwritten. */
  private readonly foreignIds = new Set<string>();
  private readonly queue = new KeyedQueue();
  private readonly journal: IndexJournal;
  private readonly reservedBackupIds = new Set<string>();
  private ready: Promise<void> | null = null;
  /** Records kept apart from the procurement document, in the same workspace. */
  readonly records: FileRecordRepository<R>;

  constructor(
    readonly root: string,
    private readonly now: () => Date = () => new Date(),
    // The app's registry unless a test passes its own kinds.
    registry: R = recordRegistry as unknown as R,
  ) {
    this.journal = new IndexJournal(root);
    this.records = new FileRecordRepository(root, registry, {
      exclusive: (work) => this.exclusive(work),
      open: () => this.open(),
      procurementExists: (id) => this.index.has(id),
      now,
    });
  }

  private path(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  private procurementPath(id: string): string {
    return this.path(WORKSPACE_DIRS.procurements, `${id}.json`);
  }

  /** Runs work that touches the index or several files, one at a time. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.queue.run('workspace', work);
  }

  /** Creates the folders and loads the index; safe to call more than once. */
  open(): Promise<void> {
    this.ready ??= this.exclusive(() => this.load());
    return this.ready;
  }

  /**
   * Start-up: finishes an interrupted restore, sets aside whatever is in the way (a file
   * where a folder belongs, a folder or link named like a procurement file, an unreadable
   * file), removes temp files, and checks the index against every file. Never fails
   * because of one file.
   */
  private async load(): Promise<void> {
    const now = this.now();
    await mkdir(this.root, { recursive: true });
    await recoverInterruptedRestore(this.root, now);
    await ensureFolders(this.root, now, this.problems);
    await removeTempFilesDeep(this.root, 3);
    for (const name of [INDEX_FILE, INDEX_JOURNAL]) {
      const { fault } = await entryFault(this.path(name));
      if (fault !== null && fault !== 'missing') await this.setAside(name, fault);
    }

    const stored = await this.journal.read();
    const next = new Map<string, IndexEntry>();
    let changed = stored === null;
    for (const name of await readdir(this.path(WORKSPACE_DIRS.procurements))) {
      if (!ID_FILE.test(name)) continue;
      const id = name.slice(0, -'.json'.length);
      const relative = `${WORKSPACE_DIRS.procurements}/${name}`;
      const { fault, size, mtimeMs } = await entryFault(this.procurementPath(id));
      if (fault === 'missing') continue;
      if (fault !== null) {
        await this.setAside(relative, fault);
        changed = true;
        continue;
      }
      const known = stored?.get(id);
      if (known && known.mtimeMs === mtimeMs && known.size === size) {
        next.set(id, known);
        continue;
      }
      // A quarantined or newer-version file leaves the index as it was: reported on its own,
      // not as "index rebuilt" (which a newer-version file would otherwise trigger every start).
      try {
        const entry = await this.readEntry(id);
        if (entry) {
          next.set(id, entry);
          changed = true;
        }
      } catch (error) {
        await this.setAside(relative, errnoCode(error));
      }
    }
    if (stored && [...stored.keys()].some((id) => !next.has(id) && !this.foreignIds.has(id))) {
      changed = true;
    }
    this.index = next;
    if (changed && stored !== null) this.problems.push({ kind: 'indexRebuilt', file: INDEX_FILE });
    if (changed || this.journal.hasJournal()) await this.journal.compact(this.index.values());
  }

  private async setAside(relative: string, detail: string): Promise<void> {
    await setAside({
      root: this.root,
      relative,
      targetDir: WORKSPACE_DIRS.quarantine,
      detail,
      now: this.now(),
      problems: this.problems,
    });
  }

  /** Reads a file and its summary; null when it was quarantined or is from a newer version. */
  private async readEntry(id: string): Promise<IndexEntry | null> {
    const info = await stat(this.procurementPath(id));
    const procurement = await this.readFromDisk(id);
    if (!procurement) return null;
    const summary = summarizeForIndex(procurement);
    if (!summary.ok) {
      await this.quarantine(id, {
        kind: 'invalid',
        version: CURRENT_PROCUREMENT_SCHEMA_VERSION,
        issues: summary.issues,
      });
      return null;
    }
    return { summary: summary.summary, mtimeMs: info.mtimeMs, size: info.size };
  }

  /**
   * Reads and validates one file. An invalid file is moved to quarantine with a reason file
   * and reported; a file from a newer version is left in place and reported. Either way the
   * caller gets null and nothing is silently dropped.
   */
  private async readFromDisk(id: string): Promise<Procurement | null> {
    const text = await readFile(this.procurementPath(id), 'utf8');
    const result = readProcurementFileText(text);
    if (result.ok) {
      if (result.procurement.id !== id) {
        await this.quarantine(id, {
          kind: 'invalid',
          version: CURRENT_PROCUREMENT_SCHEMA_VERSION,
          issues: [
            { path: 'procurement.id', kind: 'other', detail: 'id does not match file name' },
          ],
        });
        return null;
      }
      this.cache.set(id, result.procurement);
      return result.procurement;
    }
    if (result.problem.kind === 'newerVersion') {
      this.foreignIds.add(id);
      this.problems.push({
        kind: 'newerVersion',
        file: `${WORKSPACE_DIRS.procurements}/${id}.json`,
        version: result.problem.version,
      });
      return null;
    }
    await this.quarantine(id, result.problem);
    return null;
  }

  private async quarantine(id: string, problem: ProcurementReadProblem): Promise<void> {
    const stamp = compactTimestamp(this.now().toISOString());
    let name = `${id}.${stamp}.rejected.json`;
    for (let n = 2; await exists(this.path(WORKSPACE_DIRS.quarantine, name)); n++) {
      name = `${id}.${stamp}-${n}.rejected.json`;
    }
    await renameWithRetry(this.procurementPath(id), this.path(WORKSPACE_DIRS.quarantine, name));
    const reason = describeReadProblem(problem);
    await writeFileAtomic(
      this.path(WORKSPACE_DIRS.quarantine, `${name}.reason.txt`),
      `${reason}\n`,
    );
    this.cache.delete(id);
    this.problems.push({
      kind: 'invalidFile',
      file: `${WORKSPACE_DIRS.procurements}/${id}.json`,
      movedTo: `${WORKSPACE_DIRS.quarantine}/${name}`,
      ...(problem.kind === 'invalid' ? { issues: problem.issues, version: problem.version } : {}),
      ...(problem.kind === 'notJson' ? { detail: problem.detail } : {}),
      ...(problem.kind === 'unsafeJson' ? { detail: describeReadProblem(problem) } : {}),
    });
  }

  async list(): Promise<{ items: ProcurementSummary[]; problems: StorageProblem[] }> {
    await this.open();
    const items = [...this.index.values()]
      .map((e) => e.summary)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { items, problems: [...this.problems, ...this.records.problems()] };
  }

  async get(id: string): Promise<Procurement> {
    await this.open();
    const cached = this.cache.get(id);
    if (cached) return structuredClone(cached);
    if (!this.index.has(id)) throw new ServiceError('notFound', { id });
    const procurement = await this.exclusive(async () => {
      const fresh = await this.readFromDisk(id).catch((error: unknown) => {
        if (errnoCode(error) === 'ENOENT') return null;
        throw error;
      });
      if (!fresh) {
        this.index.delete(id);
        await this.journal.remove(id);
      }
      return fresh;
    });
    if (!procurement) throw new ServiceError('notFound', { id });
    return structuredClone(procurement);
  }

  /**
   * Writes the procurement's file and appends its index entry to the journal. The summary is
   * computed first: a procurement that cannot be summarised is refused before any write.
   */
  async put(procurement: Procurement): Promise<void> {
    await this.open();
    if (this.foreignIds.has(procurement.id)) {
      throw new ServiceError('storageFailure', { reason: 'newerVersion', id: procurement.id });
    }
    const summary = summarizeForIndex(procurement);
    if (!summary.ok) {
      throw new ServiceError(
        'storageFailure',
        { reason: 'unsummarisable', id: procurement.id },
        summary.issues,
      );
    }
    const text = JSON.stringify(toProcurementFile(procurement));
    await this.exclusive(async () => {
      // The index journal line is appended while the folder is fsynced (see
      // writeFileAtomicStat): the index is only a cache, checked against each file's time and
      // size on start, so a line for a save that did not become durable is simply re-read.
      let journalled = false;
      let copy: Procurement | null = null;
      const journal = async (written: { mtimeMs: number; size: number }) => {
        // The cache's own copy is made here too, while the disk works.
        copy = structuredClone(procurement);
        try {
          await this.journal.put({ summary: summary.summary, ...written });
          journalled = true;
        } catch {
          // Nothing is lost: the next start finds the file's size and time differ.
        }
      };
      try {
        const written = await writeFileAtomicStat(
          this.procurementPath(procurement.id),
          text,
          journal,
        );
        this.cache.set(procurement.id, copy ?? structuredClone(procurement));
        this.index.set(procurement.id, { summary: summary.summary, ...written });
      } catch (error) {
        throw new ServiceError('storageFailure', { reason: errnoCode(error), id: procurement.id });
      }
      try {
        if (journalled && this.journal.needsCompaction(this.index.size)) {
          await this.journal.compact(this.index.values());
        }
      } catch {
        // See above: nothing is lost.
      }
    });
  }

  private trashRecordsPath(trashId: string): string {
    return this.path(WORKSPACE_DIRS.trash, `${trashId}.records`);
  }

  /** Moves the procurement to the trash, then its records folder beside the trash entry. */
  async moveToTrash(id: string, deletedAt: string): Promise<string> {
    const procurement = await this.get(id);
    return this.exclusive(async () => {
      const trashId = `${compactTimestamp(deletedAt)}-${id.slice(0, 8)}`;
      await writeFileAtomic(
        this.path(WORKSPACE_DIRS.trash, `${trashId}.json`),
        JSON.stringify({ deletedAt, file: toProcurementFile(procurement) }),
      );
      await unlink(this.procurementPath(id));
      this.cache.delete(id);
      this.index.delete(id);
      await this.journal.remove(id);
      const records = this.path(WORKSPACE_DIRS.records, id);
      if (await exists(records)) {
        await rm(this.trashRecordsPath(trashId), { recursive: true, force: true });
        await renameWithRetry(records, this.trashRecordsPath(trashId));
      }
      await this.pruneTrash();
      return trashId;
    });
  }

  private async pruneTrash(): Promise<void> {
    const all = await readdir(this.path(WORKSPACE_DIRS.trash));
    const names = all
      .filter((n) => n.endsWith('.json'))
      .sort()
      .reverse();
    // Records folders whose trash entry was pruned (the app stopped between the two removals).
    for (const name of all.filter((n) => n.endsWith('.records'))) {
      if (!all.includes(`${name.slice(0, -'.records'.length)}.json`)) {
        await rm(this.path(WORKSPACE_DIRS.trash, name), { recursive: true, force: true });
      }
    }
    for (const name of names.slice(MAX_TRASH_ENTRIES)) {
      const trashId = name.slice(0, -'.json'.length);
      await rm(this.path(WORKSPACE_DIRS.trash, name), { recursive: true, force: true });
      await rm(this.trashRecordsPath(trashId), { recursive: true, force: true });
    }
  }

  async restoreFromTrash(trashId: string): Promise<Procurement> {
    await this.open();
    if (!/^[A-Za-z0-9-]+$/.test(trashId)) throw new ServiceError('notFound', { trashId });
    const file = this.path(WORKSPACE_DIRS.trash, `${trashId}.json`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new ServiceError('notFound', { trashId });
    }
    const json = parseJsonText(text);
    const entry = trashFileSchema.safeParse(json.ok ? json.value : null);
    const read = entry.success ? readProcurementDocument(entry.data.file) : null;
    if (!read?.ok) throw new ServiceError('notFound', { trashId });
    const id = read.procurement.id;
    if (this.index.has(id)) throw new ServiceError('conflict', { id });
    // Records first: if the app stops before the procurement is back, the trash entry is
    // still there to restore, and its records are already in place.
    await this.exclusive(async () => {
      const records = this.path(WORKSPACE_DIRS.records, id);
      if ((await exists(this.trashRecordsPath(trashId))) && !(await exists(records))) {
        await renameWithRetry(this.trashRecordsPath(trashId), records);
      }
    });
    await this.put(read.procurement);
    await this.exclusive(() => rm(file, { force: true }));
    return read.procurement;
  }

  // ---- backups ------------------------------------------------------------------------

  private backupPath(id: string, meta = false): string {
    return this.path(WORKSPACE_DIRS.backups, `${id}${meta ? '.meta' : ''}.json`);
  }

  async listBackups(): Promise<BackupInfo[]> {
    await this.open();
    const names = await readdir(this.path(WORKSPACE_DIRS.backups));
    const backups: BackupInfo[] = [];
    for (const name of names.filter((n) => n.endsWith('.meta.json'))) {
      try {
        const meta = backupInfoSchema.parse(
          JSON.parse(await readFile(this.path(WORKSPACE_DIRS.backups, name), 'utf8')),
        );
        if (!(await stat(this.backupPath(meta.id))).isFile()) continue;
        backups.push(meta);
      } catch {
        // A meta file without its backup (or unreadable) is not offered for restore.
      }
    }
    return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Reads one stored file under the queue, so a save waits for at most this one read. */
  private readUnderQueue(path: string): () => Promise<string | null> {
    return () =>
      this.exclusive(() =>
        readFile(path, 'utf8').catch((error: unknown) => {
          if (errnoCode(error) === 'ENOENT') return null;
          throw error;
        }),
      );
  }

  /**
   * Copies every procurement file (and record file), as stored, into one backup file, one
   * file at a time: the save queue is held only for each single read, never for the whole
   * copy. Then writes the meta file (the "complete" marker) and prunes old backups of the
   * same kind, never the one named in `keep` (the backup about to be restored).
   */
  async createBackup(
    reason: BackupReason,
    createdAt: string,
    options: { keep?: string } = {},
  ): Promise<BackupInfo> {
    await this.open();
    const { id, procurementIds, recordPaths } = await this.exclusive(async () => {
      const base = `${compactTimestamp(createdAt)}-${reason}`;
      let candidate = base;
      for (
        let n = 2;
        this.reservedBackupIds.has(candidate) || (await exists(this.backupPath(candidate, true)));
        n++
      ) {
        candidate = `${base}-${n}`;
      }
      this.reservedBackupIds.add(candidate);
      return {
        id: candidate,
        procurementIds: [...this.index.keys()],
        recordPaths: await listRecordPaths(this.path(WORKSPACE_DIRS.records)),
      };
    });
    try {
      const written = await writeBackupFile({
        target: this.backupPath(id),
        createdAt,
        reason,
        procurements: procurementIds.map((pid) => ({
          read: this.readUnderQueue(this.procurementPath(pid)),
        })),
        records: recordPaths.map((path) => ({
          path,
          part: {
            read: this.readUnderQueue(this.path(WORKSPACE_DIRS.records, ...path.split('/'))),
          },
        })),
      });
      const info: BackupInfo = { id, createdAt, reason, ...written };
      await writeFileAtomic(this.backupPath(id, true), JSON.stringify(info));
      for (const old of backupsToPrune(await this.listBackups())) {
        if (old.id === options.keep) continue;
        await rm(this.backupPath(old.id, true), { force: true });
        await rm(this.backupPath(old.id), { force: true });
      }
      return info;
    } catch (error) {
      throw new ServiceError('storageFailure', { reason: errnoCode(error), id });
    } finally {
      this.reservedBackupIds.delete(id);
    }
  }

  /** Creates today's automatic backup unless one exists; returns it, or null. */
  async ensureDailyBackup(): Promise<BackupInfo | null> {
    // "Daily" means the officer's own calendar day, not UTC's (Finland is UTC+2/+3).
    const now = this.now();
    const today = localIsoDate(now);
    const existing = await this.listBackups();
    if (
      existing.some((b) => b.reason === 'daily' && localIsoDate(new Date(b.createdAt)) === today)
    ) {
      return null;
    }
    if (this.index.size === 0) return null;
    return this.createBackup('daily', now.toISOString());
  }

  /**
   * Replaces the workspace's procurements and records with a backup's, all or nothing:
   * every entry is validated first (a backup with one bad entry is refused, naming it), then
   * both are written to staging folders, a commit marker is written, and the folders are
   * swapped in (finished on the next start if the app stops half-way).
   */
  async restoreBackup(id: string): Promise<number> {
    await this.open();
    if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new ServiceError('notFound', { id });
    return this.exclusive(async () => {
      const { procurements, records } = await readBackupForRestore(this.backupPath(id), id);
      // A file from a newer app version is never overwritten or deleted (see foreignIds), and
      // no backup holds it: it moves into the restored folder unchanged and wins over a backup
      // entry with the same id.
      const restored = procurements.filter((p) => !this.foreignIds.has(p.procurement.id));
      const staged = new Map<string, string | Uint8Array>();
      for (const { procurement } of restored) {
        staged.set(`${procurement.id}.json`, JSON.stringify(toProcurementFile(procurement)));
      }
      for (const foreignId of [...this.foreignIds]) {
        const bytes = await readFile(this.procurementPath(foreignId)).catch(() => null);
        if (bytes) staged.set(`${foreignId}.json`, bytes);
        else this.foreignIds.delete(foreignId);
      }
      await writeStaging(this.root, WORKSPACE_DIRS.procurements, staged);
      await writeStaging(this.root, WORKSPACE_DIRS.records, records);
      await writeFileAtomic(this.path(RESTORE_COMMIT_MARKER), id);
      await rollForwardRestore(this.root, this.now());

      this.cache.clear();
      this.index = new Map();
      for (const { procurement, summary } of restored) {
        const info = await stat(this.procurementPath(procurement.id));
        this.cache.set(procurement.id, procurement);
        this.index.set(procurement.id, { summary, mtimeMs: info.mtimeMs, size: info.size });
      }
      await this.journal.compact(this.index.values());
      return restored.length;
    });
  }
}

/** Moves a file aside under a dated name; used for a settings file that cannot be read. */
export async function moveAside(file: string, now: Date): Promise<string> {
  const target = `${file}.${compactTimestamp(now.toISOString())}.unreadable`;
  await rename(file, target);
  return target;
}
