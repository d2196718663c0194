import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ServiceError } from '../../shared/api/errors';
import type { RecordRepository, StoredRecord } from '../../shared/api/ports';
import { describeZodError, type ValidationIssue } from '../../shared/domain/common/validation';
import type { StorageProblem } from '../../shared/domain/workspace/storageProblem';
import { parseJsonText } from '../../shared/records/procurementFile';
import type { RecordOf, RecordRegistry } from '../../shared/records/recordRegistry';
import { renameWithRetry, writeFileAtomic } from './atomicFile';
import {
  compactTimestamp,
  entryFault,
  errnoCode,
  exists,
  setAside,
  WORKSPACE_DIRS,
} from './workspaceLayout';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KIND = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

/** The stored form of every record: `{ schemaVersion, kind, revision, record }`. */
const recordFileSchema = z.object({
  schemaVersion: z.number().int().min(1),
  kind: z.string(),
  revision: z.number().int().min(1),
  record: z.unknown(),
});

/** What the record repository needs from the workspace it lives in. */
export interface RecordHost {
  /** The workspace's one write queue (restores and trash moves go through it too). */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  open: () => Promise<void>;
  procurementExists: (id: string) => boolean;
  now: () => Date;
}

type Read<T> = { kind: 'record'; stored: StoredRecord<T> } | { kind: 'none' } | { kind: 'foreign' };

/**
 * Records as files of their own under `records/<procurementId>/<kind>/<recordId>.json`,
 * each written atomically with its revision. A file that fails its kind's schema is moved
 * to quarantine with its reason; one from a newer app version is left alone and never
 * overwritten.
 */
export class FileRecordRepository<R extends RecordRegistry> implements RecordRepository<R> {
  private readonly found: StorageProblem[] = [];

  constructor(
    private readonly root: string,
    private readonly registry: R,
    private readonly host: RecordHost,
  ) {}

  /** What was set aside or left alone while reading records. */
  problems(): StorageProblem[] {
    return [...this.found];
  }

  private relative(procurementId: string, kind: string, recordId: string): string {
    return `${WORKSPACE_DIRS.records}/${procurementId}/${kind}/${recordId}.json`;
  }

  private file(procurementId: string, kind: string, recordId: string): string {
    return join(this.root, ...this.relative(procurementId, kind, recordId).split('/'));
  }

  private check(procurementId: string, kind: string, recordId?: string): void {
    const bad = (field: string, detail: string) =>
      new ServiceError('invalidRequest', { field }, [{ path: field, kind: 'other', detail }]);
    if (!UUID.test(procurementId)) throw bad('procurementId', 'not a lower-case UUID');
    if (!KIND.test(kind) || !Object.hasOwn(this.registry, kind)) {
      throw bad('kind', 'not a registered record kind');
    }
    if (recordId !== undefined && !UUID.test(recordId)) {
      throw bad('recordId', 'not a lower-case UUID');
    }
  }

