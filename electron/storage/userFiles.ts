import { constants } from 'node:fs';
import { link, open, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ServiceError } from '../../shared/api/errors';
import type { UserFiles } from '../../shared/api/ports';
import { writeFileAtomic } from './atomicFile';

/** The file dialogs: native ones in Electron, a scripted stand-in in the end-to-end harness. */
export type FileDialogs = Pick<
  UserFiles,
  'chooseSavePath' | 'chooseOpenPath' | 'chooseFolder' | 'openFolder'
>;

/**
 * A failed read or write of a file the user picked (full disk, no permission, the file open
 * in Excel) becomes a storage error the UI explains, not an "unexpected error".
 */
async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    const reason = (error as NodeJS.ErrnoException | undefined)?.code ?? 'UNKNOWN';
    throw new ServiceError('storageFailure', { reason });
  }
}

/** A folder, a named pipe, a device or a socket is refused before a byte is read. */
function notAFile(): ServiceError {
  return new ServiceError('invalidImport', { reason: 'notAFile' });
}

// Opening a named pipe for reading waits for a writer; O_NONBLOCK makes the open return at
// once (POSIX; Windows has no such pipes in the file system and no flag, hence the fallback).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads at most `maxBytes` of a regular file the user picked, with its full size. The type is
 * checked by path (following links, so a link to /dev/zero is a device) and again on the open
 * handle (so a file swapped for a pipe in between is caught), before anything is read.
 */
export async function readUserFile(
  path: string,
  maxBytes: number,
): Promise<{ data: Uint8Array; size: number }> {
  if (!(await stat(path)).isFile()) throw notAFile();
  const handle = await open(path, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notAFile();
    if (info.size > maxBytes) return { data: new Uint8Array(0), size: info.size };
    const buffer = Buffer.alloc(info.size);
    let filled = 0;
    while (filled < info.size) {
      const { bytesRead } = await handle.read(buffer, filled, info.size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { data: new Uint8Array(buffer.buffer, buffer.byteOffset, filled), size: info.size };
  } finally {
    await handle.close();
  }
}

/** `name.ext`, then `name (2).ext`, `name (3).ext`… */
export function numberedName(fileName: string, n: number): string {
  if (n <= 1) return fileName;
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)} (${n})${fileName.slice(dot)}` : `${fileName} (${n})`;
}

/** Most numbered names tried before giving up. */
const MAX_NUMBERED = 999;

/**
 * Writes `data` as a new file in `folder`, never replacing one: the bytes go to a temp file
 * first (atomically written), which is then hard-linked to the first free name — `link` fails
 * on an existing name, so no file is replaced even if one appears meanwhile. Where links are
 * not supported (some USB file systems) an exclusive create is used instead.
 */
export async function writeNewFile(
  folder: string,
  fileName: string,
  data: Uint8Array,
): Promise<string> {
  const temp = join(folder, `.${fileName}.${process.pid}.${Date.now()}.tmp`);
  await writeFileAtomic(temp, data);
  try {
    for (let n = 1; n <= MAX_NUMBERED; n++) {
      const target = join(folder, numberedName(fileName, n));
      try {
        await link(temp, target);
        return target;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') {
          throw error;
        }
        try {
          const handle = await open(target, 'wx');
          try {
            await handle.writeFile(data);
          } finally {
            await handle.close();
          }
          return target;
        } catch (inner) {
          if ((inner as NodeJS.ErrnoException).code === 'EEXIST') continue;
          throw inner;
        }
      }
    }
    throw new ServiceError('storageFailure', { reason: 'EEXIST' });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Reading and writing the files the user picked, with the given dialogs. */
export function createUserFiles(dialogs: FileDialogs): UserFiles {
  return {
    chooseSavePath: (options) => dialogs.chooseSavePath(options),
    chooseOpenPath: (options) => dialogs.chooseOpenPath(options),
    ...(dialogs.chooseFolder ? { chooseFolder: dialogs.chooseFolder.bind(dialogs) } : {}),
    ...(dialogs.openFolder ? { openFolder: dialogs.openFolder.bind(dialogs) } : {}),
    writeNew: (folder, fileName, data) => explained(() => writeNewFile(folder, fileName, data)),
    write: (path, data) => explained(() => writeFileAtomic(path, data)),
    read: (path, maxBytes) => explained(() => readUserFile(path, maxBytes)),
  };
}
