import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileFilter } from '../../../shared/api/ports';
import { CPV_FILE_ERROR_REASONS } from '../../../shared/api/service/cpvSpreadsheet';
import { catalogs, translate } from '../../../shared/i18n';
import { createAppService } from '../../../electron/storage/appService';
import { fileCpvCatalogStore } from '../../../electron/storage/cpvCatalogStore';
import { makeTempDir, removeTempDirs } from '../support/tempDir';
import { createTestService, type TestService } from '../support/testService';

afterEach(removeTempDirs);

type Cell = string | number | null;

/** Writes an xlsx workbook with the given sheets (name → rows) and returns its path. */
async function writeXlsx(path: string, sheets: Record<string, Cell[][]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(path);
  return path;
}

const EU_STYLE_ROWS: Cell[][] = [
  ['CODE', 'DE', 'EN', 'FI', 'SV'],
  ['90910000-9', 'Reinigungsdienste', 'Cleaning services', 'Siivouspalvelut', 'Rengöring'],
  [
    '90911200-8',
    'Gebäudereinigung',
    'Building-cleaning services',
    'Rakennusten siivouspalvelut',
    'Byggnadsrengöring',
  ],
  [
    '90919200-4',
    'Büroreinigung',
    'Office cleaning services',
    'Toimistojen siivouspalvelut',
    'Kontorsstädning',
  ],
  [
    '85312110-3',
    'Kindertagesstätten',
    'Child day-care services',
    'Lasten päivähoitopalvelut (2008)',
    'Barnomsorg inom förskola',
  ],
  ['9091x000', 'Kaputt', 'Broken', 'Rikki', 'Trasig'],
  ['90910000-9', 'Doppelt', 'Duplicate', 'Kaksoiskappale', 'Dubblett'],
];

async function importFile(t: TestService, path: string) {
  t.dialogs.opens.push(path);
  return t.ok('cpv:import', {});
}

describe('CPV search before a list is imported', () => {
  it('covers the 115 shipped liite E codes in fi, sv and en', async () => {
    const t = await createTestService();
    expect(await t.ok('cpv:catalogInfo', {})).toEqual({ shippedCount: 115, imported: null });
    const found = await t.ok('cpv:search', { query: 'paivahoito', limit: 10 });
    expect(found.results.map((e) => e.code)).toContain('85312110');
    expect(found.results.every((e) => e.annexE)).toBe(true);
    expect((await t.ok('cpv:search', { query: 'barnomsorg', limit: 10 })).total).toBeGreaterThan(0);
  });

  it('looks up known codes only, so the UI shows an unknown one as a bare code', async () => {
    const t = await createTestService();
    const found = await t.ok('cpv:lookup', { codes: ['90910000', '85312110', '85312110'] });
    expect(found).toEqual([
      {
        code: '85312110',
        checkDigit: null,
        fi: 'Lasten päivähoitopalvelut',
        sv: 'Barnomsorg inom förskola',
        en: 'Child daycare services',
        annexE: true,
      },
    ]);
  });

  it('refuses a malformed request', async () => {
    const t = await createTestService();
    expect((await t.fail('cpv:search', { query: 'x', limit: 0 })).code).toBe('invalidRequest');
    expect((await t.fail('cpv:lookup', { codes: ['9091'] })).code).toBe('invalidRequest');
  });
});

