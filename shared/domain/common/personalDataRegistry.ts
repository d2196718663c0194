import { z } from 'zod';
import { isoDateTimeSchema } from './calendarDate';
import { scanValue, type ScanFinding, type ScanPath, type SubtreeCache } from './personalDataScan';
import { formatPath } from './validation';

/**
 * The one registry of scanned records for the personal-data guard. Every record kind that is
 * stored (the procurement document, the organisation profile, and each record file the coming
 * phases add: tender comparisons, contracts, ledgers…) registers itself here once, next to its
 * schema, and every text field and object key of it is scanned on save and import: the walk
 * covers the whole value, so no screen or field list can forget one. Scanning a kind that
 * never registered is a programming error and throws, so a new kind cannot skip the guard.
 */

/**
 * The officer's confirmation that a match at `path` is not a personal identity code (e.g. a
 * document number whose check character happens to match). Stores a short fingerprint of the
 * normalised match, never the match itself.
 */
export const personalDataExemptionSchema = z.strictObject({
  /** Field path as shown (`lots[0].description`). */
  path: z.string().min(1).max(300),
  /** {@link fingerprintIdentityCode} of the normalised match. */
  fingerprint: z.string().regex(/^[0-9a-f]{5}$/),
  /** Why it is not a personal code, in the officer's words. */
  reason: z.string().trim().min(3).max(500),
  confirmedAt: isoDateTimeSchema,
});
/** See {@link personalDataExemptionSchema}. */
export type PersonalDataExemption = z.infer<typeof personalDataExemptionSchema>;

/** Most exemptions one record may hold (an honest procurement needs a handful). */
export const MAX_PERSONAL_DATA_EXEMPTIONS = 200;

/** The exemptions list as stored in a record (bounded). */
export const personalDataExemptionsSchema = z
  .array(personalDataExemptionSchema)
  .max(MAX_PERSONAL_DATA_EXEMPTIONS);

/** How a record kind is scanned. */
export interface ScannedRecordKind {
  /** Record kind id (`procurement`, `organisation`, `tenderComparison`…). */
  kind: string;
  /** The officer's recorded exemptions held in the record, if the kind supports them. */
  exemptionsOf?: (record: unknown) => readonly PersonalDataExemption[];
}

const registry = new Map<string, ScannedRecordKind>();

/** Registers (or replaces) how a record kind is scanned; call once next to the kind's schema. */
export function registerScannedRecordKind(definition: ScannedRecordKind): void {
  registry.set(definition.kind, definition);
}

/** Kinds registered so far (for tests and diagnostics). */
export function scannedRecordKinds(): string[] {
  return [...registry.keys()].sort();
}

/** Any JSON value without exemptions (imports, settings fragments). */
registerScannedRecordKind({ kind: 'generic' });

/** A finding of the guard with whether the officer has exempted it. */
export interface PersonalDataFinding extends ScanFinding {
  exempted: boolean;
}

/** True when an exemption covers a finding (same field, same fingerprint; never a key). */
export function isExempted(
  finding: ScanFinding,
  exemptions: readonly PersonalDataExemption[],
  prefixLength = 0,
): boolean {
  if (finding.where === 'key') return false;
  const path = formatPath([...finding.path.slice(prefixLength)]);
  return exemptions.some((e) => e.path === path && e.fingerprint === finding.fingerprint);
}

/**
 * Scans a record of a registered kind: every string value and key, at any depth, with the
 * officer's exemptions applied. `prefix` is prepended to reported paths (exemption paths are
 * relative to the record).
 */
export function scanRecord(
  kind: string,
  record: unknown,
  prefix: ScanPath = [],
  cache: SubtreeCache | null = null,
): PersonalDataFinding[] {
  const definition = registry.get(kind);
  if (!definition)
    throw new Error(`Record kind '${kind}' is not registered for the personal-data guard`);
  const exemptions = definition.exemptionsOf?.(record) ?? [];
  return scanValue(record, prefix, undefined, cache).map((f) => ({
    ...f,
    exempted: isExempted(f, exemptions, prefix.length),
  }));
}

/** Exemptions read defensively from a record's `personalDataExemptions` field. */
export function exemptionsField(record: unknown): readonly PersonalDataExemption[] {
  if (record === null || typeof record !== 'object') return [];
  const parsed = personalDataExemptionsSchema.safeParse(
    (record as { personalDataExemptions?: unknown }).personalDataExemptions,
  );
  return parsed.success ? parsed.data : [];
}

/**
 * A new exemption list with the given finding exempted (replacing an older one for the same
 * field), oldest dropped beyond the limit.
 */
export function addExemption(
  exemptions: readonly PersonalDataExemption[],
  finding: Pick<ScanFinding, 'path' | 'fingerprint'>,
  reason: string,
  confirmedAt: string,
): PersonalDataExemption[] {
  const path = formatPath([...finding.path]);
  const kept = exemptions.filter(
    (e) => !(e.path === path && e.fingerprint === finding.fingerprint),
  );
  const next = [
    ...kept,
    { path, fingerprint: finding.fingerprint, reason: reason.trim(), confirmedAt },
  ];
  return next.slice(-MAX_PERSONAL_DATA_EXEMPTIONS);
}

function startsWith(path: ScanPath, prefix: ScanPath): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}

function valueAt(record: unknown, path: ScanPath): unknown {
  let current: unknown = record;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** Scans a record kind as it is edited, without rescanning what did not change. */
export interface IncrementalScanner {
  /**
   * Findings of the record. With `changedPaths`, only those subtrees are rescanned and the
   * rest is taken from the previous scan; without, subtrees whose object identity is unchanged
   * since an earlier scan are reused (immutable edits), and every string's result is cached.
   */
  scan(record: unknown, changedPaths?: readonly ScanPath[]): PersonalDataFinding[];
}

/**
 * An {@link IncrementalScanner} for one record kind, for editors that scan on every keystroke.
 * The values given must be treated as immutable (edits create new objects along the path).
 */
export function createIncrementalScanner(kind: string): IncrementalScanner {
  const cache: SubtreeCache = new WeakMap();
  let previous: PersonalDataFinding[] | null = null;
  return {
    scan(record, changedPaths) {
      let findings: PersonalDataFinding[];
      if (previous && changedPaths) {
        const kept = previous.filter(
          (f) =>
            !changedPaths.some(
              (c) => startsWith(f.path, c) && (f.path.length > c.length || f.where === 'value'),
            ),
        );
        const fresh = changedPaths.flatMap((c) =>
          scanRecord('generic', valueAt(record, c), c, cache),
        );
        findings = [...kept, ...fresh];
      } else {
        findings = scanRecord(kind, record, [], cache);
      }
      const exemptions = registry.get(kind)?.exemptionsOf?.(record) ?? [];
      previous = findings.map((f) => ({ ...f, exempted: isExempted(f, exemptions) }));
      return previous;
    },
  };
}
