import { describe, expect, it } from 'vitest';
import {
  estimateValue,
  longServiceComparison,
  longServiceRuleApplies,
  maximumTermMonths,
} from '../../../shared/domain/planning/estimatedValue';
import type { Amount, ContractTerm, Valuation } from '../../../shared/domain/planning/valuation';
import { amountForTermKind } from '../../../shared/domain/planning/valuation';

const euros = (e: number) => e * 100;
const amount = (basis: Amount['basis'], e: number, extra = 0): Amount => ({
  basis,
  amountCents: euros(e),
  additionalPurchasesCents: euros(extra),
});
const fixed = (baseMonths: number, optionYears = 0): ContractTerm => ({
  kind: 'fixed',
  baseMonths,
  options:
    optionYears > 0
      ? [{ id: crypto.randomUUID(), count: optionYears, months: 12, likely: true, note: '' }]
      : [],
  extensionMonths: 0,
});
const valuation = (
  undivided: Amount,
  term: ContractTerm,
  longServiceBasis: Valuation['longServiceBasis'] = 'fullTerm',
): Valuation => ({
  undivided,
  term,
  prizesCents: 0,
  notes: '',
  longServiceBasis,
  smallLotsExceptionLotIds: [],
});

describe('services over 48 months without a total price (directive 2014/24/EU art. 5(14)(b), hankintalaki 30 §)', () => {
  it('values a 36 + 2 × 12 month service at the monthly value × 48 when the officer follows the rule', () => {
    // 10 000 €/month × 48 = 480 000 € (the term is 60 months, over 48).
    const v = valuation(amount('monthly', 10_000), fixed(36, 2), 'monthlyTimes48');
    const result = estimateValue(v, [], 'services');
    expect(result.totalCents).toBe(euros(480_000));
    expect(result.lines[0]).toMatchObject({
      kind: 'longServiceMonthly',
      valueCents: euros(480_000),
      params: { monthlyCents: euros(10_000), months: 48, termMonths: 60 },
    });
  });

  it('counts the full term when the officer takes the conservative choice', () => {
    // 36 × 10 000 + 24 × 10 000 = 600 000 €.
    const v = valuation(amount('monthly', 10_000), fixed(36, 2), 'fullTerm');
    expect(estimateValue(v, [], 'services').totalCents).toBe(euros(600_000));
  });

  it('gives both figures for the choice, for an annual amount over 72 months', () => {
    // 120 000 €/year: × 48 months = 120 000 / 12 × 48 = 480 000 €; 72 months = 720 000 €.
    const v = valuation(amount('annual', 120_000), fixed(72), 'fullTerm');
    expect(longServiceComparison(v, [], 'socialHealthServices')).toEqual({
      termMonths: 72,
      times48Cents: euros(480_000),
      fullTermCents: euros(720_000),
      chosen: 'fullTerm',
    });
  });

  it('adds additional purchases in full on top of the × 48 value (27 § 1 mom.)', () => {
    const v = valuation(amount('monthly', 1_000, 5_000), fixed(60), 'monthlyTimes48');
    // 1 000 × 48 = 48 000 € + 5 000 € = 53 000 €.
    expect(estimateValue(v, [], 'services').totalCents).toBe(euros(53_000));
  });

  it('does not apply to a term of exactly 48 months, to goods, to works, to concessions or to a total price', () => {
    expect(longServiceRuleApplies('services', fixed(24, 2), 'monthly')).toBe(false);
    expect(longServiceRuleApplies('services', fixed(49), 'monthly')).toBe(true);
    expect(longServiceRuleApplies('goods', fixed(60), 'monthly')).toBe(false);
    expect(longServiceRuleApplies('works', fixed(60), 'annual')).toBe(false);
    expect(longServiceRuleApplies('serviceConcession', fixed(60), 'annual')).toBe(false);
    expect(longServiceRuleApplies('services', fixed(60), 'total')).toBe(false);
    const goods = valuation(amount('monthly', 10_000), fixed(60), 'monthlyTimes48');
    expect(estimateValue(goods, [], 'goods').totalCents).toBe(euros(600_000));
    expect(longServiceComparison(goods, [], 'goods')).toBeNull();
  });

  it('applies per lot and sums the lots (27 §, hankintalaki 31 §)', () => {
    const lots = ['1', '2'].map((code) => ({
      id: crypto.randomUUID(),
      code,
      name: code,
      description: '',
      value: amount('monthly', 1_000),
    }));
    const v = valuation(amount('annual', 0), fixed(60), 'monthlyTimes48');
    // 2 × 1 000 × 48 = 96 000 €; full term 2 × 60 000 = 120 000 €.
    expect(longServiceComparison(v, lots, 'services')).toMatchObject({
      times48Cents: euros(96_000),
      fullTermCents: euros(120_000),
    });
  });
});

describe('one-off purchases without a contract term (27 § 1 mom.; issue 7 § 1)', () => {
  const oneOff: ContractTerm = { ...fixed(12, 1), kind: 'oneOff' };

  it('values the purchase at its amount, ignoring months and options kept from before', () => {
    // 50 000 € + 5 000 € additional purchases = 55 000 €.
    const result = estimateValue(valuation(amount('total', 50_000, 5_000), oneOff), [], 'goods');
    expect(result.totalCents).toBe(euros(55_000));
    expect(result.lines.map((l) => l.kind)).toEqual(['oneOff', 'additionalPurchases', 'total']);
    expect(maximumTermMonths(oneOff)).toBe(0);
  });

  it('turns an annual or monthly amount into a total when the term becomes one-off', () => {
    expect(amountForTermKind(amount('annual', 10), 'oneOff').basis).toBe('total');
    expect(amountForTermKind(amount('total', 10), 'oneOff').basis).toBe('total');
  });
});
