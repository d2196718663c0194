import { z } from 'zod';
import { addDays, daysBetween, isIsoDate, isoDateOf, type IsoDate } from '../common/calendarDate';
import {
  procurementStatusSchema,
  type CalendarDates,
  type ProcurementSummary,
} from '../procurement/procurement';
import { procurementCategorySchema } from '../procurement/procurementCategory';
import { standstillDates, type StandstillDates } from '../planning/standstill';

/**
 * The procurement calendar (hankintakalenteri): every procurement of the workspace on one
 * year's timeline, phase by phase. Pure: the view draws it, the xlsx export prints it.
 */

/** What the officer narrows the calendar to; empty lists and null mean "all". */
export const calendarFiltersSchema = z.object({
  statuses: z.array(procurementStatusSchema),
  categories: z.array(procurementCategorySchema),
  /** Exact name, compared trimmed and case-insensitively; null = every person. */
  responsiblePerson: z.string().max(200).nullable(),
  includeArchived: z.boolean(),
});
/** See {@link calendarFiltersSchema}. */
export type CalendarFilters = z.infer<typeof calendarFiltersSchema>;

/** No narrowing: every procurement that is not archived. */
export const noCalendarFilters: CalendarFilters = {
  statuses: [],
  categories: [],
  responsiblePerson: null,
  includeArchived: false,
};

/**
 * The phases drawn as bars, in procurement order. `decisionStandstill` is the window from
 * the decision to the last day of the standstill the decision would have: the index entry
 * does not say whether a standstill legally applies (direct awards, framework call-offs and
 * national procurements may have none), so the calendar names the window neutrally
 * ("päätös ja odotusaika") instead of claiming a standstill.
 */
export const CALENDAR_SEGMENTS = [
  'marketDialogue',
  'tendering',
  'evaluation',
  'decisionStandstill',
  'contract',
  'options',
] as const;
/** One drawn phase. */
export type CalendarSegmentKind = (typeof CALENDAR_SEGMENTS)[number];

/** The single days marked on the timeline. */
export const CALENDAR_MARKERS = [
  'noticeSent',
  'tenderDeadline',
  'decision',
  'contractStart',
] as const;
/** One marked day. */
export type CalendarMarkerKind = (typeof CALENDAR_MARKERS)[number];

/** A phase clipped to the year, with its place on a 0–1 axis (1 January 00:00 = 0). */
export interface CalendarSegment {
  kind: CalendarSegmentKind;
  /** First day shown in this year (the real start, or 1 January). */
  start: IsoDate;
  /** Last day shown in this year, inclusive (the real end, or 31 December). */
  end: IsoDate;
  /** The phase's own first day, possibly in an earlier year. */
  actualStart: IsoDate;
  /** The phase's own last day, possibly later; null for a contract in force until further notice. */
  actualEnd: IsoDate | null;
  /** Where the bar begins: the start of day `start`. */
  startFraction: number;
  /** Where the bar ends: the end of day `end`. */
  endFraction: number;
  continuesFromPreviousYear: boolean;
  continuesToNextYear: boolean;
  /**
   * Drawing lane, 0 = top. Phases normally follow one another on lane 0 (sharing a boundary
   * day, like the tender deadline, is not an overlap); a phase that overlaps an earlier one
   * (a contract signed before the standstill window ends, dialogue still running when the
   * notice goes out) gets the next free lane, so no bar ever hides another.
   */
  lane: number;
}

/** A marked day in the year, positioned at the middle of the day. */
export interface CalendarMarker {
  kind: CalendarMarkerKind;
  date: IsoDate;
  fraction: number;
}

/** One procurement's line in the calendar. */
export interface CalendarRow {
  summary: ProcurementSummary;
  segments: CalendarSegment[];
  markers: CalendarMarker[];
  /** Last day of the decision-and-standstill window (null without a decision date). */
  standstillLastDay: IsoDate | null;
  /**
   * First day a contract could be made after that standstill (hankintalaki 129 § 1 mom.: the
   * first working day after a last day on a weekend or holiday); null without a decision date.
   */
  earliestContractDate: IsoDate | null;
  /** The earliest shown day of the year; rows sort by it. */
  firstDate: IsoDate;
  /** How many drawing lanes the row's phases need (at least 1). */
  lanes: number;
}

