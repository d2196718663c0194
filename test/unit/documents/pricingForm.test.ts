import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pricingFormWorkbookBytes } from '../../../shared/documents/pricingForm';
import {
  applyPricingForm,
  MAX_PRICING_FORM_BYTES,
  readPricingForm,
} from '../../../shared/documents/pricingFormImport';
import { awardTenderId, sampleAwardInput } from '../../support/documentFixture';

const input = sampleAwardInput('fi');
const p = input.procurement;
const ITEM = p.criteria.common.pricingItems[0]!.id;

/** The blank form, opened as a supplier would, changed by `fill`, saved again. */
async function filled(
  fill: (sheet: ExcelJS.Worksheet) => void,
  language: 'fi' | 'sv' = 'fi',
): Promise<Uint8Array> {
  const blank = await pricingFormWorkbookBytes({ ...sampleAwardInput(language) });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(blank.buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  sheet.getCell('B5').value = 'Uusi Palvelu Oy';
  sheet.getCell('B6').value = '1112223-0';
  for (let r = 9; r <= 12; r++) sheet.getCell(`E${r}`).value = 95.5 + (r - 9);
  fill(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function problemsOf(bytes: Uint8Array) {
  const result = await readPricingForm(bytes, p);
  if (result.ok) throw new Error('expected a refusal');
  return result.problems.map((x) => `${x.cell ?? '-'} ${x.code}`);
}

describe('pricing form xlsx', () => {
  it('locks the structure, unlocks and marks only the input cells, validates prices as numbers', async () => {
    const bytes = await pricingFormWorkbookBytes(input);
    const sheetXml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).toMatch(/<sheetProtection[^>]*sheet="1"/);
    expect(sheetXml).toMatch(/<dataValidation[^>]*type="decimal"[^>]*sqref="E9:E12"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('E9').protection?.locked).toBe(false);
    expect(sheet.getCell('B5').protection?.locked).toBe(false);
    expect(sheet.getCell('D9').protection?.locked).not.toBe(false);
    expect(sheet.getCell('B9').value).toBe('Asiakaspäivä');
    expect(sheet.getCell('D9').value).toBe(10_000);
    expect(sheet.getCell('F9').value).toEqual({ formula: 'D9*E9' });
    expect(sheet.getCell('A12').value).toBe('2');
    expect(sheet.getColumn(7).hidden).toBe(true);
  });

  it('reads a filled form back: the tenderer and a price per lot and item, in cents', async () => {
    for (const language of ['fi', 'sv'] as const) {
      const result = await readPricingForm(await filled(() => {}, language), p);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.data.tenderer).toEqual({ name: 'Uusi Palvelu Oy', businessId: '1112223-0' });
      expect(result.data.prices).toEqual(
        p.lots.map((lot, i) => ({ lotId: lot.id, itemId: ITEM, unitPriceCents: 9_550 + i * 100 })),
      );
    }
  });

  it('accepts a price typed as text with a decimal comma', async () => {
    const result = await readPricingForm(await filled((s) => (s.getCell('E9').value = '12,50')), p);
    expect(result.ok && result.data.prices[0]!.unitPriceCents).toBe(1_250);
  });

  it('refuses a changed structure, naming the cell', async () => {
    expect(await problemsOf(await filled((s) => (s.getCell('B9').value = 'Muu kohta')))).toEqual([
      'B9 structureChanged',
    ]);
    expect(await problemsOf(await filled((s) => (s.getCell('D10').value = 1)))).toEqual([
      'D10 structureChanged',
    ]);
    // a row inserted above the items shifts every label: the first moved cell is named
    const inserted = await problemsOf(await filled((s) => s.spliceRows(9, 0, ['x'])));
    expect(inserted[0]).toBe('A9 structureChanged');
    expect(await problemsOf(await filled((s) => (s.getCell('E8').value = 'Hinta')))).toEqual([
      'E8 structureChanged',
    ]);
    expect(await problemsOf(await filled((s) => (s.getCell('B20').value = 'Lisärivi')))).toEqual([
      'B20 extraRows',
    ]);
  });

  it('refuses hostile or wrong values, naming the cell', async () => {
    const cases: [(s: ExcelJS.Worksheet) => void, string][] = [
      [(s) => (s.getCell('E9').value = { formula: '1+1' }), 'E9 formulaNotAllowed'],
      [(s) => (s.getCell('B5').value = { formula: 'HYPERLINK("x")' }), 'B5 formulaNotAllowed'],
      [(s) => (s.getCell('E10').value = -5), 'E10 priceNotPositive'],
      [(s) => (s.getCell('E10').value = 0), 'E10 priceNotPositive'],
      [(s) => (s.getCell('E11').value = 1.005), 'E11 priceTooPrecise'],
      [(s) => (s.getCell('E11').value = 'kallis'), 'E11 priceNotNumber'],
      [(s) => (s.getCell('E12').value = 1e12), 'E12 priceTooLarge'],
      [(s) => (s.getCell('E12').value = null), 'E12 priceMissing'],
      [(s) => (s.getCell('B6').value = '1234567-8'), 'B6 businessIdInvalid'],
      [(s) => (s.getCell('B5').value = ' '), 'B5 tendererMissing'],
      [(s) => (s.getCell('B5').value = 'x'.repeat(201)), 'B5 tendererTooLong'],
      [
        (s) => (s.getCell('G1').value = '00000000-0000-4000-8000-000000000999'),
        'G1 otherProcurement',
      ],
      [(s) => (s.getCell('G2').value = 'de'), 'G2 unknownLanguage'],
      [(s) => (s.getCell('G3').value = 2), 'G3 otherVersion'],
    ];
    for (const [fill, expected] of cases) {
      expect(await problemsOf(await filled(fill)), expected).toEqual([expected]);
    }
  });

  it('refuses a file that is not an xlsx, or too large, before reading it', async () => {
    expect(await problemsOf(new TextEncoder().encode('not a workbook'))).toEqual(['- notXlsx']);
    expect(await problemsOf(new Uint8Array(MAX_PRICING_FORM_BYTES + 1))).toEqual(['- tooLarge']);
  });

  it('puts the prices on the same tenderer in each lot, or adds the tenderer', async () => {
    const result = await readPricingForm(await filled(() => {}), p);
    if (!result.ok) throw new Error('refused');
    let n = 0;
    const ids = {
      newId: () => `00000000-0000-4000-8000-0000000ff0${String(n++).padStart(2, '0')}`,
      now: '2027-06-02T08:00:00.000Z',
    };
    const added = applyPricingForm(input.comparisons, p.id, result.data, ids);
    expect(added).toHaveLength(4);
    expect(added[0]!.tenders).toHaveLength(4);
    expect(added[0]!.tenders[3]!.tenderer.name).toBe('Uusi Palvelu Oy');
    expect(added[3]!.tenders[3]!.prices).toEqual([{ itemId: ITEM, unitPriceCents: 9_850 }]);
    // the input records are untouched
    expect(input.comparisons[0]!.tenders).toHaveLength(3);
    const same = applyPricingForm(
      input.comparisons,
      p.id,
      { ...result.data, tenderer: { name: 'Polku Palvelut Oy', businessId: '0135457-2' } },
      ids,
    );
    expect(same[1]!.tenders).toHaveLength(3);
    expect(same[1]!.tenders.find((t) => t.id === awardTenderId(1, 0))!.prices).toEqual([
      { itemId: ITEM, unitPriceCents: 9_650 },
    ]);
    // a lot without a record gets a new one
    const fresh = applyPricingForm([], p.id, result.data, ids);
    expect(fresh.map((r) => r.lotId)).toEqual(p.lots.map((l) => l.id));
  });
});
