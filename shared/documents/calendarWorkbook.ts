import ExcelJS from 'exceljs';
import { dateParts, type IsoDate } from '../domain/common/calendarDate';
import type { UiLanguage } from '../domain/workspace/organisationProfile';
import {
  CALENDAR_SEGMENTS,
  monthCoverage,
  type CalendarRow,
  type CalendarSegmentKind,
  type ProcurementCalendar,
} from '../domain/calendar/procurementCalendar';
import { formatDate } from '../format';
import { translate } from '../i18n';
import { calendarMonthKeys } from '../i18n/features/calendar';

/**
 * The procurement calendar as an Excel workbook (xlsx), built in memory with exceljs: a title,
 * the filters used, one row per procurement with its milestone dates as real Excel dates, and
 * twelve month columns drawn as a Gantt chart with a legend. No I/O; the service writes the
 * bytes. The renderer never imports this module (exceljs stays in the main process).
 */

/**
 * Fill and text colour of each phase: the Suomi.fi palette as in renderer/src/styles.css
 * (highlight, warning, alert, success) and light tints of it. Every code printed on a fill
 * has a contrast of at least 4.5:1 (WCAG AA) with it.
 */
export const PHASE_COLOURS: Readonly<Record<CalendarSegmentKind, { fill: string; text: string }>> =
  {
    marketDialogue: { fill: 'FFACCAEC', text: 'FF212121' }, // highlight tint 80 %, 9.5:1
    tendering: { fill: 'FF2A6EBB', text: 'FFFFFFFF' }, // --highlight, 5.2:1
    evaluation: { fill: 'FFF6AF09', text: 'FF212121' }, // --warning, 8.5:1
    decisionStandstill: { fill: 'FFAE332D', text: 'FFFFFFFF' }, // --alert, 6.3:1
    contract: { fill: 'FF09A580', text: 'FF212121' }, // --success, 5.1:1
    options: { fill: 'FFABE3D6', text: 'FF212121' }, // success tint, 11.3:1
  };

/** What the workbook is built from. */
export interface CalendarWorkbookInput {
  calendar: ProcurementCalendar;
  /** The officer's UI language: the sheet speaks it. */
  language: UiLanguage;
  /** The day the export is made, printed under the title. */
  generatedOn: IsoDate;
}

/** The sheet's first row of column headers (rows above: title, filters, date). */
export const HEADER_ROW = 5;

const DATE_COLUMNS = [
  'marketDialogueStart',
  'marketDialogueEnd',
  'noticeSent',
  'tenderDeadline',
  'decision',
  'standstillEnd',
  'contractStart',
  'contractEnd',
  'latestEnd',
] as const;
type DateColumn = (typeof DATE_COLUMNS)[number];

const INFO_COLUMNS = [
  { key: 'title', width: 42 },
  { key: 'referenceNumber', width: 20 },
  { key: 'status', width: 18 },
  { key: 'category', width: 28 },
  { key: 'responsiblePerson', width: 24 },
  { key: 'estimatedValue', width: 16 },
] as const;

/** First month column (1-based): after the info and date columns. */
export const FIRST_MONTH_COLUMN = INFO_COLUMNS.length + DATE_COLUMNS.length + 1;
const LAST_COLUMN = FIRST_MONTH_COLUMN + 11;

const GRID = { style: 'thin' as const, color: { argb: 'FFC8CDD0' } }; // --depth-light1

/** An Excel date for an ISO date: UTC midnight, so the serial is a whole day in any zone. */
function excelDate(date: IsoDate): Date {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

function dateOf(row: CalendarRow, column: DateColumn): IsoDate | null {
  if (column === 'standstillEnd') return row.standstillLastDay;
  return row.summary.dates[column];
}

function filtersText(calendar: ProcurementCalendar, language: UiLanguage): string {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(language, key, params);
  const f = calendar.filters;
  const list = (values: string[]) =>
    values.length === 0 ? t('calendar.sheet.all') : values.join(', ');
  const parts = [
    t('calendar.sheet.filterStatuses', {
      value: list(f.statuses.map((s) => t(`status.${s}`))),
    }),
    t('calendar.sheet.filterCategories', {
      value: list(f.categories.map((c) => t(`planning.category.${c}`))),
    }),
    t('calendar.sheet.filterPerson', {
      value: f.responsiblePerson?.trim() || t('calendar.sheet.all'),
    }),
    t(f.includeArchived ? 'calendar.sheet.archivedIncluded' : 'calendar.sheet.archivedExcluded'),
  ];
  return t('calendar.sheet.filters', { filters: parts.join('; ') });
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(text: string): string {
  return text.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

function addHeader(sheet: ExcelJS.Worksheet, language: UiLanguage): void {
  const t = (key: string) => translate(language, key);
  const header = sheet.getRow(HEADER_ROW);
  header.values = [
    ...INFO_COLUMNS.map((c) => t(`calendar.sheet.columns.${c.key}`)),
    ...DATE_COLUMNS.map((c) => t(`calendar.sheet.columns.${c}`)),
    ...calendarMonthKeys.map((m) => t(`calendar.months.${m}`)),
  ];
  header.height = 48;
  header.eachCell((cell, col) => {
    cell.font = { bold: true };
    cell.alignment = {
      vertical: 'bottom',
      horizontal: col >= FIRST_MONTH_COLUMN ? 'center' : 'left',
      wrapText: true,
    };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDF0F1' } };
    cell.border = { bottom: { style: 'medium', color: { argb: 'FF5F686D' } } };
  });
}

function addProcurementRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  row: CalendarRow,
  calendar: ProcurementCalendar,
  language: UiLanguage,
): void {
  const t = (key: string) => translate(language, key);
  const s = row.summary;
  const excelRow = sheet.getRow(rowNumber);
  excelRow.values = [
    s.title,
    s.referenceNumber,
    t(`status.${s.status}`),
    t(`planning.category.${s.category}`),
    s.responsiblePerson,
    // Cents to euros for the sheet; Excel's number format shows two decimals.
    s.estimatedTotalCents / 100,
    ...DATE_COLUMNS.map((c) => {
      const date = dateOf(row, c);
      return date === null ? null : excelDate(date);
    }),
  ];
  excelRow.alignment = { vertical: 'top', wrapText: true };
  excelRow.getCell(INFO_COLUMNS.length).numFmt = '#,##0.00 "€"';
  for (let i = 0; i < DATE_COLUMNS.length; i++) {
    // fi/sv: 1.3.2027 as in the UI; en: 1 Mar 2027 (house style: no 1.3. for English readers).
    excelRow.getCell(INFO_COLUMNS.length + 1 + i).numFmt =
      language === 'en' ? 'd mmm yyyy' : 'd.m.yyyy';
  }
  for (const month of monthCoverage(row, calendar.year)) {
    const cell = excelRow.getCell(FIRST_MONTH_COLUMN + month.month - 1);
    cell.border = { left: GRID, right: GRID, top: GRID, bottom: GRID };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    if (month.main === null) continue;
    // The codes carry the meaning too, so the chart does not depend on telling colours apart.
    cell.value = month.kinds.map((k) => t(`calendar.phaseCodes.${k}`)).join(' ');
    const colour = PHASE_COLOURS[month.main];
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colour.fill } };
    cell.font = { size: 9, bold: true, color: { argb: colour.text } };
  }
}

