import type { TFunction } from 'i18next';
import { assertNever } from '../../../shared/assertNever';
import { STORAGE_FAILURE_REASONS, type AppError } from '../../../shared/api/errors';
import type { ValidationIssue } from '../../../shared/domain/common/validation';
import { fieldLabel } from '../../../shared/i18n/fieldLabels';
import { tDynamic } from '../i18n';

const STORAGE_REASONS: ReadonlySet<string> = new Set(STORAGE_FAILURE_REASONS);

/**
 * The message for an error result, in the user's language: the one place where error codes
 * become text. A new code fails to compile here until it has its case.
 */
export function describeError(t: TFunction, error: AppError): string {
  switch (error.code) {
    case 'invalidRequest':
    case 'unknownChannel':
    case 'forbiddenSender':
    case 'notFound':
    case 'conflict':
    case 'internal':
      return tDynamic(t, `errors.${error.code}`, { ...error.params });
    case 'personalData':
      return tDynamic(t, 'errors.personalData', {
        ...error.params,
        firstPath:
          fieldLabel((key) => tDynamic(t, key), error.params.firstPath) ?? error.params.firstPath,
      });
    case 'invalidImport':
      return tDynamic(t, `errors.invalidImport.${error.params.reason}`, { ...error.params });
    case 'invalidBackup':
      return tDynamic(t, `errors.invalidBackup.${error.params.reason}`, { ...error.params });
    case 'invalidLogo':
      return tDynamic(t, `settings.logo.refused.${error.params.reason}`, { ...error.params });
    case 'invalidCpvFile':
      return tDynamic(t, `cpv.errors.${error.params.reason}`, { ...error.params });
    case 'storageFailure':
      return STORAGE_REASONS.has(error.params.reason)
        ? tDynamic(t, `errors.storageFailure.${error.params.reason}`, { ...error.params })
        : tDynamic(t, 'errors.storageFailure.generic', { ...error.params });
    default:
      return assertNever(error);
  }
}

/**
 * One line per invalid field, naming the field by its label on the form
 * ("Hankinnan nimi: tieto puuttuu"); a path without a label yet is shown as is.
 */
export function describeIssues(t: TFunction, issues: readonly ValidationIssue[] = []): string[] {
  const typeName = (name: string | undefined) =>
    name === undefined ? '' : tDynamic(t, `valueTypes.${name}`, { defaultValue: name });
  return issues.map((issue) =>
    tDynamic(t, `issues.${issue.kind}`, {
      path: fieldLabel((key) => tDynamic(t, key), issue.path) ?? issue.path,
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
