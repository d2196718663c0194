import type { Procurement } from '../../domain/procurement/procurement';
import {
  MAX_IMPORT_BYTES,
  exchangeFileName,
  readExchangeFile,
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
    case 'unsafeJson': {
      // The pre-scan's reason is the message key; line and path say where in the file.
      const { kind, line, path } = problem.scan;
      const extra: Record<string, string | number> = {};
      if ('limit' in problem.scan) extra['limit'] = problem.scan.limit;
      if ('key' in problem.scan) extra['key'] = problem.scan.key;
      if ('code' in problem.scan) extra['code'] = problem.scan.code;
      return new ServiceError('invalidImport', { reason: kind, line, path, ...extra });
    }
    case 'otherEncoding':
      return new ServiceError('invalidImport', {
        reason: 'otherEncoding',
        encoding: problem.encoding,
      });
    case 'notUtf8':
      return new ServiceError('invalidImport', { reason: 'notUtf8', line: problem.line });
  }
}

/** True when `error` says the id belongs to a file of a newer app version (never overwritten). */
function isNewerVersionConflict(error: unknown): boolean {
  return error instanceof ServiceError && error.params['reason'] === 'newerVersion';
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
      const read = readExchangeFile(data, size);
      if (!read.ok) throw importError(read.problem);
      assertNoPersonalData(read.procurement, ['procurement'], 'procurement');
      const incoming = read.procurement;

      const asCopy = (): Procurement => {
        const now = deps.now().toISOString();
        return {
          ...incoming,
          id: deps.newId(),
          title: `${incoming.title} (${t('dialogs.importedCopySuffix')})`.slice(0, 200),
          revision: 0,
          createdAt: now,
          updatedAt: now,
        };
      };
      // An import never overwrites: a procurement that already exists comes in as a copy. The
      // check and the write run in the id's queue, so two imports of one file at the same time
      // give the procurement and a copy, never two "imported" answers for one id.
      const { procurement, existing } = await queue.run(incoming.id, async () => {
        const exists = (await deps.procurements.list()).items.some((p) => p.id === incoming.id);
        if (!exists) {
          const fresh = { ...incoming, revision: 0, updatedAt: deps.now().toISOString() };
          try {
            await deps.procurements.put(fresh);
            return { procurement: fresh, existing: false };
          } catch (error) {
            // The id is held by a file of a newer app version: come in as a copy instead.
            if (!isNewerVersionConflict(error)) throw error;
          }
        }
        return { procurement: asCopy(), existing: true };
      });
      if (existing) await queue.run(procurement.id, () => deps.procurements.put(procurement));
      return {
        status: 'imported',
        procurement,
        migratedFrom: read.migratedFrom,
        asCopy: existing,
      };
    },
  };
}
