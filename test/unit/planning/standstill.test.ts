import { describe, expect, it } from 'vitest';
import { CALL_OFF_STANDSTILL_DAYS, STANDSTILL_DAYS } from '../../../shared/domain/planning/regime';
import {
  contractDayMovedPastHoliday,
  earliestContractAfter,
  POST_DELIVERY_DAYS,
  standstillDates,
} from '../../../shared/domain/planning/standstill';

describe('standstill (odotusaika, hankintalaki 127 § and 129 §)', () => {
  it('is 14 days and a posted decision counts as received on the 7th day (129 § 1 mom., 127 § 2 mom.)', () => {
    expect(STANDSTILL_DAYS).toBe(14);
    expect(POST_DELIVERY_DAYS).toBe(7);
  });

  it('counts 14 days from the sending day of an e-mailed decision (127 § 2 mom., 129 § 1 mom.)', () => {
    // Monday 2.3.2026 + 14 = Monday 16.3.2026 (a working day); the contract the day after.
    expect(standstillDates('2026-03-02', 'electronic')).toEqual({
      received: '2026-03-02',
      lastDay: '2026-03-16',
      earliestContract: '2026-03-17',
    });
  });

  it('adds 7 days for a posted decision before the 14 days start (127 § 2 mom.)', () => {
    expect(standstillDates('2026-03-02', 'post')).toEqual({
      received: '2026-03-09',
      lastDay: '2026-03-23',
      earliestContract: '2026-03-24',
    });
  });

  it('keeps a Saturday 14th day as the last day; the contract may be made on Monday (129 § 1 mom.)', () => {
    // Sent Saturday 14.3.2026: day 14 is Saturday 28.3.; Sunday 29.3.; first working day Monday 30.3.
    expect(standstillDates('2026-03-14', 'electronic')).toEqual({
      received: '2026-03-14',
      lastDay: '2026-03-28',
      earliestContract: '2026-03-30',
    });
  });

  it('handles a posted decision whose 14th day is a Saturday (127 § 2 mom., 129 § 1 mom.)', () => {
    // Posted Saturday 7.3.2026, received Saturday 14.3., day 14 Saturday 28.3. → Monday 30.3.
    const dates = standstillDates('2026-03-07', 'post');
    expect(dates.lastDay).toBe('2026-03-28');
    expect(dates.earliestContract).toBe('2026-03-30');
  });

  it('gives Monday 22.6.2026 for a decision e-mailed Friday 5.6.2026 (Midsummer Eve, 129 § 1 mom.)', () => {
    // 5.6. + 14 = Midsummer Eve Fri 19.6.; Midsummer Day Sat 20.6.; Sun 21.6.; Mon 22.6.
    expect(standstillDates('2026-06-05', 'electronic')).toEqual({
      received: '2026-06-05',
      lastDay: '2026-06-19',
      earliestContract: '2026-06-22',
    });
  });

  it('gives Monday 28.12.2026 when the 14th day is Christmas Eve 2026 (129 § 1 mom.)', () => {
    // 10.12. + 14 = Thu 24.12. (Christmas Eve); 25.12. and 26.12. holidays; Sun 27.12.
    expect(standstillDates('2026-12-10', 'electronic')).toEqual({
      received: '2026-12-10',
      lastDay: '2026-12-24',
      earliestContract: '2026-12-28',
    });
  });

  it('lets a contract be made on a Saturday after a Friday last day (no holiday to wait for)', () => {
    // Fri 6.3.2026 is a working day: 14 days have passed at its end, Saturday 7.3. is allowed.
    expect(earliestContractAfter('2026-03-06')).toBe('2026-03-07');
  });

  it('uses Tuesday after Easter Monday when the 14th day is Good Friday 2026 (3.4.2026)', () => {
    // Good Friday 3.4., Sat 4.4., Easter Sunday 5.4., Easter Monday 6.4. → Tue 7.4.2026.
    expect(standstillDates('2026-03-20', 'electronic').earliestContract).toBe('2026-04-07');
  });

  it('uses 10 days for a call-off under a framework or DPS when observed (129 § 2 mom.)', () => {
    expect(CALL_OFF_STANDSTILL_DAYS).toBe(10);
    expect(standstillDates('2026-03-02', 'electronic', CALL_OFF_STANDSTILL_DAYS)).toEqual({
      received: '2026-03-02',
      lastDay: '2026-03-12',
      earliestContract: '2026-03-13',
    });
  });
});

describe('contractDayMovedPastHoliday (129 § 1 mom.)', () => {
  it('is true for the Midsummer Eve case and false for a Monday last day', () => {
    expect(contractDayMovedPastHoliday(standstillDates('2026-06-05', 'electronic'))).toBe(true);
    expect(contractDayMovedPastHoliday(standstillDates('2026-03-02', 'electronic'))).toBe(false);
  });
});
