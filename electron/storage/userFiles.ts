import { ServiceError } from '../../shared/api/errors';
import type { UserFiles } from '../../shared/api/ports';
import { readFileLimited, writeFileAtomic } from './atomicFile';

/** The file dialogs: native ones in Electron, a scripted stand-in in the end-to-end harness. */
export type FileDialogs = Pick<UserFiles, 'chooseSavePath' | 'chooseOpenPath'>;

/**
 * A failed read or write of a file the user picked (full disk, no permission, the file open
 * in Excel) becomes a storage error the UI explains, not an "unexpected error".
 */
async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException | undefined)?.code ?? 'UNKNOWN';
    throw new ServiceError('storageFailure', { reason });
  }
}

/** Reading and writing the files the user picked, with the given dialogs. */
export function createUserFiles(dialogs: FileDialogs): UserFiles {
  return {
    chooseSavePath: (options) => dialogs.chooseSavePath(options),
    chooseOpenPath: (options) => dialogs.chooseOpenPath(options),
    write: (path, data) => explained(() => writeFileAtomic(path, data)),
    read: (path, maxBytes) => explained(() => readFileLimited(path, maxBytes)),
  };
}
