import ExcelJS from 'exceljs';
import { checkBusinessId } from '../domain/common/businessId';
import type { Procurement } from '../domain/procurement/procurement';
import {
  emptyTenderComparison,
  type Tender,
  type TenderComparison,
} from '../domain/criteria/tenderComparison';
import { pricingFormTexts } from '../i18n/documents/pricingForm';
import { formatNumber } from '../format';
import {
  MAX_UNIT_PRICE_EUROS,
  PRICING_FORM,
  pricingFormRows,
  rowKey,
  type PricingFormRow,
} from './pricingForm';
import type { DocumentLanguage } from './word/blocks';

/** Largest pricing form file read (bytes); a filled form is a few kilobytes. */
export const MAX_PRICING_FORM_BYTES = 2 * 1024 * 1024;

/** Why a form is refused; text `documents.pricingImport.<code>` names the cell. */
export type PricingImportCode =
  | 'tooLarge'
  | 'notXlsx'
  | 'noSheet'
  | 'otherProcurement'
  | 'unknownLanguage'
  | 'otherVersion'
  | 'structureChanged'
  | 'formulaNotAllowed'
  | 'tendererMissing'
  | 'tendererTooLong'
  | 'businessIdInvalid'
  | 'priceMissing'
  | 'priceNotNumber'
  | 'priceNotPositive'
  | 'priceTooLarge'
  | 'priceTooPrecise'
  | 'extraRows';

/** One problem, at its cell (`B7`), with what was expected and found where it helps. */
export interface PricingImportProblem {
  code: PricingImportCode;
  cell: string | null;
  params: Record<string, string | number>;
}

/** A filled form as read: the tenderer and one price per form row. */
export interface PricingFormData {
  tenderer: { name: string; businessId: string };
  prices: { lotId: string | null; itemId: string; unitPriceCents: number }[];
}

/** The form read, or every problem found (nothing is applied then). */
export type PricingImportResult =
  { ok: true; data: PricingFormData } | { ok: false; problems: PricingImportProblem[] };

type CellValue = ExcelJS.CellValue;

/** A cell's plain text, or null when it holds a formula (refused in input and label cells). */
function cellText(value: CellValue): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return null;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
  }
  return '';
}

function isFormula(value: CellValue): boolean {
  return (
    typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value)
  );
}

/**
 * Reads a filled pricing form (xlsx bytes) against the procurement it must belong to: the
 * hidden procurement id, language and layout version; every label, unit, quantity and hidden
 * row key as the form was written ({@link pricingFormRows}) — a changed structure is refused
 * with the cell named —; the tenderer's name and a valid Business ID (check digit); and each
 * unit price a number from 0,01 to {@link MAX_UNIT_PRICE_EUROS} with at most two decimals
 * (cents). Pure: bytes in, data or problems out.
 */
