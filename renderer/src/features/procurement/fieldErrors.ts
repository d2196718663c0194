import type { TFunction } from 'i18next';
import {
  createIncrementalScanner,
  type PersonalDataFinding,
} from '../../../../shared/domain/common/personalDataRegistry';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
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

const draftScanner = createIncrementalScanner('procurement');

/**
 * The personal-data findings that block saving a procurement draft (exempted ones left out).
 * Incremental: subtrees unchanged since the last keystroke and strings seen before are not
 * scanned again, so this is cheap to call on every edit.
 */
export function scanProcurementDraft(p: Procurement): PersonalDataFinding[] {
  return draftScanner.scan(p).filter((f) => !f.exempted);
}
