import ExcelJS from 'exceljs';
import { criteriaForLot } from '../domain/criteria/criteriaPlan';
import { textIn } from '../domain/criteria/localizedText';
import type { Procurement } from '../domain/procurement/procurement';
import { formatNumber } from '../format';
import { translate } from '../i18n';
import { pricingFormTexts } from '../i18n/documents/pricingForm';
import { documentTranslator } from './documentText';
import { documentMeta, type DocumentInput } from './invitationToTender';
import type { Block, DocumentContent, DocumentLanguage } from './word/blocks';

/** One priced row of the form: which lot and item it is, as the supplier sees it. */
export interface PricingFormRow {
  lotId: string | null;
  lotCode: string;
  itemId: string;
  itemName: string;
  unit: string;
  quantity: number;
}

/**
 * The form's layout, the one source for the xlsx writer and the import: the tenderer's name
 * in B5 and Business ID in B6, the header on row 8, one row per lot and item from row 9
 * (columns A lot, B item, C unit, D quantity, E unit price — the only input —, F total
 * formula, G the hidden row key), then the sum row. G1 holds the procurement id and G2 the
 * form language, both hidden, so a form is imported against the right procurement.
 */
export const PRICING_FORM = {
  tendererCell: 'B5',
  businessIdCell: 'B6',
  headerRow: 8,
  firstRow: 9,
  procurementIdCell: 'G1',
  languageCell: 'G2',
  /** Version of the layout, in G3; a form of another version is refused. */
  versionCell: 'G3',
  version: 1,
} as const;

/** The rows of the form: every lot's pricing items (its own criteria or the common ones). */
export function pricingFormRows(p: Procurement, language: DocumentLanguage): PricingFormRow[] {
  const texts = pricingFormTexts[language];
  const lots: { id: string | null; code: string }[] =
    p.lots.length > 0 ? p.lots.map((l) => ({ id: l.id, code: l.code })) : [{ id: null, code: '' }];
  const rows: PricingFormRow[] = [];
  for (const lot of lots) {
    for (const item of criteriaForLot(p.criteria, lot.id).pricingItems) {
      rows.push({
        lotId: lot.id,
        lotCode: lot.code || texts.whole,
        itemId: item.id,
        itemName: textIn(item.name, language),
        unit: translate(language, `criteria.priceUnit.${item.unit}`),
        quantity: item.quantity,
      });
    }
  }
  return rows;
}

/** The key of a row in the hidden column G: `<lotId or "-">:<itemId>`. */
export function rowKey(row: Pick<PricingFormRow, 'lotId' | 'itemId'>): string {
  return `${row.lotId ?? '-'}:${row.itemId}`;
}

/**
 * The pricing form as a Word document: the items to price per lot in a table with the
 * estimated quantities and empty price columns, for the call for tenders' appendices.
 */
export function buildPricingForm(input: DocumentInput): DocumentContent {
  const t = documentTranslator(input.language);
  const { language } = input;
  const rows = pricingFormRows(input.procurement, language);
  const blocks: Block[] = [{ kind: 'paragraph', text: t('pricingForm.intro') }];
  if (rows.length === 0) blocks.push({ kind: 'note', text: t('pricingForm.noItems') });
  const lotIds = [...new Set(rows.map((r) => r.lotId))];
  for (const lotId of lotIds) {
    const lotRows = rows.filter((r) => r.lotId === lotId);
    const lot = input.procurement.lots.find((l) => l.id === lotId);
    if (lot) {
      blocks.push({
        kind: 'heading',
        level: 1,
        text: t('award.lotHeading', { code: lot.code, name: lot.name }),
      });
    }
    blocks.push({
      kind: 'table',
      headers: [
        t('pricingForm.columns.item'),
        t('pricingForm.columns.unit'),
        t('pricingForm.columns.quantity'),
        t('pricingForm.columns.unitPrice'),
        t('pricingForm.columns.total'),
      ],
      rows: [
        ...lotRows.map((r) => [r.itemName, r.unit, formatNumber(r.quantity, language), '', '']),
        [t('pricingForm.sum'), '', '', '', ''],
      ],
      widthsPercent: [30, 18, 14, 19, 19],
      alignRight: [false, false, true, true, true],
      totalRow: true,
    });
  }
  blocks.push({
    kind: 'facts',
    rows: [
      { label: t('pricingForm.tenderer'), value: '' },
      { label: t('pricingForm.businessId'), value: '' },
    ],
  });
  return { meta: documentMeta(input, t('common.titles.pricingForm')), blocks };
}

