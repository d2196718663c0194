import { describe, expect, it } from 'vitest';
import { cite } from '../../../shared/domain/common/legalSources';
import { estimateValue, maximumTermMonths } from '../../../shared/domain/planning/estimatedValue';
import type { Lot } from '../../../shared/domain/procurement/lot';
import type { Amount, ContractTerm, Valuation } from '../../../shared/domain/planning/valuation';

const euros = (e: number) => e * 100;
const annual = (e: number): Amount => ({
  basis: 'annual',
  amountCents: euros(e),
  additionalPurchasesCents: 0,
});
const fixed = (
  baseMonths: number,
  options: ContractTerm['options'] = [],
  extensionMonths = 0,
): ContractTerm => ({
  kind: 'fixed',
  baseMonths,
  options,
  extensionMonths,
});
const option = (count: number, months: number, likely = true) => ({
  id: crypto.randomUUID(),
  count,
  months,
  likely,
  note: '',
});
const valuation = (undivided: Amount, term: ContractTerm, prizesCents = 0): Valuation => ({
  undivided,
  term,
  prizesCents,
  notes: '',
  longServiceBasis: 'fullTerm',
  smallLotsExceptionLotIds: [],
});
const lot = (code: string, amount: Amount): Lot => ({
  id: crypto.randomUUID(),
  code,
  name: `Osa ${code}`,
  description: '',
  value: amount,
});

