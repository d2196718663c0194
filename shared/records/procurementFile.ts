import { z } from 'zod';
import { procurementSchema, type Procurement } from '../domain/procurement/procurement';
import { describeZodError, type ValidationIssue } from '../domain/common/validation';
import { describeJsonScanProblem, scanJson, type JsonScanProblem } from './jsonPrescan';
import { PROCUREMENT_MIGRATIONS } from './migrations';

/**
 * The stored form of one procurement: `{ schemaVersion, procurement }`. Every file the app
 * writes carries its schema version; older files are upgraded by numbered migrations
 * (see ./migrations) before they are validated against the current schema.
 */
export const CURRENT_PROCUREMENT_SCHEMA_VERSION = 1 + PROCUREMENT_MIGRATIONS.length;

/** The current stored form. */
export const procurementFileSchema = z.object({
  schemaVersion: z.literal(CURRENT_PROCUREMENT_SCHEMA_VERSION),
  procurement: procurementSchema,
});
/** See {@link procurementFileSchema}. */
export type ProcurementFile = z.infer<typeof procurementFileSchema>;

/** Wraps a procurement for writing. */
export function toProcurementFile(procurement: Procurement): ProcurementFile {
  return { schemaVersion: CURRENT_PROCUREMENT_SCHEMA_VERSION, procurement };
}

/** Why a stored or imported procurement could not be read. */
export type ProcurementReadProblem =
  | { kind: 'notJson'; detail: string }
  /** Refused by the structural pre-scan before parsing (too deep, too large, `__proto__`…). */
  | { kind: 'unsafeJson'; scan: JsonScanProblem }
  | { kind: 'noSchemaVersion' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'invalid'; version: number; issues: ValidationIssue[] };

/** Result of reading a stored or imported procurement. */
export type ProcurementReadResult =
  | { ok: true; procurement: Procurement; migratedFrom: number | null }
  | { ok: false; problem: ProcurementReadProblem };

/**
 * Parses JSON text after the structural pre-scan ({@link scanJson}): a text the pre-scan refuses
 * is never handed to `JSON.parse`. A leading byte-order mark is dropped.
 */
export function parseCheckedJson(
  text: string,
  options: { strictText: boolean } = { strictText: false },
):
  | { ok: true; value: unknown }
  | { ok: false; problem: Extract<ProcurementReadProblem, { kind: 'notJson' | 'unsafeJson' }> } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const scan = scanJson(body, options);
  if (scan) return { ok: false, problem: { kind: 'unsafeJson', scan } };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    return {
      ok: false,
      problem: { kind: 'notJson', detail: e instanceof Error ? e.message : String(e) },
    };
  }
}

/** Parses JSON text (pre-scanned, see {@link parseCheckedJson}), with the reason in words on failure. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; detail: string } {
  const parsed = parseCheckedJson(text);
  if (parsed.ok) return parsed;
  return { ok: false, detail: describeReadProblem(parsed.problem) };
}

/**
 * A read problem in plain English, for logs and the quarantine's reason file (the UI
 * translates the structured problem instead).
 */
export function describeReadProblem(problem: ProcurementReadProblem): string {
  switch (problem.kind) {
    case 'notJson':
      return `Not valid JSON: ${problem.detail}`;
    case 'unsafeJson':
      return `Refused before parsing: ${describeJsonScanProblem(problem.scan)}`;
    case 'noSchemaVersion':
      return 'No schemaVersion';
    case 'newerVersion':
      return `Written by a newer version (schema version ${problem.version})`;
    case 'invalid':
      return problem.issues
        .map((i) => `${i.path}: ${i.kind} ${i.detail ?? i.expected ?? ''}`.trim())
        .join('\n');
  }
}

/**
 * Reads a `{ schemaVersion, procurement }` value: migrates it step by step from its own
 * version (each step validated against that version's frozen schema) and validates the
 * result against the current schema. Never drops a field silently: an unknown version or an
 * invalid field is reported with its path.
 */
export function readProcurementDocument(value: unknown): ProcurementReadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: { kind: 'noSchemaVersion' } };
  }
  const record = value as Record<string, unknown>;
  const version = record['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: { kind: 'noSchemaVersion' } };
  }
  if (version > CURRENT_PROCUREMENT_SCHEMA_VERSION) {
    return { ok: false, problem: { kind: 'newerVersion', version } };
  }
  // Issue paths are given from the file's top (`procurement.lots[0].name`) so the user can
  // find the field in the file.
  const inFile = (issues: ValidationIssue[]) =>
    issues.map((i) => ({
      ...i,
      path: i.path === '(root)' ? 'procurement' : `procurement.${i.path}`,
    }));
  let current: unknown = record['procurement'];
  for (let v = version; v < CURRENT_PROCUREMENT_SCHEMA_VERSION; v++) {
    const step = PROCUREMENT_MIGRATIONS[v - 1];
    if (!step) throw new Error(`No migration from schema version ${v}`);
    const parsed = step.fromSchema.safeParse(current);
    if (!parsed.success) {
      return {
        ok: false,
        problem: {
          kind: 'invalid',
          version: v,
          issues: inFile(describeZodError(parsed.error, current)),
        },
      };
    }
    current = step.migrate(parsed.data);
  }
  const parsed = procurementSchema.safeParse(current);
  if (!parsed.success) {
    return {
      ok: false,
      problem: {
        kind: 'invalid',
        version: CURRENT_PROCUREMENT_SCHEMA_VERSION,
        issues: inFile(describeZodError(parsed.error, current)),
      },
    };
  }
  return {
    ok: true,
    procurement: parsed.data,
    migratedFrom: version === CURRENT_PROCUREMENT_SCHEMA_VERSION ? null : version,
  };
}

/** Reads procurement JSON text (a stored file). */
export function readProcurementFileText(text: string): ProcurementReadResult {
  const json = parseCheckedJson(text);
  if (!json.ok) return { ok: false, problem: json.problem };
  return readProcurementDocument(json.value);
}
