import type { ServiceHandlers } from '../contract';
import type { ServiceDeps } from '../ports';
import { assertNoPersonalData } from './personalDataGuard';
import { normalizedExternalUrl } from '../../domain/common/externalLinks';

type Handlers = Pick<
  ServiceHandlers,
  | 'app:info'
  | 'app:openExternal'
  | 'settings:get'
  | 'settings:setLanguage'
  | 'settings:saveOrganisation'
  | 'backup:list'
  | 'backup:create'
  | 'backup:restore'
>;

/** App information, settings, external links and backups. */
export function workspaceHandlers(deps: ServiceDeps): Handlers {
  return {
    'app:info': async () => ({ ...deps.app }),

    'app:openExternal': async ({ url }) => {
      // The OS gets the checked, normalised URL, never the raw text.
      const href = normalizedExternalUrl(url);
      if (href === null) return { opened: false };
      await deps.openExternal(href);
      return { opened: true };
    },

    'settings:get': async () => deps.settings.get(),

    'settings:setLanguage': async ({ language }) =>
      deps.settings.update((s) => ({ ...s, language })),

    'settings:saveOrganisation': async ({ organisation }) => {
      assertNoPersonalData(organisation, ['organisation']);
      return deps.settings.update((s) => ({ ...s, organisation }));
    },

    'backup:list': () => deps.backups.listBackups(),

    'backup:create': () => deps.backups.createBackup('manual', deps.now().toISOString()),

    'backup:restore': async ({ id }) => {
      // The safety backup must not prune the backup being restored (the oldest
      // before-restore one would otherwise be deleted just before it is read).
      const safetyBackup = await deps.backups.createBackup(
        'beforeRestore',
        deps.now().toISOString(),
        { keep: id },
      );
      const restoredCount = await deps.backups.restoreBackup(id);
      return { restoredCount, safetyBackup };
    },
  };
}
