import type { SpreadsheetCell } from '../../domain/cpv/cpvImport';
import {
  CpvReadError,
  MAX_CPV_CELL_CHARS,
  MAX_CPV_COLUMNS,
  MAX_CPV_ROWS,
  MAX_CPV_SHARED_STRINGS,
  type ReadControl,
} from '../../records/cpvFile';
import {
  readZipDirectory,
  streamEntryText,
  XmlTokenizer,
  type InflateBudget,
  type ZipEntry,
} from '../../records/xlsxStream';

/**
 * The worksheets of an xlsx workbook as rows of cells, read from the zip as streams with
 * limits (SpreadsheetML, ECMA-376 part 1 §18.3 worksheets, §18.4 shared strings): the row
 * numbers a sheet declares (`<dimension ref>`, `<row r>`), columns, shared-string count and
 * cell length are checked as they arrive, so a small file declaring row 150 000 000 or a
 * million strings is refused before memory grows. Formula cells are refused (a CPV list is
 * values; a formula's cached result may not be what the user sees).
 */

function naturalOrder(a: ZipEntry, b: ZipEntry): number {
  return a.name.localeCompare(b.name, 'en', { numeric: true });
}

function columnNumber(ref: string): number {
  let n = 0;
  for (const c of ref) {
    const code = c.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
    if (n > MAX_CPV_COLUMNS) return n;
  }
  return n;
}

function rowOf(ref: string): number {
  const m = /(\d+)$/.exec(ref);
  return m ? Number(m[1]) : 0;
}

function tooManyRows(row: number): CpvReadError {
  return new CpvReadError('tooManyRows', { row, limit: MAX_CPV_ROWS });
}

function checkText(text: string, row: number): string {
  if (text.length > MAX_CPV_CELL_CHARS) throw new CpvReadError('cellTooLong', { row });
  if (text.includes('\uFFFD')) throw new CpvReadError('replacementCharacter', { line: row });
  return text;
}

async function readSharedStrings(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
): Promise<string[]> {
  const strings: string[] = [];
  let current: string | null = null;
  let phonetic = 0;
  let inText = false;
  const tokenizer = new XmlTokenizer({
    open(name, attributes) {
      if (name === 'sst') {
        const declared = Number(attributes['uniqueCount'] ?? 0);
        if (declared > MAX_CPV_SHARED_STRINGS) {
          throw new CpvReadError('tooManySharedStrings', { limit: MAX_CPV_SHARED_STRINGS });
        }
      } else if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && current !== null && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 'si' && current !== null) {
        strings.push(checkText(current, 0));
        current = null;
        if (strings.length > MAX_CPV_SHARED_STRINGS) {
          throw new CpvReadError('tooManySharedStrings', { limit: MAX_CPV_SHARED_STRINGS });
        }
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText && current !== null) {
        current += text;
        if (current.length > MAX_CPV_CELL_CHARS) throw new CpvReadError('cellTooLong', { row: 0 });
      }
    },
  });
  await streamEntryText(bytes, entry, budget, (text) => tokenizer.push(text));
  return strings;
}

async function readSheet(
  bytes: Uint8Array,
  entry: ZipEntry,
  strings: readonly string[],
  budget: InflateBudget,
): Promise<SpreadsheetCell[][]> {
  const rows: SpreadsheetCell[][] = [];
  let rowCount = 0;
  let rowNumber = 0;
  let row: SpreadsheetCell[] = [];
  let column = 0;
  let type = 'n';
  let capture: 'v' | 't' | null = null;
  let inlineString = false;
  let value = '';
  const tokenizer = new XmlTokenizer({
    open(name, attributes) {
      switch (name) {
        case 'dimension': {
          const last = rowOf(attributes['ref'] ?? '');
          if (last > MAX_CPV_ROWS) throw tooManyRows(last);
          break;
        }
        case 'row': {
          rowNumber = attributes['r'] ? Number(attributes['r']) : rowNumber + 1;
          rowCount++;
          if (!Number.isSafeInteger(rowNumber) || rowNumber < 1) {
            throw new CpvReadError('unreadableXlsx');
          }
          if (rowNumber > MAX_CPV_ROWS || rowCount > MAX_CPV_ROWS) throw tooManyRows(rowNumber);
          row = [];
          column = 0;
          break;
        }
        case 'c':
          column = attributes['r'] ? columnNumber(attributes['r']) : column + 1;
          if (column > MAX_CPV_COLUMNS) {
            throw new CpvReadError('tooManyColumns', { row: rowNumber, limit: MAX_CPV_COLUMNS });
          }
          type = attributes['t'] ?? 'n';
          value = '';
          break;
        case 'f':
          throw new CpvReadError('formula', { row: rowNumber });
        case 'v':
          capture = 'v';
          break;
        case 'is':
          inlineString = true;
          break;
        case 't':
          if (inlineString) capture = 't';
          break;
      }
    },
    close(name) {
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'is') inlineString = false;
      else if (name === 'c' && column >= 1) {
        row[column - 1] = cellValue(type, value, strings, rowNumber);
      } else if (name === 'row') {
        while (rows.length < rowNumber - 1) rows.push([]);
        rows[rowNumber - 1] = row;
      }
    },
    text(text) {
      if (capture !== null) {
        value += text;
        if (value.length > MAX_CPV_CELL_CHARS) {
          throw new CpvReadError('cellTooLong', { row: rowNumber });
        }
      }
    },
  });
  await streamEntryText(bytes, entry, budget, (text) => tokenizer.push(text));
  return rows;
}

function cellValue(
  type: string,
  value: string,
  strings: readonly string[],
  row: number,
): SpreadsheetCell {
  switch (type) {
    case 's':
      return strings[Number(value)] ?? null;
    case 'b':
      return value === '1';
    case 'str':
    case 'inlineStr':
      return checkText(value, row);
    case 'e':
      return null;
    default: {
      if (value.trim() === '') return null;
      const n = Number(value);
      return Number.isFinite(n) ? n : checkText(value, row);
    }
  }
}

/**
 * The workbook's worksheets in name order (sheet1, sheet2 … as Excel and LibreOffice write
 * them), each as rows (row `i` being spreadsheet row `i + 1`), one at a time.
 */
export async function* readXlsxRows(
  bytes: Uint8Array,
  control: ReadControl,
): AsyncGenerator<SpreadsheetCell[][]> {
  const entries = readZipDirectory(bytes);
  const sheets = entries
    .filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))
    .sort(naturalOrder);
  if (sheets.length === 0) throw new CpvReadError('unreadableXlsx');
  const shared = entries.find((e) => e.name === 'xl/sharedStrings.xml');
  const budget: InflateBudget = {
    ...control,
    used: 0,
    total: [...sheets, ...(shared ? [shared] : [])].reduce((t, e) => t + e.uncompressedSize, 0),
  };
  const strings = shared ? await readSharedStrings(bytes, shared, budget) : [];
  for (const sheet of sheets) yield await readSheet(bytes, sheet, strings, budget);
}