const INPUT_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF2CC' },
};
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9D9D9' },
};
/** Largest unit price the form accepts, in euros (the record caps cents far above). */
export const MAX_UNIT_PRICE_EUROS = 100_000_000;

/**
 * The pricing form as an xlsx a supplier fills in: the structure locked (sheet protection;
 * only the tenderer, Business ID and unit price cells are unlocked and marked yellow), the
 * unit prices validated as decimals between 0,01 and {@link MAX_UNIT_PRICE_EUROS}, totals as
 * formulas. Protection keeps honest mistakes out; the import still checks every label.
 */
export async function pricingFormWorkbookBytes(input: DocumentInput): Promise<Uint8Array> {
  const { procurement: p, language } = input;
  const texts = pricingFormTexts[language];
  const rows = pricingFormRows(p, language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.organisation.name || 'Hankintapolku';
  const sheet = workbook.addWorksheet(texts.sheet, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
  });
  sheet.columns = [
    { width: 12 },
    { width: 44 },
    { width: 14 },
    { width: 16 },
    { width: 22 },
    { width: 22 },
    { width: 40, hidden: true },
  ];
  sheet.getCell('A1').value = pricingTitle(language);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = p.title;
  sheet.getCell('A3').value = `${texts.reference}: ${p.referenceNumber}`;
  sheet.getCell(PRICING_FORM.procurementIdCell).value = p.id;
  sheet.getCell(PRICING_FORM.languageCell).value = language;
  sheet.getCell(PRICING_FORM.versionCell).value = PRICING_FORM.version;
  sheet.getCell('A5').value = texts.tenderer;
  sheet.getCell('A6').value = texts.businessId;
  sheet.getCell('C5').value = texts.inputNote;
  sheet.getCell('C5').font = { italic: true };
  for (const ref of [PRICING_FORM.tendererCell, PRICING_FORM.businessIdCell]) {
    const cell = sheet.getCell(ref);
    cell.protection = { locked: false };
    cell.fill = INPUT_FILL;
    cell.dataValidation = {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [ref === PRICING_FORM.tendererCell ? 200 : 20],
      allowBlank: false,
      showErrorMessage: true,
    };
  }
  const header = sheet.getRow(PRICING_FORM.headerRow);
  header.values = [
    texts.columns.lot,
    texts.columns.item,
    texts.columns.unit,
    texts.columns.quantity,
    texts.columns.unitPrice,
    texts.columns.total,
  ];
  header.font = { bold: true };
  for (let c = 1; c <= 6; c++) header.getCell(c).fill = HEADER_FILL;
  rows.forEach((row, i) => {
    const r = PRICING_FORM.firstRow + i;
    sheet.getCell(r, 1).value = row.lotCode;
    sheet.getCell(r, 2).value = row.itemName;
    sheet.getCell(r, 3).value = row.unit;
    sheet.getCell(r, 4).value = row.quantity;
    sheet.getCell(r, 4).numFmt = '# ##0';
    const price = sheet.getCell(r, 5);
    price.protection = { locked: false };
    price.fill = INPUT_FILL;
    price.numFmt = '# ##0.00';
    price.dataValidation = {
      type: 'decimal',
      operator: 'between',
      formulae: [0.01, MAX_UNIT_PRICE_EUROS],
      allowBlank: true,
      showErrorMessage: true,
    };
    sheet.getCell(r, 6).value = { formula: `D${r}*E${r}` };
    sheet.getCell(r, 6).numFmt = '# ##0.00';
    sheet.getCell(r, 7).value = rowKey(row);
  });
  const sumRow = PRICING_FORM.firstRow + rows.length;
  sheet.getCell(sumRow, 2).value = texts.sum;
  sheet.getCell(sumRow, 2).font = { bold: true };
  if (rows.length > 0) {
    sheet.getCell(sumRow, 6).value = {
      formula: `SUM(F${PRICING_FORM.firstRow}:F${sumRow - 1})`,
    };
  }
  sheet.getCell(sumRow, 6).numFmt = '# ##0.00';
  sheet.getCell(sumRow, 6).font = { bold: true };
  sheet.getCell(sumRow, 7).value = 'sum';
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: false,
    formatColumns: true,
    formatRows: true,
    insertRows: false,
    insertColumns: false,
    deleteRows: false,
    deleteColumns: false,
    sort: false,
    autoFilter: false,
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function pricingTitle(language: DocumentLanguage): string {
  return documentTranslator(language)('common.titles.pricingForm');
}
