import { assertNever } from '../../assertNever';
import type { ContractTerm } from '../planning/valuation';
import type { Obligation, ObligationRounding } from './employmentClause';

/**
 * The obligation calculator of the employment clause, pure: per contract year, over the
 * base period and each option (and the extension if included) separately, with every step
 * of the arithmetic so the officer — and the supplier reading the call for tenders — can
 * check each number by hand (DOMAIN § 5: fixed count, % of annual value, % of wage bill,
 * per value step; the reference monthly labour cost is the buyer's).
 *
 * Arithmetic is exact (integer fractions in BigInt) and rounded once per contract year by
 * the rule stated in the clause; period and contract totals are sums of the rounded years,
 * so the printed figures always add up.
 */

/** Which part of the contract a contract year belongs to. */
export type PeriodRef =
  { kind: 'base' } | { kind: 'option'; optionIndex: number; n: number } | { kind: 'extension' };

/** One contract year (the last one of a period may be shorter than 12 months). */
export interface ContractYear {
  /** 1, 2, 3… counted from the contract start across all periods. */
  contractYear: number;
  period: PeriodRef;
  /** Key of the period: `base`, `option:<index>#<n>`, `extension`. */
  periodKey: string;
  months: number;
}

/** What the obligation is measured in. */
export type ObligationUnit = 'personMonths' | 'persons';

/** One step of the arithmetic, for the formula view and the documents. */
export interface ObligationStep {
  key:
    | 'fixedYear'
    | 'shareOfValueEuros'
    | 'shareOfWageBillEuros'
    | 'eurosToPersonMonths'
    | 'valueStepYear'
    | 'rounded';
  params: Record<string, number | string>;
}

/** The obligation of one contract year. */
export interface ObligationYear extends ContractYear {
  /** The unrounded result (for the formula view), in the unit. */
  exact: number;
  /** The result rounded by the stated rule, in the unit. */
  amount: number;
  /** Euros the year's obligation stands for (share methods only). */
  eurosCents: number | null;
  steps: ObligationStep[];
}

/** Totals of one period (base, each option, extension). */
export interface ObligationPeriod {
  period: PeriodRef;
  periodKey: string;
  months: number;
  amount: number;
}

/** Something the officer must fix before the obligation means anything. */
export type ObligationIssue =
  | { kind: 'noContractTerm' }
  | { kind: 'oneOffPurchase' }
  | { kind: 'annualValueMissing' }
  | { kind: 'labourCostMissing' }
  | { kind: 'wageBillMissing' }
  | { kind: 'stepMissing' }
  | { kind: 'zeroObligation' }
  | { kind: 'indefiniteShownFor48Months' };

/** The whole computation. */
export interface ObligationResult {
  unit: ObligationUnit;
  /** The obligation of a full 12-month contract year (rounded by the stated rule). */
  perFullYear: number;
  years: ObligationYear[];
  periods: ObligationPeriod[];
  baseTotal: number;
  optionsTotal: number;
  extensionTotal: number;
  /** Base + every option (+ extension if included). */
  total: number;
  rounding: ObligationRounding | 'fullStepsOnly';
  issues: ObligationIssue[];
}

/** What the calculator needs: the annual value covered by the clause and the contract years. */
export interface ObligationInput {
  /** Annual contract value (VAT excluded) of the part the clause covers, in cents. */
  annualValueCents: number;
  years: ContractYear[];
  /** True when the term is until further notice and only 48 months are shown. */
  indefinite: boolean;
  /**
   * True for a one-off purchase: it has no contract years to state the obligation per year,
   * which is said as such (not as a missing term or value).
   */
  oneOff?: boolean;
}

/** Months shown for a contract until further notice (as its value: hankintalaki 30 §). */
const INDEFINITE_MONTHS_SHOWN = 48;

function splitIntoYears(
  months: number,
  period: PeriodRef,
  periodKey: string,
  first: number,
): ContractYear[] {
  const years: ContractYear[] = [];
  for (let left = months, i = 0; left > 0; left -= 12, i++) {
    years.push({ contractYear: first + i, period, periodKey, months: Math.min(12, left) });
  }
  return years;
}

