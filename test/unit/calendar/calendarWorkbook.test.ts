import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  calendarWorkbookBytes,
  FIRST_MONTH_COLUMN,
  HEADER_ROW,
  PHASE_COLOURS,
} from '../../../shared/documents/calendarWorkbook';
import type { UiLanguage } from '../../../shared/domain/workspace/organisationProfile';
import { summarizeProcurement } from '../../../shared/domain/procurement/procurement';
import {
  buildCalendar,
  noCalendarFilters,
  type CalendarFilters,
} from '../../../shared/domain/calendar/procurementCalendar';
import { sampleProcurement } from '../support/procurements';

function cleaning() {
  const p = sampleProcurement({
    title: 'Toimitilojen ylläpitosiivous 2027–2030',
    referenceNumber: 'HEL 2026-012345',
    status: 'tendering',
    category: 'services',
    responsiblePerson: 'Liisa Virtanen',
  });
  p.planning.valuation.undivided = {
    basis: 'annual',
    amountCents: 12_345_678,
    additionalPurchasesCents: 0,
  };
  p.planning.timeline = {
    ...p.planning.timeline,
    noticeSent: '2027-03-01',
    tenderDeadline: '2027-04-05',
    decision: '2027-04-30',
    contractStart: '2027-06-01',
  };
  return summarizeProcurement(p);
}

