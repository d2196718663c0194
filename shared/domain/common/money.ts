import { z } from 'zod';

/**
 * Money is stored as integer euro cents (house style), VAT excluded unless a field says
 * otherwise. The upper bound (10 billion euros) keeps every sum far inside the range where
 * JavaScript numbers are exact integers.
 */
export const MAX_CENTS = 1_000_000_000_000;

/** Zod schema for a non-negative amount in euro cents. */
export const centsSchema = z.number().int().min(0).max(MAX_CENTS);

/* Reading typed amounts: see `numberInput.ts` (parseMoneyInput). */

/** Euros (may be fractional) to whole cents, rounding half away from zero. */
export function eurosToCents(euros: number): number {
  return Math.sign(euros) * Math.round(Math.abs(euros) * 100);
}

/**
 * `cents × numerator / denominator` rounded to the nearest cent (half up). Used for
 * pro-rata lines such as "annual value × 30 / 12"; doing the division last keeps the
 * result exact whenever it can be.
 */
export function prorateCents(cents: number, numerator: number, denominator: number): number {
  if (denominator === 0) throw new RangeError('Cannot prorate over zero');
  return Math.round((cents * numerator) / denominator);
}