/**
 * The contract years of a term: the base period in 12-month years (a shorter last year
 * pro rata), then each option period in order, then the extension if `includeExtension`.
 * A contract until further notice is shown for 48 months.
 */
export function contractYears(
  term: ContractTerm,
  includeExtension: boolean,
): { years: ContractYear[]; indefinite: boolean } {
  if (term.kind === 'indefinite') {
    return {
      years: splitIntoYears(INDEFINITE_MONTHS_SHOWN, { kind: 'base' }, 'base', 1),
      indefinite: true,
    };
  }
  if (term.kind !== 'fixed') return { years: [], indefinite: false };
  const years = splitIntoYears(term.baseMonths, { kind: 'base' }, 'base', 1);
  term.options.forEach((option, optionIndex) => {
    for (let n = 1; n <= option.count; n++) {
      years.push(
        ...splitIntoYears(
          option.months,
          { kind: 'option', optionIndex, n },
          `option:${optionIndex}#${n}`,
          years.length + 1,
        ),
      );
    }
  });
  if (includeExtension && term.extensionMonths > 0) {
    years.push(
      ...splitIntoYears(term.extensionMonths, { kind: 'extension' }, 'extension', years.length + 1),
    );
  }
  return { years, indefinite: false };
}

/** `num / den` rounded by `rule`, as a number with at most one decimal. */
export function roundFraction(num: bigint, den: bigint, rule: ObligationRounding): number {
  if (den <= 0n) throw new RangeError('Denominator must be positive');
  switch (rule) {
    case 'down':
      return Number(num / den);
    case 'nearest':
      return Number((2n * num + den) / (2n * den));
    case 'oneDecimal':
      return Number((20n * num + den) / (2n * den)) / 10;
    default:
      return assertNever(rule);
  }
}

/** Tenths of a quantity with at most one decimal, as an exact integer. */
function tenths(n: number): bigint {
  return BigInt(Math.round(n * 10));
}

/** Basis points (hundredths of a percent) of a percentage with at most two decimals. */
function basisPoints(percent: number): bigint {
  return BigInt(Math.round(percent * 100));
}

function yearOf(
  obligation: Obligation,
  input: ObligationInput,
  year: ContractYear,
  rule: ObligationRounding,
): ObligationYear {
  const months = BigInt(year.months);
  const base = { ...year, eurosCents: null as number | null };
  switch (obligation.method) {
    case 'fixed': {
      // quantity per year × months / 12
      const num = tenths(obligation.quantityPerYear) * months;
      const den = 120n;
      const amount = roundFraction(num, den, rule);
      return {
        ...base,
        exact: Number(num) / Number(den),
        amount,
        steps: [
          {
            key: 'fixedYear',
            params: {
              quantity: obligation.quantityPerYear,
              months: year.months,
              unit: obligation.unit,
            },
          },
          { key: 'rounded', params: { exact: Number(num) / Number(den), amount, rule } },
        ],
      };
    }
    case 'shareOfAnnualValue':
    case 'shareOfWageBill': {
      const annual =
        obligation.method === 'shareOfAnnualValue'
          ? input.annualValueCents
          : obligation.annualWageBillCents;
      const bp = basisPoints(obligation.sharePercent);
      // euros of the year = annual × share % × months / 12
      const eurosNum = BigInt(annual) * bp * months;
      const eurosDen = 10_000n * 12n;
      const eurosCents = Number((2n * eurosNum + eurosDen) / (2n * eurosDen));
      const labour = BigInt(obligation.monthlyLabourCostCents);
      const num = labour > 0n ? eurosNum : 0n;
      const den = labour > 0n ? eurosDen * labour : 1n;
      const amount = roundFraction(num, den, rule);
      const exact = Number(num) / Number(den);
      return {
        ...base,
        eurosCents,
        exact,
        amount,
        steps: [
          {
            key:
              obligation.method === 'shareOfAnnualValue'
                ? 'shareOfValueEuros'
                : 'shareOfWageBillEuros',
            params: {
              annualCents: annual,
              sharePercent: obligation.sharePercent,
              months: year.months,
              eurosCents,
            },
          },
          {
            key: 'eurosToPersonMonths',
            params: {
              eurosCents,
              labourCostCents: obligation.monthlyLabourCostCents,
              exact,
            },
          },
          { key: 'rounded', params: { exact, amount, rule } },
        ],
      };
    }
    case 'perValueStep': {
      // One person-month for every FULL step of the year's value: always rounded down.
      const step = BigInt(obligation.stepCents);
      const valueNum = BigInt(input.annualValueCents) * months;
      const num = step > 0n ? valueNum : 0n;
      const den = step > 0n ? 12n * step : 1n;
      const amount = Number(num / den);
      const yearValueCents = Number((2n * valueNum + 12n) / 24n);
      return {
        ...base,
        exact: Number(num) / Number(den),
        amount,
        steps: [
          {
            key: 'valueStepYear',
            params: {
              annualCents: input.annualValueCents,
              months: year.months,
              yearValueCents,
              stepCents: obligation.stepCents,
              amount,
            },
          },
        ],
      };
    }
    default:
      return assertNever(obligation);
  }
}

