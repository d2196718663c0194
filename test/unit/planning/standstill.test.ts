import { describe, expect, it } from 'vitest';
import { CALL_OFF_STANDSTILL_DAYS, STANDSTILL_DAYS } from '../../../shared/domain/planning/regime';
import { POST_DELIVERY_DAYS, standstillDates } from '../../../shared/domain/planning/standstill';

describe('standstill (odotusaika, hankintalaki 127 § and 129 §)', () => {
  it('is 14 days and a posted decision counts as received on the 7th day (129 § 1 mom., 127 § 2 mom.)', () => {
    expect(STANDSTILL_DAYS).toBe(14);
    expect(POST_DELIVERY_DAYS).toBe(7);
  });

  it('counts 14 days from the sending day of an e-mailed decision (127 § 1 mom., 129 § 1 mom.)', () => {
    // Monday 2.3.2026 + 14 = Monday 16.3.2026; the contract may be signed on Tuesday.
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

  it('moves a last day on a Saturday to the Monday (129 § 1 mom.: arkilauantai)', () => {
    // Sent on Saturday 14.3.2026: day 14 is Saturday 28.3., the standstill ends Monday 30.3.
    expect(standstillDates('2026-03-14', 'electronic')).toEqual({
      received: '2026-03-14',
      lastDay: '2026-03-30',
      earliestContract: '2026-03-31',
    });
  });

  it('moves a posted decision whose last day is a Saturday as well (127 § 2 mom., 129 § 1 mom.)', () => {
    // Posted Saturday 7.3.2026, received Saturday 14.3., day 14 Saturday 28.3. → Monday 30.3.
    expect(standstillDates('2026-03-07', 'post').lastDay).toBe('2026-03-30');
  });

  it('moves a last day on Midsummer Eve past Midsummer Day and Sunday (129 § 1 mom.)', () => {
    // Friday 5.6.2026 + 14 = Midsummer Eve 19.6.2026 → Monday 22.6.2026.
    expect(standstillDates('2026-06-05', 'electronic')).toEqual({
      received: '2026-06-05',
      lastDay: '2026-06-22',
      earliestContract: '2026-06-23',
    });
  });

  it('moves a last day on Christmas Eve 2026 to Monday 28.12. (129 § 1 mom.: jouluaatto)', () => {
    expect(standstillDates('2026-12-10', 'electronic').lastDay).toBe('2026-12-28');
  });

  it('uses 10 days for a call-off under a framework or DPS when observed (129 § 2 mom.)', () => {
    expect(CALL_OFF_STANDSTILL_DAYS).toBe(10);
    expect(standstillDates('2026-03-02', 'electronic', CALL_OFF_STANDSTILL_DAYS).lastDay).toBe(
      '2026-03-12',
    );
  });
});
