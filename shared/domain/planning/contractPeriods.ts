import { addDays, addMonths, dateParts, type IsoDate } from '../common/calendarDate';
import type { ContractTerm } from './valuation';

/** A dated period of the contract. */
export interface DatedPeriod {
  start: IsoDate;
  end: IsoDate;
}

/** One option period, keyed `<optionId>#<n>` like the planned option decisions. */
export interface OptionPeriodDates extends DatedPeriod {
  key: string;
  optionId: string;
  n: number;
  months: number;
}

/** The contract's periods once its start is planned. */
export interface ContractPeriods {
  base: { start: IsoDate; end: IsoDate | null };
  options: OptionPeriodDates[];
  extension: DatedPeriod | null;
  /** The last day if every option and the extension are used; null until further notice. */
  latestEnd: IsoDate | null;
}

/**
 * The last day of a period of `months` months starting on `start`: the day before the same
 * date `months` months later (1.1. + 12 months → 31.12.); when that month has no such date,
 * the period ends on the month's last day (29.2.2028 + 12 months → 28.2.2029; 31.1. + 1 month
 * → 28.2.), by analogy with laki säädettyjen määräaikain laskemisesta 150/1930 (a month-based
 * time limit ends on the month's last day when the corresponding date is missing).
 */
export function periodEnd(start: IsoDate, months: number): IsoDate {
  const same = addMonths(start, months);
  const dateExists = dateParts(same).day === dateParts(start).day;
  return dateExists ? addDays(same, -1) : same;
}

/**
 * The base period, each option period in order (options follow the base period one after
 * another, as option years do) and the extension after them. A one-off purchase has no
 * periods: its one day is both start and end.
 */
export function contractPeriods(term: ContractTerm, start: IsoDate): ContractPeriods {
  if (term.kind === 'oneOff') {
    // A one-off purchase has no contract period: the planned date is the purchase (delivery) day.
    return { base: { start, end: start }, options: [], extension: null, latestEnd: start };
  }
  if (term.kind === 'indefinite') {
    return { base: { start, end: null }, options: [], extension: null, latestEnd: null };
  }
  const baseEnd = periodEnd(start, term.baseMonths);
  const options: OptionPeriodDates[] = [];
  let cursor = baseEnd;
  for (const option of term.options) {
    for (let n = 1; n <= option.count; n++) {
      const periodStart = addDays(cursor, 1);
      const end = periodEnd(periodStart, option.months);
      options.push({
        key: `${option.id}#${n}`,
        optionId: option.id,
        n,
        months: option.months,
        start: periodStart,
        end,
      });
      cursor = end;
    }
  }
  const extension =
    term.extensionMonths > 0
      ? { start: addDays(cursor, 1), end: periodEnd(addDays(cursor, 1), term.extensionMonths) }
      : null;
  return { base: { start, end: baseEnd }, options, extension, latestEnd: extension?.end ?? cursor };
}
