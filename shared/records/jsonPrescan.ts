import { JSON_SCAN_LIMITS } from '../domain/common/limits';

/**
 * Why a JSON text was refused by the pre-scan, with the line (1-based) and the path of the
 * value concerned (e.g. `procurement.lots[3].name`), so the message can point at it.
 */
export type JsonScanProblem = { line: number; path: string } & (
  | { kind: 'tooDeep'; limit: number }
  | { kind: 'tooManyEntries'; limit: number }
  | { kind: 'tooManyValues'; limit: number }
  | { kind: 'stringTooLong'; limit: number }
  | { kind: 'numberTooLong'; limit: number }
  | { kind: 'forbiddenKey'; key: string }
  | { kind: 'duplicateKey'; key: string }
  | { kind: 'controlCharacter'; code: string }
  | { kind: 'loneSurrogate' }
  | { kind: 'replacementCharacter' }
);

/** Options of {@link scanJson}. */
export interface JsonScanOptions {
  /**
   * Imported files only: refuse control characters (other than tab and line breaks), lone
   * surrogates and U+FFFD (a sign of text once decoded in the wrong encoding) in strings.
   * Stored files are written by the app and are not held to this.
   */
  strictText: boolean;
}

/**
 * Keys that reach an object's prototype when a parsed object is copied key by key; no honest
 * file has them, so they are refused wherever they appear (after unescaping).
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Frame {
  kind: 'object' | 'array';
  entries: number;
  keys: Set<string> | null;
  /** Current key (objects) or index (arrays) for the path. */
  at: string | number | null;
  expectKey: boolean;
}