describe('importing a CPV list', () => {
  it('imports an xlsx picked in the dialog and searches it with the shipped codes', async () => {
    const t = await createTestService();
    const path = await writeXlsx(join(t.exportDirectory, 'cpv_2008_ver_2013.xlsx'), {
      CPV: EU_STYLE_ROWS,
    });
    const result = await importFile(t, path);
    expect(result).toEqual({
      status: 'imported',
      count: 4,
      skippedRows: 2,
      languages: ['fi', 'sv', 'en'],
      info: {
        shippedCount: 115,
        imported: {
          count: 4,
          importedAt: '2027-03-01T08:00:00.000Z',
          fileName: 'cpv_2008_ver_2013.xlsx',
        },
      },
    });

    const cleaning = await t.ok('cpv:search', { query: 'siivous', limit: 10 });
    expect(cleaning.results.map((e) => e.code)).toEqual(['90910000', '90911200', '90919200']);
    expect(cleaning.results[0]).toEqual({
      code: '90910000',
      checkDigit: '9',
      fi: 'Siivouspalvelut',
      sv: 'Rengöring',
      en: 'Cleaning services',
      annexE: false,
    });
    // Shipped codes stay searchable; an imported label replaces the shipped one.
    expect((await t.ok('cpv:search', { query: '853121', limit: 50 })).total).toBeGreaterThan(1);
    const [childCare] = await t.ok('cpv:lookup', { codes: ['85312110'] });
    expect(childCare).toMatchObject({
      checkDigit: '3',
      fi: 'Lasten päivähoitopalvelut (2008)',
      annexE: true,
    });
    expect(await t.ok('cpv:catalogInfo', {})).toEqual(result.status === 'imported' && result.info);
  });

  it('keeps the list in the workspace, where a restarted app finds it', async () => {
    const t = await createTestService();
    await importFile(
      t,
      await writeXlsx(join(t.exportDirectory, 'cpv.xlsx'), { CPV: EU_STYLE_ROWS }),
    );
    const stored = await fileCpvCatalogStore(t.workspaceRoot).load();
    expect(stored?.fileName).toBe('cpv.xlsx');
    expect(stored?.entries.map((e) => e.code)).toEqual([
      '90910000',
      '90911200',
      '90919200',
      '85312110',
    ]);
  });

  it('reads the first worksheet with a recognisable header', async () => {
    const t = await createTestService();
    const path = await writeXlsx(join(t.exportDirectory, 'ohje-ja-lista.xlsx'), {
      Ohje: [['Tämä työkirja sisältää CPV-koodit toisella välilehdellä.']],
      Koodit: [
        ['Koodi', 'Suomi'],
        [90910000, 'Siivouspalvelut'],
        [3000000, 'Maatalous-, kotieläin-, kalastus-, metsä- ja vastaavat tuotteet'],
      ],
    });
    const result = await importFile(t, path);
    expect(result).toMatchObject({ status: 'imported', count: 2, languages: ['fi'] });
    const [agriculture] = await t.ok('cpv:lookup', { codes: ['03000000'] });
    expect(agriculture?.fi).toMatch(/^Maatalous-/);
  });

  it('imports a semicolon-separated CSV saved by Finnish Excel in windows-1252', async () => {
    const t = await createTestService();
    const path = join(t.exportDirectory, 'cpv.csv');
    const text = 'Koodi;Suomi;Ruotsi\r\n90919200-4;Toimistojen siivouspalvelut;Kontorsstädning\r\n';
    writeFileSync(path, Uint8Array.from([...text].map((c) => c.charCodeAt(0))));
    expect(await importFile(t, path)).toMatchObject({ status: 'imported', count: 1 });
    const found = await t.ok('cpv:search', { query: 'kontorsstadning', limit: 5 });
    expect(found.results.map((e) => e.sv)).toEqual(['Kontorsstädning']);
  });

  it('does nothing when the officer cancels the dialog', async () => {
    const t = await createTestService();
    expect(await t.ok('cpv:import', {})).toEqual({ status: 'cancelled' });
    expect(await t.ok('cpv:catalogInfo', {})).toMatchObject({ imported: null });
  });

  it('offers the dialog in the UI language, with a filter for xlsx and csv', async () => {
    const requests: { title: string; filters: FileFilter[] }[] = [];
    const dataDirectory = makeTempDir();
    const app = await createAppService({
      dataDirectory,
      openSettingsFile: () => ({ store: { language: 'sv' }, path: join(dataDirectory, 's.json') }),
      dialogs: {
        chooseSavePath: async () => null,
        chooseOpenPath: async (options) => {
          requests.push(options);
          return null;
        },
      },
      openExternal: async () => undefined,
      version: '0.1.0-test',
      platform: 'linux',
    });
    await app.service['cpv:import']({});
    expect(requests).toEqual([
      {
        title: 'Importera CPV-förteckning',
        filters: [
          { name: 'Kalkylblad (xlsx, csv)', extensions: ['xlsx', 'csv', 'txt'] },
          { name: 'Alla filer', extensions: ['*'] },
        ],
      },
    ]);
  });
});

