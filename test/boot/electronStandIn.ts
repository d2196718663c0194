import Module from 'node:module';

/**
 * A recording stand-in for the `electron` module. The Electron binary cannot be downloaded on
 * this machine, so the boot test loads the *built* main and preload bundles in plain Node with
 * this object in place of `require('electron')`. It records what the bundle asks Electron to
 * do (IPC handlers, window options, protocol, permission handlers, menu) so the test can
 * assert the app would start correctly and securely. Everything else the bundles do (storage,
 * service, settings via electron-store) runs for real.
 */

type Listener = (...args: unknown[]) => unknown;

/** A fake WebContents that records its event handlers. */
export class FakeWebContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly mainFrame = { url: '' };
  /** Input events sent to the page (the menu's undo and redo send keystrokes). */
  readonly inputEvents: { type: string; keyCode: string; modifiers: string[] }[] = [];

  sendInputEvent(event: { type: string; keyCode: string; modifiers: string[] }): void {
    this.inputEvents.push(event);
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** Fires an event; returns whether a listener called `preventDefault`. */
  emit(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const eventObject = { preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get(event) ?? []) listener(eventObject, ...args);
    return prevented;
  }
}

/** Everything the stand-in saw. */
export interface ElectronRecording {
  ipcHandlers: Map<string, Listener>;
  ipcOnListeners: Map<string, Listener>;
  windows: { options: Record<string, unknown>; loadedUrl: string | null; instance: FakeWindow }[];
  privilegedSchemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response> | Response>;
  permissionRequestHandler: Listener | null;
  permissionCheckHandler: Listener | null;
  appListeners: Map<string, Listener[]>;
  menuTemplates: unknown[];
  openedExternal: string[];
  exposedInMainWorld: Map<string, unknown>;
  invoked: { channel: string; payload: unknown }[];
  requiredModules: string[];
}

/** A fake BrowserWindow. */
export class FakeWindow {
  readonly webContents = new FakeWebContents();
  readonly listeners = new Map<string, Listener[]>();
  loadedUrl: string | null = null;
  title = '';

  constructor(
    readonly options: Record<string, unknown>,
    private readonly recording: ElectronRecording,
  ) {
    recording.windows.push({ options, loadedUrl: null, instance: this });
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    const entry = this.recording.windows.find((w) => w.instance === this);
    if (entry) entry.loadedUrl = url;
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  show(): void {}
  maximize(): void {}
  restore(): void {}
  focus(): void {}
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getNormalBounds() {
    return { x: 10, y: 10, width: 1280, height: 860 };
  }
}

/** Builds the stand-in; `userData` is where the app keeps its data during the test. */
export function createElectronStandIn(userData: string) {
  const recording: ElectronRecording = {
    ipcHandlers: new Map(),
    ipcOnListeners: new Map(),
    windows: [],
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    appListeners: new Map(),
    menuTemplates: [],
    openedExternal: [],
    exposedInMainWorld: new Map(),
    invoked: [],
    requiredModules: [],
  };

  const electron = {
    app: {
      isPackaged: true,
      getPath: (name: string) => {
        if (name !== 'userData') throw new Error(`Unexpected app.getPath(${name})`);
        return userData;
      },
      getVersion: () => '0.0.0-boot-test',
      getName: () => 'Hankintapolku',
      requestSingleInstanceLock: () => true,
      quit: () => undefined,
      on: (event: string, listener: Listener) => {
        recording.appListeners.set(event, [...(recording.appListeners.get(event) ?? []), listener]);
      },
      whenReady: () => Promise.resolve(),
    },
    BrowserWindow: class extends FakeWindow {
      constructor(options: Record<string, unknown>) {
        super(options, recording);
      }
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        if (recording.ipcHandlers.has(channel)) throw new Error(`Second handler for ${channel}`);
        recording.ipcHandlers.set(channel, listener);
      },
      on: (channel: string, listener: Listener) => recording.ipcOnListeners.set(channel, listener),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) =>
        recording.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        recording.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => {
          recording.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler: (handler: Listener) => {
          recording.permissionCheckHandler = handler;
        },
      },
    },
    shell: {
      openExternal: async (url: string) => {
        recording.openedExternal.push(url);
      },
    },
    dialog: {
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showMessageBoxSync: () => 1,
    },
    Menu: {
      buildFromTemplate: (template: unknown) => {
        recording.menuTemplates.push(template);
        return { template };
      },
      setApplicationMenu: () => undefined,
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => recording.exposedInMainWorld.set(key, api),
    },
    ipcRenderer: {
      invoke: async (channel: string, payload: unknown) => {
        recording.invoked.push({ channel, payload });
        return { ok: true, value: null };
      },
    },
  };

  return { electron, recording };
}

/**
 * Loads a built CommonJS bundle with `require('electron')` answered by the stand-in, recording
 * every module the bundle requires.
 */
export function loadBundleWithStandIn(
  bundlePath: string,
  electron: unknown,
  recording: ElectronRecording,
): void {
  const moduleWithLoad = Module as unknown as {
    _load: (request: string, parent: unknown, isMain: boolean) => unknown;
  };
  const original = moduleWithLoad._load;
  moduleWithLoad._load = function load(request, parent, isMain) {
    // Only what the bundle itself requires; its dependencies' own requires are theirs.
    const parentFile = (parent as { filename?: string } | null)?.filename;
    if (parentFile === undefined || parentFile === bundlePath)
      recording.requiredModules.push(request);
    if (request === 'electron') return electron;
    return original.call(this, request, parent, isMain);
  };
  try {
    const require = Module.createRequire(bundlePath);
    require(bundlePath);
  } finally {
    moduleWithLoad._load = original;
  }
}
