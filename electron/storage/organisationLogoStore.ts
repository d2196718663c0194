import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { OrganisationLogoStore, StoredLogo } from '../../shared/api/ports';
import { inspectLogo, MAX_LOGO_BYTES } from '../../shared/domain/workspace/organisationLogo';
import { writeFileAtomic } from './atomicFile';

const FORMAT_VERSION = 1;

const storedLogoSchema = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  fileName: z.string().max(260),
  /** The image bytes, base64; checked again with `inspectLogo` when read. */
  data: z.base64().max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 4),
});

/**
 * The organisation's logo in `<workspace>/organisation/logo.json` (file name and bytes in
 * one file, so a replace is one atomic rename), kept in memory after the first read. A file
 * that no longer reads as a PNG or JPEG counts as no logo: documents are still generated,
 * without it, and the settings view offers to choose one again.
 */
export function fileOrganisationLogoStore(workspaceRoot: string): OrganisationLogoStore {
  const file = join(workspaceRoot, 'organisation', 'logo.json');
  let cached: StoredLogo | null | undefined;
  return {
    async load() {
      if (cached !== undefined) return cached;
      try {
        const parsed = storedLogoSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        const data = parsed.success
          ? new Uint8Array(Buffer.from(parsed.data.data, 'base64'))
          : null;
        const checked = data ? inspectLogo(data) : null;
        cached =
          parsed.success && data && checked?.ok
            ? { ...checked.logo, fileName: parsed.data.fileName, data }
            : null;
      } catch {
        cached = null;
      }
      return cached;
    },
    async save(logo) {
      await mkdir(dirname(file), { recursive: true });
      await writeFileAtomic(
        file,
        JSON.stringify({
          formatVersion: FORMAT_VERSION,
          fileName: logo.fileName,
          data: Buffer.from(logo.data).toString('base64'),
        }),
      );
      cached = logo;
    },
    async remove() {
      await rm(file, { force: true });
      cached = null;
    },
  };
}
