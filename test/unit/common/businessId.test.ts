import { describe, expect, it } from 'vitest';
import { businessIdCheckDigit, checkBusinessId } from '../../../shared/domain/common/businessId';

// Y-tunnus check digit (Finnish Patent and Registration Office / Tax Administration):
// weights 7, 9, 10, 5, 8, 4, 2; r = sum mod 11; r = 0 → 0, r = 1 → never issued, else 11 − r.
// The test computes remainders independently of the module.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];
function remainder(sevenDigits: string): number {
  return [...sevenDigits].reduce((sum, d, i) => sum + Number(d) * (WEIGHTS[i] ?? 0), 0) % 11;
}
function firstWithRemainder(r: number, from: number): string {
  for (let n = from; n < 10_000_000; n++) {
    const digits = String(n).padStart(7, '0');
    if (remainder(digits) === r) return digits;
  }
  throw new Error(`No number with remainder ${r}`);
}

describe('Business ID (Y-tunnus) check digit', () => {
  it('accepts the published valid IDs 0135457-2 and 2160307-0', () => {
    expect(checkBusinessId('0135457-2')).toEqual({ ok: true, normalized: '0135457-2' });
    expect(checkBusinessId('2160307-0')).toEqual({ ok: true, normalized: '2160307-0' });
  });

  it('gives check digit 0 when the weighted sum is divisible by 11 (2160307)', () => {
    expect(remainder('2160307')).toBe(0);
    expect(businessIdCheckDigit('2160307')).toBe(0);
  });

  it('refuses a Business ID whose check digit is wrong and names the right one', () => {
    expect(checkBusinessId('0135457-3')).toEqual({
      ok: false,
      problem: 'checkDigit',
      expectedCheckDigit: 2,
    });
    expect(checkBusinessId('2160307-9')).toEqual({
      ok: false,
      problem: 'checkDigit',
      expectedCheckDigit: 0,
    });
  });

  it('accepts exactly one check digit (11 − r) for numbers with r ≥ 2', () => {
    for (const start of [1_000_000, 1_234_567, 2_500_000, 3_141_592]) {
      for (let r = 2; r <= 10; r++) {
        const digits = firstWithRemainder(r, start);
        const accepted = [...'0123456789'].filter((d) => checkBusinessId(`${digits}-${d}`).ok);
        expect(accepted, digits).toEqual([String(11 - r)]);
      }
    }
  });

  it('reports a number whose remainder is 1 as never issued, whatever the check digit', () => {
    const digits = firstWithRemainder(1, 1_234_567);
    expect(remainder(digits)).toBe(1);
    expect(businessIdCheckDigit(digits)).toBeNull();
    for (const d of '0123456789') {
      expect(checkBusinessId(`${digits}-${d}`)).toEqual({ ok: false, problem: 'neverIssued' });
    }
  });

  it('refuses malformed input as a format problem', () => {
    for (const text of [
      '',
      '01354572',
      '0135457_2',
      '0135457 -2',
      '0135457-',
      '0135457-22',
      '01354570-2',
      '13545-2',
      'FI01354572',
      'abcdefg-h',
      '０１３５４５７-２',
    ]) {
      expect(checkBusinessId(text), text).toEqual({ ok: false, problem: 'format' });
    }
  });

  it('accepts an old six-digit ID and shows it with the leading zero the register prints', () => {
    expect(checkBusinessId('135457-2')).toEqual({ ok: true, normalized: '0135457-2' });
    expect(checkBusinessId('135457-3')).toMatchObject({ ok: false, problem: 'checkDigit' });
  });

  it('ignores spaces around the ID', () => {
    expect(checkBusinessId('  2160307-0\t')).toEqual({ ok: true, normalized: '2160307-0' });
  });

  it('refuses to compute a check digit for anything but seven digits', () => {
    expect(() => businessIdCheckDigit('123456')).toThrow(RangeError);
    expect(() => businessIdCheckDigit('12345678')).toThrow(RangeError);
    expect(() => businessIdCheckDigit('12a4567')).toThrow(RangeError);
  });
});
