import { describe, expect, it } from 'vitest';
import {
  criterionFraction,
  priceFraction,
  roundPoints,
  toPoints,
} from '../../../shared/domain/criteria/scoring';
import { CRIT_A, scale, yesNo } from './fixtures';

describe('price formulas (DOMAIN.md § 4, Cloudia)', () => {
  it('ratio to lowest: lowest / offered × max (80 000 / 125 000 × 80 = 51.2)', () => {
    const f = priceFraction('ratioToLowest', 12_500_000, 8_000_000, 15_000_000);
    expect(toPoints(f, 80, null).result).toBeCloseTo(51.2, 10);
    expect(f.formula).toBe('priceRatioToLowest');
  });

  it('linear: (1 − |offered − lowest| / |highest − lowest|) × max ((1 − 25/50) × 80 = 40)', () => {
    const f = priceFraction('linear', 12_500, 10_000, 15_000);
    expect(toPoints(f, 80, null).result).toBeCloseTo(40, 10);
    expect(toPoints(priceFraction('linear', 15_000, 10_000, 15_000), 80, null).result).toBe(0);
  });

  it('linear with every price equal gives full points instead of dividing by zero', () => {
    const f = priceFraction('linear', 10_000, 10_000, 10_000);
    expect(f).toMatchObject({ formula: 'priceLinearAllEqual', fraction: 1 });
    expect(Number.isFinite(toPoints(f, 80, null).result)).toBe(true);
  });
});

describe('quality scaling (DOMAIN.md § 4: to the best tender or to the maximum)', () => {
  it('scale 0–4 to the maximum: 3 / 4 × 10 = 7.5', () => {
    expect(
      toPoints(criterionFraction(scale(CRIT_A, 10, 4), 'toMaximum', 3, 4), 10, null).result,
    ).toBe(7.5);
  });

  it('scale to the best: 2 / best 4 × 10 = 5; nobody scored → 0 for all', () => {
    expect(criterionFraction(scale(CRIT_A, 10, 4), 'toBest', 2, 4).fraction).toBe(0.5);
    expect(criterionFraction(yesNo(CRIT_A, 10), 'toBest', 0, 0)).toMatchObject({
      formula: 'qualityNoneScored',
      fraction: 0,
    });
  });

  it('measured, lower is better: best 10 / value 20 = half the points', () => {
    const c = {
      ...yesNo(CRIT_A, 10),
      scoring: {
        kind: 'measured' as const,
        direction: 'lowerIsBetter' as const,
        unit: { fi: 'pv', sv: 'd', en: 'd' },
      },
    };
    expect(criterionFraction(c, 'toMaximum', 20, 10).fraction).toBe(0.5);
  });

  it('employment commitment (DOMAIN.md § 5): linear from baseline 2 to cap 12 person-months, capped', () => {
    const c = {
      id: CRIT_A,
      kind: 'employmentCommitment' as const,
      name: { fi: 'Työllistäminen', sv: '', en: '' },
      weightPercent: 10,
      params: { baselinePersonMonths: 2, capPersonMonths: 12 },
    };
    expect(toPoints(criterionFraction(c, 'toBest', 7, 0), 10, null).result).toBe(5);
    expect(criterionFraction(c, 'toBest', 20, 0).fraction).toBe(1);
    expect(criterionFraction(c, 'toBest', 1, 0).fraction).toBe(0);
  });
});

describe('rounding rule: points to two decimals, half away from zero', () => {
  it('rounds 2.345 to 2.35 despite binary fractions, and 64.004 to 64', () => {
    expect(roundPoints(2.345, 2)).toBe(2.35);
    expect(roundPoints(64.004, 2)).toBe(64);
    expect(roundPoints(1 / 3, 2)).toBe(0.33);
  });
});
