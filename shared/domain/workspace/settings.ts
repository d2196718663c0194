import { z } from 'zod';
import { isoDateTimeSchema } from '../common/calendarDate';
import {
  emptyOrganisationProfile,
  organisationProfileSchema,
  uiLanguageSchema,
} from './organisationProfile';

/** Window size and position remembered between sessions. */
export const windowStateSchema = z.object({
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean(),
});
/** See {@link windowStateSchema}. */
export type WindowState = z.infer<typeof windowStateSchema>;

/** A file the app wrote for the user, newest first in settings. */
export const recentExportSchema = z.object({
  path: z.string().min(1).max(4096),
  kind: z.enum(['procurement', 'calendar']),
  at: isoDateTimeSchema,
});
/** See {@link recentExportSchema}. */
export type RecentExport = z.infer<typeof recentExportSchema>;

/** How many recent exports are remembered. */
export const MAX_RECENT_EXPORTS = 10;

/** Application settings kept in electron-store (small, read rarely). */
export const settingsSchema = z.object({
  language: uiLanguageSchema,
  window: windowStateSchema,
  organisation: organisationProfileSchema,
  recentExports: z.array(recentExportSchema).max(MAX_RECENT_EXPORTS),
});
/** See {@link settingsSchema}. */
export type Settings = z.infer<typeof settingsSchema>;

/** Settings of a fresh installation. */
export const defaultSettings: Settings = {
  language: 'fi',
  window: { width: 1280, height: 860, maximized: false },
  organisation: emptyOrganisationProfile,
  recentExports: [],
};

/**
 * Reads stored settings field by field: a field that fails validation falls back to its
 * default and is reported by name, so one bad value never costs the user the rest.
 */
export function readSettings(raw: unknown): { settings: Settings; resetFields: string[] } {
  const source = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const resetFields: string[] = [];
  const pick = <K extends keyof Settings>(key: K, schema: z.ZodType<Settings[K]>): Settings[K] => {
    if (!(key in source)) return defaultSettings[key];
    const parsed = schema.safeParse(source[key]);
    if (parsed.success) return parsed.data;
    resetFields.push(key);
    return defaultSettings[key];
  };
  // The organisation profile is read field by field too: a release that adds a profile field,
  // or one bad value, must not cost the officer the rest of the profile.
  const readOrganisation = (): Settings['organisation'] => {
    const stored = source['organisation'];
    if (stored === undefined) return defaultSettings.organisation;
    const fields =
      stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
    const result: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(organisationProfileSchema.shape)) {
      const parsed = (schema as z.ZodType).safeParse(fields[key]);
      const fallback = defaultSettings.organisation[key as keyof Settings['organisation']];
      if (parsed.success) result[key] = parsed.data;
      else {
        result[key] = fallback;
        if (key in fields) resetFields.push(`organisation.${key}`);
      }
    }
    return organisationProfileSchema.parse(result);
  };
  const settings: Settings = {
    language: pick('language', uiLanguageSchema),
    window: pick('window', windowStateSchema),
    organisation: readOrganisation(),
    recentExports: pick('recentExports', settingsSchema.shape.recentExports),
  };
  return { settings, resetFields };
}

/** Adds an export to the front of the list, dropping duplicates and the oldest. */
export function withRecentExport(list: RecentExport[], entry: RecentExport): RecentExport[] {
  return [entry, ...list.filter((e) => e.path !== entry.path)].slice(0, MAX_RECENT_EXPORTS);
}
