import { basename } from 'node:path';
import type { SettingsRepository } from '../../shared/api/ports';
import { readSettings, type Settings } from '../../shared/domain/workspace/settings';
import type { StorageProblem } from '../../shared/domain/workspace/storageProblem';
import { moveAside } from './fileWorkspace';

/**
 * What we use of electron-store (and of `conf`, the class electron-store extends, which the
 * end-to-end harness uses because electron-store needs the Electron binary to find its folder).
 */
export interface KeyValueFile {
  store: Record<string, unknown>;
  readonly path: string;
}

/** The options shared by electron-store in the app and `conf` in the harness. */
export const SETTINGS_STORE_OPTIONS = {
  configName: 'settings',
  clearInvalidConfig: false,
  watch: false,
  accessPropertiesByDotNotation: false,
} as const;

/**
 * Settings over a key-value file. The file is read once, validated field by field (a bad
 * field falls back to its default and is reported), then kept in memory: electron-store
 * re-reads and re-validates the whole file on every get, which we avoid.
 */
export function createSettingsRepository(
  file: KeyValueFile,
  initialProblems: StorageProblem[] = [],
): SettingsRepository {
  const { settings: initial, resetFields } = readSettings(file.store);
  let current: Settings = initial;
  const problems: StorageProblem[] = [...initialProblems];
  if (resetFields.length > 0) {
    problems.push({ kind: 'settingsReset', file: 'settings.json', detail: resetFields.join(', ') });
    file.store = { ...current };
  }
  return {
    get: () => structuredClone(current),
    update: (change) => {
      const next = change(structuredClone(current));
      file.store = { ...next };
      current = next;
      return structuredClone(current);
    },
    problems: () => [...problems],
  };
}

/**
 * Opens the settings file at `filePath`; one that cannot be parsed at all is moved aside under
 * a dated name (reported to the user) and a fresh one started, so the app always starts.
 */
export async function openSettings(
  create: () => KeyValueFile,
  now: Date,
  filePath: string,
): Promise<SettingsRepository> {
  let file: KeyValueFile;
  const problems: StorageProblem[] = [];
  try {
    // conf (and electron-store) parse the file already in their constructor.
    file = create();
    void file.store;
  } catch (error) {
    const movedTo = await moveAside(filePath, now);
    problems.push({
      kind: 'settingsUnreadable',
      file: basename(filePath),
      movedTo: basename(movedTo),
      detail: error instanceof Error ? error.message : String(error),
    });
    file = create();
  }
  return createSettingsRepository(file, problems);
}
