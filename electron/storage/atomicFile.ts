import { randomBytes } from 'node:crypto';
import { open, rename, rm, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Suffix of temporary files; leftovers from a crash are removed on start. */
export const TEMP_SUFFIX = '.tmp';

const RETRYABLE_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY']);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Renames, retrying briefly when Windows reports the target busy (virus scanners and search
 * indexers hold freshly written files open for a moment).
 */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE_RENAME.has(code) || attempt >= 8) throw error;
      await sleep(15 * (attempt + 1));
    }
  }
}

/** Flushes a directory entry to disk (POSIX); Windows cannot open directories, so it is skipped. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes a file so that a crash or full disk leaves either the old file or the new one,
 * never half of either: temp file in the same folder → fsync → rename over the target →
 * fsync the folder.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await writeAtomic(target, data, null);
}

/**
 * {@link writeFileAtomic} that also returns the written file's time and size (for the index).
 * `whileSyncing` (optional) runs once the new file is in place, alongside the folder's fsync
 * (the slowest step), for work that may see the new file before it is durable: the index
 * journal, which is checked against the file's time and size on every start anyway. Its
 * failure is its own business; it must not throw.
 */
export async function writeFileAtomicStat(
  target: string,
  data: string | Uint8Array,
  whileSyncing?: (written: { mtimeMs: number; size: number }) => Promise<void>,
): Promise<{ mtimeMs: number; size: number }> {
  let written = { mtimeMs: 0, size: 0 };
  await writeAtomic(target, data, async () => {
    // A rename keeps the file's time and size: these are the written file's.
    const info = await stat(target);
    written = { mtimeMs: info.mtimeMs, size: info.size };
    await whileSyncing?.(written);
  });
  return written;
}

/**
 * Temp file → write → fsync → rename over the target → fsync the folder; `afterRename` runs
 * alongside the folder's fsync (nothing of the one waits for the other).
 */
async function writeAtomic(
  target: string,
  data: string | Uint8Array,
  afterRename: (() => Promise<void>) | null,
): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const handle = await open(temp, 'w');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await Promise.all([syncDirectory(dir), afterRename?.()]);
}

/** Removes temporary files a crash left behind in `dir`. */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (name.startsWith('.') && name.endsWith(TEMP_SUFFIX))
      await rm(join(dir, name), { force: true });
  }
}

/** Reads at most `maxBytes` of a file, and its full size (to refuse oversized imports). */
export async function readFileLimited(
  path: string,
  maxBytes: number,
): Promise<{ data: Uint8Array; size: number }> {
  const { size } = await stat(path);
  if (size > maxBytes) return { data: new Uint8Array(0), size };
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return { data: new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead), size };
  } finally {
    await handle.close();
  }
}
