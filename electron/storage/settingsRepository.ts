import { basename } from 'node:path';
import type { SettingsRepository } from '../../shared/api/ports';
import {
  MAX_RECENT_EXPORTS,
  readSettings,
  recentExportSchema,
  settingsSchema,
  type Settings,
} from '../../shared/domain/workspace/settings';
import { organisationProfileSchema } from '../../shared/domain/workspace/organisationProfile';
import { parseJsonText } from '../../shared/records/procurementFile';
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

/**
 * Reads the settings file's text: a byte-order mark (as Notepad writes) is dropped and the
 * JSON pre-scan applies (see shared/records/jsonPrescan.ts). Throws when the text cannot be
 * read, so the file is set aside (see {@link openSettings}).
 */
export function deserializeSettings(text: string): Record<string, unknown> {
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new SyntaxError(parsed.detail);
  const value = parsed.value;
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** The options shared by electron-store in the app and `conf` in the harness. */
export const SETTINGS_STORE_OPTIONS = {
  configName: 'settings',
  clearInvalidConfig: false,
  watch: false,
  accessPropertiesByDotNotation: false,
  deserialize: deserializeSettings,
} as const;

/** Keys of {@link Settings}; any other key in the file is a newer version's and is kept. */
const KNOWN_KEYS = new Set<string>(Object.keys(settingsSchema.shape));

/**
 * Keeps the readable entries of the stored list of recent exports and names the others
 * (`recentExports[2]`), so one bad entry costs only itself.
 */
function readRecentExports(raw: unknown): { entries: unknown[]; dropped: string[] } {
  if (!Array.isArray(raw))
    return { entries: [], dropped: raw === undefined ? [] : ['recentExports'] };
  const entries: unknown[] = [];
  const dropped: string[] = [];
  raw.forEach((entry, i) => {
    if (entries.length < MAX_RECENT_EXPORTS && recentExportSchema.safeParse(entry).success) {
      entries.push(entry);
    } else if (dropped.length < 20) dropped.push(`recentExports[${i}]`);
  });
  return { entries, dropped };
}

/** Entries of `raw` under keys not in `known` (written by a newer version). */
function unknownEntries(raw: unknown, known: ReadonlySet<string>): Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !known.has(key)));
}

const ORGANISATION_KEYS = new Set(Object.keys(organisationProfileSchema.shape));

/** The settings to write: this version's, with a newer version's keys (top level and profile) kept. */
function withKept(
  settings: Settings,
  kept: { top: Record<string, unknown>; organisation: Record<string, unknown> },
): Record<string, unknown> {
  return {
    ...kept.top,
    ...settings,
    organisation: { ...kept.organisation, ...settings.organisation },
  };
}

/**
 * Settings over a key-value file. The file is read once, validated field by field (a bad
 * field falls back to its default and is reported), then kept in memory: electron-store
 * re-reads and re-validates the whole file on every get, which we avoid.
 */
export function createSettingsRepository(
  file: KeyValueFile,
  initialProblems: StorageProblem[] = [],
): SettingsRepository {
  const stored = file.store;
  // Keys from a newer version are written back unchanged with every update.
  const kept = {
    top: unknownEntries(stored, KNOWN_KEYS),
    organisation: unknownEntries(stored['organisation'], ORGANISATION_KEYS),
  };
  const recent = readRecentExports(stored['recentExports']);
  const { settings: initial, resetFields } = readSettings({
    ...stored,
    ...(stored['recentExports'] === undefined ? {} : { recentExports: recent.entries }),
  });
  let current: Settings = initial;
  const problems: StorageProblem[] = [...initialProblems];
  const reset = [...resetFields, ...recent.dropped];
  if (reset.length > 0) {
    problems.push({ kind: 'settingsReset', file: 'settings.json', detail: reset.join(', ') });
    file.store = withKept(current, kept);
  }
  return {
    get: () => structuredClone(current),
    update: (change) => {
      const next = change(structuredClone(current));
      file.store = withKept(next, kept);
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
