import type { Lot } from '../procurement/lot';
import type { LegalRef } from '../common/legalSources';
import { prorateCents } from '../common/money';
import { isAnnexEServices, type ProcurementCategory } from '../procurement/procurementCategory';
import type { Amount, ContractTerm, LongServiceBasis, Valuation } from './valuation';

/**
 * The estimated value engine (ennakoitu arvo), pure. Every line of the computation carries
 * the rule it applies and its source, so the officer can check each number by hand:
 *
 * - Hankintalaki 1397/2016 27 § 1 mom.: the value is the largest total payable excluding
 *   VAT, including options and possible extensions of the contract (whether or not they are
 *   expected to be used) and prizes or payments to candidates or tenderers.
 * - 31 § (the estimated value of a procurement divided into lots; directive 2014/24/EU art.
 *   5(8)–(9)): when a procurement is divided into lots procured at the same time, the values
 *   of all lots are added together.
 * - 30 § 1 and 3 mom. (Directive 2014/24/EU art. 5(12) and 5(14)): a contract until further
 *   notice is valued at its monthly value × 48.
 * - Directive 2014/24/EU art. 5(14)(b), hankintalaki 30 §: a service contract without a total
 *   price whose term (options and extension included) is over 48 months is also valued at the
 *   monthly value × 48; the officer may instead count the full term, the conservative choice
 *   (`Valuation.longServiceBasis`). Both figures are given (`longServiceComparison`).
 * - A one-off purchase (no contract term) is valued at its amount (27 § 1 mom.).
 *
 * Each line is rounded to the nearest cent; totals are the sums of the lines shown, so the
 * printed lines always add up.
 */

/** Months counted for a contract until further notice (30 § 1 and 3 mom.). */
export const INDEFINITE_CONTRACT_MONTHS = 48;

/**
 * A service contract without a total price whose term is over this many months is valued at
 * the monthly value × 48 (directive 2014/24/EU art. 5(14)(b), hankintalaki 30 §).
 */
export const LONG_SERVICE_TERM_MONTHS = 48;

/** Legal sources used by the value lines (ids of shared/domain/common/legalSources.ts). */
export const VALUE_SOURCES = {
  general: ['estimatedValueGeneral'],
  // The lots rule is 31 § (the value of a procurement divided into lots), not 27 § 3 mom.
  lots: ['lotsValue'],
  indefinite: ['indefiniteValue', 'indefiniteLeaseDirective', 'indefiniteServiceDirective'],
  longService: ['longServiceValue', 'longServiceDirective'],
} as const satisfies Record<string, LegalRef>;

/** What a line computes; the UI has an explanation text for each. */
export type ValueLineKind =
  | 'baseAnnual'
  | 'baseTotal'
  | 'baseMonthly'
  | 'optionAnnual'
  | 'optionTotal'
  | 'optionMonthly'
  | 'extensionAnnual'
  | 'extensionTotal'
  | 'extensionMonthly'
  | 'indefiniteMonthly'
  | 'indefiniteAnnual'
  | 'longServiceMonthly'
  | 'longServiceAnnual'
  | 'oneOff'
  | 'additionalPurchases'
  | 'lotSubtotal'
  | 'prizes'
  | 'total';

/** One line of the computation: which part, what rule, with which numbers, what result. */
export interface ValueLine {
  key: string;
  kind: ValueLineKind;
  /** The lot the line belongs to; null for the undivided procurement and procurement-wide lines. */
  lotId: string | null;
  valueCents: number;
  source: LegalRef;
  /** The numbers the explanation shows (amounts in cents, months, counts). */
  params: Record<string, number | string | boolean>;
}

/** Something about the inputs the officer should know or fix. */
export type ValueNotice =
  | { kind: 'totalWithIndefinite'; lotId: string | null }
  | { kind: 'unlikelyOptionsCounted'; months: number }
  | { kind: 'lotsSummed'; lotCount: number }
  | { kind: 'emptyLot'; lotId: string };

/** The whole computation. */
export interface ValueEstimate {
  lines: ValueLine[];
  /** Each lot's total, in lot order (empty when the procurement is not divided). */
  lotTotals: { lotId: string; totalCents: number }[];
  totalCents: number;
  notices: ValueNotice[];
}

/**
 * Months the fixed contract may last with every option and the extension used (48 for a
 * contract until further notice, 0 for a one-off purchase without a term).
 */
