import type { UserFiles } from '../../shared/api/ports';
import { readFileLimited, writeFileAtomic } from './atomicFile';

/** The file dialogs: native ones in Electron, a scripted stand-in in the end-to-end harness. */
export type FileDialogs = Pick<UserFiles, 'chooseSavePath' | 'chooseOpenPath'>;

/** Reading and writing the files the user picked, with the given dialogs. */
export function createUserFiles(dialogs: FileDialogs): UserFiles {
  return {
    chooseSavePath: (options) => dialogs.chooseSavePath(options),
    chooseOpenPath: (options) => dialogs.chooseOpenPath(options),
    write: (path, data) => writeFileAtomic(path, data),
    read: (path, maxBytes) => readFileLimited(path, maxBytes),
  };
}
