import '../../domain/procurement/procurement';
import { scanRecord } from '../../domain/common/personalDataRegistry';
import { ScanTooDeepError } from '../../domain/common/personalDataScan';
import { formatPath } from '../../domain/common/validation';
import { ServiceError } from '../errors';

/**
 * Refuses a value holding a Finnish personal identity code in any field or object key,
 * naming each field. `kind` is the record kind as registered with the personal-data guard
 * (`procurement`, …; `generic` for a plain value): a finding the officer has exempted in the
 * record (a document number that is not a personal code, with the reason recorded) does not
 * block the save. Called on every save, rename, duplicate and import, and on the organisation
 * profile, so the workspace never becomes a register of the people a supplier employs.
 */
export function assertNoPersonalData(
  value: unknown,
  pathPrefix: string[] = [],
  kind = 'generic',
): void {
  let findings;
  try {
    findings = scanRecord(kind, value, pathPrefix).filter((f) => !f.exempted);
  } catch (error) {
    if (!(error instanceof ScanTooDeepError)) throw error;
    // A value too deep to check cannot be shown to be free of personal data.
    throw new ServiceError('personalData', { count: 1, firstPath: formatPath(pathPrefix) });
  }
  if (findings.length === 0) return;
  throw new ServiceError(
    'personalData',
    { count: findings.length, firstPath: formatPath(findings[0]?.path ?? []) },
    findings.map((f) => ({ path: formatPath([...f.path]), kind: 'other', detail: f.masked })),
  );
}
