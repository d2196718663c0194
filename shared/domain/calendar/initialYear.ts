import {
  calendarRow,
  calendarYears,
  matchesCalendarFilters,
  noCalendarFilters,
} from './procurementCalendar';
import type { ProcurementSummary } from '../procurement/procurement';

/**
 * The year the calendar opens on: the current year when a procurement shown by default (not
 * archived) has something dated in it; otherwise the year nearest to the current one that
 * has, the later year winning a tie (what is coming matters more than what is past); the
 * current year when nothing is dated at all. Issue 7 §1: an officer whose procurements all
 * start next year should not open an empty calendar.
 */
export function initialCalendarYear(
  summaries: readonly ProcurementSummary[],
  currentYear: number,
): number {
  const shown = summaries.filter((s) => matchesCalendarFilters(s, noCalendarFilters));
  const hasRows = (year: number) => shown.some((s) => calendarRow(s, year) !== null);
  if (hasRows(currentYear)) return currentYear;
  let best: number | null = null;
  for (const year of calendarYears(shown, currentYear)) {
    if (year === currentYear || !hasRows(year)) continue;
    const distance = Math.abs(year - currentYear);
    const bestDistance = best === null ? Infinity : Math.abs(best - currentYear);
    if (distance < bestDistance || (distance === bestDistance && year > (best ?? -Infinity)))
      best = year;
  }
  return best ?? currentYear;
}