describe('refusing a file that is not a CPV list', () => {
  async function withImportedList() {
    const t = await createTestService();
    await importFile(
      t,
      await writeXlsx(join(t.exportDirectory, 'cpv.xlsx'), { CPV: EU_STYLE_ROWS }),
    );
    const storedFile = join(t.workspaceRoot, 'cpv', 'imported.json');
    return { t, storedFile, storedBefore: readFileSync(storedFile, 'utf8') };
  }

  async function refused(t: TestService, path: string) {
    t.dialogs.opens.push(path);
    return t.fail('cpv:import', {});
  }

  it('refuses an old .xls workbook and keeps the previous list', async () => {
    const { t, storedFile, storedBefore } = await withImportedList();
    const path = join(t.exportDirectory, 'cpv.xls');
    writeFileSync(path, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(await refused(t, path)).toEqual({
      code: 'invalidCpvFile',
      params: { reason: 'oldExcel' },
    });
    expect(readFileSync(storedFile, 'utf8')).toBe(storedBefore);
    expect((await t.ok('cpv:catalogInfo', {})).imported?.fileName).toBe('cpv.xlsx');
  });

  it('names the columns it expected and those it found', async () => {
    const { t, storedFile, storedBefore } = await withImportedList();
    const path = await writeXlsx(join(t.exportDirectory, 'hinnasto.xlsx'), {
      Hinnasto: [
        ['Tuote', 'Hinta', 'Yksikkö'],
        ['Siivous', 32.5, 'h'],
      ],
    });
    expect(await refused(t, path)).toEqual({
      code: 'invalidCpvFile',
      params: { reason: 'missingColumns', found: 'Tuote, Hinta, Yksikkö' },
    });
    expect(readFileSync(storedFile, 'utf8')).toBe(storedBefore);
  });

  it('reports the rows of a list where no row is valid', async () => {
    const t = await createTestService();
    const path = join(t.exportDirectory, 'rikki.csv');
    writeFileSync(path, 'CODE,FI\nabc,Siivous\n90910000,\n');
    expect(await refused(t, path)).toEqual({
      code: 'invalidCpvFile',
      params: { reason: 'noValidRows', skipped: 2, rows: '2, 3' },
    });
    expect(await t.ok('cpv:catalogInfo', {})).toMatchObject({ imported: null });
  });

  it('refuses a damaged xlsx, an empty file and a PDF', async () => {
    const t = await createTestService();
    const damaged = join(t.exportDirectory, 'rikki.xlsx');
    writeFileSync(damaged, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
    expect((await refused(t, damaged)).params).toEqual({ reason: 'unreadableXlsx' });
    const empty = join(t.exportDirectory, 'tyhja.csv');
    writeFileSync(empty, '');
    expect((await refused(t, empty)).params).toEqual({ reason: 'empty' });
    const pdf = join(t.exportDirectory, 'cpv.pdf');
    writeFileSync(pdf, Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]));
    expect((await refused(t, pdf)).params).toEqual({ reason: 'unsupported', extension: '.pdf' });
  });

  it('refuses a file over 30 MB without reading it', async () => {
    const t = await createTestService();
    const path = join(t.exportDirectory, 'valtava.csv');
    writeFileSync(path, 'CODE,FI\n');
    truncateSync(path, 31 * 1024 * 1024);
    expect((await refused(t, path)).params).toEqual({
      reason: 'tooLarge',
      megabytes: 31,
      limitMegabytes: 30,
    });
  });
});

describe('the messages for a refused CPV file', () => {
  it('exist for every reason in fi, sv and en, with the same placeholders', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const reason of CPV_FILE_ERROR_REASONS) {
      const texts = (['fi', 'sv', 'en'] as const).map(
        (language) => catalogs[language].cpv.errors[reason],
      );
      expect(texts.every((text) => text.length > 0)).toBe(true);
      expect(placeholders(texts[1]!)).toEqual(placeholders(texts[0]!));
      expect(placeholders(texts[2]!)).toEqual(placeholders(texts[0]!));
    }
    expect(translate('en', 'cpv.errors.missingColumns', { found: 'Tuote, Hinta' })).toContain(
      'Expected a code column (CODE, KOODI, KOD or CPV)',
    );
  });
});
