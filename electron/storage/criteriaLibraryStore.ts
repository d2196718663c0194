import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { CriteriaLibraryStore, StoredCriteriaLibrary } from '../../shared/api/ports';
import { criteriaLibrarySchema } from '../../shared/domain/criteria/criteriaLibrary';
import { writeFileAtomic } from './atomicFile';

const storedSchema = z.object({
  library: criteriaLibrarySchema,
  revision: z.number().int().min(1),
});

/**
 * The criteria library in `<workspace>/criteria/library.json`, written atomically. A file
 * that does not read (damaged, or from a newer version) is kept aside as
 * `library.unreadable-<time>.json` (renamed, once) before anything replaces it, so the organisation's
 * criteria are never silently lost; the library then starts again from the seeds.
 */
export function fileCriteriaLibraryStore(workspaceRoot: string): CriteriaLibraryStore {
  const file = join(workspaceRoot, 'criteria', 'library.json');
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      let parsed: ReturnType<typeof storedSchema.safeParse>;
      try {
        parsed = storedSchema.safeParse(JSON.parse(text));
      } catch {
        parsed = storedSchema.safeParse(undefined);
      }
      if (parsed.success) return parsed.data;
      await rename(file, join(dirname(file), `library.unreadable-${Date.now()}.json`));
      return null;
    },
    async save(stored: StoredCriteriaLibrary) {
      await mkdir(dirname(file), { recursive: true });
      await writeFileAtomic(file, JSON.stringify(stored));
    },
  };
}
