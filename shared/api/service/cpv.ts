import type { ServiceHandlers } from '../contract';
import { ServiceError } from '../errors';
import type { ServiceDeps } from '../ports';

type Handlers = Pick<
  ServiceHandlers,
  'cpv:search' | 'cpv:lookup' | 'cpv:catalogInfo' | 'cpv:import'
>;

/** CPV search over the shipped liite E codes and an imported EU list. IN PROGRESS. */
export function cpvHandlers(_deps: ServiceDeps): Handlers {
  const notYet = async (): Promise<never> => {
    throw new ServiceError('internal', { detail: 'CPV search is being built' });
  };
  return {
    'cpv:search': notYet,
    'cpv:lookup': notYet,
    'cpv:catalogInfo': notYet,
    'cpv:import': notYet,
  };
}
