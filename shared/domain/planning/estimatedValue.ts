import type { Lot } from '../procurement/lot';
import { prorateCents } from '../common/money';
import type { Amount, ContractTerm, Valuation } from './valuation';

/**
 * The estimated value engine (ennakoitu arvo), pure. Every line of the computation carries
 * the rule it applies and its source, so the officer can check each number by hand:
 *
 * - Hankintalaki 1397/2016 27 § 1 mom.: the value is the largest total payable excluding
 *   VAT, including options and possible extensions of the contract (whether or not they are
 *   expected to be used) and prizes or payments to candidates or tenderers.
 * - 27 § 3 mom.: when a procurement is divided into lots procured at the same time, the
 *   values of all lots are added together.
 * - 30 § 1 and 3 mom. (Directive 2014/24/EU art. 5(12) and 5(14)): a contract until further
 *   notice is valued at its monthly value × 48.
 *
 * Each line is rounded to the nearest cent; totals are the sums of the lines shown, so the
 * printed lines always add up.
 */

/** Months counted for a contract until further notice (30 § 1 and 3 mom.). */
export const INDEFINITE_CONTRACT_MONTHS = 48;

/** Legal sources used by the value lines. */
export const VALUE_SOURCES = {
  general: 'Hankintalaki 1397/2016 27 § 1 mom.',
  lots: 'Hankintalaki 1397/2016 27 § 3 mom.',
  indefinite:
    'Hankintalaki 1397/2016 30 § 1 ja 3 mom.; direktiivi 2014/24/EU 5 art. 12 ja 14 kohta',
} as const;

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
  source: string;
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

/** Months the fixed contract may last with every option and the extension used. */
export function maximumTermMonths(term: ContractTerm): number {
  if (term.kind === 'indefinite') return INDEFINITE_CONTRACT_MONTHS;
  return (
    term.baseMonths +
    term.options.reduce((sum, o) => sum + o.count * o.months, 0) +
    term.extensionMonths
  );
}

function unitLines(
  amount: Amount,
  term: ContractTerm,
  lotId: string | null,
  keyPrefix: string,
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
    source: string = VALUE_SOURCES.general,
  ) => lines.push({ key: `${keyPrefix}${key}`, kind, lotId, valueCents, source, params });
  const { basis, amountCents } = amount;

  if (term.kind === 'indefinite') {
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

/** Computes the estimated value of a procurement, per lot and in total, line by line. */
export function estimateValue(valuation: Valuation, lots: readonly Lot[]): ValueEstimate {
  const lines: ValueLine[] = [];
  const notices: ValueNotice[] = [];
  const lotTotals: ValueEstimate['lotTotals'] = [];
  const { term } = valuation;

  if (lots.length === 0) {
    const unit = unitLines(valuation.undivided, term, null, '');
    lines.push(...unit.lines);
    notices.push(...unit.notices);
  } else {
    for (const lot of lots) {
      const unit = unitLines(lot.value, term, lot.id, `lot-${lot.id}-`);
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
