import { z } from 'zod';
import { idSchema } from '../common/identifier';
import { MAX_LONG_TEXT } from '../common/limits';
import { amountSchema, emptyAmount } from '../planning/valuation';

/**
 * A lot (osa): procured together with the others, so the lots' values are summed for the
 * threshold (hankintalaki 27 § 3 mom.), but each has its own value, and later its own
 * criteria, contracts and follow-up (referenced by `id`).
 */
export const lotSchema = z.strictObject({
  id: idSchema,
  /** Short label used in documents, e.g. "1A". */
  code: z.string().trim().max(20),
  name: z.string().trim().max(200),
  description: z.string().max(MAX_LONG_TEXT),
  value: amountSchema,
});
/** See {@link lotSchema}. */
export type Lot = z.infer<typeof lotSchema>;

/** A new lot with the next number as its code. */
export function newLot(id: string, existing: readonly Lot[]): Lot {
  return {
    id,
    code: String(existing.length + 1),
    name: '',
    description: '',
    value: { ...emptyAmount },
  };
}
