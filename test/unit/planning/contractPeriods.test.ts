import { describe, expect, it } from 'vitest';
import { contractPeriods, periodEnd } from '../../../shared/domain/planning/contractPeriods';
import type { ContractTerm } from '../../../shared/domain/planning/valuation';

describe('contract periods from a start on a month’s last day (calendar months; by analogy with laki 150/1930)', () => {
  it('ends 12 months from 29.2.2028 on 28.2.2029 (no 29.2.2029)', () => {
    expect(periodEnd('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('ends one month from 31.1.2027 on 28.2.2027 and from 31.3.2027 on 30.4.2027', () => {
    expect(periodEnd('2027-01-31', 1)).toBe('2027-02-28');
    // 31.4. does not exist → the last day of April.
    expect(periodEnd('2027-03-31', 1)).toBe('2027-04-30');
  });

  it('keeps the ordinary reckoning where the date exists', () => {
    expect(periodEnd('2027-01-01', 12)).toBe('2027-12-31');
    expect(periodEnd('2027-04-30', 1)).toBe('2027-05-29');
    expect(periodEnd('2027-02-28', 12)).toBe('2028-02-27');
  });

  it('chains option periods after a base period that began on 29.2.2028', () => {
    const term: ContractTerm = {
      kind: 'fixed',
      baseMonths: 12,
      options: [{ id: crypto.randomUUID(), count: 1, months: 12, likely: true, note: '' }],
      extensionMonths: 0,
    };
    const periods = contractPeriods(term, '2028-02-29');
    expect(periods.base).toEqual({ start: '2028-02-29', end: '2029-02-28' });
    // Option from 1.3.2029: 1.3.2030 exists, so it ends the day before, 28.2.2030.
    expect(periods.options[0]).toMatchObject({ start: '2029-03-01', end: '2030-02-28' });
    expect(periods.latestEnd).toBe('2030-02-28');
  });

  it('gives a one-off purchase its one day and no periods', () => {
    const term: ContractTerm = { kind: 'oneOff', baseMonths: 12, options: [], extensionMonths: 0 };
    expect(contractPeriods(term, '2027-05-03')).toEqual({
      base: { start: '2027-05-03', end: '2027-05-03' },
      options: [],
      extension: null,
      latestEnd: '2027-05-03',
    });
  });
});