export async function readPricingForm(
  bytes: Uint8Array,
  procurement: Procurement,
): Promise<PricingImportResult> {
  const fail = (code: PricingImportCode, cell: string | null = null, params = {}) => ({
    ok: false as const,
    problems: [{ code, cell, params }],
  });
  if (bytes.byteLength > MAX_PRICING_FORM_BYTES) {
    return fail('tooLarge', null, { limit: MAX_PRICING_FORM_BYTES });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    return fail('notXlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail('noSheet');
  const at = (ref: string) => sheet.getCell(ref).value;
  if (cellText(at(PRICING_FORM.procurementIdCell)) !== procurement.id) {
    return fail('otherProcurement', PRICING_FORM.procurementIdCell);
  }
  const language = cellText(at(PRICING_FORM.languageCell));
  if (language !== 'fi' && language !== 'sv' && language !== 'en') {
    return fail('unknownLanguage', PRICING_FORM.languageCell);
  }
  if (cellText(at(PRICING_FORM.versionCell)) !== String(PRICING_FORM.version)) {
    return fail('otherVersion', PRICING_FORM.versionCell);
  }
  const problems: PricingImportProblem[] = [];
  const texts = pricingFormTexts[language as DocumentLanguage];
  const expectText = (ref: string, expected: string) => {
    const found = cellText(at(ref));
    if (found === null) problems.push({ code: 'formulaNotAllowed', cell: ref, params: {} });
    else if (found.trim() !== expected) {
      problems.push({
        code: 'structureChanged',
        cell: ref,
        params: { expected, found: found.trim() },
      });
    }
  };
  expectText('A5', texts.tenderer);
  expectText('A6', texts.businessId);
  const headers = [
    texts.columns.lot,
    texts.columns.item,
    texts.columns.unit,
    texts.columns.quantity,
    texts.columns.unitPrice,
    texts.columns.total,
  ];
  headers.forEach((h, i) =>
    expectText(`${String.fromCharCode(65 + i)}${PRICING_FORM.headerRow}`, h),
  );

  const name = cellText(at(PRICING_FORM.tendererCell));
  if (name === null)
    problems.push({ code: 'formulaNotAllowed', cell: PRICING_FORM.tendererCell, params: {} });
  else if (name.trim() === '')
    problems.push({ code: 'tendererMissing', cell: PRICING_FORM.tendererCell, params: {} });
  else if (name.trim().length > 200) {
    problems.push({
      code: 'tendererTooLong',
      cell: PRICING_FORM.tendererCell,
      params: { limit: 200 },
    });
  }
  const businessId = cellText(at(PRICING_FORM.businessIdCell));
  if (businessId === null) {
    problems.push({ code: 'formulaNotAllowed', cell: PRICING_FORM.businessIdCell, params: {} });
  } else if (businessId.trim() !== '' && !checkBusinessId(businessId.trim()).ok) {
    problems.push({
      code: 'businessIdInvalid',
      cell: PRICING_FORM.businessIdCell,
      params: { found: businessId.trim() },
    });
  }

  const rows = pricingFormRows(procurement, language as DocumentLanguage);
  const prices: PricingFormData['prices'] = [];
  rows.forEach((row: PricingFormRow, i) => {
    const r = PRICING_FORM.firstRow + i;
    expectText(`A${r}`, row.lotCode);
    expectText(`B${r}`, row.itemName);
    expectText(`C${r}`, row.unit);
    expectText(`D${r}`, String(row.quantity));
    expectText(`G${r}`, rowKey(row));
    const ref = `E${r}`;
    const value = at(ref);
    if (isFormula(value)) {
      problems.push({ code: 'formulaNotAllowed', cell: ref, params: {} });
      return;
    }
    if (
      value === null ||
      value === undefined ||
      (typeof value === 'string' && value.trim() === '')
    ) {
      problems.push({ code: 'priceMissing', cell: ref, params: { item: row.itemName } });
      return;
    }
    const euros =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*\d+([.,]\d+)?\s*$/.test(value)
          ? Number(value.trim().replace(',', '.'))
          : NaN;
    if (!Number.isFinite(euros)) {
      problems.push({
        code: 'priceNotNumber',
        cell: ref,
        params: { found: cellText(value) ?? '' },
      });
      return;
    }
    if (euros <= 0) {
      problems.push({
        code: 'priceNotPositive',
        cell: ref,
        params: { found: formatNumber(euros, language as DocumentLanguage, 2) },
      });
      return;
    }
    if (euros > MAX_UNIT_PRICE_EUROS) {
      problems.push({ code: 'priceTooLarge', cell: ref, params: { limit: MAX_UNIT_PRICE_EUROS } });
      return;
    }
    const cents = Math.round(euros * 100);
    if (Math.abs(cents - euros * 100) > 1e-6) {
      problems.push({ code: 'priceTooPrecise', cell: ref, params: {} });
      return;
    }
    prices.push({ lotId: row.lotId, itemId: row.itemId, unitPriceCents: cents });
  });
  const sumRow = PRICING_FORM.firstRow + rows.length;
  expectText(`B${sumRow}`, texts.sum);
  expectText(`G${sumRow}`, 'sum');
  // Rows added below the sum would be prices the comparison never sees.
  for (let r = sumRow + 1; r <= Math.min(sheet.rowCount, sumRow + 1000); r++) {
    for (const col of ['A', 'B', 'E']) {
      const text = cellText(sheet.getCell(`${col}${r}`).value);
      if (text === null || text.trim() !== '') {
        problems.push({ code: 'extraRows', cell: `${col}${r}`, params: {} });
        break;
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    data: { tenderer: { name: name!.trim(), businessId: businessId!.trim() }, prices },
  };
}

/** Ids and time for records and tenders the import creates. */
export interface ImportIds {
  newId: () => string;
  now: string;
}

/**
 * Puts the form's prices on the tenderer in each lot's tender comparison: the tender of the
 * same Business ID (or, without one, the same name) gets its prices replaced; otherwise a new
 * tender is added with no scores yet. A lot without a comparison record gets a new one.
 * Returns only the records that changed (to save through the record repository).
 */
export function applyPricingForm(
  records: readonly TenderComparison[],
  procurementId: string,
  data: PricingFormData,
  ids: ImportIds,
): TenderComparison[] {
  const byLot = new Map<string | null, PricingFormData['prices']>();
  for (const price of data.prices)
    byLot.set(price.lotId, [...(byLot.get(price.lotId) ?? []), price]);
  const out: TenderComparison[] = [];
  for (const [lotId, prices] of byLot) {
    const existing = records.find((r) => r.lotId === lotId);
    const record: TenderComparison = existing
      ? structuredClone(existing)
      : emptyTenderComparison(ids.newId(), procurementId, lotId, ids.now);
    const same = (t: Tender) =>
      data.tenderer.businessId !== ''
        ? t.tenderer.businessId === data.tenderer.businessId
        : t.tenderer.name.trim().toLocaleLowerCase('fi') ===
          data.tenderer.name.toLocaleLowerCase('fi');
    const offered = prices.map((p) => ({ itemId: p.itemId, unitPriceCents: p.unitPriceCents }));
    const tender = record.tenders.find(same);
    if (tender) tender.prices = offered;
    else {
      record.tenders.push({
        id: ids.newId(),
        tenderer: { ...data.tenderer },
        prices: offered,
        answers: [],
        requirements: [],
        exclusion: null,
      });
    }
    record.updatedAt = ids.now;
    out.push(record);
  }
  return out;
}