function pathOf(stack: readonly Frame[]): string {
  let path = '';
  for (const frame of stack) {
    if (frame.at === null) break;
    path += typeof frame.at === 'number' ? `[${frame.at}]` : `${path === '' ? '' : '.'}${frame.at}`;
    if (path.length > 200) return `${path.slice(0, 200)}…`;
  }
  return path === '' ? '(root)' : path;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * A cheap single pass over JSON text before it is parsed: nesting depth, entries per object or
 * array, values in all, length of strings, keys and numbers, forbidden (`__proto__`) and
 * duplicate keys, and (for imports) characters that do not belong in text. Linear in the text's
 * length and stops at the first problem, so a 100 000-level nesting or a million keys cost
 * nothing. It does not check the grammar: `JSON.parse` does that afterwards.
 */
export function scanJson(text: string, options: JsonScanOptions): JsonScanProblem | null {
  const limits = JSON_SCAN_LIMITS;
  const stack: Frame[] = [];
  let line = 1;
  let values = 0;
  const n = text.length;

  const countValue = (): JsonScanProblem | null => {
    values++;
    if (values > limits.maxValues) {
      return { kind: 'tooManyValues', limit: limits.maxValues, line, path: pathOf(stack) };
    }
    return null;
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3a) {
      // Whitespace, and ':' (the next value belongs to the key just read).
      if (c === 0x3a && stack.length > 0) stack[stack.length - 1]!.expectKey = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === 0x7b || c === 0x5b) {
      // '{' or '['
      const problem = countValue();
      if (problem) return problem;
      if (stack.length >= limits.maxDepth) {
        return { kind: 'tooDeep', limit: limits.maxDepth, line, path: pathOf(stack) };
      }
      if (top?.kind === 'array') top.at = top.entries;
      stack.push({
        kind: c === 0x7b ? 'object' : 'array',
        entries: 0,
        keys: c === 0x7b ? new Set() : null,
        at: null,
        expectKey: c === 0x7b,
      });
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      stack.pop();
      continue;
    }
    if (c === 0x2c) {
      // ','
      if (top) {
        top.entries++;
        if (top.entries >= limits.maxEntriesPerContainer) {
          return {
            kind: 'tooManyEntries',
            limit: limits.maxEntriesPerContainer,
            line,
            path: pathOf(stack.slice(0, -1).concat({ ...top, at: null })),
          };
        }
        if (top.kind === 'object') top.expectKey = true;
        else top.at = top.entries;
      }
      continue;
    }
    if (c === 0x22) {
      // A string: find its end, checking escapes and characters on the way.
      const start = i;
      const startLine = line;
      const isKey = top?.kind === 'object' && top.expectKey;
      if (!isKey && top?.kind === 'array') top.at = top.entries;
      let j = i + 1;
      let pendingHigh = false;
      let problem: JsonScanProblem | null = null;
      const textProblem = (p: JsonScanProblem) => {
        if (options.strictText && !problem) problem = p;
      };
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === 0x22) break;
        if (d === 0x0a) line++;
        if (d === 0x5c) {
          // Escape: \uXXXX or a one-character escape.
          const e = text.charCodeAt(j + 1);
          if (e === 0x75) {
            const code = Number.parseInt(text.slice(j + 2, j + 6), 16);
            if (Number.isNaN(code)) break; // JSON.parse reports the bad escape
            if (pendingHigh && !isLow(code))
              textProblem({ kind: 'loneSurrogate', line, path: pathOf(stack) });
            if (!pendingHigh && isLow(code))
              textProblem({ kind: 'loneSurrogate', line, path: pathOf(stack) });
            pendingHigh = isHigh(code);
            if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) {
              textProblem({
                kind: 'controlCharacter',
                code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
                line,
                path: pathOf(stack),
              });
            }
            if (code === 0xfffd)
              textProblem({ kind: 'replacementCharacter', line, path: pathOf(stack) });
            j += 5;
            continue;
          }
          if (pendingHigh) textProblem({ kind: 'loneSurrogate', line, path: pathOf(stack) });
          pendingHigh = false;
          if (e === 0x62 || e === 0x66) {
            // \b and \f: control characters written short.
            textProblem({
              kind: 'controlCharacter',
              code: e === 0x62 ? 'U+0008' : 'U+000C',
              line,
              path: pathOf(stack),
            });
          }
          j++;
          continue;
        }
        if (pendingHigh && !isLow(d))
          textProblem({ kind: 'loneSurrogate', line, path: pathOf(stack) });
        if (!pendingHigh && isLow(d))
          textProblem({ kind: 'loneSurrogate', line, path: pathOf(stack) });
        pendingHigh = isHigh(d);
        if (d === 0xfffd) textProblem({ kind: 'replacementCharacter', line, path: pathOf(stack) });
      }
      if (pendingHigh) textProblem({ kind: 'loneSurrogate', line, path: pathOf(stack) });
      const length = j - start - 1;
      i = j;
      if (isKey) {
        // A key: checked by its unescaped value, so "\u005f_proto__" is caught too.
        if (length > limits.maxStringLength) {
          return {
            kind: 'stringTooLong',
            limit: limits.maxStringLength,
            line: startLine,
            path: pathOf(stack),
          };
        }
        let key: string;
        try {
          key = JSON.parse(text.slice(start, j + 1)) as string;
        } catch {
          return null; // not a valid string: JSON.parse reports it with its position
        }
        top.at = key;
        if (FORBIDDEN_KEYS.has(key))
          return { kind: 'forbiddenKey', key, line: startLine, path: pathOf(stack) };
        if (top.keys!.has(key))
          return { kind: 'duplicateKey', key, line: startLine, path: pathOf(stack) };
        top.keys!.add(key);
        continue;
      }
      if (problem) return problem;
      const counted = countValue();
      if (counted) return counted;
      if (length > limits.maxStringLength) {
        return {
          kind: 'stringTooLong',
          limit: limits.maxStringLength,
          line: startLine,
          path: pathOf(stack),
        };
      }
      continue;
    }
    // A number or a literal (true, false, null) or something JSON.parse will refuse.
    if (top?.kind === 'array') top.at = top.entries;
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (
        d === 0x2c ||
        d === 0x7d ||
        d === 0x5d ||
        d === 0x20 ||
        d === 0x0a ||
        d === 0x0d ||
        d === 0x09 ||
        d === 0x22 ||
        d === 0x7b ||
        d === 0x5b ||
        d === 0x3a
      )
        break;
      j++;
    }
    const counted = countValue();
    if (counted) return counted;
    if (j - i > limits.maxNumberLength) {
      return { kind: 'numberTooLong', limit: limits.maxNumberLength, line, path: pathOf(stack) };
    }
    i = j - 1;
  }
  return null;
}

/** The problem in plain English, for logs and the quarantine's reason file. */
export function describeJsonScanProblem(problem: JsonScanProblem): string {
  const where = `at ${problem.path} (line ${problem.line})`;
  switch (problem.kind) {
    case 'tooDeep':
      return `nesting deeper than ${problem.limit} levels ${where}`;
    case 'tooManyEntries':
      return `more than ${problem.limit} entries ${where}`;
    case 'tooManyValues':
      return `more than ${problem.limit} values in the file, ${where}`;
    case 'stringTooLong':
      return `text longer than ${problem.limit} characters ${where}`;
    case 'numberTooLong':
      return `number longer than ${problem.limit} characters ${where}`;
    case 'forbiddenKey':
      return `forbidden key "${problem.key}" ${where}`;
    case 'duplicateKey':
      return `key "${problem.key}" given twice ${where}`;
    case 'controlCharacter':
      return `control character ${problem.code} in text ${where}`;
    case 'loneSurrogate':
      return `broken character (lone surrogate) in text ${where}`;
    case 'replacementCharacter':
      return `replacement character U+FFFD (text damaged by a wrong encoding) ${where}`;
  }
}