function addLegend(sheet: ExcelJS.Worksheet, firstRow: number, language: UiLanguage): void {
  const t = (key: string) => translate(language, key);
  sheet.getCell(firstRow, 1).value = t('calendar.sheet.legend');
  sheet.getCell(firstRow, 1).font = { bold: true };
  CALENDAR_SEGMENTS.forEach((kind, i) => {
    const r = firstRow + 1 + i;
    const code = sheet.getCell(r, FIRST_MONTH_COLUMN);
    code.value = t(`calendar.phaseCodes.${kind}`);
    code.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: PHASE_COLOURS[kind].fill } };
    code.font = { size: 9, bold: true, color: { argb: PHASE_COLOURS[kind].text } };
    code.alignment = { horizontal: 'center' };
    sheet.getCell(r, FIRST_MONTH_COLUMN + 1).value = t(`calendar.phases.${kind}`);
    // Also beside the title column, where a reader who does not scroll right finds it.
    sheet.getCell(r, 1).value =
      `${t(`calendar.phaseCodes.${kind}`)} = ${t(`calendar.phases.${kind}`)}`;
  });
  const notes = firstRow + 1 + CALENDAR_SEGMENTS.length;
  sheet.getCell(notes, 1).value = t('calendar.sheet.monthsNote');
  sheet.getCell(notes + 1, 1).value = t('calendar.legend.windowNote');
}

/** Builds the workbook (exceljs object model); see {@link calendarWorkbookBytes}. */
export function calendarWorkbook(input: CalendarWorkbookInput): ExcelJS.Workbook {
  const { calendar, language } = input;
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(language, key, params);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t('app.name');
  workbook.created = excelDate(input.generatedOn);
  workbook.modified = workbook.created;

  const sheet = workbook.addWorksheet(
    sheetName(t('calendar.sheet.name', { year: calendar.year })),
    {
      views: [
        { state: 'frozen', xSplit: 1, ySplit: HEADER_ROW, topLeftCell: `B${HEADER_ROW + 1}` },
      ],
      pageSetup: {
        orientation: 'landscape',
        paperSize: 9, // A4
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      },
    },
  );
  sheet.columns = [
    ...INFO_COLUMNS.map((c) => ({ width: c.width })),
    ...DATE_COLUMNS.map(() => ({ width: 13 })),
    ...calendarMonthKeys.map(() => ({ width: 8 })),
  ];

  sheet.getCell('A1').value = t('calendar.sheet.title', { year: calendar.year });
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A2').value = filtersText(calendar, language);
  const generated = [
    t('calendar.sheet.generated', { date: formatDate(input.generatedOn, language) }),
  ];
  if (calendar.withoutDatesInYear > 0) {
    generated.push(
      t('calendar.empty.withoutDates', {
        year: calendar.year,
        count: calendar.withoutDatesInYear,
      }),
    );
  }
  sheet.getCell('A3').value = generated.join(' ');
  sheet.getCell('A3').font = { italic: true };

  addHeader(sheet, language);
  let next = HEADER_ROW + 1;
  if (calendar.rows.length === 0) {
    sheet.getCell(next, 1).value = t('calendar.sheet.none');
    next++;
  } else {
    for (const row of calendar.rows) addProcurementRow(sheet, next++, row, calendar, language);
    sheet.autoFilter = {
      from: { row: HEADER_ROW, column: 1 },
      to: { row: next - 1, column: LAST_COLUMN },
    };
  }
  addLegend(sheet, next + 1, language);
  return workbook;
}

/** The workbook as xlsx bytes. */
export async function calendarWorkbookBytes(input: CalendarWorkbookInput): Promise<Uint8Array> {
  const buffer = await calendarWorkbook(input).xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
