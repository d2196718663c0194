import { z } from 'zod';

/**
 * A validation problem in words the UI can translate: which field (as a readable path such
 * as `lots[0].name`) and what kind of problem, with the values needed to explain it.
 * Used for IPC payloads, stored files and imported files alike.
 */
export const validationIssueSchema = z.object({
  path: z.string(),
  kind: z.enum([
    'missing',
    'wrongType',
    'tooShort',
    'tooLong',
    'tooSmall',
    'tooLarge',
    'notAllowed',
    'invalidFormat',
    'unknownField',
    'dateOutOfRange',
    'termTooLong',
    'duplicateId',
    'other',
  ]),
  expected: z.string().optional(),
  received: z.string().optional(),
  limit: z.union([z.number(), z.string()]).optional(),
  detail: z.string().optional(),
});

/** See {@link validationIssueSchema}. */
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

/** Renders a path like `['lots', 0, 'name']` as `lots[0].name`; the root is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A short name of a JSON value's type, for "expected number, received text" messages. */
export function jsonTypeOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isInteger(value)) return 'decimal';
  return typeof value;
}

type CustomKind = 'dateOutOfRange' | 'termTooLong' | 'duplicateId' | 'tooLong' | 'tooShort';
const CUSTOM_KINDS = new Set<string>([
  'dateOutOfRange',
  'termTooLong',
  'duplicateId',
  'tooLong',
  'tooShort',
]);

/** The translatable kind a custom check names in its params (`issueKind`), if any. */
function customIssueKind(params: Record<string, unknown> | undefined): CustomKind | null {
  const kind = params?.['issueKind'];
  return typeof kind === 'string' && CUSTOM_KINDS.has(kind) ? (kind as CustomKind) : null;
}

/** Turns a zod error into translatable issues; `input` is what was parsed. */
export function describeZodError(error: z.ZodError, input: unknown): ValidationIssue[] {
  return error.issues.slice(0, 20).map((issue): ValidationIssue => {
    const path = formatPath(issue.path);
    switch (issue.code) {
      case 'invalid_type': {
        const received = valueAt(input, issue.path);
        if (received === undefined) return { path, kind: 'missing', expected: issue.expected };
        return {
          path,
          kind: 'wrongType',
          expected: issue.expected,
          received: jsonTypeOf(received),
        };
      }
      case 'too_small':
        return {
          path,
          kind: issue.origin === 'string' || issue.origin === 'array' ? 'tooShort' : 'tooSmall',
          limit: Number(issue.minimum),
        };
      case 'too_big':
        return {
          path,
          kind: issue.origin === 'string' || issue.origin === 'array' ? 'tooLong' : 'tooLarge',
          limit: Number(issue.maximum),
        };
      case 'invalid_value':
        return {
          path,
          kind: 'notAllowed',
          expected: issue.values.map(String).join(', '),
          received: String(valueAt(input, issue.path)),
        };
      case 'invalid_format':
        return { path, kind: 'invalidFormat', expected: issue.format };
      case 'unrecognized_keys':
        return { path, kind: 'unknownField', detail: issue.keys.join(', ') };
      case 'custom': {
        // A custom check may name a translatable kind (e.g. `dateOutOfRange`) in its params.
        const kind = customIssueKind(issue.params);
        if (kind) {
          const limit: unknown = issue.params?.['limit'];
          const received: unknown = issue.params?.['received'] ?? valueAt(input, issue.path);
          return {
            path,
            kind,
            received: String(received).slice(0, 60),
            ...(typeof limit === 'string' || typeof limit === 'number' ? { limit } : {}),
            detail: issue.message,
          };
        }
        return { path, kind: 'other', detail: issue.message };
      }
      default:
        return { path, kind: 'other', detail: issue.message };
    }
  });
}
