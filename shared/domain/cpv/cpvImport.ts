import { foldForSearch, type ImportedCpvRow } from './cpvCatalog';
import type { CpvLanguage } from './cpvCode';

/**
 * Reading a CPV list from spreadsheet rows: the EU's official CPV 2008 file (columns CODE,
 * BG, CS, …, EN, …, FI, …, SV) or any list with a code column and at least one of the
 * Finnish, Swedish and English label columns. The rows come from an xlsx worksheet or a CSV
 * file; this module only sees cell values.
 */

/** A cell value as a spreadsheet reader gives it. */
export type SpreadsheetCell = string | number | boolean | null | undefined;
/** A worksheet: rows of cells, row `i` being the spreadsheet's row `i + 1`. */
export type SpreadsheetRows = readonly (readonly SpreadsheetCell[])[];

/** The most codes a list may have (CPV 2008 has 9 454; room for future versions). */
export const MAX_CPV_IMPORT_CODES = 50_000;
/** How many row numbers a problem report lists. */
export const REPORTED_ROW_NUMBERS = 5;
/** How many rows from the top may precede the header (a title line, an empty line). */
const HEADER_SEARCH_ROWS = 10;

/** Where the columns are (0-based); the header's row number is 1-based. */
export interface CpvColumns {
  headerRowNumber: number;
  code: number;
  labels: Partial<Record<CpvLanguage, number>>;
}

/** Why a list could not be read. */
export type CpvImportProblem =
  | { kind: 'empty' }
  | { kind: 'missingColumns'; missing: 'code' | 'labels' | 'codeAndLabels'; found: string[] }
  | { kind: 'noDataRows' }
  | { kind: 'noValidRows'; skipped: number; rowNumbers: number[] }
  | { kind: 'tooManyCodes'; limit: number };

/** Rows that were left out, and the first few of their row numbers. */
export interface SkippedRows {
  count: number;
  rowNumbers: number[];
}

/** A list read successfully. */
export interface CpvImport {
  rows: ImportedCpvRow[];
  languages: CpvLanguage[];
  /** Rows whose code is not a CPV code or whose labels are all empty. */
  invalid: SkippedRows;
  /** Later rows repeating a code already read (the first one is kept). */
  duplicates: SkippedRows;
}

/** The outcome of {@link readCpvRows}. */
export type CpvImportResult =
  { ok: true; value: CpvImport } | { ok: false; problem: CpvImportProblem };

const CODE_WORDS = new Set([
  'code',
  'codes',
  'koodi',
  'kod',
  'cpv',
  'cpvcode',
  'cpvkoodi',
  'cpvkod',
]);
/** Words that may accompany a code header ("CPV code", "Koodi nro"). */
const CODE_EXTRA_WORDS = new Set(['nro', 'no', 'number', 'numero', 'nummer', 'id']);
const LANGUAGE_WORDS: Record<CpvLanguage, ReadonlySet<string>> = {
  fi: new Set(['fi', 'fin', 'finnish', 'suomi', 'suomeksi', 'finska', 'suomenkielinen']),
  sv: new Set(['sv', 'swe', 'swedish', 'svenska', 'ruotsi', 'ruotsiksi', 'ruotsinkielinen']),
  en: new Set(['en', 'eng', 'english', 'englanti', 'englanniksi', 'engelska']),
};

/** A header cell as words: "CPV code" → cpv, code; "EN_label" → en, label; "cpvKoodi" → cpvkoodi. */
function headerWords(cell: string): string[] {
  return foldForSearch(cell)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

function isCodeHeader(words: readonly string[]): boolean {
  return (
    words.some((w) => CODE_WORDS.has(w)) &&
    words.every((w) => CODE_WORDS.has(w) || CODE_EXTRA_WORDS.has(w))
  );
}

function headerLanguage(words: readonly string[]): CpvLanguage | null {
  const found = (Object.keys(LANGUAGE_WORDS) as CpvLanguage[]).filter((lang) =>
    words.some((w) => LANGUAGE_WORDS[lang].has(w)),
  );
  return found.length === 1 ? found[0]! : null;
}

/** A cell as trimmed text with inner whitespace collapsed. */
export function cellText(cell: SpreadsheetCell): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).replace(/\s+/g, ' ').trim();
}

function isEmptyRow(row: readonly SpreadsheetCell[]): boolean {
  return row.every((cell) => cellText(cell) === '');
}

function columnsOf(row: readonly SpreadsheetCell[]): Omit<CpvColumns, 'headerRowNumber'> | null {
  let code = -1;
  const labels: Partial<Record<CpvLanguage, number>> = {};
  row.forEach((cell, column) => {
    const words = headerWords(cellText(cell));
    if (words.length === 0) return;
    if (isCodeHeader(words)) {
      if (code < 0) code = column;
      return;
    }
    const lang = headerLanguage(words);
    if (lang !== null && labels[lang] === undefined) labels[lang] = column;
  });
  return { code, labels };
}

