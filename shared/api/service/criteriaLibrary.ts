import { seededCriteriaLibrary } from '../../domain/criteria/criteriaLibrary';
import type { ServiceHandlers } from '../contract';
import { ServiceError } from '../errors';
import type { KeyedQueue } from '../keyedQueue';
import type { ServiceDeps } from '../ports';
import { assertNoPersonalData } from './personalDataGuard';

type LibraryChannels = 'criteriaLibrary:get' | 'criteriaLibrary:save';

/** The queue key of the library: one writer at a time, like one procurement. */
const LIBRARY_KEY = 'criteria-library';

/**
 * The organisation's criteria library (issue 10: "editable and shared across procurements"):
 * seeded with the Tampere quality sub-criteria until the organisation first saves it, then
 * one file in the workspace with a revision, so a save from a stale view (a second window)
 * is refused as a conflict instead of overwriting the other edit. Library texts pass the
 * personal-data guard like every stored text.
 */
export function criteriaLibraryHandlers(
  deps: ServiceDeps,
  queue: KeyedQueue,
): Pick<ServiceHandlers, LibraryChannels> {
  const current = async () =>
    (await deps.criteriaLibrary.load()) ?? { library: seededCriteriaLibrary(), revision: 0 };
  return {
    'criteriaLibrary:get': () => queue.run(LIBRARY_KEY, current),

    'criteriaLibrary:save': ({ library, revision }) =>
      queue.run(LIBRARY_KEY, async () => {
        const stored = await current();
        if (stored.revision !== revision)
          throw new ServiceError('conflict', { stored: stored.revision, given: revision });
        assertNoPersonalData(library, ['library']);
        const next = { library, revision: revision + 1 };
        await deps.criteriaLibrary.save(next);
        return next;
      }),
  };
}
