import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppService } from '../../electron/storage/appService';
import type { FileDialogs } from '../../electron/storage/userFiles';
import { startServiceServer } from '../support/serviceServer';

/**
 * The end-to-end harness: the *built* renderer and the *real* service on a temp folder,
 * served by `test/support/serviceServer.ts` (also used by `npm run preview:browser`). Only
 * two things stand in for Electron, because its binary cannot exist here:
 * - the preload bridge, replaced by {@link Harness.bridgeScript} (same channel list, fetch
 *   instead of ipcRenderer.invoke), injected by Playwright before the page's own scripts;
 * - the native file dialogs, replaced by a queue of paths the test sets.
 */

/** The scripted stand-in for native open/save dialogs: the test queues what the user picks. */
export class ScriptedDialogs implements FileDialogs {
  private readonly saves: (string | null)[] = [];
  private readonly opens: (string | null)[] = [];
  readonly saveRequests: { title: string; defaultName: string }[] = [];

  /** The next save dialog answers `path` (null = the user cancels). */
  nextSave(path: string | null): void {
    this.saves.push(path);
  }

  /** The next open dialog answers `path` (null = the user cancels). */
  nextOpen(path: string | null): void {
    this.opens.push(path);
  }

  async chooseSavePath(options: { title: string; defaultName: string }): Promise<string | null> {
    this.saveRequests.push({ title: options.title, defaultName: options.defaultName });
    return this.saves.shift() ?? null;
  }

  async chooseOpenPath(): Promise<string | null> {
    return this.opens.shift() ?? null;
  }

  private readonly folders: (string | null)[] = [];

  /** The next folder dialog answers `path` (null = the user cancels). */
  nextFolder(path: string | null): void {
    this.folders.push(path);
  }

  /** Folders the app asked the file manager to show. */
  readonly openedFolders: string[] = [];

  async openFolder(folder: string): Promise<void> {
    this.openedFolders.push(folder);
  }

  /** The folder dialog: the queued answer, or a fresh temp folder when none is queued. */
  async chooseFolder(): Promise<string | null> {
    if (this.folders.length > 0) return this.folders.shift() ?? null;
    return mkdtempSync(join(tmpdir(), 'hankintapolku-documents-'));
  }
}

/** A running harness. */
export interface Harness {
  url: string;
  dataDirectory: string;
  dialogs: ScriptedDialogs;
  appService: AppService;
  openedExternal: string[];
  /** The script Playwright adds before the page loads, standing in for the preload. */
  bridgeScript: string;
  stop(): Promise<void>;
}

/** Starts the harness on a fresh (or given) data folder. */
export async function startHarness(options: { dataDirectory?: string } = {}): Promise<Harness> {
  const dataDirectory = options.dataDirectory ?? mkdtempSync(join(tmpdir(), 'hankintapolku-e2e-'));
  const dialogs = new ScriptedDialogs();
  const openedExternal: string[] = [];
  const server = await startServiceServer({
    dataDirectory,
    dialogs,
    openExternal: async (url) => {
      openedExternal.push(url);
    },
  });

  return {
    url: server.url,
    dataDirectory,
    dialogs,
    appService: server.appService,
    openedExternal,
    bridgeScript: server.bridgeScript,
    stop: async () => {
      await server.close();
      if (!options.dataDirectory) rmSync(dataDirectory, { recursive: true, force: true });
      if (server.errors.length > 0)
        throw new Error(`Service errors during the run:\n${server.errors.join('\n')}`);
    },
  };
}
