import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { normalizedExternalUrl } from '../../shared/domain/common/externalLinks';
import { createTranslator } from '../../shared/i18n';
import { createAppService, type AppService } from '../storage/appService';
import { SETTINGS_STORE_OPTIONS } from '../storage/settingsRepository';
import { nativeDialogs } from './dialogs';
import { registerIpcHandlers } from './ipc';
import { createFileLogger } from './log';
import { applicationMenuTemplate, sendEditKeystroke } from './menu';
import { serveRenderer } from './protocol';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  denyAllPermissions,
  hardenWebContents,
  trustedOrigins,
} from './security';
import { createMainWindow, windowStateOf } from './window';

/**
 * The Electron main process, kept thin: window, menu, dialogs, protocol and one IPC
 * registration. Every rule and all storage logic live in shared/ and electron/storage,
 * which the end-to-end harness runs without Electron.
 */

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const origins = trustedOrigins(devServerUrl);
const log = createFileLogger(app.getPath('userData'));
let mainWindow: BrowserWindow | null = null;

/**
 * The app's only way to the user's browser. Both callers (the window-open handler and the
 * `app:openExternal` service) check the link first; the allow-list is checked again here, at
 * the sink, so a future caller cannot skip it.
 */
async function openAllowedExternal(url: string): Promise<void> {
  // The OS gets the URL object's href after the check, never the raw string.
  const href = normalizedExternalUrl(url);
  if (href !== null) await shell.openExternal(href);
}

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, origins, (url) => void openAllowedExternal(url)),
  );
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => log('App failed to become ready', error));
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  serveRenderer(protocol, APP_SCHEME, join(__dirname, '../renderer'));

  const appService: AppService = await createAppService({
    dataDirectory: app.getPath('userData'),
    openSettingsFile: (directory) =>
      new ElectronStore<Record<string, unknown>>({
        name: SETTINGS_STORE_OPTIONS.configName,
        cwd: directory,
        clearInvalidConfig: SETTINGS_STORE_OPTIONS.clearInvalidConfig,
        watch: SETTINGS_STORE_OPTIONS.watch,
        accessPropertiesByDotNotation: SETTINGS_STORE_OPTIONS.accessPropertiesByDotNotation,
        deserialize: SETTINGS_STORE_OPTIONS.deserialize,
      }),
    dialogs: nativeDialogs(dialog, () => mainWindow, shell),
    openExternal: openAllowedExternal,
    cpvWorkerFile: join(__dirname, 'cpvImportWorker.js'),
    documentsWorkerFile: join(__dirname, 'documentsWorker.js'),
    version: app.getVersion(),
    platform: process.platform,
  });
  const { service, workspace, settings: settingsRepository } = appService;

  const buildMenu = async () => {
    const { language } = await service['settings:get']({});
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        applicationMenuTemplate(language, {
          isMac: process.platform === 'darwin',
          isPackaged: app.isPackaged,
          appName: app.getName(),
          onEditCommand: (command) => {
            if (mainWindow) sendEditKeystroke(mainWindow.webContents, command);
          },
        }),
      ),
    );
  };
  registerIpcHandlers(ipcMain, service, origins, log, {
    'settings:setLanguage': () => void buildMenu(),
  });
  await buildMenu();

  const settings = await service['settings:get']({});
  mainWindow = createMainWindow({
    state: settings.window,
    screen,
    preloadPath: join(__dirname, '../preload/index.js'),
    title: createTranslator(settings.language)('app.name'),
  });
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    const window = windowStateOf(mainWindow);
    settingsRepository.update((s) => ({ ...s, window }));
  });
  // The renderer blocks unload while an autosave is pending; ask instead of silently staying.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const { language } = settingsRepository.get();
    const translateText = createTranslator(language);
    const t = (key: string) => translateText(`dialogs.${key}`);
    const choice = dialog.showMessageBoxSync({
      type: 'question',
      title: t('unsavedTitle'),
      message: t('unsavedMessage'),
      buttons: [t('unsavedLeave'), t('unsavedStay')],
      defaultId: 1,
      cancelId: 1,
    });
    if (choice === 0) event.preventDefault();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL);

  const backupDaily = () =>
    workspace.ensureDailyBackup().catch((error: unknown) => log('Daily backup failed', error));
  void backupDaily();
  setInterval(backupDaily, 60 * 60 * 1000).unref();
}
