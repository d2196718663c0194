import type { CriteriaLibrary } from '../domain/criteria/criteriaLibrary';
import type { LogoInfo } from '../domain/workspace/organisationLogo';
import type { CpvImport } from '../domain/cpv/cpvImport';
import type { ReadControl } from '../records/cpvFile';
import type { BackupInfo, BackupReason } from '../domain/workspace/backup';
import type { CpvEntry } from '../domain/cpv/cpvCode';
import type { Procurement, ProcurementSummary } from '../domain/procurement/procurement';
import type { Settings } from '../domain/workspace/settings';
import type { StorageProblem } from '../domain/workspace/storageProblem';
import type { RecordOf, RecordRegistry, recordRegistry } from '../records/recordRegistry';
import type { AwardInput } from '../documents/awardData';
import type { GeneratedFile } from '../documents/documentPackage';
import type { PackageDocument } from '../documents/readiness';

/**
 * What the service needs from the outside world. The Electron main process and the
 * end-to-end harness provide the same file-based implementations (electron/storage); only
 * the file dialogs differ, because the harness has no native dialogs.
 */

/** Procurements on disk: one file each, an index for the list, a trash for undo. */
export interface ProcurementRepository {
  /** Index entries of every readable procurement, and what was found wrong on the way. */
  list(): Promise<{ items: ProcurementSummary[]; problems: StorageProblem[] }>;
  /** One procurement; throws ServiceError('notFound') when there is none. */
  get(id: string): Promise<Procurement>;
  /** Writes a procurement atomically (create or replace) and updates the index. */
  put(procurement: Procurement): Promise<void>;
  /** Moves a procurement to the trash; returns the trash entry id. */
  moveToTrash(id: string, deletedAt: string): Promise<string>;
  /** Brings a trashed procurement back; throws ServiceError('notFound') if it is gone. */
  restoreFromTrash(trashId: string): Promise<Procurement>;
}

/** Whole-workspace backups. */
export interface BackupStore {
  listBackups(): Promise<BackupInfo[]>;
  /** Takes a backup; old ones of the same kind are pruned, never the one named in `keep`. */
  createBackup(
    reason: BackupReason,
    createdAt: string,
    options?: { keep?: string },
  ): Promise<BackupInfo>;
  /** Replaces every procurement with the backup's; all or nothing. Returns how many. */
  restoreBackup(id: string): Promise<number>;
}

/** Settings in electron-store (or the same `conf` store in the harness). */
export interface SettingsRepository {
  get(): Settings;
  update(change: (current: Settings) => Settings): Settings;
  /** Problems found when the settings were first read. */
  problems(): StorageProblem[];
}