export function maximumTermMonths(term: ContractTerm): number {
  if (term.kind === 'indefinite') return INDEFINITE_CONTRACT_MONTHS;
  if (term.kind === 'oneOff') return 0;
  return (
    term.baseMonths +
    term.options.reduce((sum, o) => sum + o.count * o.months, 0) +
    term.extensionMonths
  );
}

/**
 * True when the × 48 rule for long service contracts can apply: a service contract (services
 * or liite E services; concessions have their own rules), an amount given as a rate (annual or monthly: no total
 * price) and a fixed term over 48 months with options and extension (art. 5(14)(b)).
 */
export function longServiceRuleApplies(
  category: ProcurementCategory,
  term: ContractTerm,
  basis: Amount['basis'],
): boolean {
  return (
    (category === 'services' || isAnnexEServices(category)) &&
    term.kind === 'fixed' &&
    basis !== 'total' &&
    maximumTermMonths(term) > LONG_SERVICE_TERM_MONTHS
  );
}

function unitLines(
  amount: Amount,
  term: ContractTerm,
  lotId: string | null,
  keyPrefix: string,
  category: ProcurementCategory,
  longServiceBasis: LongServiceBasis,
): {
  lines: ValueLine[];
  notices: ValueNotice[];
} {
  const lines: ValueLine[] = [];
  const notices: ValueNotice[] = [];
  const line = (
    key: string,
    kind: ValueLineKind,
    valueCents: number,
    params: ValueLine['params'],
    source: LegalRef = VALUE_SOURCES.general,
  ) => lines.push({ key: `${keyPrefix}${key}`, kind, lotId, valueCents, source, params });
  const { basis, amountCents } = amount;

  const longService =
    longServiceBasis === 'monthlyTimes48' && longServiceRuleApplies(category, term, basis);
  if (term.kind === 'oneOff') {
    line('oneOff', 'oneOff', amountCents, { amountCents });
  } else if (longService) {
    const termMonths = maximumTermMonths(term);
    if (basis === 'monthly') {
      line(
        'longService',
        'longServiceMonthly',
        amountCents * LONG_SERVICE_TERM_MONTHS,
        { monthlyCents: amountCents, months: LONG_SERVICE_TERM_MONTHS, termMonths },
        VALUE_SOURCES.longService,
      );
    } else {
      line(
        'longService',
        'longServiceAnnual',
        prorateCents(amountCents, LONG_SERVICE_TERM_MONTHS, 12),
        { annualCents: amountCents, months: LONG_SERVICE_TERM_MONTHS, termMonths },
        VALUE_SOURCES.longService,
      );
    }
  } else if (term.kind === 'indefinite') {
    if (basis === 'total') {
      notices.push({ kind: 'totalWithIndefinite', lotId });
    } else if (basis === 'monthly') {
      line(
        'indefinite',
        'indefiniteMonthly',
        amountCents * INDEFINITE_CONTRACT_MONTHS,
        {
          monthlyCents: amountCents,
          months: INDEFINITE_CONTRACT_MONTHS,
        },
        VALUE_SOURCES.indefinite,
      );
    } else {
      line(
        'indefinite',
        'indefiniteAnnual',
        prorateCents(amountCents, INDEFINITE_CONTRACT_MONTHS, 12),
        { annualCents: amountCents, months: INDEFINITE_CONTRACT_MONTHS },
        VALUE_SOURCES.indefinite,
      );
    }
  } else {
    const base = term.baseMonths;
    // The value of `months` months at this amount's rate.
    const forMonths = (months: number): number => {
      switch (basis) {
        case 'annual':
          return prorateCents(amountCents, months, 12);
        case 'monthly':
          return amountCents * months;
        case 'total':
          return prorateCents(amountCents, months, base);
      }
    };
    const suffix = basis === 'annual' ? 'Annual' : basis === 'monthly' ? 'Monthly' : 'Total';
    line(
      'base',
      `base${suffix}` as ValueLineKind,
      basis === 'total' ? amountCents : forMonths(base),
      {
        amountCents,
        months: base,
      },
    );
    term.options.forEach((option, i) => {
      const months = option.count * option.months;
      line(`option-${option.id}`, `option${suffix}` as ValueLineKind, forMonths(months), {
        amountCents,
        count: option.count,
        optionMonths: option.months,
        months,
        baseMonths: base,
        likely: option.likely,
        number: i + 1,
      });
    });
    if (term.extensionMonths > 0) {
      line('extension', `extension${suffix}` as ValueLineKind, forMonths(term.extensionMonths), {
        amountCents,
        months: term.extensionMonths,
        baseMonths: base,
      });
    }
  }
  if (amount.additionalPurchasesCents > 0) {
    line('additional', 'additionalPurchases', amount.additionalPurchasesCents, {
      amountCents: amount.additionalPurchasesCents,
    });
  }
  return { lines, notices };
}

