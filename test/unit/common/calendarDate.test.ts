import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  dateParts,
  daysBetween,
  isIsoDate,
  isoDateOf,
  isoDateSchema,
  isoDateTimeSchema,
  localIsoDate,
  maxDate,
  weekday,
} from '../../../shared/domain/common/calendarDate';

const originalTz = process.env['TZ'];
afterEach(() => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
});

describe('ISO calendar dates', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(isIsoDate('2027-03-01')).toBe(true);
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-01-00')).toBe(false);
  });

  it('knows the leap years: 2026-02-29 does not exist, 2028-02-29 does', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('applies the century rule: 2000-02-29 exists, 2100-02-29 does not', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
  });

  it('refuses other spellings of a date', () => {
    for (const text of [
      '1.3.2027',
      '2027-3-1',
      '2027-03-01T00:00:00Z',
      ' 2027-03-01',
      '20270301',
      '',
    ]) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });

  it('validates stored dates and timestamps with the same rules', () => {
    expect(isoDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2026-02-29').success).toBe(false);
    expect(isoDateTimeSchema.safeParse('2027-03-01T08:00:00.000Z').success).toBe(true);
    expect(isoDateTimeSchema.safeParse('2027-03-01T10:00:00+02:00').success).toBe(true);
    expect(isoDateTimeSchema.safeParse('2027-03-01').success).toBe(false);
  });
});

describe('date arithmetic for deadlines', () => {
  it('adds days across the end of a month and a year', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', 35)).toBe('2027-04-05');
  });

  it('goes back with negative days, also into a leap day', () => {
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('is not shifted by daylight saving time in Finland', () => {
    process.env['TZ'] = 'Europe/Helsinki';
    // Clocks go forward on 29.3.2026 and back on 25.10.2026.
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('clamps the day when adding months: 31.1. + 1 month is the last day of February', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-08-31', 1)).toBe('2027-09-30');
  });

  it('adds months across years and goes back with negative months', () => {
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2027-01-15', -13)).toBe('2025-12-15');
    expect(addMonths('2027-01-15', 48)).toBe('2031-01-15');
    expect(addMonths('2027-01-15', 0)).toBe('2027-01-15');
  });

  it('counts whole days between dates, negative when the second is earlier', () => {
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2027-03-01', '2027-02-01')).toBe(-28);
    expect(daysBetween('2027-03-01', '2027-03-01')).toBe(0);
  });

  it('tells the weekday, Sunday being 0', () => {
    expect(weekday('2026-01-01')).toBe(4); // Thursday
    expect(weekday('2027-03-01')).toBe(1); // Monday
    expect(weekday('2026-03-29')).toBe(0); // Sunday
    expect(weekday('2028-02-29')).toBe(2); // Tuesday
  });

  it('refuses to compute with an invalid date instead of rolling it over', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('1.3.2027', 1)).toThrow(RangeError);
    expect(() => daysBetween('2027-03-01', '2027-13-01')).toThrow(RangeError);
    expect(() => weekday('')).toThrow(RangeError);
  });
});

describe('building and comparing dates', () => {
  it('builds a date from parts and rolls overflowing days over', () => {
    expect(isoDateOf(2027, 3, 1)).toBe('2027-03-01');
    expect(isoDateOf(2027, 2, 29)).toBe('2027-03-01');
    expect(isoDateOf(2027, 12, 32)).toBe('2028-01-01');
  });

  it('splits a date into year, month and day', () => {
    expect(dateParts('2027-03-01')).toEqual({ year: 2027, month: 3, day: 1 });
  });

  it('orders dates chronologically and picks the later one', () => {
    expect(compareDates('2027-02-28', '2027-03-01')).toBe(-1);
    expect(compareDates('2027-03-01', '2027-02-28')).toBe(1);
    expect(compareDates('2027-03-01', '2027-03-01')).toBe(0);
    expect(maxDate('2026-12-31', '2027-01-01')).toBe('2027-01-01');
    expect(maxDate('2027-01-01', '2026-12-31')).toBe('2027-01-01');
  });

  it("gives today's date in the officer's own time zone, not UTC", () => {
    process.env['TZ'] = 'Europe/Helsinki';
    // 22.30 UTC on 30 June is already 1.30 on 1 July in Helsinki (UTC+3 in summer).
    expect(localIsoDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(localIsoDate(new Date('2026-06-30T20:30:00Z'))).toBe('2026-06-30');
  });
});
