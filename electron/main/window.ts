import type { BrowserWindow as BrowserWindowType, Rectangle, Screen } from 'electron';
import { BrowserWindow } from 'electron';
import type { WindowState } from '../../shared/domain/workspace/settings';

function visibleOnSomeDisplay(bounds: Rectangle, screen: Screen): boolean {
  return screen.getAllDisplays().some(({ workArea }) => {
    const overlapX =
      Math.min(bounds.x + bounds.width, workArea.x + workArea.width) -
      Math.max(bounds.x, workArea.x);
    const overlapY =
      Math.min(bounds.y + bounds.height, workArea.y + workArea.height) -
      Math.max(bounds.y, workArea.y);
    return overlapX >= 100 && overlapY >= 100;
  });
}

/**
 * Creates the main window where the user left it, unless that place is no longer on any
 * display (a laptop undocked from its second screen).
 */
export function createMainWindow(options: {
  state: WindowState;
  screen: Screen;
  preloadPath: string;
  title: string;
}): BrowserWindowType {
  const { state } = options;
  const position =
    state.x !== undefined &&
    state.y !== undefined &&
    visibleOnSomeDisplay(
      { x: state.x, y: state.y, width: state.width, height: state.height },
      options.screen,
    )
      ? { x: state.x, y: state.y }
      : {};
  const window = new BrowserWindow({
    ...position,
    width: state.width,
    height: state.height,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: options.title,
    backgroundColor: '#ffffff',
    // Isolated, sandboxed, no Node, and only our preload. Written as a literal right here (no
    // helper, no `as` cast) so Electronegativity can see every value; the boot test asserts
    // the same values on the built bundle.
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  return window;
}

/** The window's current size and place, for the settings. */
export function windowStateOf(window: BrowserWindowType): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: bounds.x,
    y: bounds.y,
    width: Math.max(400, bounds.width),
    height: Math.max(300, bounds.height),
    maximized: window.isMaximized(),
  };
}
