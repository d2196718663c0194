import type { BrowserWindow, Dialog, Shell } from 'electron';
import type { FileDialogs } from '../storage/userFiles';

/**
 * Native open/save dialogs, attached to the main window so they stay on top of it, and the
 * system file manager for a folder the documents were written to.
 */
export function nativeDialogs(
  dialog: Dialog,
  window: () => BrowserWindow | null,
  shell: Pick<Shell, 'openPath'>,
): FileDialogs {
  return {
    openFolder: async (folder) => {
      // openPath answers an error message instead of throwing; the service reports success
      // only when it is empty.
      const problem = await shell.openPath(folder);
      if (problem) throw new Error(problem);
    },
    chooseSavePath: async ({ title, defaultName, filters }) => {
      const parent = window();
      const options = { title, defaultPath: defaultName, filters };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseOpenPath: async ({ title, filters }) => {
      const parent = window();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseFolder: async ({ title }) => {
      const parent = window();
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
