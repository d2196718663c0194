import { checkCsvShape, decodeTextStrict, detectDelimiter, parseCsv } from '../../records/csv';
import {
  CpvReadError,
  detectCpvFileKind,
  fileExtension,
  MAX_CPV_COLUMNS,
  MAX_CPV_FILE_BYTES,
  MAX_CPV_ROWS,
  type ReadControl,
} from '../../records/cpvFile';
import { looksLikeUtf16WithoutBom } from '../../records/csv';
import { readXlsxRows } from './cpvXlsx';
import {
  locateCpvColumns,
  readCpvRows,
  type CpvImport,
  type CpvImportProblem,
  type SpreadsheetRows,
} from '../../domain/cpv/cpvImport';
import { ServiceError } from '../errors';

/**
 * Reading a CPV list file the user picked into entries: xlsx through the streaming reader
 * (`cpvXlsx.ts`, bounded memory and limits), csv through shared/records/csv with strict
 * decoding and shape limits. Runs in the CPV import worker thread in the app (see
 * electron/workers/cpvImport.ts); node-only, never in the renderer bundle.
 */

const MEGABYTE = 1_048_576;
const FOUND_HEADERS_SHOWN = 12;

/** Every `params.reason` of an `invalidCpvFile` error; each has the text `cpv.errors.<reason>`. */
export const CPV_FILE_ERROR_REASONS = [
  'tooLarge',
  'empty',
  'oldExcel',
  'unsupported',
  'unreadableXlsx',
  'missingCodeColumn',
  'missingLabelColumns',
  'missingColumns',
  'noDataRows',
  'noValidRows',
  'tooManyCodes',
  'tooLargeUncompressed',
  'expandsTooMuch',
  'encrypted',
  'xmlDoctype',
  'tooManyRows',
  'tooManyLines',
  'tooManyColumns',
  'tooManySharedStrings',
  'cellTooLong',
  'formula',
  'invalidEncoding',
  'utf16WithoutBom',
  'replacementCharacter',
  'timeout',
  'outOfMemory',
  'importFailed',
] as const;
/** See {@link CPV_FILE_ERROR_REASONS}. */
export type CpvFileErrorReason = (typeof CPV_FILE_ERROR_REASONS)[number];

function fail(
  reason: CpvFileErrorReason,
  params: Record<string, string | number> = {},
): ServiceError {
  return new ServiceError('invalidCpvFile', { reason, ...params });
}

/** The error for a problem found in the rows; `reason` names the text `cpv.errors.<reason>`. */
export function cpvImportError(problem: CpvImportProblem): ServiceError {
  switch (problem.kind) {
    case 'empty':
    case 'noDataRows':
      return fail(problem.kind);
    case 'missingColumns': {
      const shown = problem.found.slice(0, FOUND_HEADERS_SHOWN).join(', ');
      const found = problem.found.length > FOUND_HEADERS_SHOWN ? `${shown}, …` : shown;
      const reasons = {
        code: 'missingCodeColumn',
        labels: 'missingLabelColumns',
        codeAndLabels: 'missingColumns',
      } as const;
      const reason = reasons[problem.missing];
      return fail(reason, { found });
    }
    case 'noValidRows':
      return fail('noValidRows', { skipped: problem.skipped, rows: problem.rowNumbers.join(', ') });
    case 'tooManyCodes':
      return fail('tooManyCodes', { limit: problem.limit });
  }
}

function readOrThrow(rows: SpreadsheetRows): CpvImport {
  const result = readCpvRows(rows);
  if (!result.ok) throw cpvImportError(result.problem);
  return result.value;
}

/**
 * Reads a CPV list file's bytes (`size` being the file's full size, which the reader may
 * not have read past the limit). Throws ServiceError('invalidCpvFile') naming the reason.
 */
export async function readCpvFile(
  path: string,
  bytes: Uint8Array,
  size: number,
  control: ReadControl = {},
): Promise<CpvImport> {
  try {
    return await readCpvFileUnchecked(path, bytes, size, control);
  } catch (error) {
    if (error instanceof CpvReadError) {
      throw fail(error.reason as CpvFileErrorReason, error.params);
    }
    throw error;
  }
}

