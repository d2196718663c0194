import { MAX_DATE_YEAR, MIN_DATE_YEAR } from './limits';

/**
 * Calendar dates as ISO `YYYY-MM-DD` strings (house style: dates are strings in data,
 * `d.M.yyyy` in Finnish UI). All arithmetic runs on UTC midnight so that the user's
 * time zone and daylight saving never shift a deadline by a day. Free of zod so that the
 * list screen can use it without the schema library; the schemas are in `calendarDate.ts`,
 * which re-exports everything here.
 */
export type IsoDate = string;

/** The `YYYY-MM-DD` form (the calendar check is {@link isIsoDate}). */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** True when `date` (a real ISO date) falls in the years stored data may use (1990–2150). */
export function isDateInStoredRange(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return year >= MIN_DATE_YEAR && year <= MAX_DATE_YEAR;
}

/**
 * True when `text` is a real ISO date that stored data may hold (1990–2150): what a date field
 * in the UI should accept, so 31.12.9999 is refused as it is typed, before any arithmetic.
 */
export function isStoredIsoDate(text: string): boolean {
  return isIsoDate(text) && isDateInStoredRange(text);
}

function toUtc(date: IsoDate): Date {
  const m = ISO_DATE.exec(date);
  if (!m || !isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function fromUtc(d: Date): IsoDate {
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Builds an ISO date from parts (month 1–12); overflowing days roll over like `Date`. */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return fromUtc(new Date(Date.UTC(year, month - 1, day)));
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/**
 * The date `months` months after `date`; the day is clamped to the month's last day
 * (31.1. + 1 month = 28.2. or 29.2.).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = toUtc(date);
  const targetMonthIndex = d.getUTCMonth() + months;
  const y = d.getUTCFullYear() + Math.floor(targetMonthIndex / 12);
  const m = ((targetMonthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay))));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

/** Year, month (1–12) and day of an ISO date. */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  const d = toUtc(date);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Compares two ISO dates; ISO strings sort chronologically. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Today's date in the local calendar of `now` (the officer's own day, not UTC's). */
export function localIsoDate(now: Date): IsoDate {
  return isoDateOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
