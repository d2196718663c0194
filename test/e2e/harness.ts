import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import Conf from 'conf';
import { BRIDGE_GLOBAL, CHANNELS } from '../../shared/api/channels';
import { dispatch } from '../../shared/api/dispatch';
import { resolveRendererFile } from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { createAppService, type AppService } from '../../electron/storage/appService';
import { SETTINGS_STORE_OPTIONS } from '../../electron/storage/settingsRepository';
import type { FileDialogs } from '../../electron/storage/userFiles';

/**
 * The end-to-end harness: the *built* renderer and the *real* service (same storage code,
 * same dispatch, on a temp folder) over HTTP on 127.0.0.1 with a random port and a per-run
 * token. Only two things stand in for Electron, because its binary cannot exist here:
 * - the preload bridge, replaced by {@link bridgeScript} (same channel list, fetch instead of
 *   ipcRenderer.invoke), injected by Playwright before the page's own scripts;
 * - the native file dialogs, replaced by a queue of paths the test sets.
 * Settings use `conf`, the class electron-store extends (electron-store itself needs the
 * Electron binary only to find its folder).
 */

const ROOT = resolve(__dirname, '../..');
const RENDERER_DIR = join(ROOT, 'out/renderer');
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const MAX_BODY_BYTES = 60 * 1024 * 1024;

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

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('Body too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(body);
}

/** Starts the harness on a fresh (or given) data folder. */
export async function startHarness(options: { dataDirectory?: string } = {}): Promise<Harness> {
  const dataDirectory = options.dataDirectory ?? mkdtempSync(join(tmpdir(), 'hankintapolku-e2e-'));
  const token = randomBytes(24).toString('hex');
  const dialogs = new ScriptedDialogs();
  const openedExternal: string[] = [];
  const version = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const appService = await createAppService({
    dataDirectory,
    openSettingsFile: (directory) =>
      new Conf<Record<string, unknown>>({ ...SETTINGS_STORE_OPTIONS, cwd: directory }),
    dialogs,
    openExternal: async (url) => {
      openedExternal.push(url);
    },
    version,
    platform: process.platform,
    // The CPV import runs in the built worker thread, as in the app.
    cpvWorkerFile: join(ROOT, 'out/main/cpvImportWorker.js'),
  });
  const errors: string[] = [];

  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith('/ipc/')) {
        if (request.method !== 'POST' || request.headers['x-hankinta-token'] !== token) {
          return send(response, 403, 'Forbidden', 'text/plain');
        }
        const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
        let payload: unknown;
        try {
          payload = JSON.parse(await readBody(request));
        } catch {
          payload = undefined;
        }
        const result = await dispatch(appService.service, channel, payload, (message, error) => {
          errors.push(`${message}: ${String(error)}`);
          console.error(message, error);
        });
        return send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
      }
      if (request.method !== 'GET') return send(response, 405, 'Method not allowed', 'text/plain');
      const file = resolveRendererFile(RENDERER_DIR, url.pathname);
      if (!file) return send(response, 404, 'Not found', 'text/plain');
      try {
        const body = await readFile(file);
        return send(
          response,
          200,
          body,
          CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        );
      } catch {
        return send(response, 404, 'Not found', 'text/plain');
      }
    })();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('No port');
  const url = `http://127.0.0.1:${address.port}/`;

  const bridgeScript = `(() => {
    const token = ${JSON.stringify(token)};
    const channels = ${JSON.stringify(CHANNELS)};
    const bridge = {};
    for (const channel of channels) {
      bridge[channel] = async (payload) => {
        const response = await fetch('/ipc/' + encodeURIComponent(channel), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hankinta-token': token },
          body: JSON.stringify(payload === undefined ? {} : payload),
        });
        return response.json();
      };
    }
    Object.defineProperty(window, ${JSON.stringify(BRIDGE_GLOBAL)}, { value: Object.freeze(bridge) });
  })();`;

  return {
    url,
    dataDirectory,
    dialogs,
    appService,
    openedExternal,
    bridgeScript,
    stop: async () => {
      await new Promise<void>((closed) => server.close(() => closed()));
      if (!options.dataDirectory) rmSync(dataDirectory, { recursive: true, force: true });
      if (errors.length > 0)
        throw new Error(`Service errors during the run:\n${errors.join('\n')}`);
    },
  };
}
