import {
  MAX_IMPORT_BYTES,
  exchangeFileName,
  readExchangeFileText,
  toExchangeFile,
  type ImportProblem,
} from '../../records/procurementExchange';
import { withRecentExport } from '../../domain/workspace/settings';
import { translate } from '../../i18n';
import type { ServiceHandlers } from '../contract';
import { ServiceError } from '../errors';
import type { KeyedQueue } from '../keyedQueue';
import type { ServiceDeps } from '../ports';
import { assertNoPersonalData } from './personalDataGuard';

type Handlers = Pick<ServiceHandlers, 'procurement:export' | 'procurement:import'>;

function importError(problem: ImportProblem): ServiceError {
  switch (problem.kind) {
    case 'notJson':
      return new ServiceError('invalidImport', { reason: 'notJson', detail: problem.detail });
    case 'noSchemaVersion':
    case 'notAnExport':
    case 'badExportDate':
      return new ServiceError('invalidImport', { reason: problem.kind });
    case 'newerVersion':
      return new ServiceError('invalidImport', {
        reason: 'newerVersion',
        version: problem.version,
      });
    case 'tooLarge':
      return new ServiceError('invalidImport', {
        reason: 'tooLarge',
        megabytes: Math.ceil(problem.bytes / 1_048_576),
        limitMegabytes: Math.round(problem.limit / 1_048_576),
      });
    case 'invalid':
      return new ServiceError(
        'invalidImport',
        { reason: 'invalid', version: problem.version },
        problem.issues,
      );
  }
}

/** Export to and import from `.hankinta.json` files the user picks. */
export function exchangeHandlers(deps: ServiceDeps, queue: KeyedQueue): Handlers {
  const t = (key: string) => translate(deps.settings.get().language, key);
  const filters = () => [{ name: t('dialogs.procurementFiles'), extensions: ['json'] }];

  return {
    'procurement:export': async ({ id }) => {
      const procurement = await deps.procurements.get(id);
      const path = await deps.files.chooseSavePath({
        title: t('dialogs.exportProcurement'),
        defaultName: exchangeFileName(procurement.title),
        filters: filters(),
      });
      if (path === null) return { status: 'cancelled' };
      const now = deps.now().toISOString();
      const file = toExchangeFile(procurement, { exportedAt: now, appVersion: deps.app.version });
      await deps.files.write(path, `${JSON.stringify(file, null, 2)}\n`);
      deps.settings.update((s) => ({
        ...s,
        recentExports: withRecentExport(s.recentExports, { path, kind: 'procurement', at: now }),
      }));
      return { status: 'saved', path };
    },

    'procurement:import': async () => {
      const path = await deps.files.chooseOpenPath({
        title: t('dialogs.importProcurement'),
        filters: filters(),
      });
      if (path === null) return { status: 'cancelled' };
      const { data, size } = await deps.files.read(path, MAX_IMPORT_BYTES);
      const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
      const read = readExchangeFileText(text, size);
      if (!read.ok) throw importError(read.problem);
      assertNoPersonalData(read.procurement, ['procurement'], 'procurement');

      // An import never overwrites: a procurement that already exists comes in as a copy.
      const existing = (await deps.procurements.list()).items.some(
        (p) => p.id === read.procurement.id,
      );
      const now = deps.now().toISOString();
      const procurement = existing
        ? {
            ...read.procurement,
            id: deps.newId(),
            title: `${read.procurement.title} (${t('dialogs.importedCopySuffix')})`.slice(0, 200),
            revision: 0,
            createdAt: now,
            updatedAt: now,
          }
        : { ...read.procurement, revision: 0, updatedAt: now };
      await queue.run(procurement.id, () => deps.procurements.put(procurement));
      return {
        status: 'imported',
        procurement,
        migratedFrom: read.migratedFrom,
        asCopy: existing,
      };
    },
  };
}