  private async read<K extends keyof R & string>(
    procurementId: string,
    kind: K,
    recordId: string,
  ): Promise<Read<RecordOf<R, K>>> {
    const path = this.file(procurementId, kind, recordId);
    const relative = this.relative(procurementId, kind, recordId);
    const { fault } = await entryFault(path);
    if (fault === 'missing') return { kind: 'none' };
    const setAsideHere = async (detail: string) => {
      await setAside({
        root: this.root,
        relative,
        targetDir: WORKSPACE_DIRS.quarantine,
        detail,
        now: this.host.now(),
        problems: this.found,
      });
      return { kind: 'none' } as const;
    };
    if (fault !== null) return setAsideHere(fault);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      return setAsideHere(errnoCode(error));
    }
    const definition = this.registry[kind];
    const json = parseJsonText(text);
    if (!json.ok)
      return this.quarantine(relative, [{ path: '(root)', kind: 'other', detail: json.detail }]);
    const envelope = recordFileSchema.safeParse(json.value);
    if (!envelope.success) {
      return this.quarantine(relative, describeZodError(envelope.error, json.value));
    }
    const { schemaVersion, revision } = envelope.data;
    if (definition && schemaVersion > definition.schemaVersion) {
      this.found.push({ kind: 'newerVersion', file: relative, version: schemaVersion });
      return { kind: 'foreign' };
    }
    if (!definition || envelope.data.kind !== kind || schemaVersion !== definition.schemaVersion) {
      return this.quarantine(relative, [
        { path: 'kind', kind: 'other', detail: `${envelope.data.kind} v${schemaVersion}` },
      ]);
    }
    const record = definition.schema.safeParse(envelope.data.record);
    if (!record.success) {
      return this.quarantine(relative, describeZodError(record.error, envelope.data.record));
    }
    return {
      kind: 'record',
      stored: { procurementId, kind, recordId, revision, record: record.data as RecordOf<R, K> },
    };
  }

  private async quarantine(relative: string, issues: ValidationIssue[]): Promise<{ kind: 'none' }> {
    const stamp = compactTimestamp(this.host.now().toISOString());
    const base = relative.split('/').slice(1).join('_');
    let name = `${base}.${stamp}.rejected.json`;
    for (let n = 2; await exists(join(this.root, WORKSPACE_DIRS.quarantine, name)); n++) {
      name = `${base}.${stamp}-${n}.rejected.json`;
    }
    const target = join(this.root, WORKSPACE_DIRS.quarantine, name);
    await renameWithRetry(join(this.root, ...relative.split('/')), target);
    const reason = issues.map((i) => `${i.path}: ${i.kind} ${i.detail ?? i.expected ?? ''}`);
    await writeFileAtomic(`${target}.reason.txt`, `${reason.join('\n')}\n`);
    this.found.push({
      kind: 'invalidFile',
      file: relative,
      movedTo: `${WORKSPACE_DIRS.quarantine}/${name}`,
      issues,
    });
    return { kind: 'none' };
  }

  async list<K extends keyof R & string>(
    procurementId: string,
    kind: K,
  ): Promise<{ items: StoredRecord<RecordOf<R, K>>[]; problems: StorageProblem[] }> {
    this.check(procurementId, kind);
    await this.host.open();
    const folder = join(this.root, WORKSPACE_DIRS.records, procurementId, kind);
    const names = await readdir(folder).catch(() => [] as string[]);
    const items: StoredRecord<RecordOf<R, K>>[] = [];
    // One record at a time under the queue, so a long ledger never holds a save for long.
    for (const name of names.sort()) {
      const recordId = name.slice(0, -'.json'.length);
      if (!name.endsWith('.json') || !UUID.test(recordId)) continue;
      const read = await this.host.exclusive(() => this.read(procurementId, kind, recordId));
      if (read.kind === 'record') items.push(read.stored);
    }
    return { items, problems: this.problems() };
  }

  async get<K extends keyof R & string>(
    procurementId: string,
    kind: K,
    recordId: string,
  ): Promise<StoredRecord<RecordOf<R, K>>> {
    this.check(procurementId, kind, recordId);
    await this.host.open();
    const read = await this.host.exclusive(() => this.read(procurementId, kind, recordId));
    if (read.kind !== 'record') throw new ServiceError('notFound', { id: recordId });
    return read.stored;
  }

  async put<K extends keyof R & string>(input: {
    procurementId: string;
    kind: K;
    recordId: string;
    record: RecordOf<R, K>;
    expectedRevision: number | null;
  }): Promise<StoredRecord<RecordOf<R, K>>> {
    const { procurementId, kind, recordId, expectedRevision } = input;
    this.check(procurementId, kind, recordId);
    const definition = this.registry[kind];
    const parsed = definition?.schema.safeParse(input.record);
    if (!definition || !parsed?.success) {
      throw new ServiceError(
        'invalidRequest',
        { field: 'record' },
        parsed && !parsed.success ? describeZodError(parsed.error, input.record) : [],
      );
    }
    await this.host.open();
    return this.host.exclusive(async () => {
      if (!this.host.procurementExists(procurementId)) {
        throw new ServiceError('notFound', { id: procurementId });
      }
      const current = await this.read(procurementId, kind, recordId);
      if (current.kind === 'foreign') {
        throw new ServiceError('storageFailure', { reason: 'newerVersion', id: recordId });
      }
      const stored = current.kind === 'record' ? current.stored.revision : null;
      if (stored !== expectedRevision) {
        throw new ServiceError('conflict', { stored: stored ?? 0, given: expectedRevision ?? 0 });
      }
      const revision = (stored ?? 0) + 1;
      const path = this.file(procurementId, kind, recordId);
      const file = { schemaVersion: definition.schemaVersion, kind, revision, record: parsed.data };
      try {
        await mkdir(join(path, '..'), { recursive: true });
        await writeFileAtomic(path, JSON.stringify(file));
      } catch (error) {
        throw new ServiceError('storageFailure', { reason: errnoCode(error), id: recordId });
      }
      return { procurementId, kind, recordId, revision, record: parsed.data as RecordOf<R, K> };
    });
  }

  async remove(
    procurementId: string,
    kind: keyof R & string,
    recordId: string,
    expectedRevision: number,
  ): Promise<void> {
    this.check(procurementId, kind, recordId);
    await this.host.open();
    await this.host.exclusive(async () => {
      const current = await this.read(procurementId, kind, recordId);
      if (current.kind !== 'record') throw new ServiceError('notFound', { id: recordId });
      if (current.stored.revision !== expectedRevision) {
        throw new ServiceError('conflict', {
          stored: current.stored.revision,
          given: expectedRevision,
        });
      }
      await unlink(this.file(procurementId, kind, recordId));
    });
  }
}
