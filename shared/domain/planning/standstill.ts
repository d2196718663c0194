import { addDays, type IsoDate } from '../common/calendarDate';
import { nextWorkingDayOnOrAfter } from '../common/finnishHolidays';
import { STANDSTILL_DAYS } from './regime';

/** Days after sending when a posted decision counts as received (hankintalaki 127 § 2 mom.). */
export const POST_DELIVERY_DAYS = 7;

/** The standstill of one decision, day by day. */
export interface StandstillDates {
  /** When tenderers count as having received the decision (127 §). */
  received: IsoDate;
  /** The last day of the standstill, moved past weekends and holidays (129 § 1 mom.). */
  lastDay: IsoDate;
  /** The first day the contract may be signed. */
  earliestContract: IsoDate;
}

/**
 * Standstill (odotusaika): 14 days from the tenderer receiving the decision with the appeal
 * instructions (hankintalaki 129 § 1 mom.). An e-mailed decision counts as received on the
 * sending day, a posted one on the 7th day after sending (127 §). If the last day is a
 * Saturday, Sunday or holiday, the standstill ends on the next working day (129 § 1 mom.,
 * laki 150/1930 5 §); the contract may be signed the day after.
 */
export function standstillDates(
  decision: IsoDate,
  delivery: 'electronic' | 'post',
  days: number = STANDSTILL_DAYS,
): StandstillDates {
  const received = delivery === 'post' ? addDays(decision, POST_DELIVERY_DAYS) : decision;
  const lastDay = nextWorkingDayOnOrAfter(addDays(received, days));
  return { received, lastDay, earliestContract: addDays(lastDay, 1) };
}
