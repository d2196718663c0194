import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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
 * The built renderer and the real service (same storage code, same dispatch) over HTTP on
 * 127.0.0.1, with a per-run token on every IPC request. Shared by the end-to-end harness
 * (`test/e2e/harness.ts`, Playwright injects the bridge) and the development preview
 * (`scripts/previewBrowser.ts`, the page loads the bridge as `/__bridge.js`). Settings use
 * `conf`, the class electron-store extends (electron-store needs the Electron binary only to
 * find its folder).
 */

const ROOT = resolve(__dirname, '../..');
const RENDERER_DIR = join(ROOT, 'out/renderer');
const BRIDGE_PATH = '/__bridge.js';
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

/** What the server needs: where the data lives and what stands in for native dialogs. */
export interface ServiceServerOptions {
  dataDirectory: string;
  dialogs: FileDialogs;
  openExternal: (url: string) => Promise<void>;
  /** 0 (default) picks a free port. */
  port?: number;
  /**
   * Serve the bridge as `/__bridge.js` and load it from `index.html` (for an ordinary
   * browser; the CSP allows same-origin scripts only). The e2e harness injects it instead.
   */
  bridgeInPage?: boolean;
}

/** A running server. */
export interface ServiceServer {
  url: string;
  appService: AppService;
  /** The script standing in for the preload bridge (same channel list, fetch instead of IPC). */
  bridgeScript: string;
  /** Unexpected service errors logged during the run. */
  errors: string[];
  close(): Promise<void>;
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

function bridgeScriptFor(token: string): string {
  return `(() => {
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
}

/** Starts the service and the renderer's file server on 127.0.0.1. */
export async function startServiceServer(options: ServiceServerOptions): Promise<ServiceServer> {
  const token = randomBytes(24).toString('hex');
  const bridgeScript = bridgeScriptFor(token);
  const version = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const appService = await createAppService({
    dataDirectory: options.dataDirectory,
    openSettingsFile: (directory) =>
      new Conf<Record<string, unknown>>({ ...SETTINGS_STORE_OPTIONS, cwd: directory }),
    dialogs: options.dialogs,
    openExternal: options.openExternal,
    version,
    platform: process.platform,
    // The CPV import runs in the built worker thread, as in the app.
    cpvWorkerFile: join(ROOT, 'out/main/cpvImportWorker.js'),
    documentsWorkerFile: join(ROOT, 'out/main/documentsWorker.js'),
  });
  const errors: string[] = [];
  let origin = '';

  const server: Server = createServer((request, response) => {
    void (async () => {
      // Loopback only, and only under our own host name (no DNS rebinding).
      if (request.headers.host !== new URL(origin).host) {
        return send(response, 421, 'Misdirected request', 'text/plain');
      }
      const url = new URL(request.url ?? '/', origin);
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
      if (options.bridgeInPage && url.pathname === BRIDGE_PATH) {
        return send(response, 200, bridgeScript, CONTENT_TYPES['.js'] ?? 'text/javascript');
      }
      const file = resolveRendererFile(RENDERER_DIR, url.pathname);
      if (!file) return send(response, 404, 'Not found', 'text/plain');
      try {
        let body: string | Buffer = await readFile(file);
        if (options.bridgeInPage && extname(file) === '.html') {
          body = body
            .toString('utf8')
            .replace('<head>', `<head><script src="${BRIDGE_PATH}"></script>`);
        }
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
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', ready);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('No port');
  origin = `http://127.0.0.1:${address.port}`;

  return {
    url: `${origin}/`,
    appService,
    bridgeScript,
    errors,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
