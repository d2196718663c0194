import { z } from 'zod';

/**
 * Money is stored as integer euro cents (house style), VAT excluded unless a field says
 * otherwise. The upper bound (10 billion euros) keeps every sum far inside the range where
 * JavaScript numbers are exact integers.
 */
export const MAX_CENTS = 1_000_000_000_000;

/** Zod schema for a non-negative amount in euro cents. */
export const centsSchema = z.number().int().min(0).max(MAX_CENTS);

/** Result of reading an amount the user typed. */
export type EuroParseResult =
  | { ok: true; cents: number }
  | { ok: false; reason: 'empty' | 'notANumber' | 'negative' | 'tooManyDecimals' | 'tooLarge' };

/**
 * Reads an amount typed in Finnish, Swedish or English style: `1 234 567,89`,
 * `1234567.89`, `1 234 567 €`, `24 000 000`. Spaces (also non-breaking) are thousand
 * separators; a single comma or dot followed by one or two digits is the decimal mark.
 */
export function parseEuroInput(text: string): EuroParseResult {
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/€|eur(o|oa|os)?$/i, '')
    .trim();
  if (compact === '') return { ok: false, reason: 'empty' };
  if (compact.startsWith('-') || compact.startsWith('\u2212')) {
    return { ok: false, reason: 'negative' };
  }
  const m = /^(\d+)(?:[.,](\d*))?$/.exec(compact);
  if (!m) return { ok: false, reason: 'notANumber' };
  const whole = m[1] ?? '0';
  const fraction = m[2] ?? '';
  if (fraction.length > 2) return { ok: false, reason: 'tooManyDecimals' };
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return { ok: false, reason: 'tooLarge' };
  return { ok: true, cents };
}

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
