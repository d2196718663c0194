import { localIsoDate } from '../../domain/common/calendarDate';
import { shippedCpvEntries } from '../../domain/cpv/cpvCatalog';
import { analysePlanning } from '../../domain/planning/planningAnalysis';
import type { UiLanguage } from '../../domain/workspace/organisationProfile';
import type { AwardInput } from '../../documents/awardData';
import { generateDocument, packageReadiness } from '../../documents/documentPackage';
import {
  applyPricingForm,
  MAX_PRICING_FORM_BYTES,
  readPricingForm,
} from '../../documents/pricingFormImport';
import type { PackageDocument } from '../../documents/readiness';
import { translate } from '../../i18n';
import type { ServiceHandlers } from '../contract';
import { ServiceError } from '../errors';
import type { DocumentGenerator, ServiceDeps } from '../ports';
import { JobCancelled, type JobRegistry } from './jobs';
import { assertNoPersonalData } from './personalDataGuard';

type Handlers = Pick<
  ServiceHandlers,
  | 'documents:chooseFolder'
  | 'documents:openFolder'
  | 'documents:readiness'
  | 'documents:generate'
  | 'documents:importPricingForm'
>;

/** Builds the documents in this process (tests, and when no worker is configured). */
export const inProcessDocumentGenerator: DocumentGenerator = async (request, control) => {
  for (const document of request.documents) {
    if (control.signal.aborted) throw new JobCancelled();
    const files = await generateDocument(document, request.input);
    if (control.signal.aborted) throw new JobCancelled();
    await control.onDocument(document, files);
  }
};

function records(deps: ServiceDeps) {
  if (!deps.records) throw new ServiceError('internal', { detail: 'no record repository' });
  return deps.records;
}

/**
 * The document package: readiness per document, generation as a job (one progress step per
 * document, cancellable) into a folder the officer chose in this session — never replacing a
 * file (`name (2).docx`) —, and the import of a filled pricing form into the tender
 * comparison. The tender comparison is read through the record repository port.
 */
