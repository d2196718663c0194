import type { ServiceHandlers } from '../contract';
import { ServiceError } from '../errors';
import type { ServiceDeps } from '../ports';

type Handlers = Pick<ServiceHandlers, 'calendar:exportXlsx'>;

/** The procurement calendar's xlsx export. IN PROGRESS. */
export function calendarHandlers(_deps: ServiceDeps): Handlers {
  return {
    'calendar:exportXlsx': async () => {
      throw new ServiceError('internal', { detail: 'Calendar export is being built' });
    },
  };
}
