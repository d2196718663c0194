import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { CpvCatalogStore, ImportedCpvCatalog } from '../../shared/api/ports';
import { cpvEntrySchema } from '../../shared/domain/cpv/cpvCode';
import { writeFileAtomic } from './atomicFile';

const FORMAT_VERSION = 1;

const storedCatalogSchema = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  importedAt: z.string(),
  fileName: z.string(),
  entries: z.array(cpvEntrySchema),
});

/**
 * The imported CPV list in `<workspace>/cpv/imported.json`, written atomically and kept in
 * memory after the first read. An unreadable file counts as "nothing imported" (the user
 * can import again); it is never half-replaced.
 */
export function fileCpvCatalogStore(workspaceRoot: string): CpvCatalogStore {
  const file = join(workspaceRoot, 'cpv', 'imported.json');
  let cached: ImportedCpvCatalog | null | undefined;
  return {
    async load() {
      if (cached !== undefined) return cached;
      try {
        const parsed = storedCatalogSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        cached = parsed.success
          ? {
              importedAt: parsed.data.importedAt,
              fileName: parsed.data.fileName,
              entries: parsed.data.entries,
            }
          : null;
      } catch {
        cached = null;
      }
      return cached;
    },
    async save(catalog) {
      await mkdir(dirname(file), { recursive: true });
      await writeFileAtomic(file, JSON.stringify({ formatVersion: FORMAT_VERSION, ...catalog }));
      cached = catalog;
    },
  };
}