function issuesOf(obligation: Obligation, input: ObligationInput): ObligationIssue[] {
  const issues: ObligationIssue[] = [];
  if (input.oneOff) return [{ kind: 'oneOffPurchase' }];
  if (input.years.length === 0) issues.push({ kind: 'noContractTerm' });
  if (input.indefinite) issues.push({ kind: 'indefiniteShownFor48Months' });
  const needsValue =
    obligation.method === 'shareOfAnnualValue' || obligation.method === 'perValueStep';
  if (needsValue && input.annualValueCents <= 0) issues.push({ kind: 'annualValueMissing' });
  if (
    (obligation.method === 'shareOfAnnualValue' || obligation.method === 'shareOfWageBill') &&
    obligation.monthlyLabourCostCents <= 0
  ) {
    issues.push({ kind: 'labourCostMissing' });
  }
  if (obligation.method === 'shareOfWageBill' && obligation.annualWageBillCents <= 0) {
    issues.push({ kind: 'wageBillMissing' });
  }
  if (obligation.method === 'perValueStep' && obligation.stepCents <= 0) {
    issues.push({ kind: 'stepMissing' });
  }
  return issues;
}

/**
 * The obligation per contract year, per period and in total. Each year is rounded by the
 * stated rule (the per-value-step method counts full steps only, so it always rounds down);
 * totals add up the rounded years.
 */
export function computeObligation(
  obligation: Obligation,
  rounding: ObligationRounding,
  input: ObligationInput,
): ObligationResult {
  const unit: ObligationUnit =
    obligation.method === 'fixed' && obligation.unit === 'persons' ? 'persons' : 'personMonths';
  const years = input.years.map((y) => yearOf(obligation, input, y, rounding));
  const fullYear = yearOf(
    obligation,
    input,
    { contractYear: 0, period: { kind: 'base' }, periodKey: 'base', months: 12 },
    rounding,
  );
  const periods: ObligationPeriod[] = [];
  for (const y of years) {
    const last = periods[periods.length - 1];
    if (last && last.periodKey === y.periodKey) {
      last.months += y.months;
      last.amount = addTenths(last.amount, y.amount);
    } else {
      periods.push({
        period: y.period,
        periodKey: y.periodKey,
        months: y.months,
        amount: y.amount,
      });
    }
  }
  const sumOf = (kind: PeriodRef['kind']) =>
    years.filter((y) => y.period.kind === kind).reduce((s, y) => addTenths(s, y.amount), 0);
  const baseTotal = sumOf('base');
  const optionsTotal = sumOf('option');
  const extensionTotal = sumOf('extension');
  const issues = issuesOf(obligation, input);
  const total = addTenths(addTenths(baseTotal, optionsTotal), extensionTotal);
  if (issues.length === 0 && total === 0) issues.push({ kind: 'zeroObligation' });
  return {
    unit,
    perFullYear: fullYear.amount,
    years,
    periods,
    baseTotal,
    optionsTotal,
    extensionTotal,
    total,
    rounding: obligation.method === 'perValueStep' ? 'fullStepsOnly' : rounding,
    issues,
  };
}

/** Adds two quantities with at most one decimal without floating-point drift. */
export function addTenths(a: number, b: number): number {
  return (Math.round(a * 10) + Math.round(b * 10)) / 10;
}