/**
 * Computes the estimated value of a procurement, per lot and in total, line by line.
 * `category` decides whether the 48-month service rule can apply.
 */
export function estimateValue(
  valuation: Valuation,
  lots: readonly Lot[],
  category: ProcurementCategory,
): ValueEstimate {
  const lines: ValueLine[] = [];
  const notices: ValueNotice[] = [];
  const lotTotals: ValueEstimate['lotTotals'] = [];
  const { term } = valuation;

  if (lots.length === 0) {
    const unit = unitLines(
      valuation.undivided,
      term,
      null,
      '',
      category,
      valuation.longServiceBasis,
    );
    lines.push(...unit.lines);
    notices.push(...unit.notices);
  } else {
    for (const lot of lots) {
      const unit = unitLines(
        lot.value,
        term,
        lot.id,
        `lot-${lot.id}-`,
        category,
        valuation.longServiceBasis,
      );
      const subtotal = unit.lines.reduce((sum, l) => sum + l.valueCents, 0);
      lines.push(...unit.lines);
      lines.push({
        key: `lot-${lot.id}-subtotal`,
        kind: 'lotSubtotal',
        lotId: lot.id,
        valueCents: subtotal,
        source: VALUE_SOURCES.lots,
        params: { code: lot.code, name: lot.name },
      });
      notices.push(...unit.notices);
      if (lot.value.amountCents === 0 && lot.value.additionalPurchasesCents === 0) {
        notices.push({ kind: 'emptyLot', lotId: lot.id });
      }
      lotTotals.push({ lotId: lot.id, totalCents: subtotal });
    }
    notices.push({ kind: 'lotsSummed', lotCount: lots.length });
  }
  if (valuation.prizesCents > 0) {
    lines.push({
      key: 'prizes',
      kind: 'prizes',
      lotId: null,
      valueCents: valuation.prizesCents,
      source: VALUE_SOURCES.general,
      params: { amountCents: valuation.prizesCents },
    });
  }
  const unlikelyMonths =
    term.kind === 'fixed'
      ? term.options.filter((o) => !o.likely).reduce((s, o) => s + o.count * o.months, 0)
      : 0;
  if (unlikelyMonths > 0) notices.push({ kind: 'unlikelyOptionsCounted', months: unlikelyMonths });

  const totalCents =
    lots.length === 0
      ? lines.reduce((sum, l) => sum + l.valueCents, 0)
      : lotTotals.reduce((sum, l) => sum + l.totalCents, 0) + valuation.prizesCents;
  lines.push({
    key: 'total',
    kind: 'total',
    lotId: null,
    valueCents: totalCents,
    source: lots.length > 0 ? VALUE_SOURCES.lots : VALUE_SOURCES.general,
    params: { lotCount: lots.length },
  });
  return { lines, lotTotals, totalCents, notices };
}

/** Both figures of the 48-month service rule for the officer's choice. */
export interface LongServiceComparison {
  /** Term with options and extension, in months. */
  termMonths: number;
  /** Total with the monthly value × 48 (what art. 5(14)(b) / 30 § prescribes). */
  times48Cents: number;
  /** Total counting every month of the term (the conservative choice). */
  fullTermCents: number;
  chosen: LongServiceBasis;
}

/**
 * The two totals a service contract over 48 months without a total price can be valued at
 * (directive 2014/24/EU art. 5(14)(b), hankintalaki 30 §), or null when the rule does not
 * apply to any part of the procurement (a goods or works contract, a term of at most 48
 * months, a total price, a contract until further notice or a one-off purchase).
 */
export function longServiceComparison(
  valuation: Valuation,
  lots: readonly Lot[],
  category: ProcurementCategory,
): LongServiceComparison | null {
  const amounts = lots.length === 0 ? [valuation.undivided] : lots.map((l) => l.value);
  if (!amounts.some((a) => longServiceRuleApplies(category, valuation.term, a.basis))) return null;
  const total = (longServiceBasis: LongServiceBasis) =>
    estimateValue({ ...valuation, longServiceBasis }, lots, category).totalCents;
  return {
    termMonths: maximumTermMonths(valuation.term),
    times48Cents: total('monthlyTimes48'),
    fullTermCents: total('fullTerm'),
    chosen: valuation.longServiceBasis,
  };
}
