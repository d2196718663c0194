import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { pricingFormWorkbookBytes } from '../../../shared/documents/pricingForm';
import { ORGANISATION, sampleAwardInput } from '../../support/documentFixture';
import { removeTempDirs } from '../support/tempDir';
import { createTestService, type TestService } from '../support/testService';

afterEach(removeTempDirs);

const JOB = '00000000-0000-4000-8000-00000000f001';

/** The sample procurement with its tender comparisons, stored as the app stores them. */
async function withAwardSample(t: TestService, comparisons = true) {
  const input = sampleAwardInput('fi');
  await t.workspace.put(input.procurement);
  await t.ok('settings:saveOrganisation', { organisation: ORGANISATION });
  if (comparisons) {
    for (const record of input.comparisons) {
      await t.workspace.records.put({
        procurementId: input.procurement.id,
        kind: 'tenderComparison',
        recordId: record.id,
        record,
        expectedRevision: null,
      });
    }
  }
  return input;
}

async function chooseFolder(t: TestService): Promise<string> {
  const folder = join(t.exportDirectory, 'paketti');
  mkdirSync(folder);
  t.dialogs.folders.push(folder);
  const chosen = await t.ok('documents:chooseFolder', {});
  expect(chosen).toEqual({ status: 'chosen', folder });
  return folder;
}

describe('generating the document package', () => {
  it('writes every chosen document into the chosen folder as a job, never replacing a file', async () => {
    const t = await createTestService();
    const { procurement } = await withAwardSample(t);
    const folder = await chooseFolder(t);
    const request = {
      procurementId: procurement.id,
      documents: ['decision', 'pricingForm', 'evaluationReport'] as const,
      language: 'fi' as const,
      folder,
    };
    const first = await t.ok('documents:generate', {
      ...request,
      documents: [...request.documents],
      jobId: JOB,
    });
    expect(first.status).toBe('generated');
    expect(readdirSync(folder).sort()).toEqual([
      'Hankintapäätös ESIMERKKI-001.docx',
      'Hinnoittelulomake ESIMERKKI-001.docx',
      'Hinnoittelulomake ESIMERKKI-001.xlsx',
      'Tarjousvertailu ESIMERKKI-001.docx',
    ]);
    expect(await t.ok('job:progress', { jobId: JOB })).toMatchObject({
      state: 'done',
      done: 3,
      total: 3,
    });
    const again = await t.ok('documents:generate', { ...request, documents: ['decision'] });
    expect(again).toEqual({
      status: 'generated',
      files: [
        {
          document: 'decision',
          fileName: 'Hankintapäätös ESIMERKKI-001 (2).docx',
          path: join(folder, 'Hankintapäätös ESIMERKKI-001 (2).docx'),
        },
      ],
    });
    expect(readdirSync(folder).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('stops when the job is cancelled, and says so', async () => {
    const t = await createTestService();
    const { procurement } = await withAwardSample(t);
    const folder = await chooseFolder(t);
    const generating = t.ok('documents:generate', {
      jobId: JOB,
      procurementId: procurement.id,
      documents: ['invitationToTender', 'contractDraft', 'evaluationReport', 'decision'],
      language: 'fi',
      folder,
    });
    await expect.poll(async () => (await t.call('job:progress', { jobId: JOB })).ok).toBe(true);
    expect(await t.ok('job:cancel', { jobId: JOB })).toEqual({ cancelled: true });
    expect(await generating).toEqual({ status: 'cancelled' });
    expect(await t.ok('job:progress', { jobId: JOB })).toMatchObject({ state: 'cancelled' });
    expect(readdirSync(folder).length).toBeLessThan(4);
  });

  it('returns the checklist instead of generating a document with missing inputs', async () => {
    const t = await createTestService();
    const { procurement } = await withAwardSample(t, false);
    const folder = await chooseFolder(t);
    const readiness = await t.ok('documents:readiness', {
      procurementId: procurement.id,
      documents: ['invitationToTender', 'decision'],
      language: 'sv',
    });
    expect(readiness.documents).toEqual([
      { document: 'invitationToTender', missing: [] },
      {
        document: 'decision',
        missing: [
          {
            code: 'tenderComparison',
            at: { kind: 'phase', phase: 'criteria', field: 'tenderComparison' },
          },
        ],
      },
    ]);
    const result = await t.ok('documents:generate', {
      procurementId: procurement.id,
      documents: ['invitationToTender', 'decision'],
      language: 'fi',
      folder,
    });
    expect(result.status).toBe('incomplete');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('writes only into a folder chosen with the dialog', async () => {
    const t = await createTestService();
    const { procurement } = await withAwardSample(t);
    const error = await t.fail('documents:generate', {
      procurementId: procurement.id,
      documents: ['decision'],
      language: 'fi',
      folder: t.exportDirectory,
    });
    expect(error.code).toBe('invalidRequest');
    expect(readdirSync(t.exportDirectory)).toEqual([]);
    t.dialogs.folders.push(null);
    expect(await t.ok('documents:chooseFolder', {})).toEqual({ status: 'cancelled' });
  });
});

describe('importing a filled pricing form', () => {
  async function filledForm(t: TestService, change?: (s: ExcelJS.Worksheet) => void) {
    const blank = await pricingFormWorkbookBytes(sampleAwardInput('fi'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(blank.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    sheet.getCell('B5').value = 'Uusi Palvelu Oy';
    sheet.getCell('B6').value = '1112223-0';
    for (let r = 9; r <= 12; r++) sheet.getCell(`E${r}`).value = 90;
    change?.(sheet);
    const path = join(t.exportDirectory, 'hinnat.xlsx');
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
    return path;
  }

  it('puts the prices on the tenderer in every lot of the stored tender comparison', async () => {
    const t = await createTestService();
    const { procurement } = await withAwardSample(t);
    t.dialogs.opens.push(await filledForm(t));
    const result = await t.ok('documents:importPricingForm', { procurementId: procurement.id });
    expect(result).toEqual({ status: 'imported', tenderer: 'Uusi Palvelu Oy', lots: 4, prices: 4 });
    const stored = await t.workspace.records.list(procurement.id, 'tenderComparison');
    for (const item of stored.items) {
      expect(item.revision).toBe(2);
      const tender = item.record.tenders.find((x) => x.tenderer.businessId === '1112223-0');
      expect(tender?.prices).toEqual([
        { itemId: procurement.criteria.common.pricingItems[0]!.id, unitPriceCents: 9_000 },
      ]);
    }
  });

  it('refuses a changed form naming the cell, and stores nothing', async () => {
    const t = await createTestService();
    const { procurement } = await withAwardSample(t);
    t.dialogs.opens.push(await filledForm(t, (s) => (s.getCell('B9').value = 'Muu')));
    const result = await t.ok('documents:importPricingForm', { procurementId: procurement.id });
    expect(result).toEqual({
      status: 'refused',
      problems: [
        {
          code: 'structureChanged',
          cell: 'B9',
          params: { expected: 'Asiakaspäivä', found: 'Muu' },
        },
      ],
    });
    const stored = await t.workspace.records.list(procurement.id, 'tenderComparison');
    expect(stored.items.every((i) => i.revision === 1)).toBe(true);
  });
});