describe('estimated value (hankintalaki 1397/2016 27 §, 30 §)', () => {
  it('values an annual amount over the base period (27 § 1 mom.)', () => {
    const result = estimateValue(valuation(annual(120_000), fixed(30)), [], 'services');
    expect(result.totalCents).toBe(euros(300_000));
    expect(result.lines.map((l) => l.kind)).toEqual(['baseAnnual', 'total']);
  });

  it('counts option years in the estimated value (27 § 1 mom.)', () => {
    const result = estimateValue(
      valuation(annual(6_000_000), fixed(24, [option(2, 12)])),
      [],
      'services',
    );
    expect(result.totalCents).toBe(euros(24_000_000));
    const optionLine = result.lines.find((l) => l.kind === 'optionAnnual');
    expect(optionLine?.valueCents).toBe(euros(12_000_000));
    expect(optionLine?.params).toMatchObject({ count: 2, optionMonths: 12, months: 24 });
  });

  it('counts options even when marked unlikely, and says so (27 § 1 mom.)', () => {
    const result = estimateValue(
      valuation(annual(100_000), fixed(12, [option(1, 12, false)])),
      [],
      'services',
    );
    expect(result.totalCents).toBe(euros(200_000));
    expect(result.notices).toContainEqual({ kind: 'unlikelyOptionsCounted', months: 12 });
  });

  it('counts a possible extension of the contract (27 § 1 mom.)', () => {
    const result = estimateValue(valuation(annual(120_000), fixed(24, [], 6)), [], 'services');
    expect(result.lines.find((l) => l.kind === 'extensionAnnual')?.valueCents).toBe(euros(60_000));
    expect(result.totalCents).toBe(euros(300_000));
  });

  it('adds prizes and payments to candidates or tenderers (27 § 1 mom.)', () => {
    const result = estimateValue(
      valuation(annual(50_000), fixed(12), euros(15_000)),
      [],
      'services',
    );
    expect(result.totalCents).toBe(euros(65_000));
    expect(result.lines.map((l) => l.kind)).toEqual(['baseAnnual', 'prizes', 'total']);
  });

  it('counts additional purchase options in full (27 § 1 mom.)', () => {
    const amount: Amount = {
      basis: 'total',
      amountCents: euros(80_000),
      additionalPurchasesCents: euros(20_000),
    };
    expect(estimateValue(valuation(amount, fixed(12)), [], 'services').totalCents).toBe(
      euros(100_000),
    );
  });

  it('sums the lots procured together, each with its own subtotal (27 § 3 mom.)', () => {
    const lots = [
      lot('1A', annual(2_400_000)),
      lot('1B', annual(1_500_000)),
      lot('1C', annual(900_000)),
      lot('2', annual(1_200_000)),
    ];
    const result = estimateValue(
      valuation(annual(0), fixed(24, [option(2, 12)])),
      lots,
      'services',
    );
    expect(result.lotTotals.map((l) => l.totalCents)).toEqual([
      euros(9_600_000),
      euros(6_000_000),
      euros(3_600_000),
      euros(4_800_000),
    ]);
    expect(result.totalCents).toBe(euros(24_000_000));
    expect(result.notices).toContainEqual({ kind: 'lotsSummed', lotCount: 4 });
    expect(result.lines.filter((l) => l.kind === 'lotSubtotal')).toHaveLength(4);
  });

  it('ignores the undivided amount once the procurement has lots (27 § 3 mom.)', () => {
    const result = estimateValue(
      valuation(annual(999_999), fixed(12)),
      [lot('1', annual(10_000))],
      'services',
    );
    expect(result.totalCents).toBe(euros(10_000));
  });

  it('values a contract until further notice at the monthly value × 48 (30 § 1 ja 3 mom.)', () => {
    const monthly: Amount = {
      basis: 'monthly',
      amountCents: euros(5_000),
      additionalPurchasesCents: 0,
    };
    const result = estimateValue(
      valuation(monthly, { ...fixed(12), kind: 'indefinite' }),
      [],
      'services',
    );
    expect(result.totalCents).toBe(euros(240_000));
    expect(result.lines[0]).toMatchObject({ kind: 'indefiniteMonthly', params: { months: 48 } });
  });

  it('converts an annual amount of an indefinite contract to 48 months (30 § 3 mom.)', () => {
    const result = estimateValue(
      valuation(annual(60_000), { ...fixed(12), kind: 'indefinite' }),
      [],
      'services',
    );
    expect(result.totalCents).toBe(euros(240_000));
  });

  it('refuses a one-off total for a contract until further notice with a notice, not a number', () => {
    const total: Amount = {
      basis: 'total',
      amountCents: euros(100_000),
      additionalPurchasesCents: 0,
    };
    const result = estimateValue(
      valuation(total, { ...fixed(12), kind: 'indefinite' }),
      [],
      'services',
    );
    expect(result.totalCents).toBe(0);
    expect(result.notices).toContainEqual({ kind: 'totalWithIndefinite', lotId: null });
  });

  it('prorates a one-off total over option months against the base period', () => {
    const total: Amount = {
      basis: 'total',
      amountCents: euros(120_000),
      additionalPurchasesCents: 0,
    };
    const result = estimateValue(valuation(total, fixed(24, [option(1, 12)])), [], 'services');
    expect(result.lines.find((l) => l.kind === 'optionTotal')?.valueCents).toBe(euros(60_000));
    expect(result.totalCents).toBe(euros(180_000));
  });

  it('rounds each line to the cent so that the printed lines add up to the total', () => {
    const result = estimateValue(
      valuation({ ...annual(0), amountCents: 100_001 }, fixed(7, [option(1, 5)])),
      [],
      'services',
    );
    const sum = result.lines
      .filter((l) => l.kind !== 'total')
      .reduce((s, l) => s + l.valueCents, 0);
    expect(result.lines.every((l) => Number.isInteger(l.valueCents))).toBe(true);
    expect(result.totalCents).toBe(sum);
  });

  it('names its legal source on every line', () => {
    const result = estimateValue(
      valuation(annual(1), fixed(12)),
      [lot('1', annual(1))],
      'services',
    );
    expect(result.lines.every((l) => l.source.length > 0)).toBe(true);
    // The lot subtotals and the total cite the lots rule, 31 §, in every language.
    const subtotal = result.lines.find((l) => l.kind === 'lotSubtotal');
    expect(subtotal && cite(subtotal.source, 'fi')).toBe(
      'Hankintalaki 1397/2016 31 § (osiin jaetun hankinnan ennakoitu arvo)',
    );
    expect(subtotal && cite(subtotal.source, 'sv')).toContain('Upphandlingslagen 1397/2016 31 §');
  });

  it('gives the longest possible term with every option and extension', () => {
    expect(maximumTermMonths(fixed(24, [option(2, 12)], 6))).toBe(54);
    expect(maximumTermMonths({ ...fixed(24), kind: 'indefinite' })).toBe(48);
  });
});
