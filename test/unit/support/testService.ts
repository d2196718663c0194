import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Channel } from '../../../shared/api/channels';
import type { RequestOf, ResponseOf, ServiceHandlers } from '../../../shared/api/contract';
import { dispatch } from '../../../shared/api/dispatch';
import type { AppError, Result } from '../../../shared/api/errors';
import type { SettingsRepository } from '../../../shared/api/ports';
import { createAppService, WORKSPACE_FOLDER } from '../../../electron/storage/appService';
import type { FileWorkspace } from '../../../electron/storage/fileWorkspace';
import type { KeyValueFile } from '../../../electron/storage/settingsRepository';
import type { FileDialogs } from '../../../electron/storage/userFiles';
import { makeTempDir } from './tempDir';

/** Stand-in for the native file dialogs: the test queues what the user picks. */
export class ScriptedDialogs implements FileDialogs {
  readonly saves: (string | null)[] = [];
  readonly opens: (string | null)[] = [];
  readonly saveRequests: { title: string; defaultName: string }[] = [];

  async chooseSavePath(options: { title: string; defaultName: string }): Promise<string | null> {
    this.saveRequests.push({ title: options.title, defaultName: options.defaultName });
    return this.saves.shift() ?? null;
  }

  async chooseOpenPath(): Promise<string | null> {
    return this.opens.shift() ?? null;
  }

  readonly folders: (string | null)[] = [];

  async chooseFolder(): Promise<string | null> {
    return this.folders.shift() ?? null;
  }
}

/** A clock the test moves by hand. */
export interface TestClock {
  now: () => Date;
  set: (iso: string) => void;
  advance: (ms: number) => void;
}

function testClock(startIso: string): TestClock {
  let current = new Date(startIso).getTime();
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/**
 * The real service (createService over a FileWorkspace, settings from
 * createSettingsRepository, user files from createUserFiles) wired by the app's own
 * createAppService in a temp folder, with an in-memory settings file and scripted dialogs.
 * Requests go through `dispatch`, exactly as from the renderer.
 */
export interface TestService {
  dataDirectory: string;
  workspaceRoot: string;
  exportDirectory: string;
  workspace: FileWorkspace;
  handlers: ServiceHandlers;
  settings: SettingsRepository;
  settingsFile: KeyValueFile;
  dialogs: ScriptedDialogs;
  opened: string[];
  logged: string[];
  clock: TestClock;
  /** Sends a request exactly as the renderer would (any payload, unparsed). */
  call(channel: string, payload?: unknown): Promise<Result<unknown>>;
  /** Sends a request that must succeed and returns its value. */
  ok<C extends Channel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Sends a request that must fail and returns the error. */
  fail(channel: string, payload?: unknown): Promise<AppError>;
}

/** Builds the service; `settingsStore` is the initial content of the in-memory settings file. */
export async function createTestService(
  options: { settingsStore?: Record<string, unknown> } = {},
): Promise<TestService> {
  const dataDirectory = makeTempDir();
  const exportDirectory = join(dataDirectory, 'exports');
  mkdirSync(exportDirectory);
  const clock = testClock('2027-03-01T08:00:00.000Z');
  const settingsFile: KeyValueFile = {
    store: options.settingsStore ?? {},
    path: join(dataDirectory, 'settings.json'),
  };
  const dialogs = new ScriptedDialogs();
  const opened: string[] = [];
  const logged: string[] = [];
  const app = await createAppService({
    dataDirectory,
    openSettingsFile: () => settingsFile,
    dialogs,
    openExternal: async (url) => {
      opened.push(url);
    },
    version: '0.1.0-test',
    platform: 'linux',
    now: clock.now,
  });
  const handlers = app.service;
  const call = (channel: string, payload?: unknown) =>
    dispatch(handlers, channel, payload, (message) => logged.push(message));
  return {
    dataDirectory,
    workspaceRoot: join(dataDirectory, WORKSPACE_FOLDER),
    exportDirectory,
    workspace: app.workspace,
    handlers,
    settings: app.settings,
    settingsFile,
    dialogs,
    opened,
    logged,
    clock,
    call,
    ok: async (channel, payload) => {
      const result = await call(channel, payload);
      if (!result.ok) expect.fail(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value as ResponseOf<typeof channel>;
    },
    fail: async (channel, payload) => {
      const result = await call(channel, payload);
      if (result.ok) expect.fail(`${channel} succeeded: ${JSON.stringify(result.value)}`);
      return result.error;
    },
  };
}