export function documentHandlers(deps: ServiceDeps, jobs: JobRegistry): Handlers {
  const generator = deps.documentGenerator ?? inProcessDocumentGenerator;
  /** Folders chosen with the dialog: `documents:generate` writes only into one of these. */
  const chosenFolders = new Set<string>();

  async function awardInput(procurementId: string, language: UiLanguage): Promise<AwardInput> {
    const procurement = await deps.procurements.get(procurementId);
    const organisation = deps.settings.get().organisation;
    const today = localIsoDate(deps.now());
    const listed = deps.records
      ? await deps.records.list(procurementId, 'tenderComparison')
      : { items: [] };
    const codes = [procurement.cpv.main, ...procurement.cpv.additional].filter(
      (c): c is string => c !== null,
    );
    const cpvLabels: Record<string, string> = {};
    // The imported CPV 2008 list first (it covers every code), then the shipped liite E codes.
    const known = [...((await deps.cpvCatalog.load())?.entries ?? []), ...shippedCpvEntries()];
    for (const code of codes) {
      const entry = known.find((e) => e.code === code && e[language]);
      if (entry) cpvLabels[code] = entry[language];
    }
    // The organisation's logo (Settings), in every document's header when set.
    const logo = await deps.organisationLogo.load();
    return {
      procurement,
      organisation,
      analysis: analysePlanning(procurement, organisation, today),
      language,
      today,
      cpvLabels,
      ...(logo
        ? {
            logo: {
              type: logo.type,
              data: logo.data,
              widthPx: logo.widthPx,
              heightPx: logo.heightPx,
            },
          }
        : {}),
      comparisons: listed.items.map((i) => i.record),
    };
  }

  function readiness(input: AwardInput, documents: PackageDocument[]) {
    const map = packageReadiness(input, documents);
    return documents.map((document) => ({ document, missing: map.get(document) ?? [] }));
  }

  return {
    'documents:chooseFolder': async () => {
      if (!deps.files.chooseFolder) throw new ServiceError('internal', { detail: 'no dialog' });
      const t = (key: string) => translate(deps.settings.get().language, key);
      const folder = await deps.files.chooseFolder({ title: t('documents.dialogs.folderTitle') });
      if (folder === null) return { status: 'cancelled' };
      chosenFolders.add(folder);
      return { status: 'chosen', folder };
    },

    // Only a folder the officer chose in this session (where the package was written) is
    // shown; the renderer cannot make the app open an arbitrary path.
    'documents:openFolder': async ({ folder }) => {
      if (!chosenFolders.has(folder) || !deps.files.openFolder) return { opened: false };
      try {
        await deps.files.openFolder(folder);
        return { opened: true };
      } catch {
        return { opened: false };
      }
    },

    'documents:readiness': async ({ procurementId, documents, language }) => {
      const input = await awardInput(procurementId, language);
      return { documents: readiness(input, documents) };
    },

    'documents:generate': async ({ jobId, procurementId, documents, language, folder }) => {
      if (!chosenFolders.has(folder)) {
        throw new ServiceError('invalidRequest', {
          channel: 'documents:generate',
          field: 'folder',
        });
      }
      const writeNew = deps.files.writeNew;
      if (!writeNew) throw new ServiceError('internal', { detail: 'no file writer' });
      const input = await awardInput(procurementId, language);
      const checked = readiness(input, documents);
      // A document with missing inputs is never generated silently: the checklist comes back.
      if (checked.some((d) => d.missing.length > 0)) {
        return { status: 'incomplete', documents: checked.filter((d) => d.missing.length > 0) };
      }
      const written: { document: PackageDocument; fileName: string; path: string }[] = [];
      try {
        await jobs.run(jobId, 'documents.progress.generating', async (control) => {
          control.progress(0, documents.length, 'documents.progress.generating');
          await generator(
            { documents, input },
            {
              signal: control.signal,
              onDocument: async (document, files) => {
                for (const file of files) {
                  const path = await writeNew(folder, file.fileName, file.bytes);
                  written.push({ document, fileName: path.split(/[\\/]/).pop() ?? path, path });
                }
                control.progress(
                  documents.indexOf(document) + 1,
                  documents.length,
                  'documents.progress.generating',
                );
              },
            },
          );
        });
      } catch (error) {
        if (error instanceof JobCancelled) return { status: 'cancelled' };
        throw error;
      }
      return { status: 'generated', files: written };
    },

    'documents:importPricingForm': async ({ procurementId }) => {
      const repository = records(deps);
      const procurement = await deps.procurements.get(procurementId);
      const t = (key: string) => translate(deps.settings.get().language, key);
      const path = await deps.files.chooseOpenPath({
        title: t('documents.dialogs.importTitle'),
        filters: [{ name: t('documents.dialogs.xlsxFilter'), extensions: ['xlsx'] }],
      });
      if (path === null) return { status: 'cancelled' };
      const { data, size } = await deps.files.read(path, MAX_PRICING_FORM_BYTES);
      const result =
        size > MAX_PRICING_FORM_BYTES
          ? {
              ok: false as const,
              problems: [
                { code: 'tooLarge', cell: null, params: { limit: MAX_PRICING_FORM_BYTES } },
              ],
            }
          : await readPricingForm(data, procurement);
      if (!result.ok) return { status: 'refused', problems: result.problems };
      assertNoPersonalData(result.data.tenderer, ['tenderer']);
      const listed = await repository.list(procurementId, 'tenderComparison');
      const stored = new Map(listed.items.map((i) => [i.record.id, i]));
      const changed = applyPricingForm(
        listed.items.map((i) => i.record),
        procurementId,
        result.data,
        { newId: deps.newId, now: deps.now().toISOString() },
      );
      for (const record of changed) {
        const before = stored.get(record.id);
        await repository.put({
          procurementId,
          kind: 'tenderComparison',
          recordId: record.id,
          record,
          expectedRevision: before ? before.revision : null,
        });
      }
      return {
        status: 'imported',
        tenderer: result.data.tenderer.name,
        lots: changed.length,
        prices: result.data.prices.length,
      };
    },
  };
}
