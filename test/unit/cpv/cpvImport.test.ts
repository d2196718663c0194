import { describe, expect, it } from 'vitest';
import { detectCpvFileKind, fileBaseName, fileExtension } from '../../../shared/records/cpvFile';
import {
  locateCpvColumns,
  readCodeCell,
  readCpvRows,
  type CpvImport,
  type SpreadsheetRows,
} from '../../../shared/domain/cpv/cpvImport';
import { decodeText, detectDelimiter, parseCsv } from '../../../shared/records/csv';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Encodes text as windows-1252 (Latin-1 range only, which is all these tests need). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
}

function read(rows: SpreadsheetRows): CpvImport {
  const result = readCpvRows(rows);
  if (!result.ok) throw new Error(`expected a list, got ${JSON.stringify(result.problem)}`);
  return result.value;
}

describe('reading CSV text', () => {
  it('splits comma, semicolon and tab separated lines, telling the delimiter from the header', () => {
    expect(parseCsv('CODE,EN,FI\n90910000-9,Cleaning services,Siivouspalvelut\n')).toEqual([
      ['CODE', 'EN', 'FI'],
      ['90910000-9', 'Cleaning services', 'Siivouspalvelut'],
    ]);
    expect(parseCsv('Koodi;Suomi\r\n90910000-9;Siivous, toimistot\r\n')).toEqual([
      ['Koodi', 'Suomi'],
      ['90910000-9', 'Siivous, toimistot'],
    ]);
    expect(parseCsv('Kod\tSvenska\n90910000-9\tRengöring')).toEqual([
      ['Kod', 'Svenska'],
      ['90910000-9', 'Rengöring'],
    ]);
  });

  it('prefers the semicolon Finnish Excel writes, and ignores delimiters inside quotes', () => {
    expect(detectDelimiter('"Koodi, CPV";"Nimike, suomi"\n1,2;3')).toBe(';');
    expect(detectDelimiter('CODE;EN\tFI')).toBe(';');
    expect(detectDelimiter('\n\nCODE\tEN\tFI')).toBe('\t');
    expect(detectDelimiter('CODE')).toBe(',');
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text =
      'CODE,EN\n"90910000-9","Cleaning ""deep"", windows"\n"90911000-6","Two\r\nlines"\n';
    expect(parseCsv(text)).toEqual([
      ['CODE', 'EN'],
      ['90910000-9', 'Cleaning "deep", windows'],
      ['90911000-6', 'Two\r\nlines'],
    ]);
  });

  it('keeps a quote inside an unquoted field and ends an unterminated quote at the end', () => {
    expect(parseCsv('CODE,EN\n1,15" display\n2,"open')).toEqual([
      ['CODE', 'EN'],
      ['1', '15" display'],
      ['2', 'open'],
    ]);
  });

  it('drops a byte order mark and keeps empty fields', () => {
    expect(parseCsv('\uFEFFCODE;FI;SV\n90910000;;Rengöring\n\n')).toEqual([
      ['CODE', 'FI', 'SV'],
      ['90910000', '', 'Rengöring'],
      [''],
    ]);
  });

  it('decodes UTF-8 (with or without BOM), UTF-16 and, failing UTF-8, windows-1252', () => {
    expect(decodeText(utf8('\uFEFFPäivähoito'))).toEqual({ text: 'Päivähoito', encoding: 'utf-8' });
    expect(decodeText(utf8('Päivähoito'))).toEqual({ text: 'Päivähoito', encoding: 'utf-8' });
    expect(decodeText(windows1252('Päivähoito; Rengöring; Städ'))).toEqual({
      text: 'Päivähoito; Rengöring; Städ',
      encoding: 'windows-1252',
    });
    // windows-1252 differs from Latin-1 in 0x80–0x9F: 0x80 is the euro sign.
    expect(decodeText(Uint8Array.from([0x80, 0x20, 0x35, 0x96, 0x36])).text).toBe('€ 5–6');
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...[...'Vård'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(decodeText(utf16)).toEqual({ text: 'Vård', encoding: 'utf-16le' });
  });
});

describe('recognising the columns of a CPV list', () => {
  it("reads the EU CPV 2008 file's header: CODE and 23 language columns", () => {
    const header = ['CODE', 'BG', 'CS', 'DA', 'DE', 'EL', 'EN', 'ES', 'ET', 'FI', 'FR', 'GA'];
    header.push('HU', 'IT', 'LT', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SL', 'SV');
    const located = locateCpvColumns([header]);
    expect(located).toEqual({
      ok: true,
      columns: { headerRowNumber: 1, code: 0, labels: { en: 6, fi: 9, sv: 23 } },
    });
  });

  it.each([
    [['Koodi', 'Suomi', 'Svenska', 'English'], 0, { fi: 1, sv: 2, en: 3 }],
    [['cpv', 'fi', 'sv', 'en'], 0, { fi: 1, sv: 2, en: 3 }],
    [['Nimike', 'CPV code', 'Finnish', 'Swedish'], 1, { fi: 2, sv: 3 }],
    [['Kod', 'svenska'], 0, { sv: 1 }],
    [['CPV-koodi', 'EN_label', 'FI_label'], 0, { en: 1, fi: 2 }],
    [['CPV code no', 'Nimi suomeksi', 'Benämning (SV)'], 0, { fi: 1, sv: 2 }],
  ])('recognises %j', (header, code, labels) => {
    expect(locateCpvColumns([header])).toEqual({
      ok: true,
      columns: { headerRowNumber: 1, code, labels },
    });
  });

  it('finds the header below a title line and empty rows', () => {
    const rows = [['CPV-luettelo 2008'], [], ['CODE', 'FI'], ['90910000-9', 'Siivouspalvelut']];
    expect(locateCpvColumns(rows)).toEqual({
      ok: true,
      columns: { headerRowNumber: 3, code: 0, labels: { fi: 1 } },
    });
  });

  it('names what is missing and the columns it found', () => {
    expect(locateCpvColumns([['Nimi', 'Hinta', null, 'Määrä']])).toEqual({
      ok: false,
      problem: {
        kind: 'missingColumns',
        missing: 'codeAndLabels',
        found: ['Nimi', 'Hinta', 'Määrä'],
      },
    });
    expect(locateCpvColumns([['Tunnus', 'FI']])).toMatchObject({
      problem: { missing: 'code', found: ['Tunnus', 'FI'] },
    });
    expect(locateCpvColumns([['CODE', 'DE', 'FR']])).toMatchObject({
      problem: { missing: 'labels', found: ['CODE', 'DE', 'FR'] },
    });
  });
});

describe('reading codes', () => {
  it('keeps the check digit and accepts codes without it', () => {
    expect(readCodeCell('03000000-1')).toEqual({ code: '03000000', checkDigit: '1' });
    expect(readCodeCell(' 9091 0000-9 ')).toEqual({ code: '90910000', checkDigit: '9' });
    expect(readCodeCell('90910000')).toEqual({ code: '90910000', checkDigit: null });
  });

  it('puts back the leading zero a spreadsheet dropped from a numeric code', () => {
    expect(readCodeCell(3000000)).toEqual({ code: '03000000', checkDigit: null });
    expect(readCodeCell(90910000)).toEqual({ code: '90910000', checkDigit: null });
    expect(readCodeCell('3000000-1')).toEqual({ code: '03000000', checkDigit: '1' });
  });

  it('refuses what is not a code', () => {
    for (const cell of [
      '909100',
      '909100000',
      '90910000-12',
      'CPV 90910000',
      '',
      null,
      12.5,
      true,
    ]) {
      expect(readCodeCell(cell)).toBeNull();
    }
  });
});

describe('reading a CPV list from rows', () => {
  it('reads entries in the languages the file has', () => {
    const result = read([
      ['CODE', 'EN', 'FI', 'SV'],
      ['90910000-9', 'Cleaning services', 'Siivouspalvelut', 'Rengöring'],
      ['03000000-1', 'Agricultural products', '  Maatalous-   tuotteet ', 'Jordbruksprodukter'],
    ]);
    expect(result.languages).toEqual(['fi', 'sv', 'en']);
    expect(result.rows).toEqual([
      {
        code: '90910000',
        checkDigit: '9',
        fi: 'Siivouspalvelut',
        sv: 'Rengöring',
        en: 'Cleaning services',
      },
      {
        code: '03000000',
        checkDigit: '1',
        fi: 'Maatalous- tuotteet',
        sv: 'Jordbruksprodukter',
        en: 'Agricultural products',
      },
    ]);
    expect(result.invalid).toEqual({ count: 0, rowNumbers: [] });
  });

  it('leaves a language empty when the file lacks it', () => {
    const result = read([
      ['Koodi', 'Suomi'],
      ['90910000', 'Siivouspalvelut'],
    ]);
    expect(result.languages).toEqual(['fi']);
    expect(result.rows[0]).toEqual({
      code: '90910000',
      checkDigit: null,
      fi: 'Siivouspalvelut',
      sv: '',
      en: '',
    });
  });

  it('skips rows with an invalid code or no label and reports the first row numbers', () => {
    const rows: SpreadsheetRows = [
      ['CODE', 'FI', 'EN'],
      ['90910000-9', 'Siivouspalvelut', 'Cleaning services'],
      ['9091x000', 'Virheellinen', 'Broken'],
      [],
      ['90911000-6', '', ''],
      ['Yhteensä', '2', ''],
      ['90919200-4', '', 'Office cleaning services'],
      ['1', 'a', 'b'],
      ['2', 'a', 'b'],
      ['3', 'a', 'b'],
    ];
    const result = read(rows);
    expect(result.rows.map((r) => r.code)).toEqual(['90910000', '90919200']);
    expect(result.invalid).toEqual({ count: 6, rowNumbers: [3, 5, 6, 8, 9] });
  });

  it('keeps the first of repeated codes and counts the rest', () => {
    const result = read([
      ['CODE', 'FI'],
      ['90910000-9', 'Siivouspalvelut'],
      ['90910000', 'Siivous (toinen)'],
      ['90910000-9', 'Siivous (kolmas)'],
    ]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.fi).toBe('Siivouspalvelut');
    expect(result.duplicates).toEqual({ count: 2, rowNumbers: [3, 4] });
  });

  it('reads a CSV file saved by Finnish Excel (semicolons, windows-1252)', () => {
    const bytes = windows1252(
      'Koodi;Suomi;Ruotsi\r\n85312110-3;Lasten päivähoitopalvelut;Barnomsorg inom förskola\r\n',
    );
    const result = read(parseCsv(decodeText(bytes).text));
    expect(result.rows).toEqual([
      {
        code: '85312110',
        checkDigit: '3',
        fi: 'Lasten päivähoitopalvelut',
        sv: 'Barnomsorg inom förskola',
        en: '',
      },
    ]);
  });

  it('refuses an empty sheet, a header without rows and a sheet without a valid row', () => {
    expect(readCpvRows([])).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(readCpvRows([[], ['', null]])).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(
      readCpvRows([
        ['CODE', 'FI'],
        [null, ''],
      ]),
    ).toEqual({
      ok: false,
      problem: { kind: 'noDataRows' },
    });
    expect(
      readCpvRows([
        ['CODE', 'FI'],
        ['abc', 'x'],
        ['90910000', ''],
      ]),
    ).toEqual({
      ok: false,
      problem: { kind: 'noValidRows', skipped: 2, rowNumbers: [2, 3] },
    });
  });
});

describe('telling the kind of file', () => {
  const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
  const ole2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]);

  it('reads a zip as xlsx, whatever its name, unless it is named as another zip format', () => {
    expect(detectCpvFileKind('C:\\Lataukset\\cpv_2008.xlsx', zip)).toEqual({ kind: 'xlsx' });
    expect(detectCpvFileKind('/tmp/cpv', zip)).toEqual({ kind: 'xlsx' });
    expect(detectCpvFileKind('/tmp/cpv.ods', zip)).toEqual({
      kind: 'unsupported',
      extension: 'ods',
    });
  });

  it('recognises an old .xls workbook by its signature or its name', () => {
    expect(detectCpvFileKind('/tmp/cpv.xls', ole2)).toEqual({ kind: 'oldExcel' });
    expect(detectCpvFileKind('/tmp/renamed.csv', ole2)).toEqual({ kind: 'oldExcel' });
    expect(detectCpvFileKind('/tmp/html-export.xls', utf8('<html>'))).toEqual({ kind: 'oldExcel' });
  });

  it('reads text named .csv, .txt or without extension as CSV, and refuses other files', () => {
    expect(detectCpvFileKind('/tmp/cpv.CSV', utf8('CODE;FI'))).toEqual({ kind: 'csv' });
    expect(detectCpvFileKind('/tmp/cpv.txt', utf8('CODE\tFI'))).toEqual({ kind: 'csv' });
    expect(detectCpvFileKind('/tmp/cpv', utf8('CODE,FI'))).toEqual({ kind: 'csv' });
    expect(detectCpvFileKind('/tmp/cpv.pdf', utf8('%PDF-1.7'))).toEqual({
      kind: 'unsupported',
      extension: 'pdf',
    });
    expect(detectCpvFileKind('/tmp/cpv.csv', Uint8Array.from([0x43, 0x00, 0x44]))).toEqual({
      kind: 'unsupported',
      extension: 'csv',
    });
    expect(detectCpvFileKind('/tmp/cpv.csv', new Uint8Array(0))).toEqual({ kind: 'empty' });
  });

  it('takes the file name from Windows and POSIX paths', () => {
    expect(fileBaseName('C:\\Users\\aino\\Lataukset\\cpv_2008.xlsx')).toBe('cpv_2008.xlsx');
    expect(fileBaseName('/home/aino/cpv.csv')).toBe('cpv.csv');
    expect(fileExtension('/home/aino/.hidden')).toBe('');
    expect(fileExtension('/home/aino/Lista.CSV')).toBe('csv');
  });
});
