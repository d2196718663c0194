import ExcelJS from 'exceljs';
import { decodeText, parseCsv } from '../../records/csv';
import { detectCpvFileKind, MAX_CPV_FILE_BYTES } from '../../records/cpvFile';
import {
  locateCpvColumns,
  readCpvRows,
  type CpvImport,
  type CpvImportProblem,
  type SpreadsheetCell,
  type SpreadsheetRows,
} from '../../domain/cpv/cpvImport';
import { ServiceError } from '../errors';

/**
 * Reading a CPV list file the user picked into entries: xlsx through exceljs (in memory, no
 * file access of its own), csv through shared/domain/csv. Only the service imports this
 * module, so exceljs never reaches the renderer bundle.
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

type ExcelValue = ExcelJS.CellValue;

/** An exceljs cell value as plain text, number or boolean (rich text joined, formulas' results). */
function plainCell(value: ExcelValue): SpreadsheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return plainCell((value as { result?: ExcelValue }).result ?? null);
  }
  if ('hyperlink' in value) return plainCell(value.text as ExcelValue);
  return null;
}

/** A worksheet's rows, row `i` being spreadsheet row `i + 1` (empty rows as []). */
function worksheetRows(sheet: ExcelJS.Worksheet): SpreadsheetCell[][] {
  const rows: SpreadsheetCell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    while (rows.length < rowNumber - 1) rows.push([]);
    const values = row.values as ExcelValue[];
    const cells: SpreadsheetCell[] = [];
    for (let column = 1; column < values.length; column++) cells.push(plainCell(values[column]));
    rows.push(cells);
  });
  return rows;
}

/**
 * The first worksheet with a recognisable header; when none has one, the problem of the
 * first worksheet that is not empty.
 */
async function readXlsx(bytes: Uint8Array): Promise<CpvImport> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw fail('unreadableXlsx');
  }
  let firstProblem: CpvImportProblem | null = null;
  for (const sheet of workbook.worksheets) {
    const rows = worksheetRows(sheet);
    const located = locateCpvColumns(rows);
    if (located.ok) return readOrThrow(rows);
    if (firstProblem === null || firstProblem.kind === 'empty') firstProblem = located.problem;
  }
  throw cpvImportError(firstProblem ?? { kind: 'empty' });
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
): Promise<CpvImport> {
  if (size > MAX_CPV_FILE_BYTES) {
    throw fail('tooLarge', {
      megabytes: Math.ceil(size / MEGABYTE),
      limitMegabytes: Math.round(MAX_CPV_FILE_BYTES / MEGABYTE),
    });
  }
  const kind = detectCpvFileKind(path, bytes);
  switch (kind.kind) {
    case 'empty':
    case 'oldExcel':
      throw fail(kind.kind);
    case 'unsupported':
      throw fail('unsupported', { extension: kind.extension === '' ? '?' : `.${kind.extension}` });
    case 'xlsx':
      return readXlsx(bytes);
    case 'csv':
      return readOrThrow(parseCsv(decodeText(bytes).text));
  }
}