/** The calendar of one year. */
export interface ProcurementCalendar {
  year: number;
  filters: CalendarFilters;
  rows: CalendarRow[];
  /** Procurements that pass the filters but have nothing dated in this year. */
  withoutDatesInYear: number;
}

interface Span {
  kind: CalendarSegmentKind;
  start: IsoDate;
  /** Inclusive; null = open-ended (a contract until further notice). */
  end: IsoDate | null;
}

const validDate = (d: string | null): IsoDate | null => (d !== null && isIsoDate(d) ? d : null);

// The standstill rule walks the holiday calendar (~0.1 ms a call); the calendar asks for the
// same few decision dates on every filter change, so their answers are kept. Bounded, and
// deterministic, so the module stays pure in effect.
const windows = new Map<string, StandstillDates>();
const MAX_CACHED_WINDOWS = 5000;

/** The standstill a decision would have (129 § 1 mom.), or null without a decision date. */
export function decisionWindow(dates: CalendarDates): StandstillDates | null {
  const decision = validDate(dates.decision);
  if (decision === null) return null;
  const key = `${decision}|${dates.decisionDelivery}`;
  let window = windows.get(key);
  if (window === undefined) {
    window = standstillDates(decision, dates.decisionDelivery);
    if (windows.size >= MAX_CACHED_WINDOWS) windows.clear();
    windows.set(key, window);
  }
  return window;
}

/**
 * Last day of the decision-and-standstill window (the 14th day, which does not move past a
 * weekend or holiday; 129 § 1 mom.), or null without a decision date.
 */
export function decisionWindowEnd(dates: CalendarDates): IsoDate | null {
  return decisionWindow(dates)?.lastDay ?? null;
}

/**
 * The phases of a procurement, unclipped. A phase needs both ends (a lone date shows as a
 * marker only) and is dropped when its end comes before its start (an unfinished plan).
 */
export function phaseSpans(dates: CalendarDates): Span[] {
  const d = {
    marketDialogueStart: validDate(dates.marketDialogueStart),
    marketDialogueEnd: validDate(dates.marketDialogueEnd),
    noticeSent: validDate(dates.noticeSent),
    tenderDeadline: validDate(dates.tenderDeadline),
    decision: validDate(dates.decision),
    contractStart: validDate(dates.contractStart),
    contractEnd: validDate(dates.contractEnd),
    latestEnd: validDate(dates.latestEnd),
  };
  const spans: Span[] = [];
  const add = (kind: CalendarSegmentKind, start: IsoDate | null, end: IsoDate | null) => {
    if (start !== null && end !== null && start <= end) spans.push({ kind, start, end });
  };
  add('marketDialogue', d.marketDialogueStart, d.marketDialogueEnd);
  add('tendering', d.noticeSent, d.tenderDeadline);
  add('evaluation', d.tenderDeadline, d.decision);
  add('decisionStandstill', d.decision, decisionWindowEnd(dates));
  if (d.contractStart !== null) {
    // A contract until further notice (toistaiseksi voimassa) has no end: it runs on.
    if (d.contractEnd === null && d.latestEnd === null) {
      spans.push({ kind: 'contract', start: d.contractStart, end: null });
    } else add('contract', d.contractStart, d.contractEnd);
  }
  if (d.contractEnd !== null && d.latestEnd !== null && d.latestEnd > d.contractEnd) {
    add('options', addDays(d.contractEnd, 1), d.latestEnd);
  }
  return spans;
}

function markerDates(dates: CalendarDates): { kind: CalendarMarkerKind; date: IsoDate }[] {
  return CALENDAR_MARKERS.flatMap((kind) => {
    const date = validDate(dates[kind]);
    return date === null ? [] : [{ kind, date }];
  });
}

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 of a valid ISO date (the hot path: no re-validation). */
function dayNumber(date: IsoDate): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    DAY_MS
  );
}

