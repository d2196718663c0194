import type { ServiceHandlers } from './contract';
import { KeyedQueue } from './keyedQueue';
import type { ServiceDeps } from './ports';
import { calendarHandlers } from './service/calendar';
import { createJobRegistry, jobHandlers } from './service/jobs';
import { cpvHandlers } from './service/cpv';
import { documentHandlers } from './service/documents';
import { exchangeHandlers } from './service/exchange';
import { organisationLogoHandlers } from './service/organisationLogo';
import { criteriaLibraryHandlers } from './service/criteriaLibrary';
import { procurementHandlers } from './service/procurements';
import { tenderComparisonHandlers } from './service/tenderComparisons';
import { workspaceHandlers } from './service/workspace';

/**
 * The service behind the IPC contract: pure orchestration over the ports in `deps`. The
 * same instance type serves the Electron main process and the end-to-end harness.
 */
export function createService(deps: ServiceDeps): ServiceHandlers {
  const queue = new KeyedQueue();
  const jobs = createJobRegistry();
  return {
    ...workspaceHandlers(deps),
    ...procurementHandlers(deps, queue),
    ...exchangeHandlers(deps, queue),
    ...cpvHandlers(deps, jobs),
    ...jobHandlers(jobs),
    ...calendarHandlers(deps),
    ...organisationLogoHandlers(deps),
    ...criteriaLibraryHandlers(deps, queue),
    ...documentHandlers(deps, jobs),
    ...tenderComparisonHandlers(deps, queue),
  };
}