async function readBack(
  options: { language?: UiLanguage; filters?: Partial<CalendarFilters>; empty?: boolean } = {},
) {
  const summaries = options.empty ? [] : [cleaning()];
  const calendar = buildCalendar(summaries, 2027, { ...noCalendarFilters, ...options.filters });
  const bytes = await calendarWorkbookBytes({
    calendar,
    language: options.language ?? 'fi',
    generatedOn: '2027-03-01',
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return { bytes, sheet };
}

const text = (sheet: ExcelJS.Worksheet, row: number, col: number) =>
  String(sheet.getCell(row, col).value ?? '');

function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let found = -1;
  sheet.getRow(HEADER_ROW).eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  if (found < 0) throw new Error(`no column ${header}`);
  return found;
}

describe('the calendar workbook', () => {
  it('is a real xlsx file (a zip) with the sheet named after the year', async () => {
    const { bytes, sheet } = await readBack();
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(sheet.name).toBe('Hankintakalenteri 2027');
    expect(text(sheet, 1, 1)).toBe('Hankintakalenteri 2027');
    expect(text(sheet, 3, 1)).toBe('Luotu 1.3.2027');
  });

  it('prints the filters used', async () => {
    const { sheet } = await readBack({
      filters: { statuses: ['tendering', 'evaluation'], responsiblePerson: 'Liisa Virtanen' },
    });
    expect(text(sheet, 2, 1)).toBe(
      'Rajaukset: tila Kilpailutus, Tarjousten arviointi; hankintalaji kaikki; vastuuhenkilö Liisa Virtanen; ei arkistoituja',
    );
  });

  it('has the header row with the months and freezes the panes below it', async () => {
    const { sheet } = await readBack();
    const header = sheet.getRow(HEADER_ROW).values as unknown[];
    expect(header.slice(1, 7)).toEqual([
      'Hankinta',
      'Diaarinumero',
      'Tila',
      'Hankintalaji',
      'Vastuuhenkilö',
      'Ennakoitu arvo (€, alv 0 %)',
    ]);
    expect(text(sheet, HEADER_ROW, FIRST_MONTH_COLUMN)).toBe('tammi');
    expect(text(sheet, HEADER_ROW, FIRST_MONTH_COLUMN + 11)).toBe('joulu');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW, xSplit: 1 });
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(30);
  });

  it('writes one row per procurement with translated status and category', async () => {
    const { sheet } = await readBack();
    const row = HEADER_ROW + 1;
    expect(text(sheet, row, 1)).toBe('Toimitilojen ylläpitosiivous 2027–2030');
    expect(text(sheet, row, 2)).toBe('HEL 2026-012345');
    expect(text(sheet, row, 3)).toBe('Kilpailutus');
    expect(text(sheet, row, 4)).toBe('Palveluhankinta');
    expect(text(sheet, row, 5)).toBe('Liisa Virtanen');
  });

  it('writes the estimated value as a number in euros with a € format', async () => {
    const { sheet } = await readBack();
    const cell = sheet.getCell(HEADER_ROW + 1, columnOf(sheet, 'Ennakoitu arvo (€, alv 0 %)'));
    expect(typeof cell.value).toBe('number');
    expect(cell.value).toBe(123_456.78);
    expect(cell.numFmt).toContain('€');
  });

  it('writes milestones as real Excel dates in d.m.yyyy', async () => {
    const { sheet } = await readBack();
    const deadline = sheet.getCell(HEADER_ROW + 1, columnOf(sheet, 'Tarjousten määräaika'));
    expect(deadline.value).toBeInstanceOf(Date);
    expect((deadline.value as Date).toISOString()).toBe('2027-04-05T00:00:00.000Z');
    expect(deadline.numFmt).toBe('d.m.yyyy');
    const standstill = sheet.getCell(HEADER_ROW + 1, columnOf(sheet, 'Odotusaika päättyisi'));
    expect((standstill.value as Date).toISOString()).toBe('2027-05-14T00:00:00.000Z');
    const empty = sheet.getCell(HEADER_ROW + 1, columnOf(sheet, 'Markkinavuoropuhelu alkaa'));
    expect(empty.value).toBeNull();
  });

  it('fills the month cells of a known phase with its colour and code', async () => {
    const { sheet } = await readBack();
    const row = HEADER_ROW + 1;
    const march = sheet.getCell(row, FIRST_MONTH_COLUMN + 2);
    expect(march.value).toBe('KI');
    expect(march.fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: PHASE_COLOURS.tendering.fill },
    });
    expect(sheet.getCell(row, FIRST_MONTH_COLUMN + 3).value).toBe('KI AR PO');
    const july = sheet.getCell(row, FIRST_MONTH_COLUMN + 6);
    expect(july.value).toBe('SK');
    expect(july.fill).toMatchObject({ fgColor: { argb: PHASE_COLOURS.contract.fill } });
    const february = sheet.getCell(row, FIRST_MONTH_COLUMN + 1);
    expect(february.value).toBeNull();
    expect(february.fill?.type === 'pattern' && february.fill.pattern).not.toBe('solid');
  });

  it('explains the colours and codes in a legend below the rows', async () => {
    const { sheet } = await readBack();
    const values: string[] = [];
    sheet.eachRow((row) => values.push(String(row.getCell(1).value ?? '')));
    expect(values).toContain('Selite');
    expect(values).toContain('KI = Kilpailutus');
    expect(values).toContain('PO = Päätös ja odotusaika');
  });

  it('still makes a valid workbook, saying so, when no procurement matches', async () => {
    const { sheet } = await readBack({ empty: true });
    expect(sheet.name).toBe('Hankintakalenteri 2027');
    expect(text(sheet, HEADER_ROW + 1, 1)).toBe('Ei hankintoja valituilla rajauksilla.');
  });

  it('speaks the officer’s language: Swedish names and English date format', async () => {
    const sv = await readBack({ language: 'sv' });
    expect(sv.sheet.name).toBe('Upphandlingskalender 2027');
    expect(text(sv.sheet, HEADER_ROW + 1, 3)).toBe('Konkurrensutsättning');
    const en = await readBack({ language: 'en' });
    expect(en.sheet.name).toBe('Procurement calendar 2027');
    const deadline = en.sheet.getCell(HEADER_ROW + 1, columnOf(en.sheet, 'Tender deadline'));
    expect(deadline.numFmt).toBe('d mmm yyyy');
  });
});
