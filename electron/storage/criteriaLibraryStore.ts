import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { ServiceError } from '../../shared/api/errors';
import type { CriteriaLibraryStore, StoredCriteriaLibrary } from '../../shared/api/ports';
import {
  criteriaLibrarySchema,
  seededCriteriaLibrary,
} from '../../shared/domain/criteria/criteriaLibrary';
import { writeFileAtomic } from './atomicFile';
import { errnoCode } from './workspaceLayout';

const storedSchema = z.object({
  revision: z.number().int().min(1),
  library: criteriaLibrarySchema,
});

/**
 * The organisation's criteria library (issue 10), shared by every procurement of the
 * workspace, in `<workspace>/criteria/library.json`, written atomically with a revision.
 * No file yet: the seeded library (Tampere 2017 sub-criteria) at revision 0. A file that
 * cannot be read is refused (storageFailure) and never overwritten.
 */
export function fileCriteriaLibraryStore(workspaceRoot: string): CriteriaLibraryStore {
  const file = join(workspaceRoot, 'criteria', 'library.json');
  const read = async (): Promise<StoredCriteriaLibrary> => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return { revision: 0, library: seededCriteriaLibrary() };
      throw new ServiceError('storageFailure', { reason: errnoCode(error), id: 'criteriaLibrary' });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    const parsed = storedSchema.safeParse(json);
    if (!parsed.success) {
      throw new ServiceError('storageFailure', { reason: 'invalidFile', id: 'criteriaLibrary' });
    }
    return parsed.data;
  };
  return {
    read,
    async write(library, expectedRevision) {
      const current = await read();
      if (current.revision !== expectedRevision) {
        throw new ServiceError('conflict', { stored: current.revision, given: expectedRevision });
      }
      const next: StoredCriteriaLibrary = { revision: current.revision + 1, library };
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFileAtomic(file, JSON.stringify(next));
      } catch (error) {
        throw new ServiceError('storageFailure', {
          reason: errnoCode(error),
          id: 'criteriaLibrary',
        });
      }
      return next;
    },
  };
}
