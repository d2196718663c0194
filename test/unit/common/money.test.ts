import { describe, expect, it } from 'vitest';
import {
  MAX_CENTS,
  centsSchema,
  eurosToCents,
  prorateCents,
} from '../../../shared/domain/common/money';

describe('pro-rata amounts', () => {
  it('keeps the result exact when it divides evenly (annual value × 30 / 12)', () => {
    expect(prorateCents(10_000_000, 30, 12)).toBe(25_000_000);
  });

  it('rounds to the nearest cent', () => {
    expect(prorateCents(1000, 1, 3)).toBe(333);
    expect(prorateCents(2000, 1, 3)).toBe(667);
  });

  it('rounds a half cent up', () => {
    expect(prorateCents(5, 1, 2)).toBe(3);
    expect(prorateCents(101, 1, 2)).toBe(51);
  });

  it('multiplies before dividing so large sums stay exact', () => {
    // 7 months of 123 456 789,01 € per year.
    expect(prorateCents(12_345_678_901, 7, 12)).toBe(Math.round((12_345_678_901 * 7) / 12));
    expect(prorateCents(12_345_678_901, 7, 12)).toBe(7_201_646_026);
  });

  it('refuses to prorate over zero', () => {
    expect(() => prorateCents(100, 1, 0)).toThrow(RangeError);
  });
});

describe('euros to cents', () => {
  it('converts whole and fractional euros', () => {
    expect(eurosToCents(24_000_000)).toBe(2_400_000_000);
    expect(eurosToCents(12.5)).toBe(1250);
  });

  it('rounds half a cent away from zero in both directions', () => {
    expect(eurosToCents(0.125)).toBe(13);
    expect(eurosToCents(-0.125)).toBe(-13);
  });
});

describe('stored cents', () => {
  it('accepts whole non-negative cents up to ten billion euros', () => {
    expect(centsSchema.safeParse(0).success).toBe(true);
    expect(centsSchema.safeParse(MAX_CENTS).success).toBe(true);
  });

  it('refuses negative, fractional and too large amounts', () => {
    for (const value of [-1, 0.5, MAX_CENTS + 1, Number.NaN, '100']) {
      expect(centsSchema.safeParse(value).success, String(value)).toBe(false);
    }
  });
});