/** Days in `year` (365 or 366). */
export function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
}

/** Where the start of `date` falls on the year's 0–1 axis. */
export function yearFraction(date: IsoDate, year: number): number {
  return (dayNumber(date) - Date.UTC(year, 0, 1) / DAY_MS) / daysInYear(year);
}

function clip(span: Span, year: number): CalendarSegment | null {
  const first = isoDateOf(year, 1, 1);
  const last = isoDateOf(year, 12, 31);
  if (span.start > last || (span.end !== null && span.end < first)) return null;
  const start = span.start < first ? first : span.start;
  const end = span.end === null || span.end > last ? last : span.end;
  return {
    kind: span.kind,
    start,
    end,
    actualStart: span.start,
    actualEnd: span.end,
    startFraction: yearFraction(start, year),
    endFraction: (dayNumber(end) + 1 - Date.UTC(year, 0, 1) / DAY_MS) / daysInYear(year),
    continuesFromPreviousYear: span.start < first,
    continuesToNextYear: span.end === null || span.end > last,
    lane: 0,
  };
}

/** Puts each phase on the first lane whose last phase ends on or before its start day. */
function assignLanes(segments: CalendarSegment[]): number {
  const laneEnds: IsoDate[] = [];
  for (const segment of segments) {
    let lane = laneEnds.findIndex((end) => end <= segment.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = segment.end;
    segment.lane = lane;
  }
  return Math.max(1, laneEnds.length);
}

const finnishOrder = new Intl.Collator('fi');
const upperFirst = new Intl.Collator('fi', { caseFirst: 'upper' });

/** Lower-cased, trimmed name for comparing responsible persons. */
function personKey(name: string): string {
  return name.trim().toLocaleLowerCase('fi');
}

/** True when the summary passes the officer's filters. */
export function matchesCalendarFilters(s: ProcurementSummary, filters: CalendarFilters): boolean {
  if (s.archived && !filters.includeArchived) return false;
  if (filters.statuses.length > 0 && !filters.statuses.includes(s.status)) return false;
  if (filters.categories.length > 0 && !filters.categories.includes(s.category)) return false;
  if (filters.responsiblePerson !== null) {
    const wanted = personKey(filters.responsiblePerson);
    if (wanted !== '' && personKey(s.responsiblePerson) !== wanted) return false;
  }
  return true;
}

/** One procurement's row for `year`, or null when nothing of it is dated in that year. */
export function calendarRow(summary: ProcurementSummary, year: number): CalendarRow | null {
  const segments = phaseSpans(summary.dates)
    .map((span) => clip(span, year))
    .filter((s): s is CalendarSegment => s !== null);
  const markers = markerDates(summary.dates)
    .filter((m) => Number(m.date.slice(0, 4)) === year)
    .map((m) => ({ ...m, fraction: yearFraction(m.date, year) + 0.5 / daysInYear(year) }));
  const firsts = [...segments.map((s) => s.start), ...markers.map((m) => m.date)].sort();
  const firstDate = firsts[0];
  if (firstDate === undefined) return null;
  return {
    summary,
    segments,
    markers,
    standstillLastDay: decisionWindowEnd(summary.dates),
    earliestContractDate: decisionWindow(summary.dates)?.earliestContract ?? null,
    firstDate,
    lanes: assignLanes(segments),
  };
}

/**
 * The calendar of `year`: one row per procurement that passes the filters and has something
 * dated in the year, sorted by its first day in the year and then by title (Finnish
 * collation). Procurements with nothing in the year are counted, not shown.
 */
export function buildCalendar(
  summaries: readonly ProcurementSummary[],
  year: number,
  filters: CalendarFilters,
): ProcurementCalendar {
  const rows: CalendarRow[] = [];
  let withoutDatesInYear = 0;
  for (const summary of summaries) {
    if (!matchesCalendarFilters(summary, filters)) continue;
    const row = calendarRow(summary, year);
    if (row === null) withoutDatesInYear++;
    else rows.push(row);
  }
  rows.sort(
    (a, b) =>
      a.firstDate.localeCompare(b.firstDate) ||
      finnishOrder.compare(a.summary.title, b.summary.title) ||
      a.summary.id.localeCompare(b.summary.id),
  );
  return { year, filters, rows, withoutDatesInYear };
}

/**
 * The distinct responsible persons for the filter, sorted in Finnish order. Names that differ
 * only in case or surrounding spaces count as one, shown in their most used spelling (on a
 * tie, the capitalised one: "Liisa Virtanen" over "liisa virtanen").
 */
export function responsiblePersons(summaries: readonly ProcurementSummary[]): string[] {
  const byKey = new Map<string, Map<string, number>>();
  for (const s of summaries) {
    const name = s.responsiblePerson.trim();
    const key = personKey(name);
    if (key === '') continue;
    const spellings = byKey.get(key) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    byKey.set(key, spellings);
  }
  const shown = [...byKey.values()].map(
    (spellings) =>
      [...spellings.entries()].sort(
        ([a, countA], [b, countB]) => countB - countA || upperFirst.compare(a, b),
      )[0]![0],
  );
  return shown.sort(finnishOrder.compare);
}

/** The earliest and latest year the year picker offers (the export channel's limits). */
export const CALENDAR_MIN_YEAR = 2000;
/** See {@link CALENDAR_MIN_YEAR}. */
export const CALENDAR_MAX_YEAR = 2100;

/**
 * The years in which any procurement has something dated, for the year picker: every year a
 * phase spans (a 2026–2030 contract offers 2027–2029 too), the years of the marked days, and
 * always `currentYear`. A contract until further notice runs up to the current year.
 */
export function calendarYears(
  summaries: readonly ProcurementSummary[],
  currentYear: number,
): number[] {
  const years = new Set<number>([currentYear]);
  const yearOf = (d: IsoDate) => Number(d.slice(0, 4));
  for (const s of summaries) {
    for (const span of phaseSpans(s.dates)) {
      const from = Math.max(yearOf(span.start), CALENDAR_MIN_YEAR);
      const to = Math.min(
        span.end === null ? Math.max(currentYear, yearOf(span.start)) : yearOf(span.end),
        CALENDAR_MAX_YEAR,
      );
      for (let y = from; y <= to; y++) years.add(y);
    }
    for (const m of markerDates(s.dates)) {
      const y = yearOf(m.date);
      if (y >= CALENDAR_MIN_YEAR && y <= CALENDAR_MAX_YEAR) years.add(y);
    }
  }
  return [...years].sort((a, b) => a - b);
}

/** The phases under one month of a row, for month-by-month prints (the xlsx Gantt). */
export interface MonthCoverage {
  /** 1–12. */
  month: number;
  /** Phases with at least one day in the month, in procurement order. */
  kinds: CalendarSegmentKind[];
  /** The phase with most days in the month (the later one on a tie); null when none. */
  main: CalendarSegmentKind | null;
}

/** Which phases of `row` fall in each month of `year`. */
export function monthCoverage(row: CalendarRow, year: number): MonthCoverage[] {
  return Array.from({ length: 12 }, (_, i) => {
    const first = isoDateOf(year, i + 1, 1);
    const last = isoDateOf(year, i + 2, 0);
    const days = new Map<CalendarSegmentKind, number>();
    for (const s of row.segments) {
      const from = s.start > first ? s.start : first;
      const to = s.end < last ? s.end : last;
      if (from > to) continue;
      days.set(s.kind, (days.get(s.kind) ?? 0) + daysBetween(from, to) + 1);
    }
    const kinds = CALENDAR_SEGMENTS.filter((k) => days.has(k));
    let main: CalendarSegmentKind | null = null;
    for (const k of kinds)
      if (main === null || (days.get(k) ?? 0) >= (days.get(main) ?? 0)) main = k;
    return { month: i + 1, kinds, main };
  });
}
