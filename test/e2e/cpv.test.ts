import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './appUnderTest';
import { screenshot, seriousAxeViolations } from './browser';
import type { Harness } from './harness';

// The CPV list import from Settings in the browser over the real service. The planning page
// that searches the list is mounted elsewhere; here the search is checked through the service.

let harness: Harness;
let page: Page;

useAppUnderTest((current) => {
  ({ page, harness } = current);
});

/** Real CPV 2008 codes and labels, then filler rows in the same shape (code + check digit). */
const REAL_ROWS: string[][] = [
  ['90910000-9', 'Cleaning services', 'Siivouspalvelut', 'Rengöring'],
  ['90911200-8', 'Building-cleaning services', 'Rakennusten siivouspalvelut', 'Byggnadsrengöring'],
  ['90919200-4', 'Office cleaning services', 'Toimistojen siivouspalvelut', 'Kontorsstädning'],
  ['55520000-1', 'Catering services', 'Ateriapalvelut', 'Cateringtjänster'],
  [
    '85312110-3',
    'Child day-care services',
    'Lasten päivähoitopalvelut',
    'Barnomsorg inom förskola',
  ],
];
const FILLER_COUNT = 295;

async function writeWorkbook(path: string, rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('CPV');
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
  return path;
}

function cpvListRows(): string[][] {
  const rows = [['CODE', 'EN', 'FI', 'SV'], ...REAL_ROWS];
  for (let i = 0; i < FILLER_COUNT; i++) {
    const code = String(30_100_000 + i * 100).padStart(8, '0');
    const n = String(i + 1).padStart(3, '0');
    rows.push([
      `${code}-${i % 10}`,
      `Office supply ${n}`,
      `Toimistotarvike ${n}`,
      `Kontorsmateriel ${n}`,
    ]);
  }
  return rows;
}

async function openSettings(): Promise<void> {
  await page.getByRole('link', { name: 'Asetukset ja varmuuskopiot' }).click();
  await page.getByRole('heading', { level: 1, name: 'Asetukset ja varmuuskopiot' }).waitFor();
  await page.getByTestId('cpv-catalog-info').waitFor();
}

describe('CPV list import end to end', () => {
  it('imports the EU-style CPV list from Settings and makes it searchable', async () => {
    await openSettings();
    const info = page.getByTestId('cpv-catalog-info');
    expect(await info.textContent()).toContain('115 sosiaali- ja muiden erityisten palvelujen');
    expect(await info.textContent()).toContain('ei ole tuotu');

    const path = await writeWorkbook(join(harness.dataDirectory, 'cpv_2008.xlsx'), cpvListRows());
    harness.dialogs.nextOpen(path);
    await page.getByTestId('cpv-import').click();
    const count = REAL_ROWS.length + FILLER_COUNT;
    await page
      .getByTestId('notice-success')
      .filter({ hasText: `CPV-luettelosta tuotiin ${count} koodia (suomi, ruotsi, englanti)` })
      .waitFor();
    await info.filter({ hasText: `${count} koodia tiedostosta cpv_2008.xlsx` }).waitFor();
    await screenshot(page, 'settings-cpv');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const service = harness.appService.service;
    const cleaning = await service['cpv:search']({ query: 'siivous', limit: 10 });
    expect(cleaning.results.map((e) => e.code)).toEqual(['90910000', '90911200', '90919200']);
    expect(cleaning.results[0]).toMatchObject({ checkDigit: '9', sv: 'Rengöring', annexE: false });
    const byCode = await service['cpv:search']({ query: '90910000-9', limit: 10 });
    expect(byCode.results[0]?.fi).toBe('Siivouspalvelut');
    const filler = await service['cpv:search']({ query: 'kontorsmateriel', limit: 10 });
    expect(filler).toMatchObject({ total: FILLER_COUNT });
    // The shipped liite E codes are still there, now with the imported check digit.
    const [childCare] = await service['cpv:lookup']({ codes: ['85312110'] });
    expect(childCare).toMatchObject({ checkDigit: '3', annexE: true });
    expect(await service['cpv:catalogInfo']({})).toMatchObject({
      shippedCount: 115,
      imported: { count, fileName: 'cpv_2008.xlsx' },
    });

    // After a reload the panel still shows the imported list.
    await page.reload();
    await page.getByTestId('cpv-catalog-info').filter({ hasText: 'cpv_2008.xlsx' }).waitFor();
  });

  it('refuses a file without CPV columns and names the columns it expected', async () => {
    await openSettings();
    const path = await writeWorkbook(join(harness.dataDirectory, 'hinnasto.xlsx'), [
      ['Tuote', 'Hinta', 'Yksikkö'],
      ['Ylläpitosiivous', 32.5, 'h'],
    ]);
    harness.dialogs.nextOpen(path);
    await page.getByTestId('cpv-import').click();
    const error = page.getByTestId('notice-error');
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('koodisaraketta (CODE, KOODI, KOD tai CPV)');
    expect(text).toContain('nimikesaraketta (FI, SV tai EN)');
    expect(text).toContain('Löytyneet sarakkeet: Tuote, Hinta, Yksikkö');
    await screenshot(page, 'settings-cpv-error');
    expect(await page.getByTestId('cpv-catalog-info').textContent()).toContain('ei ole tuotu');
    expect(await harness.appService.service['cpv:catalogInfo']({})).toMatchObject({
      imported: null,
    });
  });
});
