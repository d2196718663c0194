import { findPersonalData } from '../../domain/common/personalIdentityCode';
import { formatPath } from '../../domain/common/validation';
import { ServiceError } from '../errors';

/**
 * Refuses a value holding a Finnish personal identity code in any field, naming each field.
 * Called on every save, rename, duplicate and import, and on the organisation profile, so
 * the workspace never becomes a register of the people a supplier employs.
 */
export function assertNoPersonalData(value: unknown, pathPrefix: string[] = []): void {
  const findings = findPersonalData(value, pathPrefix);
  if (findings.length === 0) return;
  throw new ServiceError(
    'personalData',
    { count: findings.length, firstPath: formatPath(findings[0]?.path ?? []) },
    findings.map((f) => ({ path: formatPath(f.path), kind: 'other', detail: f.masked })),
  );
}
