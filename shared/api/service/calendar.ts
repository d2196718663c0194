import { localIsoDate } from '../../domain/common/calendarDate';
import { buildCalendar } from '../../domain/calendar/procurementCalendar';
import { withRecentExport } from '../../domain/workspace/settings';
import { calendarWorkbookBytes } from '../../documents/calendarWorkbook';
import { translate } from '../../i18n';
import type { ServiceHandlers } from '../contract';
import type { ServiceDeps } from '../ports';

type Handlers = Pick<ServiceHandlers, 'calendar:exportXlsx'>;

/** The procurement calendar's xlsx export, in the officer's UI language. */
export function calendarHandlers(deps: ServiceDeps): Handlers {
  return {
    'calendar:exportXlsx': async ({ year, filters }) => {
      const language = deps.settings.get().language;
      const t = (key: string, params: Record<string, string | number> = {}) =>
        translate(language, key, params);
      const { items } = await deps.procurements.list();
      const now = deps.now();
      // Built before the dialog, so a failure shows before the officer picks a file.
      const bytes = await calendarWorkbookBytes({
        calendar: buildCalendar(items, year, filters),
        language,
        generatedOn: localIsoDate(now),
      });
      const path = await deps.files.chooseSavePath({
        title: t('calendar.export.dialogTitle'),
        defaultName: t('calendar.export.fileName', { year }),
        filters: [{ name: t('calendar.export.fileFilter'), extensions: ['xlsx'] }],
      });
      if (path === null) return { status: 'cancelled' };
      await deps.files.write(path, bytes);
      const at = now.toISOString();
      deps.settings.update((s) => ({
        ...s,
        recentExports: withRecentExport(s.recentExports, { path, kind: 'calendar', at }),
      }));
      return { status: 'saved', path };
    },
  };
}
