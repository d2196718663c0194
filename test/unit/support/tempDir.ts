import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/**
 * Real temp folders for storage tests: each test makes its own with {@link makeTempDir} and
 * the test file calls {@link removeTempDirs} in `afterEach`, so nothing is left behind.
 */
const created: string[] = [];

/** A fresh, empty folder under the system temp directory. */
export function makeTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hankintapolku-unit-'));
  created.push(dir);
  return dir;
}

/** Removes every folder made by {@link makeTempDir} since the last call. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Every file and folder under `root` with its exact bytes (hex), keyed by relative path with
 * forward slashes, so a test can assert a folder was left byte-for-byte unchanged.
 */
export function snapshotTree(root: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const key = relative(root, full).split('\\').join('/');
      if (statSync(full).isDirectory()) {
        result[`${key}/`] = 'dir';
        walk(full);
      } else {
        result[key] = readFileSync(full).toString('hex');
      }
    }
  };
  walk(root);
  return result;
}

/** Names in `dir`, sorted. */
export function namesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}
