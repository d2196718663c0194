import type { MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../../shared/domain/workspace/organisationProfile';
import { createTranslator } from '../../shared/i18n';

/**
 * The application menu in the user's language. Edit roles give undo, cut, copy and paste
 * their usual shortcuts in every text field; there is no developer menu in a packaged app.
 */
export function applicationMenuTemplate(
  language: UiLanguage,
  options: { isMac: boolean; isPackaged: boolean; appName: string },
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
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
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
