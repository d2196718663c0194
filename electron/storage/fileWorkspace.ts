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
  procurementSummarySchema,
  summarizeProcurement,
  type Procurement,
  type ProcurementSummary,
} from '../../shared/domain/procurement/procurement';
import {
  CURRENT_PROCUREMENT_SCHEMA_VERSION,
  parseJsonText,
  readProcurementDocument,
  readProcurementFileText,
  toProcurementFile,
  type ProcurementReadProblem,
} from '../../shared/records/procurementFile';
import type { StorageProblem } from '../../shared/domain/workspace/storageProblem';
import { removeStaleTempFiles, renameWithRetry, writeFileAtomic } from './atomicFile';

/**
 * The workspace folder:
 *
 *   procurements/<id>.json   one file per procurement, written atomically
 *   index.json               summaries for the list view (a cache, rebuilt when stale)
 *   quarantine/              files that failed validation, moved aside with a reason file
 *   trash/                   deleted procurements, for undo
 *   backups/                 whole-workspace backups (<id>.json + <id>.meta.json)
 *
 * Procurements are read once and kept in memory; saving one rewrites only its own file and
 * the small index, never the others.
 */
export const WORKSPACE_DIRS = {
  procurements: 'procurements',
  quarantine: 'quarantine',
  trash: 'trash',
  backups: 'backups',
} as const;

const INDEX_FILE = 'index.json';
const INDEX_FORMAT_VERSION = 1;
const BACKUP_FORMAT = 'hankintapolku.backup';
const MAX_TRASH_ENTRIES = 50;
const ID_FILE = /^([0-9a-f-]{36})\.json$/;

const indexEntrySchema = z.object({
  summary: procurementSummarySchema,
  mtimeMs: z.number(),
  size: z.number().int(),
});
type IndexEntry = z.infer<typeof indexEntrySchema>;

const indexFileSchema = z.object({
  formatVersion: z.literal(INDEX_FORMAT_VERSION),
  procurementSchemaVersion: z.number().int(),
  entries: z.array(indexEntrySchema),
});

const trashFileSchema = z.object({ deletedAt: z.string(), file: z.unknown() });

const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  reason: z.string(),
  procurements: z.array(z.unknown()),
});

function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'UNKNOWN';
}

function compactTimestamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+/, '').replace('T', '-').replace('Z', '');
}

/** File-based procurement repository and backup store over one workspace folder. */
export class FileWorkspace implements ProcurementRepository, BackupStore {
  private readonly cache = new Map<string, Procurement>();
  private index = new Map<string, IndexEntry>();
  private readonly problems: StorageProblem[] = [];
  /** Ids whose files exist but belong to a newer app version: never overwritten. */
  private readonly foreignIds = new Set<string>();
  private readonly queue = new KeyedQueue();
  private ready: Promise<void> | null = null;

