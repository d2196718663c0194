import { isoDateTimeSchema } from '../domain/common/calendarDate';
import type { Procurement } from '../domain/procurement/procurement';
import {
  CURRENT_PROCUREMENT_SCHEMA_VERSION,
  parseCheckedJson,
  readProcurementDocument,
  type ProcurementReadProblem,
} from './procurementFile';
import { decodeUtf8Strict, type TextDecodeProblem } from './textEncoding';

/** The marker that tells a `.hankinta.json` export apart from any other JSON file. */
export const EXCHANGE_FORMAT = 'hankintapolku.procurement';

/** File name suffix of a procurement export. */
export const EXCHANGE_EXTENSION = '.hankinta.json';

/** Largest import accepted; a procurement with years of follow-up stays far below it. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The export file: one procurement with its schema version and where it came from. */
export interface ProcurementExchangeFile {
  format: typeof EXCHANGE_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  appVersion: string;
  procurement: Procurement;
}

/** Builds the export file for one procurement. */
export function toExchangeFile(
  procurement: Procurement,
  meta: { exportedAt: string; appVersion: string },
): ProcurementExchangeFile {
  return {
    format: EXCHANGE_FORMAT,
    schemaVersion: CURRENT_PROCUREMENT_SCHEMA_VERSION,
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion,
    procurement,
  };
}

/** Why an import was refused. */
export type ImportProblem =
  | ProcurementReadProblem
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | TextDecodeProblem
  | { kind: 'notAnExport' }
  | { kind: 'badExportDate' };

/** Result of reading an import file. */
export type ImportReadResult =
  | { ok: true; procurement: Procurement; migratedFrom: number | null }
  | { ok: false; problem: ImportProblem };

/** Suggested file name for an export: the title made safe for every file system. */
export function exchangeFileName(title: string): string {
  // Characters Windows refuses in file names, and control characters, become spaces; invisible
  // format characters (right-to-left override, zero-width) are dropped, so a title cannot
  // disguise the file's real extension ("siivous\u202Enosj.exe").
  const safe = Array.from(title.normalize('NFC').replace(/\p{Cf}/gu, ''))
    .map((ch) => (ch.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 80);
  // Windows also refuses its device names (CON, NUL, COM1 …) before the first dot.
  const deviceName = /^(con|prn|aux|nul|com\d|lpt\d)\s*(\.|$)/i.test(safe);
  return `${safe === '' ? 'hankinta' : deviceName ? `_${safe}` : safe}${EXCHANGE_EXTENSION}`;
}

/**
 * Reads a `.hankinta.json` file's text: must be JSON, carry the export marker and a
 * schema version we know, and hold a valid procurement (after migration).
 */
export function readExchangeFileText(text: string, byteLength: number): ImportReadResult {
  if (byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, problem: { kind: 'tooLarge', bytes: byteLength, limit: MAX_IMPORT_BYTES } };
  }
  // Imported text is held to the strict checks (no control characters, U+FFFD or broken
  // surrogates in strings) before anything is parsed.
  const json = parseCheckedJson(text, { strictText: true });
  if (!json.ok) return { ok: false, problem: json.problem };
  const value = json.value;
  if (
    value === null ||
    typeof value !== 'object' ||
    (value as Record<string, unknown>)['format'] !== EXCHANGE_FORMAT
  ) {
    return { ok: false, problem: { kind: 'notAnExport' } };
  }
  const exportedAt = (value as Record<string, unknown>)['exportedAt'];
  if (!isoDateTimeSchema.safeParse(exportedAt).success) {
    return { ok: false, problem: { kind: 'badExportDate' } };
  }
  return readProcurementDocument(value);
}

/**
 * Reads a `.hankinta.json` file's bytes: the size first, then strict UTF-8 (the line of the
 * first bad byte is reported, nothing is replaced by U+FFFD), then {@link readExchangeFileText}.
 */
export function readExchangeFile(data: Uint8Array, byteLength: number): ImportReadResult {
  if (byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, problem: { kind: 'tooLarge', bytes: byteLength, limit: MAX_IMPORT_BYTES } };
  }
  const decoded = decodeUtf8Strict(data);
  if (!decoded.ok) return { ok: false, problem: decoded.problem };
  return readExchangeFileText(decoded.text, byteLength);
}
