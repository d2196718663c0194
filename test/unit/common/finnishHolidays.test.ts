import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  finnishHolidays,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  nonWorkingReason,
} from '../../../shared/domain/common/finnishHolidays';

/** The date of a named holiday in a year. */
function holiday(year: number, key: string): string | undefined {
  return finnishHolidays(year).find((h) => h.key === key)?.date;
}

describe('Easter and the moving church holidays (kirkkolaki; laki 150/1930 5 §)', () => {
  it('puts Easter Sunday on the known dates 2024–2028', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
  });

  it('derives Good Friday, Easter Monday, Ascension Day and Whit Sunday from Easter 2026', () => {
    expect(holiday(2026, 'goodFriday')).toBe('2026-04-03');
    expect(holiday(2026, 'easterMonday')).toBe('2026-04-06');
    expect(holiday(2026, 'ascensionDay')).toBe('2026-05-14');
    expect(holiday(2026, 'whitSunday')).toBe('2026-05-24');
  });

  it('derives Good Friday 26.3. and Easter Monday 29.3. in 2027', () => {
    expect(holiday(2027, 'goodFriday')).toBe('2027-03-26');
    expect(holiday(2027, 'easterMonday')).toBe('2027-03-29');
    expect(holiday(2027, 'ascensionDay')).toBe('2027-05-06');
  });
});

describe('Midsummer and All Saints (kirkkolaki; laki 150/1930 5 §)', () => {
  it('puts Midsummer Eve on the Friday between 19 and 25 June: 19.6.2026 and 25.6.2027', () => {
    expect(holiday(2026, 'midsummerEve')).toBe('2026-06-19');
    expect(holiday(2026, 'midsummerDay')).toBe('2026-06-20');
    expect(holiday(2027, 'midsummerEve')).toBe('2027-06-25');
    expect(holiday(2027, 'midsummerDay')).toBe('2027-06-26');
  });

  it('puts All Saints’ Day on the Saturday between 31.10. and 6.11.: 31.10.2026 and 6.11.2027', () => {
    expect(holiday(2026, 'allSaintsDay')).toBe('2026-10-31');
    expect(holiday(2027, 'allSaintsDay')).toBe('2027-11-06');
  });
});

describe('fixed days that end no time limit (laki 150/1930 5 §, hankintalaki 129 § 1 mom.)', () => {
  it('names Independence Day, May Day, Christmas Eve and the Christmas holidays', () => {
    expect(nonWorkingReason('2027-12-06')).toBe('independenceDay');
    expect(nonWorkingReason('2026-05-01')).toBe('mayDay');
    expect(nonWorkingReason('2026-12-24')).toBe('christmasEve');
    expect(nonWorkingReason('2026-12-25')).toBe('christmasDay');
    expect(nonWorkingReason('2026-12-26')).toBe('boxingDay');
    expect(nonWorkingReason('2027-01-01')).toBe('newYearsDay');
    expect(nonWorkingReason('2027-01-06')).toBe('epiphany');
  });

  it('treats every Saturday (arkilauantai) and Sunday as a day a time limit cannot end on', () => {
    expect(nonWorkingReason('2026-03-07')).toBe('saturday');
    expect(nonWorkingReason('2026-03-08')).toBe('sunday');
    expect(isWorkingDay('2026-03-09')).toBe(true);
  });

  it('does not list New Year’s Eve or other weekday eves: 31.12.2026 is a working day', () => {
    expect(isWorkingDay('2026-12-31')).toBe(true);
    expect(nonWorkingReason('2026-12-31')).toBeNull();
  });

  it('prefers the holiday’s name over the weekday: Independence Day 2026 is a Sunday', () => {
    expect(nonWorkingReason('2026-12-06')).toBe('independenceDay');
    expect(nonWorkingReason('2026-06-20')).toBe('midsummerDay');
  });
});

describe('next working day (laki 150/1930 5 §; asetus 1182/71 3 art. 4 kohta)', () => {
  it('keeps a working day as it is', () => {
    expect(nextWorkingDayOnOrAfter('2026-03-11')).toBe('2026-03-11');
  });

  it('moves a Saturday or Sunday to the Monday', () => {
    expect(nextWorkingDayOnOrAfter('2026-03-28')).toBe('2026-03-30');
    expect(nextWorkingDayOnOrAfter('2026-03-29')).toBe('2026-03-30');
  });

  it('moves Good Friday 2027 over Easter to Tuesday 30.3.2027', () => {
    expect(nextWorkingDayOnOrAfter('2027-03-26')).toBe('2027-03-30');
    expect(nextWorkingDayOnOrAfter('2027-03-29')).toBe('2027-03-30');
  });

  it('moves Midsummer Eve 2027 to Monday 28.6.2027', () => {
    expect(nextWorkingDayOnOrAfter('2027-06-25')).toBe('2027-06-28');
  });

  it('moves Christmas Eve 2026 over Christmas and the weekend to Monday 28.12.2026', () => {
    expect(nextWorkingDayOnOrAfter('2026-12-24')).toBe('2026-12-28');
  });

  it('moves Independence Day 2027 (Monday) to Tuesday 7.12.2027', () => {
    expect(nextWorkingDayOnOrAfter('2027-12-06')).toBe('2027-12-07');
  });

  it('moves May Day 2026 (Friday) to Monday 4.5.2026', () => {
    expect(nextWorkingDayOnOrAfter('2026-05-01')).toBe('2026-05-04');
  });

  it('crosses the turn of the year: Saturday 1.1.2028 goes to Monday 3.1.2028', () => {
    expect(nextWorkingDayOnOrAfter('2028-01-01')).toBe('2028-01-03');
  });
});
