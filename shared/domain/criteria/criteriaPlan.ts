import { z } from 'zod';

/**
 * The criteria phase of one procurement (vertailuperusteet): award basis, weights, quality
 * sub-criteria, price formula, tie-break and payment model, per procurement or per lot.
 * Scaffolding of schema version 3; the criteria issue fills it in.
 */
export const criteriaPlanSchema = z.strictObject({});
/** See {@link criteriaPlanSchema}. */
export type CriteriaPlan = z.infer<typeof criteriaPlanSchema>;

/** Nothing decided yet. */
export function emptyCriteriaPlan(): CriteriaPlan {
  return {};
}