/** A file type offered in a file dialog. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Files the user picks in a dialog: the only way the service touches paths outside the workspace. */
export interface UserFiles {
  chooseSavePath(options: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | null>;
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Writes atomically (temp file + rename) so a failed export never leaves half a file. */
  write(path: string, data: string | Uint8Array): Promise<void>;
  /** Reads at most `maxBytes`; returns the bytes and the file's full size. */
  read(path: string, maxBytes: number): Promise<{ data: Uint8Array; size: number }>;
  /** A folder the user picks (documents are generated into it); null when cancelled. */
  chooseFolder?(options: { title: string }): Promise<string | null>;
  /** Shows a folder in the system's file manager (Explorer, Finder…). */
  openFolder?(folder: string): Promise<void>;
  /**
   * Writes a new file in `folder`, never replacing one: when `fileName` is taken the next
   * free `name (2).ext`, `name (3).ext`… is used. Returns the path written.
   */
  writeNew?(folder: string, fileName: string, data: Uint8Array): Promise<string>;
}

/**
 * Builds the files of each chosen document, in order, calling `onDocument` as each is done;
 * the app runs it in a worker thread (electron/workers/documents.ts) so the main process is
 * never blocked. Rejects with JobCancelled when `signal` aborts.
 */
export type DocumentGenerator = (
  request: { documents: PackageDocument[]; input: AwardInput },
  control: {
    signal: AbortSignal;
    onDocument: (document: PackageDocument, files: GeneratedFile[]) => Promise<void>;
  },
) => Promise<void>;

/** An imported CPV list (the EU's official CPV 2008 file), stored in the workspace. */
export interface ImportedCpvCatalog {
  importedAt: string;
  fileName: string;
  entries: CpvEntry[];
}

/** Where the imported CPV list is kept (one file in the workspace, replaced on re-import). */
export interface CpvCatalogStore {
  load(): Promise<ImportedCpvCatalog | null>;
  save(catalog: ImportedCpvCatalog): Promise<void>;
}

/** The organisation's logo as stored: what `inspectLogo` read from it, and its bytes. */
export interface StoredLogo extends LogoInfo {
  fileName: string;
  data: Uint8Array;
}

/** Where the organisation's logo is kept (one file in the workspace, replaced on change). */
export interface OrganisationLogoStore {
  load(): Promise<StoredLogo | null>;
  save(logo: StoredLogo): Promise<void>;
  remove(): Promise<void>;
}

/** The criteria library as stored, with its revision (a stale save is refused). */
export interface StoredCriteriaLibrary {
  library: CriteriaLibrary;
  revision: number;
}

/** The organisation's criteria library, shared by every procurement of the workspace. */
export interface CriteriaLibraryStore {
  /** Null when none was saved yet (the service then offers the seeded library). */
  load(): Promise<StoredCriteriaLibrary | null>;
  save(stored: StoredCriteriaLibrary): Promise<void>;
}

/** Opens a vetted https link in the user's browser. */
export type ExternalOpener = (url: string) => Promise<void>;

/**
 * Reads a CPV list file's bytes into rows with limits (`readCpvFile`); the app and the e2e
 * harness run it in a worker thread with a memory ceiling (electron/workers/cpvImport.ts).
 * Throws ServiceError('invalidCpvFile') or CpvReadCancelled.
 */
export type CpvFileReader = (
  file: { path: string; bytes: Uint8Array; size: number },
  control: ReadControl,
) => Promise<CpvImport>;

/** Everything the service is built from. */
export interface ServiceDeps {
  procurements: ProcurementRepository;
  /** Records kept as files of their own (tender comparisons; later contracts, ledgers). */
  records: RecordRepository<typeof recordRegistry>;
  backups: BackupStore;
  settings: SettingsRepository;
  cpvCatalog: CpvCatalogStore;
  organisationLogo: OrganisationLogoStore;
  criteriaLibrary: CriteriaLibraryStore;
  /** CPV file reader; in-process `readCpvFile` when not given. */
  cpvReader?: CpvFileReader;
  files: UserFiles;
  /** Document generation; in-process when not given. */
  documentGenerator?: DocumentGenerator;
  openExternal: ExternalOpener;
  now: () => Date;
  newId: () => string;
  app: { version: string; platform: string; dataDirectory: string };
}

/** A record as the repository hands it out: where it belongs, its revision and content. */
export interface StoredRecord<T> {
  procurementId: string;
  kind: string;
  recordId: string;
  /** Starts at 1; every write adds one. A write naming an older revision is refused. */
  revision: number;
  record: T;
}

/**
 * Records that are not part of the procurement document (tender comparison, contracts,
 * ledgers, payment periods), one file each under `records/<procurementId>/<kind>/`.
 */
export interface RecordRepository<R extends RecordRegistry> {
  /** Every readable record of a kind for one procurement, and what was set aside on the way. */
  list<K extends keyof R & string>(
    procurementId: string,
    kind: K,
  ): Promise<{ items: StoredRecord<RecordOf<R, K>>[]; problems: StorageProblem[] }>;
  /** One record; throws ServiceError('notFound') when there is none. */
  get<K extends keyof R & string>(
    procurementId: string,
    kind: K,
    recordId: string,
  ): Promise<StoredRecord<RecordOf<R, K>>>;
  /**
   * Writes a record atomically. `expectedRevision` is the revision the caller edited (null
   * to create); anything else stored is refused with ServiceError('conflict').
   */
  put<K extends keyof R & string>(input: {
    procurementId: string;
    kind: K;
    recordId: string;
    record: RecordOf<R, K>;
    expectedRevision: number | null;
  }): Promise<StoredRecord<RecordOf<R, K>>>;
  /** Deletes a record at the given revision (ServiceError('conflict') when stale). */
  remove(
    procurementId: string,
    kind: keyof R & string,
    recordId: string,
    expectedRevision: number,
  ): Promise<void>;
}
