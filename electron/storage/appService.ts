import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ServiceHandlers } from '../../shared/api/contract';
import type { ExternalOpener, SettingsRepository } from '../../shared/api/ports';
import { createService } from '../../shared/api/service';
import { workerCpvReader } from '../workers/cpvImportClient';
import { workerDocumentGenerator } from '../workers/documentsClient';
import { fileCpvCatalogStore } from './cpvCatalogStore';
import { fileCriteriaLibraryStore } from './criteriaLibraryStore';
import { FileWorkspace } from './fileWorkspace';
import { fileOrganisationLogoStore } from './organisationLogoStore';
import { openSettings, SETTINGS_STORE_OPTIONS, type KeyValueFile } from './settingsRepository';
import { createUserFiles, type FileDialogs } from './userFiles';

/** Name of the workspace folder inside the app's data directory. */
export const WORKSPACE_FOLDER = 'workspace';

/** What differs between the Electron app and the end-to-end harness. */
export interface AppServiceOptions {
  dataDirectory: string;
  /** electron-store in the app; `conf` (its base class) in the harness. */
  openSettingsFile: (directory: string) => KeyValueFile;
  dialogs: FileDialogs;
  openExternal: ExternalOpener;
  version: string;
  platform: string;
  now?: () => Date;
  /** The built CPV import worker (out/main/cpvImportWorker.js); in-process reading without it. */
  cpvWorkerFile?: string;
  /** The built document worker (out/main/documentsWorker.js); in-process generation without it. */
  documentsWorkerFile?: string;
}

/** The service and its workspace, wired the same way for the app and the harness. */
export interface AppService {
  service: ServiceHandlers;
  workspace: FileWorkspace;
  settings: SettingsRepository;
}

/** Opens the workspace and settings under `dataDirectory` and builds the service on them. */
export async function createAppService(options: AppServiceOptions): Promise<AppService> {
  const now = options.now ?? (() => new Date());
  const workspace = new FileWorkspace(join(options.dataDirectory, WORKSPACE_FOLDER), now);
  await workspace.open();
  const settings = await openSettings(
    () => options.openSettingsFile(options.dataDirectory),
    now(),
    join(options.dataDirectory, `${SETTINGS_STORE_OPTIONS.configName}.json`),
  );
  const service = createService({
    procurements: workspace,
    records: workspace.records,
    criteriaLibrary: fileCriteriaLibraryStore(workspace.root),
    backups: workspace,
    settings,
    cpvCatalog: fileCpvCatalogStore(workspace.root),
    organisationLogo: fileOrganisationLogoStore(workspace.root),
    ...(options.cpvWorkerFile ? { cpvReader: workerCpvReader(options.cpvWorkerFile) } : {}),
    files: createUserFiles(options.dialogs),
    ...(options.documentsWorkerFile
      ? { documentGenerator: workerDocumentGenerator(options.documentsWorkerFile) }
      : {}),
    openExternal: options.openExternal,
    now,
    newId: randomUUID,
    app: {
      version: options.version,
      platform: options.platform,
      dataDirectory: options.dataDirectory,
    },
  });
  return { service, workspace, settings };
}