/**
 * Finds the header: the first non-empty row, or, when that is a title line, the first of the
 * next few non-empty rows that has both a code and a label column. When none has, the
 * problem names what was missing and what the first non-empty row had.
 */
export function locateCpvColumns(
  rows: SpreadsheetRows,
): { ok: true; columns: CpvColumns } | { ok: false; problem: CpvImportProblem } {
  let first: { row: readonly SpreadsheetCell[]; columns: ReturnType<typeof columnsOf> } | null =
    null;
  let seen = 0;
  for (let i = 0; i < rows.length && seen < HEADER_SEARCH_ROWS; i++) {
    const row = rows[i]!;
    if (isEmptyRow(row)) continue;
    seen++;
    const columns = columnsOf(row);
    first ??= { row, columns };
    if (columns && columns.code >= 0 && Object.keys(columns.labels).length > 0) {
      return { ok: true, columns: { ...columns, headerRowNumber: i + 1 } };
    }
  }
  if (first === null) return { ok: false, problem: { kind: 'empty' } };
  const hasCode = (first.columns?.code ?? -1) >= 0;
  const hasLabels = Object.keys(first.columns?.labels ?? {}).length > 0;
  return {
    ok: false,
    problem: {
      kind: 'missingColumns',
      missing: !hasCode && !hasLabels ? 'codeAndLabels' : !hasCode ? 'code' : 'labels',
      found: first.row.map(cellText).filter((text) => text !== ''),
    },
  };
}

/**
 * A code cell as eight digits and the check digit: `03000000-1`, `03000000`, `0300 0000`.
 * A spreadsheet that stored the code as a number lost its leading zero (3000000), so seven
 * digits are read with the zero put back; every CPV division has two digits (03–98).
 */
export function readCodeCell(
  cell: SpreadsheetCell,
): { code: string; checkDigit: string | null } | null {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell).replace(/\s/g, '');
  const m = /^(\d{7,8})(?:-(\d))?$/.exec(text);
  if (!m) return null;
  return { code: m[1]!.padStart(8, '0'), checkDigit: m[2] ?? null };
}

function note(skipped: SkippedRows, rowNumber: number): void {
  skipped.count++;
  if (skipped.rowNumbers.length < REPORTED_ROW_NUMBERS) skipped.rowNumbers.push(rowNumber);
}

/**
 * Reads a worksheet's rows as CPV entries. Empty rows are ignored; rows with an invalid code
 * or no label in any recognised language are skipped and counted; a repeated code keeps its
 * first row. Refuses a sheet without the needed columns, without data rows, or where no
 * row is valid.
 */
export function readCpvRows(rows: SpreadsheetRows): CpvImportResult {
  const located = locateCpvColumns(rows);
  if (!located.ok) return located;
  const { headerRowNumber, code: codeColumn, labels } = located.columns;
  const languages = (['fi', 'sv', 'en'] as const).filter((l) => labels[l] !== undefined);
  const label = (row: readonly SpreadsheetCell[], lang: CpvLanguage) => {
    const column = labels[lang];
    return column === undefined ? '' : cellText(row[column]);
  };

  const result: ImportedCpvRow[] = [];
  const seen = new Set<string>();
  const invalid: SkippedRows = { count: 0, rowNumbers: [] };
  const duplicates: SkippedRows = { count: 0, rowNumbers: [] };
  let dataRows = 0;
  for (let i = headerRowNumber; i < rows.length; i++) {
    const row = rows[i]!;
    if (isEmptyRow(row)) continue;
    dataRows++;
    const code = readCodeCell(row[codeColumn]);
    const entry = code && {
      ...code,
      fi: label(row, 'fi'),
      sv: label(row, 'sv'),
      en: label(row, 'en'),
    };
    if (!entry || (entry.fi === '' && entry.sv === '' && entry.en === '')) {
      note(invalid, i + 1);
    } else if (seen.has(entry.code)) {
      note(duplicates, i + 1);
    } else {
      if (result.length >= MAX_CPV_IMPORT_CODES) {
        return { ok: false, problem: { kind: 'tooManyCodes', limit: MAX_CPV_IMPORT_CODES } };
      }
      seen.add(entry.code);
      result.push(entry);
    }
  }
  if (dataRows === 0) return { ok: false, problem: { kind: 'noDataRows' } };
  if (result.length === 0) {
    return {
      ok: false,
      problem: { kind: 'noValidRows', skipped: invalid.count, rowNumbers: invalid.rowNumbers },
    };
  }
  return { ok: true, value: { rows: result, languages, invalid, duplicates } };
}
