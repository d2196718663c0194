import { describe, expect, it } from 'vitest';
import {
  MAX_CENTS,
  centsSchema,
  eurosToCents,
  parseEuroInput,
  prorateCents,
} from '../../../shared/domain/common/money';

describe('reading an amount the officer typed', () => {
  it.each([
    ['1 234 567,89', 123_456_789],
    ['1234567.89', 123_456_789],
    ['1234567,89', 123_456_789],
    ['24 000 000 €', 2_400_000_000],
    ['24 000 000', 2_400_000_000],
    ['24000000€', 2_400_000_000],
    ['€ 150', 15_000],
    ['150 EUR', 15_000],
    ['150 euro', 15_000],
    ['150 euros', 15_000],
    ['12,5', 1250],
    ['12.05', 1205],
    ['12,', 1200],
    ['0', 0],
    ['0,01', 1],
    ['  7  ', 700],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseEuroInput(text)).toEqual({ ok: true, cents });
  });

  it('treats non-breaking and narrow no-break spaces as thousand separators', () => {
    expect(parseEuroInput('1\u00a0234\u00a0567,89\u00a0€')).toEqual({
      ok: true,
      cents: 123_456_789,
    });
    expect(parseEuroInput('1\u202f234\u202f567,89')).toEqual({ ok: true, cents: 123_456_789 });
  });

  it('reads what Intl prints for a Finnish euro amount back to the same cents', () => {
    const printed = new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(
      1234567.89,
    );
    expect(parseEuroInput(printed)).toEqual({ ok: true, cents: 123_456_789 });
  });

  it('refuses a negative amount, with a hyphen or a minus sign', () => {
    expect(parseEuroInput('-5')).toEqual({ ok: false, reason: 'negative' });
    expect(parseEuroInput('\u22125')).toEqual({ ok: false, reason: 'negative' });
    expect(parseEuroInput(' - 5 €')).toEqual({ ok: false, reason: 'negative' });
  });

  it('refuses text that is not a number', () => {
    for (const text of ['abc', '12a', '1.234,56', '1,2,3', ',5', '5e3', '0x10', '1 234.567,8']) {
      expect(parseEuroInput(text), text).toEqual({ ok: false, reason: 'notANumber' });
    }
  });

  it('refuses three or more decimals instead of guessing a thousand separator (1,234)', () => {
    expect(parseEuroInput('1,234')).toEqual({ ok: false, reason: 'tooManyDecimals' });
    expect(parseEuroInput('0.125')).toEqual({ ok: false, reason: 'tooManyDecimals' });
  });

  it('reports an empty field as empty, also when only spaces or the euro sign are typed', () => {
    for (const text of ['', '   ', '\u00a0', '€', ' € ']) {
      expect(parseEuroInput(text), JSON.stringify(text)).toEqual({ ok: false, reason: 'empty' });
    }
  });

  it('accepts ten billion euros and refuses anything larger', () => {
    expect(parseEuroInput('10 000 000 000')).toEqual({ ok: true, cents: MAX_CENTS });
    expect(parseEuroInput('10 000 000 000,01')).toEqual({ ok: false, reason: 'tooLarge' });
    expect(parseEuroInput('9'.repeat(30))).toEqual({ ok: false, reason: 'tooLarge' });
  });
});

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
