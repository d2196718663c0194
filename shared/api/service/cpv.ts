import {
  buildCpvIndex,
  importedCpvEntries,
  mergeCpvEntries,
  searchCpv,
  shippedCpvEntries,
  type CpvIndex,
} from '../../domain/cpv/cpvCatalog';
import type { CpvCatalogInfo, CpvEntry } from '../../domain/cpv/cpvCode';
import { fileBaseName, MAX_CPV_FILE_BYTES } from '../../records/cpvFile';
import { translate } from '../../i18n';
import type { ServiceHandlers } from '../contract';
import type { ImportedCpvCatalog, ServiceDeps } from '../ports';
import { readCpvFile } from './cpvSpreadsheet';
import { JobCancelled, type JobRegistry } from './jobs';

type Handlers = Pick<
  ServiceHandlers,
  'cpv:search' | 'cpv:lookup' | 'cpv:catalogInfo' | 'cpv:import'
>;

interface LoadedCatalog {
  index: CpvIndex;
  info: CpvCatalogInfo;
}

function catalogInfo(imported: ImportedCpvCatalog | null): CpvCatalogInfo {
  return {
    shippedCount: shippedCpvEntries().length,
    imported: imported && {
      count: imported.entries.length,
      importedAt: imported.importedAt,
      fileName: imported.fileName,
    },
  };
}

function loadedCatalog(imported: ImportedCpvCatalog | null): LoadedCatalog {
  const entries: readonly CpvEntry[] = imported
    ? mergeCpvEntries(shippedCpvEntries(), imported.entries)
    : shippedCpvEntries();
  return { index: buildCpvIndex(entries), info: catalogInfo(imported) };
}

/**
 * CPV search over the shipped liite E codes merged with the imported EU list. The merged
 * index is built on first use and kept in this closure; an import replaces it.
 */
export function cpvHandlers(deps: ServiceDeps, jobs: JobRegistry): Handlers {
  const reader =
    deps.cpvReader ?? ((file, control) => readCpvFile(file.path, file.bytes, file.size, control));
  const t = (key: string) => translate(deps.settings.get().language, key);
  let cache: Promise<LoadedCatalog> | null = null;
  const catalog = (): Promise<LoadedCatalog> => {
    if (cache === null) {
      const loading = deps.cpvCatalog.load().then(loadedCatalog);
      // A failed read is not remembered: the next request tries again.
      loading.catch(() => {
        if (cache === loading) cache = null;
      });
      cache = loading;
    }
    return cache;
  };

  return {
    'cpv:search': async ({ query, limit }) => searchCpv((await catalog()).index, query, limit),

    'cpv:lookup': async ({ codes }) => {
      const { byCode } = (await catalog()).index;
      const found: CpvEntry[] = [];
      for (const code of new Set(codes)) {
        const entry = byCode.get(code);
        if (entry) found.push(entry);
      }
      return found;
    },

    'cpv:catalogInfo': async () => (await catalog()).info,

    'cpv:import': async ({ jobId }) => {
      const path = await deps.files.chooseOpenPath({
        title: t('cpv.dialogs.importTitle'),
        filters: [
          { name: t('cpv.dialogs.spreadsheetFilter'), extensions: ['xlsx', 'csv', 'txt'] },
          { name: t('cpv.dialogs.allFilesFilter'), extensions: ['*'] },
        ],
      });
      if (path === null) return { status: 'cancelled' };
      // Read (in the worker thread, with limits) as a job the renderer can poll and cancel;
      // nothing is saved unless the whole file was read.
      let read;
      try {
        read = await jobs.run(jobId, 'jobs.reading', async (control) => {
          const { data, size } = await deps.files.read(path, MAX_CPV_FILE_BYTES);
          return reader(
            { path, bytes: data, size },
            { signal: control.signal, onProgress: (done, total) => control.progress(done, total) },
          );
        });
      } catch (error) {
        if (error instanceof JobCancelled) return { status: 'cancelled' };
        throw error;
      }
      const imported: ImportedCpvCatalog = {
        importedAt: deps.now().toISOString(),
        fileName: fileBaseName(path),
        entries: importedCpvEntries(read.rows),
      };
      await deps.cpvCatalog.save(imported);
      const loaded = loadedCatalog(imported);
      cache = Promise.resolve(loaded);
      return {
        status: 'imported',
        count: read.rows.length,
        skippedRows: read.invalid.count + read.duplicates.count,
        languages: read.languages,
        info: loaded.info,
      };
    },
  };
}
