import type { MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../../shared/domain/workspace/organisationProfile';
import { createTranslator } from '../../shared/i18n';

/** An edit command of the menu that the page handles (the procurement editor's history). */
export type EditCommand = 'undo' | 'redo';

/**
 * The application menu in the user's language; there is no developer menu in a packaged app.
 *
 * Undo and redo are not Electron's `undo`/`redo` roles: those call the focused input's own
 * text undo, which would bypass the procurement editor's history (issue 7: one undo for the
 * whole editor). The items show their shortcuts but do not register them
 * (`registerAccelerator: false`), so a pressed Ctrl+Z reaches the page once, as a keydown the
 * editor handles; a click on the item is handed to `onEditCommand`, which sends the same
 * keystroke to the page. Cut, copy, paste and select all keep their roles.
 */
export function applicationMenuTemplate(
  language: UiLanguage,
  options: {
    isMac: boolean;
    isPackaged: boolean;
    appName: string;
    onEditCommand: (command: EditCommand) => void;
  },
): MenuItemConstructorOptions[] {
  const translateText = createTranslator(language);
  const t = (key: string) => translateText(`menu.${key}`);
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: t('resetZoom') },
    { role: 'zoomIn', label: t('zoomIn') },
    { role: 'zoomOut', label: t('zoomOut') },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t('fullScreen') },
  ];
  if (!options.isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools' });
  return [
    ...(options.isMac ? [{ label: options.appName, role: 'appMenu' as const }] : []),
    { label: t('file'), submenu: [{ role: options.isMac ? 'close' : 'quit', label: t('quit') }] },
    {
      label: t('edit'),
      submenu: [
        {
          label: t('undo'),
          accelerator: 'CmdOrCtrl+Z',
          registerAccelerator: false,
          click: () => options.onEditCommand('undo'),
        },
        {
          label: t('redo'),
          accelerator: options.isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y',
          registerAccelerator: false,
          click: () => options.onEditCommand('redo'),
        },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    { label: t('view'), submenu: view },
  ];
}

/** The part of `webContents` that {@link sendEditKeystroke} uses. */
export interface KeystrokeTarget {
  sendInputEvent(event: {
    type: 'keyDown' | 'keyUp';
    keyCode: string;
    modifiers: ('control' | 'meta' | 'shift')[];
  }): void;
}

/**
 * Sends the keystroke of an edit command to the page, exactly as if the user had pressed it:
 * the procurement editor undoes or redoes in its history, and elsewhere (the list's search
 * field) the field's own text undo applies.
 */
export function sendEditKeystroke(
  target: KeystrokeTarget,
  command: EditCommand,
  isMac = process.platform === 'darwin',
): void {
  const primary = isMac ? 'meta' : 'control';
  const modifiers: ('control' | 'meta' | 'shift')[] =
    command === 'undo' ? [primary] : isMac ? [primary, 'shift'] : [primary];
  const keyCode = command === 'redo' && !isMac ? 'Y' : 'Z';
  target.sendInputEvent({ type: 'keyDown', keyCode, modifiers });
  target.sendInputEvent({ type: 'keyUp', keyCode, modifiers });
}
