import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogoStore } from '../../shared/api/ports';
import { MAX_LOGO_BYTES } from '../../shared/domain/workspace/organisationLogo';
import { writeFileAtomic } from './atomicFile';

/**
 * The organisation's logo as `<workspace>/organisation/logo.img`, written atomically; its
 * type and size are in the organisation profile. A missing or oversized file reads as none.
 */
export function fileLogoStore(workspaceRoot: string): LogoStore {
  const dir = join(workspaceRoot, 'organisation');
  const file = join(dir, 'logo.img');
  return {
    async load() {
      try {
        const data = await readFile(file);
        return data.byteLength > MAX_LOGO_BYTES ? null : new Uint8Array(data);
      } catch {
        return null;
      }
    },
    async save(bytes) {
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(file, bytes);
    },
    async remove() {
      await rm(file, { force: true });
    },
  };
}
