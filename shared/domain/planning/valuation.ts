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

/** The contract period: fixed-term with base months, options and extension, or until further notice. */
export const contractTermSchema = z
  .strictObject({
    kind: z.enum(['fixed', 'indefinite']),
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

/** Everything the estimated value is computed from (lots carry their own amounts). */
export const valuationSchema = z.strictObject({
  /** The amount when the procurement is not divided into lots. */
  undivided: amountSchema,
  term: contractTermSchema,
  /** Prizes and payments to candidates or tenderers (27 § 1 mom.). */
  prizesCents: centsSchema,
  notes: z.string().max(20_000),
});
/** See {@link valuationSchema}. */
export type Valuation = z.infer<typeof valuationSchema>;

/** An empty amount on an annual basis. */
export const emptyAmount: Amount = { basis: 'annual', amountCents: 0, additionalPurchasesCents: 0 };

/**
 * The amount after the contract becomes fixed-term or indefinite: a one-off total has no
 * meaning until further notice (the value is the monthly value × 48, 30 §), so it becomes a
 * monthly amount the officer then checks.
 */
export function amountForTermKind(amount: Amount, kind: ContractTerm['kind']): Amount {
  return kind === 'indefinite' && amount.basis === 'total'
    ? { ...amount, basis: 'monthly' }
    : amount;
}
