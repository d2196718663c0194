import { addDays, type IsoDate } from '../common/calendarDate';
import { isWorkingDay, nextWorkingDayOnOrAfter } from '../common/finnishHolidays';
import { STANDSTILL_DAYS } from './regime';

/** Days after sending when a posted decision counts as received (hankintalaki 127 § 2 mom.). */
export const POST_DELIVERY_DAYS = 7;

/** The standstill of one decision, day by day. */
export interface StandstillDates {
  /** When tenderers count as having received the decision (127 §). */
  received: IsoDate;
  /**
   * The last day of the standstill: always the 14th (or, for an optional call-off standstill,
   * the 10th) day after receipt, even when that day is a Saturday or a holiday (129 § 1 mom.).
   */
  lastDay: IsoDate;
  /**
   * The first day the contract may be made: the day after the last day, or, when the last day
   * is a Saturday, Sunday, public holiday, Christmas Eve or Midsummer Eve, the first working
   * day after it (129 § 1 mom.) — not a day after that working day.
   */
  earliestContract: IsoDate;
}

/**
 * Standstill (odotusaika): the contract may be made once 14 days have passed from the tenderer
 * receiving the decision with the appeal instructions (hankintalaki 1397/2016 129 § 1 mom.).
 * An e-mailed decision counts as received on the sending day, a posted one on the 7th day after
 * sending (127 § 2 mom.). If the 14th day is a Saturday, Sunday, public holiday, Independence
 * Day, May Day, Christmas Eve or Midsummer Eve, the contract may be made on the first working
 * day after it (129 § 1 mom.; DOMAIN.md § 2 quoting hankinnat.fi). The last day of the
 * standstill itself does not move.
 *
 * Example: decision e-mailed Fri 5.6.2026 → 14th day Midsummer Eve Fri 19.6.2026 (last day)
 * → earliest contract Mon 22.6.2026.
 */
export function standstillDates(
  decision: IsoDate,
  delivery: 'electronic' | 'post',
  days: number = STANDSTILL_DAYS,
): StandstillDates {
  const received = delivery === 'post' ? addDays(decision, POST_DELIVERY_DAYS) : decision;
  const lastDay = addDays(received, days);
  return { received, lastDay, earliestContract: earliestContractAfter(lastDay) };
}

/**
 * The first day a contract may be made after a standstill whose last day is `lastDay`
 * (hankintalaki 129 § 1 mom.): the next day when the last day is a working day, otherwise the
 * first working day after the last day.
 */
export function earliestContractAfter(lastDay: IsoDate): IsoDate {
  return isWorkingDay(lastDay) ? addDays(lastDay, 1) : nextWorkingDayOnOrAfter(lastDay);
}

/**
 * True when the standstill's last day is not a working day, so the earliest contract date is
 * the first working day after it rather than the next day (129 § 1 mom.); the UI says why.
 */
export function contractDayMovedPastHoliday(dates: StandstillDates): boolean {
  return !isWorkingDay(dates.lastDay);
}
