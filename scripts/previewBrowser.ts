import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { FileDialogs } from '../electron/storage/userFiles';
import { startServiceServer } from '../test/support/serviceServer';

/**
 * Development preview: the built renderer and the real service on http://127.0.0.1, with a
 * persistent data folder, so the app can be looked at in any browser where Electron cannot
 * run. A development tool only, not a way to run the product: no Electron security
 * boundary, no native dialogs (exports are written to `<data>/exports/`, imports are not
 * available), no daily backups, no window state.
 *
 * `npm run preview:browser` builds first. Environment: `HANKINTAPOLKU_PREVIEW_DATA` (data
 * folder, default `.preview-data/` in the project) and `HANKINTAPOLKU_PREVIEW_PORT`
 * (default 5199; 0 picks a free port).
 */
async function main(): Promise<void> {
  const dataDirectory = resolve(
    process.env['HANKINTAPOLKU_PREVIEW_DATA'] ?? join(__dirname, '..', '.preview-data'),
  );
  mkdirSync(dataDirectory, { recursive: true });
  const exportsDirectory = join(dataDirectory, 'exports');
  const dialogs: FileDialogs = {
    chooseSavePath: async ({ defaultName }) => {
      mkdirSync(exportsDirectory, { recursive: true });
      const path = join(exportsDirectory, basename(defaultName));
      console.log(`Export written to ${path}`);
      return path;
    },
    chooseOpenPath: async () => {
      console.log('Opening files is not available in the browser preview.');
      return null;
    },
  };
  const server = await startServiceServer({
    dataDirectory,
    dialogs,
    openExternal: async (url) => {
      console.log(`External link (not opened by the preview): ${url}`);
    },
    port: Number(process.env['HANKINTAPOLKU_PREVIEW_PORT'] ?? 5199),
    bridgeInPage: true,
  });
  writeFileSync(join(dataDirectory, 'PREVIEW-DATA.txt'), 'Data of `npm run preview:browser`.\n');
  console.log(`Hankintapolku browser preview (development only): ${server.url}`);
  console.log(`Data folder: ${dataDirectory}`);
  console.log('Stop with Ctrl+C.');
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
