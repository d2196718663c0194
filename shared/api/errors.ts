import { z } from 'zod';
import { validationIssueSchema, type ValidationIssue } from '../domain/common/validation';

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
  'storageFailure',
  'internal',
]);
/** See {@link appErrorCodeSchema}. */
export type AppErrorCode = z.infer<typeof appErrorCodeSchema>;

/**
 * A typed error result: what went wrong (`code`), values for the message (`params`) and,
 * for invalid data, the fields and why. Crosses IPC and HTTP as plain JSON.
 */
export const appErrorSchema = z.object({
  code: appErrorCodeSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  issues: z.array(validationIssueSchema).optional(),
});
/** See {@link appErrorSchema}. */
export type AppError = z.infer<typeof appErrorSchema>;

/** The envelope of every service answer. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** An error the service raises on purpose; dispatch turns it into an {@link AppError}. */
export class ServiceError extends Error {
  readonly code: AppErrorCode;
  readonly params: Record<string, string | number>;
  readonly issues: ValidationIssue[] | undefined;

  constructor(
    code: AppErrorCode,
    params: Record<string, string | number> = {},
    issues?: ValidationIssue[],
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'ServiceError';
    this.code = code;
    this.params = params;
    this.issues = issues;
  }

  /** The plain form sent to the UI. */
  toAppError(): AppError {
    return this.issues
      ? { code: this.code, params: this.params, issues: this.issues }
      : { code: this.code, params: this.params };
  }
}
