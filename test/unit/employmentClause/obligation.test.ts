import { describe, expect, it } from 'vitest';
import {
  defaultObligation,
  type Obligation,
} from '../../../shared/domain/employmentClause/employmentClause';
import {
  computeObligation,
  contractYears,
  roundFraction,
} from '../../../shared/domain/employmentClause/obligation';
import type { ContractTerm } from '../../../shared/domain/planning/valuation';

const OPTION_ID = '00000000-0000-4000-8000-000000000001';

function term(
  baseMonths: number,
  options: [number, number][] = [],
  extensionMonths = 0,
): ContractTerm {
  return {
    kind: 'fixed',
    baseMonths,
    options: options.map(([count, months], i) => ({
      id: `${OPTION_ID.slice(0, -1)}${i + 1}`,
      count,
      months,
      likely: true,
      note: '',
    })),
    extensionMonths,
  };
}

function compute(
  obligation: Obligation,
  annualEuros: number,
  t: ContractTerm,
  rounding: 'down' | 'oneDecimal' | 'nearest' = 'down',
  includeExtension = false,
) {
  const { years, indefinite } = contractYears(t, includeExtension);
  return computeObligation(obligation, rounding, {
    annualValueCents: annualEuros * 100,
    years,
    indefinite,
  });
}

describe('contract years (base period, each option and the extension separately)', () => {
  it('splits a 30-month base period into 12 + 12 + 6 months and numbers the years on', () => {
    const { years } = contractYears(term(30, [[2, 12]]), false);
    expect(years.map((y) => [y.contractYear, y.periodKey, y.months])).toEqual([
      [1, 'base', 12],
      [2, 'base', 12],
      [3, 'base', 6],
      [4, 'option:0#1', 12],
      [5, 'option:0#2', 12],
    ]);
  });

  it('adds the extension only when the clause includes it', () => {
    expect(contractYears(term(12, [], 6), false).years).toHaveLength(1);
    expect(contractYears(term(12, [], 6), true).years.map((y) => y.months)).toEqual([12, 6]);
  });

  it('shows a contract until further notice for 48 months (as its value, hankintalaki 30 §)', () => {
    const r = compute({ method: 'fixed', unit: 'personMonths', quantityPerYear: 2 }, 0, {
      kind: 'indefinite',
      baseMonths: 12,
      options: [],
      extensionMonths: 0,
    });
    expect(r.years).toHaveLength(4);
    expect(r.total).toBe(8);
    expect(r.issues).toEqual([{ kind: 'indefiniteShownFor48Months' }]);
  });
});

describe('fixed obligation (Vantaa: one pay-subsidy employee or apprentice per calendar year)', () => {
  it('gives 2 person-months a year over a 2-year base and a 1-year option: 4 + 2 = 6', () => {
    const r = compute(
      { method: 'fixed', unit: 'personMonths', quantityPerYear: 2 },
      0,
      term(24, [[1, 12]]),
    );
    expect(r.unit).toBe('personMonths');
    expect(r.perFullYear).toBe(2);
    expect([r.baseTotal, r.optionsTotal, r.total]).toEqual([4, 2, 6]);
    expect(r.periods.map((p) => [p.periodKey, p.months, p.amount])).toEqual([
      ['base', 24, 4],
      ['option:0#1', 12, 2],
    ]);
  });

  it('counts a 6-month last year pro rata: 1 person a year over 30 months is 1 + 1 + 0,5', () => {
    const persons: Obligation = { method: 'fixed', unit: 'persons', quantityPerYear: 1 };
    expect(compute(persons, 0, term(30), 'oneDecimal').years.map((y) => y.amount)).toEqual([
      1, 1, 0.5,
    ]);
    // rounded down, the short year asks for nobody — stated in the clause, visible here
    expect(compute(persons, 0, term(30), 'down').years.map((y) => y.amount)).toEqual([1, 1, 0]);
    expect(compute(persons, 0, term(30), 'down').unit).toBe('persons');
  });
});

