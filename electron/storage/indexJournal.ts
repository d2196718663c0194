import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  procurementSummarySchema,
  summarizeProcurement,
  SUMMARY_RULES_VERSION,
  type Procurement,
  type ProcurementSummary,
} from '../../shared/domain/procurement/procurement';
import type { ValidationIssue } from '../../shared/domain/common/validation';
import { CURRENT_PROCUREMENT_SCHEMA_VERSION } from '../../shared/records/procurementFile';
import { writeFileAtomic } from './atomicFile';
import { errnoCode } from './workspaceLayout';

/** The list index snapshot, relative to the workspace folder. */
export const INDEX_FILE = 'index.json';
/** Index changes appended since the snapshot, one JSON line each. */
export const INDEX_JOURNAL = 'index.journal';

const INDEX_FORMAT_VERSION = 2;
/** The journal is folded into the snapshot when it has this many lines, or as many as entries. */
const MIN_COMPACT_LINES = 256;

/** One procurement in the list index, with the size and time of the file it was read from. */
export const indexEntrySchema = z.object({
  summary: procurementSummarySchema,
  mtimeMs: z.number(),
  size: z.number().int(),
});
/** See {@link indexEntrySchema}. */
export type IndexEntry = z.infer<typeof indexEntrySchema>;

const versions = {
  procurementSchemaVersion: CURRENT_PROCUREMENT_SCHEMA_VERSION,
  rulesVersion: SUMMARY_RULES_VERSION,
};

const indexFileSchema = z.object({
  formatVersion: z.literal(INDEX_FORMAT_VERSION),
  procurementSchemaVersion: z.literal(CURRENT_PROCUREMENT_SCHEMA_VERSION),
  rulesVersion: z.literal(SUMMARY_RULES_VERSION),
  entries: z.array(indexEntrySchema),
});

const journalLineSchema = z.union([
  z.object({
    v: z.literal(SUMMARY_RULES_VERSION),
    s: z.literal(CURRENT_PROCUREMENT_SCHEMA_VERSION),
    put: indexEntrySchema,
  }),
  z.object({
    v: z.literal(SUMMARY_RULES_VERSION),
    s: z.literal(CURRENT_PROCUREMENT_SCHEMA_VERSION),
    del: z.string(),
  }),
]);

/**
 * The list index as a snapshot plus an append-only journal, so a save appends one line
 * instead of rewriting every summary. It is only a cache: at start every entry is checked
 * against its file's size and time, and anything in doubt (a torn journal line, another
 * format, schema or rules version) is read again from the procurement files.
 */
export class IndexJournal {
  private journalLines = 0;
  private journalBytes = 0;

  constructor(private readonly root: string) {}

  /** The snapshot with the journal applied, or null when there is no usable snapshot. */
  async read(): Promise<Map<string, IndexEntry> | null> {
    const snapshot = await this.readText(INDEX_FILE);
    if (snapshot === null) return null;
    let entries: Map<string, IndexEntry>;
    try {
      const parsed = indexFileSchema.safeParse(JSON.parse(snapshot));
      if (!parsed.success) return null;
      entries = new Map(parsed.data.entries.map((e) => [e.summary.id, e]));
    } catch {
      return null;
    }
    const journal = (await this.readText(INDEX_JOURNAL)) ?? '';
    this.journalBytes = journal.length;
    const lines = journal.split('\n');
    this.journalLines = 0;
    // The last piece has no newline after it: a line torn by a crash, or empty. Either way
    // it is ignored; the files themselves are checked after this.
    for (const line of lines.slice(0, -1)) {
      let parsed;
      try {
        parsed = journalLineSchema.safeParse(JSON.parse(line));
      } catch {
        break;
      }
      if (!parsed.success) break;
      this.journalLines++;
      if ('put' in parsed.data) entries.set(parsed.data.put.summary.id, parsed.data.put);
      else entries.delete(parsed.data.del);
    }
    return entries;
  }

  private async readText(name: string): Promise<string | null> {
    try {
      return await readFile(join(this.root, name), 'utf8');
    } catch (error) {
      // A folder or unreadable file under the index's name is moved aside by the caller.
      if (['ENOENT', 'EISDIR', 'EACCES', 'EPERM'].includes(errnoCode(error))) return null;
      throw error;
    }
  }

  /** True when the journal has grown enough to fold into the snapshot. */
  needsCompaction(entryCount: number): boolean {
    return this.journalLines >= Math.max(MIN_COMPACT_LINES, entryCount);
  }

  /** True when the journal holds anything. */
  hasJournal(): boolean {
    return this.journalLines > 0 || this.journalBytes > 0;
  }

  /** Records one saved procurement's entry. */
  async put(entry: IndexEntry): Promise<void> {
    await this.append(
      JSON.stringify({
        v: versions.rulesVersion,
        s: versions.procurementSchemaVersion,
        put: entry,
      }),
    );
  }

  /** Records that a procurement left the list. */
  async remove(id: string): Promise<void> {
    await this.append(
      JSON.stringify({ v: versions.rulesVersion, s: versions.procurementSchemaVersion, del: id }),
    );
  }

  private async append(line: string): Promise<void> {
    await appendFile(join(this.root, INDEX_JOURNAL), `${line}\n`);
    this.journalLines++;
    this.journalBytes += line.length + 1;
  }

  /** Writes every entry as the new snapshot and empties the journal (snapshot first). */
  async compact(entries: Iterable<IndexEntry>): Promise<void> {
    await writeFileAtomic(
      join(this.root, INDEX_FILE),
      JSON.stringify({ formatVersion: INDEX_FORMAT_VERSION, ...versions, entries: [...entries] }),
    );
    await writeFileAtomic(join(this.root, INDEX_JOURNAL), '');
    this.journalLines = 0;
    this.journalBytes = 0;
  }
}

/**
 * The derived values of a procurement, computed before anything is written: a procurement
 * whose summary cannot be computed or stored (a date past year 9999…) is refused, and such a
 * stored file is quarantined with the reason instead of stopping the app.
 */
export function summarizeForIndex(
  procurement: Procurement,
): { ok: true; summary: ProcurementSummary } | { ok: false; issues: ValidationIssue[] } {
  try {
    const parsed = procurementSummarySchema.safeParse(summarizeProcurement(procurement));
    if (parsed.success) return { ok: true, summary: parsed.data };
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: `summary.${i.path.join('.')}`,
        kind: 'other' as const,
        detail: i.message,
      })),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: 'summary', kind: 'other', detail }] };
  }
}
