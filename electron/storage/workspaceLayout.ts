import { lstat, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { StorageProblem } from '../../shared/domain/workspace/storageProblem';
import { MAX_IMPORT_BYTES } from '../../shared/records/procurementExchange';
import { renameWithRetry, TEMP_SUFFIX } from './atomicFile';

/**
 * The workspace folder:
 *
 *   procurements/<id>.json   one file per procurement, written atomically
 *   records/<id>/<kind>/<recordId>.json  records kept apart from the procurement document
 *   index.json               summaries for the list view (a cache, rebuilt when in doubt)
 *   index.journal            index changes since index.json was written (appended per save)
 *   quarantine/              files that failed validation, moved aside with a reason file
 *   trash/                   deleted procurements (and their records), for undo
 *   backups/                 whole-workspace backups (<id>.json + <id>.meta.json)
 */
export const WORKSPACE_DIRS = {
  procurements: 'procurements',
  records: 'records',
  quarantine: 'quarantine',
  trash: 'trash',
  backups: 'backups',
} as const;

/** A stored procurement file larger than this is not read (a user never writes one this big). */
export const MAX_STORED_FILE_BYTES = MAX_IMPORT_BYTES;

/** The error code of a failed file operation (`ENOENT`, `EACCES`…), or `UNKNOWN`. */
export function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'UNKNOWN';
}

/** `2027-03-01T08:00:00.000Z` → `20270301-080000`, for file names. */
export function compactTimestamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+/, '').replace('T', '-').replace('Z', '');
}

/** Why an entry cannot be read as a stored file, or null when it is a plain, readable-sized file. */
export type EntryFault = 'directory' | 'symlink' | 'special' | 'tooLarge' | 'missing';

/** Looks at an entry without following links: is it a plain file of a sane size? */
export async function entryFault(
  path: string,
  maxBytes = MAX_STORED_FILE_BYTES,
): Promise<{ fault: EntryFault | null; size: number; mtimeMs: number }> {
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { fault: 'missing', size: 0, mtimeMs: 0 };
    throw error;
  }
  const fault: EntryFault | null = info.isSymbolicLink()
    ? 'symlink'
    : info.isDirectory()
      ? 'directory'
      : !info.isFile()
        ? 'special'
        : info.size > maxBytes
          ? 'tooLarge'
          : null;
  return { fault, size: info.size, mtimeMs: info.mtimeMs };
}

/**
 * Moves an entry that does not belong (a folder named like a file, a link, a device…) to
 * `targetDir` under a dated name and reports it; if even that fails, reports it as skipped.
 * Returns true when the entry is out of the way.
 */
export async function setAside(input: {
  root: string;
  relative: string;
  targetDir: string;
  detail: string;
  now: Date;
  problems: StorageProblem[];
}): Promise<boolean> {
  const base = input.relative.split('/').join('_');
  const movedName = `${base}.${compactTimestamp(input.now.toISOString())}.setaside`;
  let moved = movedName;
  try {
    await mkdir(join(input.root, input.targetDir), { recursive: true });
    for (let n = 2; await exists(join(input.root, input.targetDir, moved)); n++) {
      moved = `${movedName}-${n}`;
    }
    await renameWithRetry(
      join(input.root, input.relative),
      join(input.root, input.targetDir, moved),
    );
  } catch (error) {
    input.problems.push({
      kind: 'entrySkipped',
      file: input.relative,
      detail: `${input.detail}, ${errnoCode(error)}`,
    });
    return false;
  }
  input.problems.push({
    kind: 'entrySetAside',
    file: input.relative,
    movedTo: input.targetDir === '.' ? moved : `${input.targetDir}/${moved}`,
    detail: input.detail,
  });
  return true;
}

/** True when something (of any kind, even a dangling link) is at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure each workspace folder is a folder: a file, link or anything else under that
 * name is moved aside in the workspace root first, so the workspace always opens.
 */
export async function ensureFolders(
  root: string,
  now: Date,
  problems: StorageProblem[],
): Promise<void> {
  await mkdir(root, { recursive: true });
  for (const dir of Object.values(WORKSPACE_DIRS)) {
    const { fault } = await entryFault(join(root, dir), Number.MAX_SAFE_INTEGER);
    // A link to a real folder (an officer's own arrangement) is used as it is.
    const linkedFolder =
      fault === 'symlink' &&
      (await stat(join(root, dir))
        .then((s) => s.isDirectory())
        .catch(() => false));
    if (fault !== 'directory' && fault !== 'missing' && !linkedFolder) {
      const detail = fault ?? 'file';
      await setAside({ root, relative: dir, targetDir: '.', detail, now, problems });
    }
    await mkdir(join(root, dir), { recursive: true });
  }
}

/** Removes temporary files a crash left behind, in `dir` and (to `depth`) its sub-folders. */
export async function removeTempFilesDeep(dir: string, depth: number): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isFile() && entry.name.startsWith('.') && entry.name.endsWith(TEMP_SUFFIX)) {
      await rm(full, { force: true }).catch(() => undefined);
    } else if (entry.isDirectory() && depth > 0) {
      await removeTempFilesDeep(full, depth - 1);
    }
  }
}