/** Cells that a spreadsheet would run as a formula (=, @, or + / - before a letter). */
const FORMULA_START = /^(?:[=@]|[+-][A-Za-z(])/;

function readCsv(bytes: Uint8Array, control: ReadControl): CpvImport {
  const decoded = decodeTextStrict(bytes);
  if (!decoded.ok) {
    const p = decoded.problem;
    switch (p.kind) {
      case 'invalidEncoding':
        throw fail('invalidEncoding', { encoding: p.encoding.toUpperCase(), line: p.line });
      case 'replacementCharacter':
        throw fail('replacementCharacter', { line: p.line });
      case 'utf16WithoutBom':
        throw fail('utf16WithoutBom');
    }
  }
  const delimiter = detectDelimiter(decoded.text);
  const shape = checkCsvShape(decoded.text, delimiter, {
    maxLines: MAX_CPV_ROWS,
    maxColumns: MAX_CPV_COLUMNS,
  });
  if (shape?.kind === 'tooManyLines') throw fail('tooManyLines', { limit: shape.limit });
  if (shape?.kind === 'tooManyColumns') {
    throw fail('tooManyColumns', { row: shape.line, limit: shape.limit });
  }
  const rows = parseCsv(decoded.text, delimiter);
  control.onProgress?.(rows.length / 2, rows.length);
  rows.forEach((row, i) => {
    if (row.some((cell) => FORMULA_START.test(cell.trim()))) throw fail('formula', { row: i + 1 });
  });
  const result = readOrThrow(rows);
  control.onProgress?.(rows.length, rows.length);
  return result;
}

async function readCpvFileUnchecked(
  path: string,
  bytes: Uint8Array,
  size: number,
  control: ReadControl,
): Promise<CpvImport> {
  if (size > MAX_CPV_FILE_BYTES) {
    throw fail('tooLarge', {
      megabytes: Math.ceil(size / MEGABYTE),
      limitMegabytes: Math.round(MAX_CPV_FILE_BYTES / MEGABYTE),
    });
  }
  const extension = fileExtension(path);
  if (
    (extension === '' || ['csv', 'txt', 'tsv', 'tab'].includes(extension)) &&
    looksLikeUtf16WithoutBom(bytes)
  ) {
    throw fail('utf16WithoutBom');
  }
  const kind = detectCpvFileKind(path, bytes);
  switch (kind.kind) {
    case 'empty':
      throw fail(kind.kind);
    case 'oldExcel':
      // An encrypted xlsx is an OLE2 container holding an "EncryptedPackage" stream.
      throw fail(isEncryptedOffice(bytes) ? 'encrypted' : 'oldExcel');
    case 'unsupported':
      throw fail('unsupported', { extension: kind.extension === '' ? '?' : `.${kind.extension}` });
    case 'xlsx':
      return readXlsx(bytes, control);
    case 'csv':
      return readCsv(bytes, control);
  }
}

function isEncryptedOffice(bytes: Uint8Array): boolean {
  const marker = new TextEncoder().encode('EncryptedPackage');
  const wide = new Uint8Array(marker.length * 2);
  marker.forEach((b, i) => (wide[i * 2] = b));
  const haystack = bytes.subarray(0, Math.min(bytes.length, 1 << 20));
  outer: for (let i = 0; i + wide.length <= haystack.length; i++) {
    for (let k = 0; k < wide.length; k++) if (haystack[i + k] !== wide[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * The first worksheet with a recognisable header; when none has one, the problem of the
 * first worksheet that is not empty.
 */
async function readXlsx(bytes: Uint8Array, control: ReadControl): Promise<CpvImport> {
  let firstProblem: CpvImportProblem | null = null;
  for await (const rows of readXlsxRows(bytes, control)) {
    const located = locateCpvColumns(rows);
    if (located.ok) return readOrThrow(rows);
    if (firstProblem === null || firstProblem.kind === 'empty') firstProblem = located.problem;
  }
  throw cpvImportError(firstProblem ?? { kind: 'empty' });
}
