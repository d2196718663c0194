import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/channels';
import {
  createElectronStandIn,
  FakeWebContents,
  loadBundleWithStandIn,
  type ElectronRecording,
} from './electronStandIn';

// The Electron binary cannot be downloaded here, so this test loads the *built* bundles
// (npm test builds them first) in Node with a recording stand-in for `electron`. It catches
// module-format and path mistakes that would otherwise only show on a user's machine.

const outDir = resolve(__dirname, '../../out');
const mainBundle = join(outDir, 'main/index.js');
const userData = mkdtempSync(join(tmpdir(), 'hankintapolku-boot-'));
let recording: ElectronRecording;

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

function trustedEvent(url = 'app://hankintapolku/index.html') {
  const mainFrame = { url };
  return { senderFrame: mainFrame, sender: { mainFrame } };
}

async function invoke(channel: string, payload: unknown, event = trustedEvent()) {
  const handler = recording.ipcHandlers.get(channel);
  if (!handler) throw new Error(`No handler for ${channel}`);
  return (await handler(event, payload)) as {
    ok: boolean;
    value?: unknown;
    error?: { code: string };
  };
}

beforeAll(async () => {
  expect(existsSync(mainBundle), 'run `npm run build` first').toBe(true);
  const standIn = createElectronStandIn(userData);
  recording = standIn.recording;
  loadBundleWithStandIn(mainBundle, standIn.electron, recording);
  await until(() => recording.windows[0]?.loadedUrl != null, 'the main window to load');
});

afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('built main bundle', () => {
  it('registers exactly one IPC handler for every contract channel', () => {
    expect([...recording.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('creates its window with the secure webPreferences', () => {
    const prefs = recording.windows[0]?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('points at a preload and an index.html that exist in the build output', async () => {
    const prefs = recording.windows[0]?.options['webPreferences'] as { preload: string };
    expect(resolve(prefs.preload)).toBe(join(outDir, 'preload/index.js'));
    expect(existsSync(prefs.preload)).toBe(true);
    expect(recording.windows[0]?.loadedUrl).toBe('app://hankintapolku/index.html');

    const handler = recording.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler!(new Request('app://hankintapolku/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(existsSync(join(outDir, 'renderer', script!))).toBe(true);
  });

  it('serves nothing outside the renderer folder', async () => {
    const handler = recording.protocolHandlers.get('app')!;
    for (const path of ['/../main/index.js', '/%2e%2e/main/index.js', '/..%2fpackage.json']) {
      expect((await handler(new Request(`app://hankintapolku${path}`))).status).toBe(404);
    }
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404);
  });

  it('registers the app scheme as privileged before ready', () => {
    expect(recording.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('denies every permission by default', () => {
    let granted: boolean | null = null;
    recording.permissionRequestHandler?.(null, 'media', (ok: boolean) => (granted = ok));
    expect(granted).toBe(false);
    expect(recording.permissionCheckHandler?.(null, 'notifications')).toBe(false);
  });

  it('denies navigation away from the app and every new window', () => {
    const created = recording.appListeners.get('web-contents-created')?.[0];
    expect(created).toBeDefined();
    const contents = new FakeWebContents();
    created!({}, contents);
    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emit('will-navigate', 'app://hankintapolku/index.html#/settings')).toBe(false);
    expect(contents.emit('will-attach-webview')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    expect(
      contents.windowOpenHandler?.({ url: 'https://finlex.fi/fi/laki/ajantasa/2016/20161397' }),
    ).toEqual({
      action: 'deny',
    });
    expect(recording.openedExternal).toEqual(['https://finlex.fi/fi/laki/ajantasa/2016/20161397']);
  });

  it('refuses IPC from a frame that is not the app page', async () => {
    const result = await invoke('procurement:list', {}, trustedEvent('https://evil.example/'));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } });
  });

  it('answers an invalid payload with a typed error instead of throwing', async () => {
    const result = await invoke('procurement:create', { title: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
  });

  it('runs the real service on real files in the user data folder', async () => {
    const created = await invoke('procurement:create', { title: 'Boot test procurement' });
    expect(created.ok).toBe(true);
    const listed = await invoke('procurement:list', {});
    expect(listed).toMatchObject({
      ok: true,
      value: { items: [{ title: 'Boot test procurement' }] },
    });
    const id = (created.value as { id: string }).id;
    expect(existsSync(join(userData, 'workspace/procurements', `${id}.json`))).toBe(true);
  });

  it('keeps settings in electron-store under the user data folder', async () => {
    const result = await invoke('settings:setLanguage', { language: 'sv' });
    expect(result).toMatchObject({ ok: true, value: { language: 'sv' } });
    const stored = JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'));
    expect(stored.language).toBe('sv');
    const template = recording.menuTemplates.at(-1) as { label?: string }[];
    expect(template.map((m) => m.label)).toContain('Redigera');
  });

  it('builds the application menu in the default language (Finnish) at start', () => {
    const template = recording.menuTemplates[0] as { label?: string }[];
    expect(template.map((m) => m.label)).toContain('Muokkaa');
  });

  it("routes the menu's undo and redo to the page as keystrokes, not to the input's own undo", () => {
    type Item = {
      label?: string;
      role?: string;
      registerAccelerator?: boolean;
      click?: () => void;
      submenu?: Item[];
    };
    const template = recording.menuTemplates[0] as Item[];
    const edit = template.find((m) => m.label === 'Muokkaa')!.submenu!;
    expect(edit.some((i) => i.role === 'undo' || i.role === 'redo')).toBe(false);
    const [undo, redo] = edit;
    // Shown with their shortcuts but not registered: a pressed Ctrl+Z reaches the page once.
    expect(undo!.registerAccelerator).toBe(false);
    expect(redo!.registerAccelerator).toBe(false);
    const events = recording.windows[0]!.instance.webContents.inputEvents;
    undo!.click!();
    redo!.click!();
    const keyDowns = events.filter((e) => e.type === 'keyDown');
    const primary = process.platform === 'darwin' ? 'meta' : 'control';
    expect(keyDowns[0]).toMatchObject({ keyCode: 'Z', modifiers: [primary] });
    expect(keyDowns[1]!.modifiers).toContain(primary);
  });

  it('requires only Electron, Node built-ins and installed packages', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const external = recording.requiredModules.filter(
      (m) => m !== 'electron' && !builtins.has(m) && !m.startsWith('.') && !m.startsWith('/'),
    );
    for (const name of external)
      expect(() => require.resolve(name, { paths: [mainBundle] })).not.toThrow();
  });
});
