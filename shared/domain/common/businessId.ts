/**
 * Finnish Business ID (Y-tunnus): seven digits, a hyphen and a check digit.
 * Check digit (Finnish Patent and Registration Office / Tax Administration specification):
 * weights 7, 9, 10, 5, 8, 4, 2 over the seven digits; r = sum mod 11;
 * r = 0 → 0, r = 1 → the number is never issued, otherwise 11 − r.
 * Example valid IDs: 0135457-2, 2160307-0.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/** Why a Business ID was refused, for a message that says exactly what is wrong. */
export type BusinessIdProblem = 'format' | 'neverIssued' | 'checkDigit';

/** Result of checking a Business ID. */
export type BusinessIdCheck =
  | { ok: true; normalized: string }
  | { ok: false; problem: BusinessIdProblem; expectedCheckDigit?: number };

/** The check digit for seven digits, or null when such a number is never issued (r = 1). */
export function businessIdCheckDigit(sevenDigits: string): number | null {
  if (!/^\d{7}$/.test(sevenDigits)) throw new RangeError('Expected seven digits');
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(sevenDigits[i]), 0);
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return null;
  return 11 - r;
}

/**
 * Checks a Business ID as typed; old six-digit IDs are accepted with a leading zero added
 * (the register prints them as 0xxxxxx-x), surrounding spaces are ignored.
 */
export function checkBusinessId(input: string): BusinessIdCheck {
  const m = /^(\d{6,7})-(\d)$/.exec(input.trim());
  if (!m) return { ok: false, problem: 'format' };
  const digits = (m[1] ?? '').padStart(7, '0');
  const given = Number(m[2]);
  const expected = businessIdCheckDigit(digits);
  if (expected === null) return { ok: false, problem: 'neverIssued' };
  if (expected !== given) return { ok: false, problem: 'checkDigit', expectedCheckDigit: expected };
  return { ok: true, normalized: `${digits}-${given}` };
}
