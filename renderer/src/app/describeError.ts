import type { TFunction } from 'i18next';
import type { AppError } from '../../../shared/api/errors';
import type { ValidationIssue } from '../../../shared/domain/common/validation';
import { tDynamic } from '../i18n';

const STORAGE_REASONS = new Set([
  'ENOSPC',
  'EACCES',
  'EPERM',
  'EBUSY',
  'ENOENT',
  'newerVersion',
  'quarantined',
]);

/** The message for an error result, in the user's language. */
export function describeError(t: TFunction, error: AppError): string {
  const params = error.params;
  switch (error.code) {
    case 'invalidImport':
      return tDynamic(t, `errors.invalidImport.${String(params['reason'])}`, params);
    case 'invalidBackup':
      return tDynamic(t, `errors.invalidBackup.${String(params['reason'])}`, params);
    case 'invalidCpvFile':
      return tDynamic(t, `cpv.errors.${String(params['reason'])}`, params);
    case 'storageFailure': {
      const reason = String(params['reason']);
      return STORAGE_REASONS.has(reason)
        ? tDynamic(t, `errors.storageFailure.${reason}`, params)
        : tDynamic(t, 'errors.storageFailure.generic', params);
    }
    default:
      return tDynamic(t, `errors.${error.code}`, params);
  }
}

/** One line per invalid field, e.g. "lots[0].name: tieto puuttuu". */
export function describeIssues(t: TFunction, issues: readonly ValidationIssue[] = []): string[] {
  const typeName = (name: string | undefined) =>
    name === undefined ? '' : tDynamic(t, `valueTypes.${name}`, { defaultValue: name });
  return issues.map((issue) =>
    tDynamic(t, `issues.${issue.kind}`, {
      path: issue.path,
      expected:
        issue.kind === 'wrongType' || issue.kind === 'missing'
          ? typeName(issue.expected)
          : (issue.expected ?? ''),
      received: issue.kind === 'wrongType' ? typeName(issue.received) : (issue.received ?? ''),
      limit: issue.limit ?? '',
      detail: issue.detail ?? '',
    }),
  );
}
