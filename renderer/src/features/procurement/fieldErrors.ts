import type { TFunction } from 'i18next';
import type { PersonalDataFinding } from '../../../../shared/domain/common/personalIdentityCode';
import { formatPath } from '../../../../shared/domain/common/validation';

/**
 * Status props for a form field whose path (`description`, `lots[0].name`) holds a personal
 * identity code, so the officer sees exactly which field blocks saving.
 */
export function personalDataStatus(
  t: TFunction,
  findings: readonly PersonalDataFinding[],
  path: string,
): { status: 'error'; statusText: string } | { status: 'default' } {
  const hit = findings.find((f) => formatPath(f.path) === path);
  return hit
    ? { status: 'error', statusText: t('errors.personalDataField', { masked: hit.masked }) }
    : { status: 'default' };
}
