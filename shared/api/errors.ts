import { z } from 'zod';
import { validationIssueSchema, type ValidationIssue } from '../domain/common/validation';
import type { LogoRefusal } from '../domain/workspace/organisationLogo';

/** Every kind of failure the service reports; the UI has a message for each. */
export const appErrorCodeSchema = z.enum([
  'invalidRequest',
  'unknownChannel',
  'forbiddenSender',
  'notFound',
  'conflict',
  'personalData',
  'invalidImport',
  'invalidBackup',
  'invalidCpvFile',
  'invalidLogo',
  'storageFailure',
  'internal',
]);
/** See {@link appErrorCodeSchema}. */
export type AppErrorCode = z.infer<typeof appErrorCodeSchema>;

/** Storage failures the UI explains one by one; any other reason gets the generic text. */
export const STORAGE_FAILURE_REASONS = [
  'ENOSPC',
  'EACCES',
  'EPERM',
  'EBUSY',
  'ENOENT',
  'newerVersion',
  'quarantined',
] as const;
/** See {@link STORAGE_FAILURE_REASONS}. */
export type StorageFailureReason = (typeof STORAGE_FAILURE_REASONS)[number];

/** Why an imported `.hankinta.json` file was refused (texts `errors.invalidImport.<reason>`). */
export type InvalidImportParams =
  | { reason: 'notJson'; detail: string }
  | { reason: 'noSchemaVersion' | 'notAnExport' | 'badExportDate' }
  | { reason: 'newerVersion'; version: number | string }
  | { reason: 'tooLarge'; megabytes: number; limitMegabytes: number }
  | { reason: 'invalid'; version: number | string }
  | { reason: 'notAFile' }
  | { reason: 'otherEncoding'; encoding: string }
  | { reason: 'notUtf8'; line: number }
  | {
      reason:
        | 'tooDeep'
        | 'tooManyEntries'
        | 'tooManyValues'
        | 'stringTooLong'
        | 'numberTooLong'
        | 'forbiddenKey'
        | 'duplicateKey'
        | 'controlCharacter'
        | 'loneSurrogate'
        | 'replacementCharacter';
      line: number;
      path: string;
      limit?: number;
      key?: string;
      code?: string;
    };

/** Why a backup could not be restored (texts `errors.invalidBackup.<reason>`). */
export type InvalidBackupParams =
  | { id: string; reason: 'unreadable' | 'notABackup' }
  | { id: string; reason: 'invalidEntry'; entry: number };

/**
 * The parameters of each error code: what its message needs. A code added to
 * {@link appErrorCodeSchema} gets its parameters here and its text in
 * `renderer/src/app/describeError.ts` (the compiler asks for the latter through
 * `assertNever`).
 */
export interface AppErrorParamsByCode {
  invalidRequest: { channel?: string; field?: string };
  unknownChannel: { channel: string };
  forbiddenSender: { channel: string };
  notFound: { id?: string; trashId?: string; job?: string };
  conflict: { stored?: number; given?: number; id?: string; job?: string };
  personalData: { count: number; firstPath: string };
  invalidImport: InvalidImportParams;
  invalidBackup: InvalidBackupParams;
  /** `reason` names the text `cpv.errors.<reason>`; the other values fill it. */
  invalidCpvFile: { reason: string; [value: string]: string | number };
  /** Why a picked file cannot be the logo (texts `settings.logo.refused.<reason>`). */
  invalidLogo: LogoRefusal;
  /** An errno code (`ENOSPC`…) or `newerVersion` / `quarantined`; see {@link STORAGE_FAILURE_REASONS}. */
  storageFailure: { reason: string; id?: string };
  internal: { channel?: string; detail?: string };
}

/** The parameters of one error code (plain values, for the message). */
export type AppErrorParams<C extends AppErrorCode> = C extends keyof AppErrorParamsByCode
  ? AppErrorParamsByCode[C]
  : Record<string, string | number>;

/**
 * A typed error result, a discriminated union on `code`: what went wrong, values for the
 * message (`params`, typed per code) and, for invalid data, the fields and why. Crosses IPC
 * and HTTP as plain JSON.
 */
export type AppError = {
  [C in AppErrorCode]: { code: C; params: AppErrorParams<C>; issues?: ValidationIssue[] };
}[AppErrorCode];

/** The wire form of {@link AppError}, checked loosely (the union is enforced at compile time). */
export const appErrorSchema = z.object({
  code: appErrorCodeSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  issues: z.array(validationIssueSchema).optional(),
});

/** The envelope of every service answer. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** An error the service raises on purpose; dispatch turns it into an {@link AppError}. */
export class ServiceError<C extends AppErrorCode = AppErrorCode> extends Error {
  readonly code: C;
  readonly params: AppErrorParams<C>;
  readonly issues: ValidationIssue[] | undefined;

  constructor(code: C, params: AppErrorParams<C>, issues?: ValidationIssue[]) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'ServiceError';
    this.code = code;
    this.params = params;
    this.issues = issues;
  }

  /** The plain form sent to the UI. */
  toAppError(): AppError {
    const error = this.issues
      ? { code: this.code, params: this.params, issues: this.issues }
      : { code: this.code, params: this.params };
    return error as AppError;
  }
}