  constructor(
    readonly root: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

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

  private async load(): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await this.recoverInterruptedRestore();
    for (const dir of Object.values(WORKSPACE_DIRS))
      await mkdir(this.path(dir), { recursive: true });
    await removeStaleTempFiles(this.path(WORKSPACE_DIRS.procurements));
    await removeStaleTempFiles(this.root);
    await removeStaleTempFiles(this.path(WORKSPACE_DIRS.backups));

    const stored = await this.readIndexFile();
    const names = (await readdir(this.path(WORKSPACE_DIRS.procurements))).filter((n) =>
      ID_FILE.test(n),
    );
    const next = new Map<string, IndexEntry>();
    let changed = stored === null;
    for (const name of names) {
      const id = name.slice(0, -'.json'.length);
      const info = await stat(this.procurementPath(id));
      const known = stored?.get(id);
      if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) {
        next.set(id, known);
        continue;
      }
      // A quarantined or newer-version file leaves the index as it was: reported on its own,
      // not as "index rebuilt" (which a newer-version file would otherwise trigger every start).
      const procurement = await this.readFromDisk(id);
      if (procurement) {
        next.set(id, await this.entryFor(procurement));
        changed = true;
      }
    }
    if (stored && [...stored.keys()].some((id) => !next.has(id) && !this.foreignIds.has(id))) {
      changed = true;
    }
    this.index = next;
    if (changed) {
      if (stored !== null) this.problems.push({ kind: 'indexRebuilt', file: INDEX_FILE });
      await this.writeIndex();
    }
  }

  /**
   * A restore swaps folders with two renames; if the app stopped between them, finish the
   * swap (the staging folder is complete before the first rename) or roll it back.
   */
  private async recoverInterruptedRestore(): Promise<void> {
    const live = this.path(WORKSPACE_DIRS.procurements);
    const staging = `${live}.restoring`;
    const replaced = (await readdir(this.root))
      .filter((n) => n.startsWith(`${WORKSPACE_DIRS.procurements}.replaced-`))
      .sort();
    if (!(await this.exists(live))) {
      const newestReplaced = replaced.at(-1);
      if (await this.exists(staging)) await renameWithRetry(staging, live);
      else if (newestReplaced) await renameWithRetry(this.path(newestReplaced), live);
    }
    await rm(staging, { recursive: true, force: true });
    for (const name of replaced) await rm(this.path(name), { recursive: true, force: true });
  }

  private async readIndexFile(): Promise<Map<string, IndexEntry> | null> {
    let text: string;
    try {
      text = await readFile(this.path(INDEX_FILE), 'utf8');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    }
    try {
      const parsed = indexFileSchema.safeParse(JSON.parse(text));
      if (!parsed.success) return null;
      if (parsed.data.procurementSchemaVersion !== CURRENT_PROCUREMENT_SCHEMA_VERSION) return null;
      return new Map(parsed.data.entries.map((e) => [e.summary.id, e]));
    } catch {
      return null;
    }
  }

  private async writeIndex(): Promise<void> {
    const entries = [...this.index.values()];
    await writeFileAtomic(
      this.path(INDEX_FILE),
      JSON.stringify({
        formatVersion: INDEX_FORMAT_VERSION,
        procurementSchemaVersion: CURRENT_PROCUREMENT_SCHEMA_VERSION,
        entries,
      }),
    );
  }

  private async entryFor(procurement: Procurement): Promise<IndexEntry> {
    const info = await stat(this.procurementPath(procurement.id));
    return { summary: summarizeProcurement(procurement), mtimeMs: info.mtimeMs, size: info.size };
  }

  /**
   * Reads and validates one file. An invalid file is moved to quarantine with a reason file
   * and reported; a file from a newer version is left in place and reported. Either way the
   * caller gets null and nothing is silently dropped.
   */
  private async readFromDisk(id: string): Promise<Procurement | null> {
    const file = this.procurementPath(id);
    const text = await readFile(file, 'utf8');
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
    const name = `${id}.${stamp}.rejected.json`;
    await renameWithRetry(this.procurementPath(id), this.path(WORKSPACE_DIRS.quarantine, name));
    const reason =
      problem.kind === 'invalid'
        ? problem.issues
            .map((i) => `${i.path}: ${i.kind} ${i.detail ?? i.expected ?? ''}`)
            .join('\n')
        : problem.kind === 'notJson'
          ? `Not valid JSON: ${problem.detail}`
          : problem.kind;
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
    });
  }

  async list(): Promise<{ items: ProcurementSummary[]; problems: StorageProblem[] }> {
    await this.open();
    const items = [...this.index.values()]
      .map((e) => e.summary)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { items, problems: [...this.problems] };
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
        await this.writeIndex();
      }
      return fresh;
    });
    if (!procurement) throw new ServiceError('notFound', { id });
    return structuredClone(procurement);
  }

  async put(procurement: Procurement): Promise<void> {
    await this.open();
    if (this.foreignIds.has(procurement.id)) {
      throw new ServiceError('storageFailure', { reason: 'newerVersion', id: procurement.id });
    }
    await this.exclusive(async () => {
      try {
        await writeFileAtomic(
          this.procurementPath(procurement.id),
          JSON.stringify(toProcurementFile(procurement)),
        );
        this.cache.set(procurement.id, structuredClone(procurement));
        this.index.set(procurement.id, await this.entryFor(procurement));
        await this.writeIndex();
      } catch (error) {
        throw new ServiceError('storageFailure', { reason: errnoCode(error), id: procurement.id });
      }
    });
  }

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
      await this.writeIndex();
      await this.pruneTrash();
      return trashId;
    });
  }

  private async pruneTrash(): Promise<void> {
    const names = (await readdir(this.path(WORKSPACE_DIRS.trash)))
      .filter((n) => n.endsWith('.json'))
      .sort()
      .reverse();
    for (const name of names.slice(MAX_TRASH_ENTRIES)) {
      await rm(this.path(WORKSPACE_DIRS.trash, name), { force: true });
    }
  }

  async restoreFromTrash(trashId: string): Promise<Procurement> {
    await this.open();
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
    if (this.index.has(read.procurement.id)) {
      throw new ServiceError('conflict', { id: read.procurement.id });
    }
    await this.put(read.procurement);
    await rm(file, { force: true });
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
        await stat(this.backupPath(meta.id));
        backups.push(meta);
      } catch {
        // A meta file without its backup (or unreadable) is not offered for restore.
      }
    }
    return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /**
   * Writes every procurement file, as stored, into one backup file, then its meta file
   * (the meta file is the "complete" marker), then prunes old backups of the same kind.
   */
  async createBackup(reason: BackupReason, createdAt: string): Promise<BackupInfo> {
    await this.open();
    return this.exclusive(async () => {
      const base = `${compactTimestamp(createdAt)}-${reason}`;
      let id = base;
      for (let n = 2; await this.exists(this.backupPath(id, true)); n++) id = `${base}-${n}`;
      const parts: string[] = [];
      for (const procurementId of this.index.keys()) {
        parts.push(await readFile(this.procurementPath(procurementId), 'utf8'));
      }
      const body =
        `{"format":${JSON.stringify(BACKUP_FORMAT)},"createdAt":${JSON.stringify(createdAt)},` +
        `"reason":${JSON.stringify(reason)},"procurements":[${parts.join(',')}]}`;
      try {
        await writeFileAtomic(this.backupPath(id), body);
        const info: BackupInfo = {
          id,
          createdAt,
          reason,
          procurementCount: parts.length,
          bytes: Buffer.byteLength(body),
        };
        await writeFileAtomic(this.backupPath(id, true), JSON.stringify(info));
        for (const old of backupsToPrune(await this.listBackups())) {
          await rm(this.backupPath(old.id, true), { force: true });
          await rm(this.backupPath(old.id), { force: true });
        }
        return info;
      } catch (error) {
        throw new ServiceError('storageFailure', { reason: errnoCode(error), id });
      }
    });
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await stat(path);
      return true;
    } catch {
      return false;
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
   * Replaces the workspace's procurements with a backup's, all or nothing: every entry is
   * validated first (a backup with one bad entry is refused, naming it), then written to a
   * staging folder that is swapped in with two renames.
   */
  async restoreBackup(id: string): Promise<number> {
    await this.open();
    return this.exclusive(async () => {
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(this.backupPath(id), 'utf8'));
      } catch {
        throw new ServiceError('invalidBackup', { id, reason: 'unreadable' });
      }
      const backup = backupFileSchema.safeParse(raw);
      if (!backup.success) throw new ServiceError('invalidBackup', { id, reason: 'notABackup' });
      const procurements: Procurement[] = [];
      for (const [i, entry] of backup.data.procurements.entries()) {
        const read = readProcurementDocument(entry);
        if (!read.ok) {
          throw new ServiceError(
            'invalidBackup',
            { id, reason: 'invalidEntry', entry: i + 1 },
            read.problem.kind === 'invalid' ? read.problem.issues : [],
          );
        }
        procurements.push(read.procurement);
      }
      // A file from a newer app version is never overwritten or deleted (see foreignIds), and
      // no backup holds it: it moves into the restored folder unchanged and wins over a backup
      // entry with the same id.
      const restored = procurements.filter((p) => !this.foreignIds.has(p.id));

      const live = this.path(WORKSPACE_DIRS.procurements);
      const staging = this.path(`${WORKSPACE_DIRS.procurements}.restoring`);
      const replaced = this.path(
        `${WORKSPACE_DIRS.procurements}.replaced-${compactTimestamp(this.now().toISOString())}`,
      );
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging);
      for (const p of restored) {
        await writeFileAtomic(join(staging, `${p.id}.json`), JSON.stringify(toProcurementFile(p)));
      }
      for (const foreignId of [...this.foreignIds]) {
        const bytes = await readFile(join(live, `${foreignId}.json`)).catch(() => null);
        if (bytes) await writeFileAtomic(join(staging, `${foreignId}.json`), bytes);
        else this.foreignIds.delete(foreignId);
      }
      await renameWithRetry(live, replaced);
      await renameWithRetry(staging, live);
      await rm(replaced, { recursive: true, force: true });

      this.cache.clear();
      this.index = new Map();
      for (const p of restored) {
        this.cache.set(p.id, p);
        this.index.set(p.id, await this.entryFor(p));
      }
      await this.writeIndex();
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
