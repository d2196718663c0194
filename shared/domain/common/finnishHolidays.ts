import { addDays, dateParts, isoDateOf, weekday, type IsoDate } from './calendarDate';

/**
 * Days on which a time limit cannot end in Finland. Laki säädettyjen määräaikain
 * laskemisesta 150/1930 5 §: when the last day of a time limit is a public holiday
 * (pyhäpäivä), Independence Day, May Day, Christmas Eve, Midsummer Eve or a Saturday, the
 * act may be done on the next working day (hankintalaki 129 § 1 mom. says the same for the
 * standstill). Sundays are pyhäpäiviä. The church holidays are those of the Church Act.
 * New Year's Eve is not on the list.
 */

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDateOf(year, month, day);
}

/** The Saturday (or Friday, with `offset` −1) between `fromDay` and `fromDay + 6` of a month. */
function weekdayBetween(
  year: number,
  month: number,
  fromDay: number,
  targetWeekday: number,
): IsoDate {
  for (let day = fromDay; day < fromDay + 7; day++) {
    const date = isoDateOf(year, month, day);
    if (weekday(date) === targetWeekday) return date;
  }
  throw new Error('unreachable');
}

/** A named day that moves a deadline, with its Finnish name for explanations. */
export interface FinnishHoliday {
  date: IsoDate;
  key:
    | 'newYearsDay'
    | 'epiphany'
    | 'goodFriday'
    | 'easterSunday'
    | 'easterMonday'
    | 'mayDay'
    | 'ascensionDay'
    | 'whitSunday'
    | 'midsummerEve'
    | 'midsummerDay'
    | 'allSaintsDay'
    | 'independenceDay'
    | 'christmasEve'
    | 'christmasDay'
    | 'boxingDay';
}

/** The weekday holidays and eves of a year that end no time limit (weekends aside). */
export function finnishHolidays(year: number): FinnishHoliday[] {
  const easter = easterSunday(year);
  return [
    { date: isoDateOf(year, 1, 1), key: 'newYearsDay' },
    { date: isoDateOf(year, 1, 6), key: 'epiphany' },
    { date: addDays(easter, -2), key: 'goodFriday' },
    { date: easter, key: 'easterSunday' },
    { date: addDays(easter, 1), key: 'easterMonday' },
    { date: isoDateOf(year, 5, 1), key: 'mayDay' },
    { date: addDays(easter, 39), key: 'ascensionDay' },
    { date: addDays(easter, 49), key: 'whitSunday' },
    { date: weekdayBetween(year, 6, 19, 5), key: 'midsummerEve' },
    { date: weekdayBetween(year, 6, 20, 6), key: 'midsummerDay' },
    // All Saints' Day: the Saturday between 31 October and 6 November.
    { date: weekdayBetween(year, 10, 31, 6), key: 'allSaintsDay' },
    { date: isoDateOf(year, 12, 6), key: 'independenceDay' },
    { date: isoDateOf(year, 12, 24), key: 'christmasEve' },
    { date: isoDateOf(year, 12, 25), key: 'christmasDay' },
    { date: isoDateOf(year, 12, 26), key: 'boxingDay' },
  ].sort((x, y) => x.date.localeCompare(y.date)) as FinnishHoliday[];
}

/** Why a date is not a working day, or null when it is one. */
export function nonWorkingReason(
  date: IsoDate,
): 'saturday' | 'sunday' | FinnishHoliday['key'] | null {
  const holiday = finnishHolidays(dateParts(date).year).find((h) => h.date === date);
  if (holiday) return holiday.key;
  const day = weekday(date);
  if (day === 6) return 'saturday';
  if (day === 0) return 'sunday';
  return null;
}

/** True on a day a time limit can end on (not a weekend, holiday, or the listed eves). */
export function isWorkingDay(date: IsoDate): boolean {
  return nonWorkingReason(date) === null;
}

/** `date` itself when it is a working day, otherwise the next working day (150/1930 5 §). */
export function nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}
