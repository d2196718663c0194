import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pricingFormWorkbookBytes } from '../../shared/documents/pricingForm';
import { ORGANISATION, sampleAwardInput } from '../support/documentFixture';
import { useAppUnderTest } from './appUnderTest';
import { screenshot, seriousAxeViolations } from './browser';
import type { Harness } from './harness';

// The documents phase through the real renderer, the real service, the built document worker
// thread and real files (only the preload bridge and the dialogs stand in for Electron).

let harness: Harness;
let page: Page;

useAppUnderTest((current) => {
  ({ page, harness } = current);
});

/** Stores the sample procurement (4 lots, criteria, a tender comparison per lot) and opens it. */
async function openSample(withComparisons = true) {
  const input = sampleAwardInput('fi');
  const { workspace, service } = harness.appService;
  await workspace.put(input.procurement);
  await service['settings:saveOrganisation']({ organisation: ORGANISATION });
  if (withComparisons) {
    for (const record of input.comparisons) {
      await workspace.records.put({
        procurementId: input.procurement.id,
        kind: 'tenderComparison',
        recordId: record.id,
        record,
        expectedRevision: null,
      });
    }
  }
  const hash = `#/procurements/${input.procurement.id}/documents`;
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.getByTestId('phase-documents').waitFor();
  return input;
}

async function generateInto(folder: string): Promise<void> {
  harness.dialogs.nextFolder(folder);
  await page.getByTestId('documents-folder').click();
  await page.getByTestId('documents-folder-path').getByText(folder).waitFor();
  await page.getByText(/Kaikki valitut asiakirjat voidaan luoda/).waitFor();
  const progress = page.getByTestId('documents-progress').waitFor();
  await page.getByTestId('documents-generate').click();
  await progress;
  await page.getByTestId('documents-results').waitFor();
}

describe('documents phase end to end', () => {
  it('generates the package in Finnish and in Swedish with progress, every file in the folder', async () => {
    await openSample();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const folder = mkdtempSync(join(tmpdir(), 'hankintapolku-package-'));
    await generateInto(folder);
    await screenshot(page, 'documents-generated-fi');
    const finnish = [
      'Hankintapäätös ESIMERKKI-001.docx',
      'Hankintasopimus (luonnos) ESIMERKKI-001.docx',
      'Hinnoittelulomake ESIMERKKI-001.docx',
      'Hinnoittelulomake ESIMERKKI-001.xlsx',
      'Kertomus hankintamenettelystä ESIMERKKI-001.docx',
      'Tarjouspyyntö ESIMERKKI-001.docx',
      'Tarjousvertailu ESIMERKKI-001.docx',
    ];
    expect(readdirSync(folder).sort()).toEqual(finnish);
    expect(await page.getByTestId('documents-results').getByRole('listitem').count()).toBe(7);
    // The folder can be shown in the file manager (only the one chosen for the package).
    await page.getByTestId('documents-open-folder').click();
    await expect.poll(() => harness.dialogs.openedFolders).toEqual([folder]);
    const service = harness.appService.service;
    expect(await service['documents:openFolder']({ folder: tmpdir() })).toEqual({ opened: false });
    expect(harness.dialogs.openedFolders).toEqual([folder]);

    await page.getByRole('radio', { name: 'ruotsi' }).check({ force: true });
    await page
      .getByTestId('document-language-sv')
      .and(page.locator(':checked'))
      .waitFor({ state: 'attached' });
    await page.getByText(/Kaikki valitut asiakirjat voidaan luoda/).waitFor();
    const progress = page.getByTestId('documents-progress').waitFor();
    await page.getByTestId('documents-generate').click();
    await progress;
    await page
      .getByTestId('documents-results')
      .getByText('Anbudsförfrågan ESIMERKKI-001.docx')
      .waitFor();
    const all = readdirSync(folder);
    for (const name of [
      'Anbudsförfrågan ESIMERKKI-001.docx',
      'Upphandlingsbeslut ESIMERKKI-001.docx',
      'Anbudsjämförelse ESIMERKKI-001.docx',
      'Prissättningsblankett ESIMERKKI-001.xlsx',
    ]) {
      expect(all).toContain(name);
    }
    expect(all).toHaveLength(14);
  });

  it('lists what a document lacks, linked to its phase, and generates nothing', async () => {
    const input = await openSample(false);
    const missing = page.getByTestId('missing-decision');
    await missing.waitFor();
    expect(await missing.textContent()).toContain('Tarjousvertailu puuttuu');
    // Linked to the step where the comparison is entered.
    expect(await missing.getByRole('link').first().getAttribute('href')).toBe(
      `#/procurements/${input.procurement.id}/criteria/comparison`,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'documents-checklist');
  });

  it('imports a filled pricing form into the tender comparison, and names the cell of a changed one', async () => {
    const input = await openSample();
    const blank = await pricingFormWorkbookBytes(sampleAwardInput('fi'));
    const write = async (change: (s: ExcelJS.Worksheet) => void) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(blank.buffer as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      sheet.getCell('B5').value = 'Uusi Palvelu Oy';
      sheet.getCell('B6').value = '1112223-0';
      for (let r = 9; r <= 12; r++) sheet.getCell(`E${r}`).value = 77.25;
      change(sheet);
      const path = join(mkdtempSync(join(tmpdir(), 'pricing-')), 'hinnat.xlsx');
      writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
      return path;
    };
    await page.getByTestId('step-pricing').click();
    await page.locator('[data-testid="phase-documents"][data-step="pricing"]').waitFor();

    harness.dialogs.nextOpen(await write((s) => (s.getCell('C10').value = 'tunti')));
    await page.getByTestId('pricing-import').click();
    const problems = page.getByTestId('pricing-import-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Solu C10');

    harness.dialogs.nextOpen(await write(() => {}));
    await page.getByTestId('pricing-import').click();
    await page.getByText(/Tarjoajan Uusi Palvelu Oy hinnat tuotiin/).waitFor();
    const stored = await harness.appService.workspace.records.list(
      input.procurement.id,
      'tenderComparison',
    );
    expect(stored.items).toHaveLength(4);
    for (const item of stored.items) {
      const tender = item.record.tenders.find((x) => x.tenderer.name === 'Uusi Palvelu Oy');
      expect(tender?.prices.map((p) => p.unitPriceCents)).toEqual([7_725]);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
