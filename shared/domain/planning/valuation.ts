import { z } from 'zod';
import { idSchema, refuseDuplicateIds } from '../common/identifier';
import { MAX_TOTAL_TERM_MONTHS } from '../common/limits';
import { centsSchema } from '../common/money';

/**
 * How an amount is given: per year, as a one-off total for the base period, or per month
 * (the natural unit for contracts until further notice).
 */
export const amountBasisSchema = z.enum(['annual', 'total', 'monthly']);
/** See {@link amountBasisSchema}. */
export type AmountBasis = z.infer<typeof amountBasisSchema>;

/** The value of the whole procurement or of one lot, VAT excluded. */
export const amountSchema = z.strictObject({
  basis: amountBasisSchema,
  amountCents: centsSchema,
  /** Optional additional purchases (quantity options, lisähankintaoptio), counted in full. */
  additionalPurchasesCents: centsSchema,
});
/** See {@link amountSchema}. */
export type Amount = z.infer<typeof amountSchema>;

/** One kind of option period: `count` periods of `months` months (e.g. 2 × 12 months). */
export const optionPeriodSchema = z.strictObject({
  id: idSchema,
  count: z.number().int().min(1).max(50),
  months: z.number().int().min(1).max(120),
  /** The officer's own view; the law counts every option regardless (27 §). */
  likely: z.boolean(),
  note: z.string().trim().max(200),
});
/** See {@link optionPeriodSchema}. */
export type OptionPeriod = z.infer<typeof optionPeriodSchema>;

/**
 * The contract period: fixed-term with base months, options and extension; until further
 * notice; or a one-off purchase (goods bought once: no contract term, the value is the amount;
 * issue 7 § 1). For `oneOff` the months, options and extension are kept but not used.
 */
export const contractTermSchema = z
  .strictObject({
    kind: z.enum(['fixed', 'indefinite', 'oneOff']),
    baseMonths: z.number().int().min(1).max(600),
    options: z.array(optionPeriodSchema).max(20).superRefine(refuseDuplicateIds),
    /** A possible extension (e.g. a transition period), in months. */
    extensionMonths: z.number().int().min(0).max(600),
  })
  .superRefine((term, ctx) => {
    // Base + every option + extension at most 50 years (limits.ts): longer is a typing error.
    const total =
      term.baseMonths +
      term.options.reduce((sum, o) => sum + o.count * o.months, 0) +
      term.extensionMonths;
    if (total > MAX_TOTAL_TERM_MONTHS) {
      ctx.addIssue({
        code: 'custom',
        message: `Total term ${total} months exceeds ${MAX_TOTAL_TERM_MONTHS}`,
        params: { issueKind: 'termTooLong', limit: MAX_TOTAL_TERM_MONTHS, received: total },
      });
    }
  });
/** See {@link contractTermSchema}. */
export type ContractTerm = z.infer<typeof contractTermSchema>;

/** How a service contract over 48 months without a total price is valued (see valuationSchema). */
export const longServiceBasisSchema = z.enum(['monthlyTimes48', 'fullTerm']);
/** See {@link longServiceBasisSchema}. */
export type LongServiceBasis = z.infer<typeof longServiceBasisSchema>;

/**
 * Defaults of the valuation choices added in schema version 3 (also the v2 → v3 migration's
 * values): the full term, which never gives a lower value than × 48 and keeps every stored
 * procurement's value and regime as they were; no lot under the small-lots exception.
 */
export const defaultValuationChoices: Pick<
  Valuation,
  'longServiceBasis' | 'smallLotsExceptionLotIds'
> = { longServiceBasis: 'fullTerm', smallLotsExceptionLotIds: [] };

/** Everything the estimated value is computed from (lots carry their own amounts). */
export const valuationSchema = z.strictObject({
  /** The amount when the procurement is not divided into lots. */
  undivided: amountSchema,
  term: contractTermSchema,
  /** Prizes and payments to candidates or tenderers (27 § 1 mom.). */
  prizesCents: centsSchema,
  notes: z.string().max(20_000),
  /**
   * The officer's choice for a service contract over 48 months without a total price
   * (directive 2014/24/EU art. 5(14)(b), hankintalaki 30 §): `monthlyTimes48` is what the
   * rule prescribes, `fullTerm` counts every month of the term (the conservative choice).
   */
  longServiceBasis: longServiceBasisSchema,
  /**
   * Lots the officer procures under the small-lots exception (directive 2014/24/EU art.
   * 5(10); hankintalaki 31 §), checked by `smallLotsException`. Ids of this procurement's lots.
   */
  smallLotsExceptionLotIds: z.array(z.uuid()).max(100),
});
/** See {@link valuationSchema}. */
export type Valuation = z.infer<typeof valuationSchema>;

/** An empty amount on an annual basis. */
export const emptyAmount: Amount = { basis: 'annual', amountCents: 0, additionalPurchasesCents: 0 };

/**
 * The amount after the term kind changes: a one-off total has no meaning until further
 * notice (the value is the monthly value × 48, 30 §), so it becomes a monthly amount the
 * officer then checks; a one-off purchase is valued at its amount, so it becomes a total.
 */
export function amountForTermKind(amount: Amount, kind: ContractTerm['kind']): Amount {
  if (kind === 'oneOff' && amount.basis !== 'total') return { ...amount, basis: 'total' };
  return kind === 'indefinite' && amount.basis === 'total'
    ? { ...amount, basis: 'monthly' }
    : amount;
}