describe('share of the annual value (Rotterdam 5 %; Seinäjoki "an agreed % of the annual value")', () => {
  const share: Obligation = {
    method: 'shareOfAnnualValue',
    sharePercent: 5,
    monthlyLabourCostCents: 350_000,
    employerCostsIncluded: true,
  };

  it('turns 5 % of 1 000 000 € into 50 000 € and 50 000 ÷ 3 500 = 14,29 person-months a year', () => {
    const r = compute(share, 1_000_000, term(24, [[1, 6]]));
    const first = r.years[0]!;
    expect(first.eurosCents).toBe(5_000_000);
    expect(first.exact).toBeCloseTo(14.2857, 4);
    expect(first.amount).toBe(14);
    // the 6-month option year: 25 000 € ÷ 3 500 € = 7,14 → 7
    expect(r.years[2]!.eurosCents).toBe(2_500_000);
    expect(r.years[2]!.amount).toBe(7);
    expect([r.baseTotal, r.optionsTotal, r.total]).toEqual([28, 7, 35]);
  });

  it('rounds by the stated rule: 14,29 → 14 down, 14,3 to one decimal, 14 nearest', () => {
    expect(compute(share, 1_000_000, term(12), 'down').perFullYear).toBe(14);
    expect(compute(share, 1_000_000, term(12), 'oneDecimal').perFullYear).toBe(14.3);
    expect(compute(share, 1_000_000, term(12), 'nearest').perFullYear).toBe(14);
  });

  it('rounds at the edge exactly: 42 000 € ÷ 3 500 € is 12, not 11,999…', () => {
    expect(compute(share, 840_000, term(12), 'down').perFullYear).toBe(12);
  });

  it('rounds a half up: 12,25 → 12,3 (one decimal) and 12,5 → 13 (nearest)', () => {
    // 5 % of 857 500 € = 42 875 €; ÷ 3 500 € = 12,25
    expect(compute(share, 857_500, term(12), 'oneDecimal').perFullYear).toBe(12.3);
    expect(compute(share, 857_500, term(12), 'down').perFullYear).toBe(12);
    // 5 % of 875 000 € = 43 750 €; ÷ 3 500 € = 12,5
    expect(compute(share, 875_000, term(12), 'nearest').perFullYear).toBe(13);
  });

  it('says what is missing instead of computing nonsense: no value, no labour cost', () => {
    expect(compute(share, 0, term(12)).issues).toContainEqual({ kind: 'annualValueMissing' });
    const noCost = compute({ ...share, monthlyLabourCostCents: 0 }, 100_000, term(12));
    expect(noCost.issues).toContainEqual({ kind: 'labourCostMissing' });
    expect(noCost.total).toBe(0);
  });
});

describe('share of the wage bill (capital-intensive contracts)', () => {
  it('turns 3 % of a 600 000 € wage bill into 18 000 € = 6 person-months at 3 000 €', () => {
    const r = compute(
      {
        method: 'shareOfWageBill',
        sharePercent: 3,
        annualWageBillCents: 60_000_000,
        monthlyLabourCostCents: 300_000,
        employerCostsIncluded: false,
      },
      2_000_000,
      term(12),
    );
    expect(r.years[0]!.eurosCents).toBe(1_800_000);
    expect(r.perFullYear).toBe(6);
  });

  it('asks for the wage bill estimate when it is zero', () => {
    const r = compute(defaultObligation('shareOfWageBill'), 1_000_000, term(12));
    expect(r.issues).toContainEqual({ kind: 'wageBillMissing' });
  });
});

describe('per value step (one person-month for every full X € of annual value)', () => {
  const step: Obligation = { method: 'perValueStep', stepCents: 10_000_000 };

  it('counts full steps only: 250 000 € a year with a 100 000 € step gives 2, not 2,5', () => {
    const r = compute(step, 250_000, term(12), 'nearest');
    expect(r.perFullYear).toBe(2);
    expect(r.rounding).toBe('fullStepsOnly');
  });

  it('measures a 6-month option year by its own value: 125 000 € → 1', () => {
    const r = compute(step, 250_000, term(24, [[1, 6]]));
    expect(r.years.map((y) => y.amount)).toEqual([2, 2, 1]);
    expect(r.total).toBe(5);
  });

  it('reports an obligation of zero when the value is below one step', () => {
    expect(compute(step, 90_000, term(12)).issues).toEqual([{ kind: 'zeroObligation' }]);
  });
});

describe('roundFraction', () => {
  it('rounds exact fractions by each rule', () => {
    expect(roundFraction(29n, 2n, 'down')).toBe(14);
    expect(roundFraction(29n, 2n, 'nearest')).toBe(15);
    expect(roundFraction(49n, 4n, 'oneDecimal')).toBe(12.3);
    expect(() => roundFraction(1n, 0n, 'down')).toThrow(RangeError);
  });
});
