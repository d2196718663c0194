import { assertNever } from '../../assertNever';
import type { PriceFormula, QualityScaling, ScoredCriterion } from './criteriaPlan';

/** The formulas a computed figure can come from; text `criteria.formulas.<id>` shows the arithmetic. */
export type FormulaId =
  | 'comparisonPrice'
  | 'priceRatioToLowest'
  | 'priceLinear'
  | 'priceLinearAllEqual'
  | 'qualityToMaximum'
  | 'qualityToBest'
  | 'qualityNoneScored'
  | 'measuredHigherToBest'
  | 'measuredLowerToBest'
  | 'employmentCommitment'
  | 'qualitySum'
  | 'total';

/** A computed number with the formula and inputs it came from (click a number, see how). */
export interface Traced {
  formula: FormulaId;
  inputs: Record<string, number>;
  /** Unrounded unless the set rounds per criterion; presentation rounds once more. */
  result: number;
}

/** A score as a share 0…1 of the criterion's maximum, with the formula inputs except `max`. */
export interface Fraction {
  formula: FormulaId;
  inputs: Record<string, number>;
  fraction: number;
}

/**
 * Price share of the maximum price points (DOMAIN.md § 4, Cloudia formulas):
 * - ratioToLowest: lowest / offered;
 * - linear: 1 − |offered − lowest| / |highest − lowest|; when every compared tender has the
 *   same price the divisor is 0, so every tender gets the full price points (no price
 *   difference to score) — formula `priceLinearAllEqual`.
 * Prices are positive comparison prices in cents (zero and negative are refused earlier).
 */
export function priceFraction(
  formula: PriceFormula,
  offeredCents: number,
  lowestCents: number,
  highestCents: number,
): Fraction {
  switch (formula) {
    case 'ratioToLowest':
      return {
        formula: 'priceRatioToLowest',
        inputs: { lowestCents, offeredCents },
        fraction: lowestCents / offeredCents,
      };
    case 'linear':
      if (highestCents === lowestCents) {
        return {
          formula: 'priceLinearAllEqual',
          inputs: { lowestCents, offeredCents },
          fraction: 1,
        };
      }
      return {
        formula: 'priceLinear',
        inputs: { lowestCents, offeredCents, highestCents },
        fraction: 1 - Math.abs(offeredCents - lowestCents) / Math.abs(highestCents - lowestCents),
      };
    default:
      return assertNever(formula);
  }
}

/** The raw scale top of a quality criterion: 1 for yes/no, n for a 0–n scale. */
function scaleTop(criterion: ScoredCriterion): number {
  if (criterion.kind !== 'quality') return 1;
  const scoring = criterion.scoring;
  return scoring.kind === 'scale' ? scoring.maxLevel : 1;
}

/**
 * Share of a criterion's maximum points for one tender's answer `value` among the compared
 * tenders' `values` (excluded tenders are not in `values`; DOMAIN.md § 4):
 * - yes/no and 0–n scale: value / n (to the maximum) or value / best (to the best tender;
 *   when no compared tender scored above 0, everyone gets 0);
 * - measured, higher is better: value / best; lower is better: best / value (always to the best);
 * - employment commitment: (value − baseline) / (cap − baseline), limited to 0…1 (DOMAIN.md § 5:
 *   points for a higher commitment with a realistic cap).
 */
export function criterionFraction(
  criterion: ScoredCriterion,
  scaling: QualityScaling,
  value: number,
  best: number,
): Fraction {
  if (criterion.kind === 'employmentCommitment') {
    const baseline = criterion.params?.baselinePersonMonths ?? 0;
    const cap = criterion.params?.capPersonMonths ?? 0;
    const span = cap - baseline;
    const fraction = span <= 0 ? 0 : Math.min(1, Math.max(0, (value - baseline) / span));
    return { formula: 'employmentCommitment', inputs: { value, baseline, cap }, fraction };
  }
  const scoring = criterion.scoring;
  switch (scoring.kind) {
    case 'yesNo':
    case 'scale': {
      const top = scaleTop(criterion);
      if (scaling === 'toMaximum') {
        return { formula: 'qualityToMaximum', inputs: { value, top }, fraction: value / top };
      }
      if (best <= 0) return { formula: 'qualityNoneScored', inputs: { value, best }, fraction: 0 };
      return { formula: 'qualityToBest', inputs: { value, best }, fraction: value / best };
    }
    case 'measured':
      if (scoring.direction === 'higherIsBetter') {
        if (best <= 0)
          return { formula: 'qualityNoneScored', inputs: { value, best }, fraction: 0 };
        return { formula: 'measuredHigherToBest', inputs: { value, best }, fraction: value / best };
      }
      return { formula: 'measuredLowerToBest', inputs: { value, best }, fraction: best / value };
    default:
      return assertNever(scoring);
  }
}

/** The best answer among compared tenders: the highest, or the lowest for lower-is-better measures. */
export function bestValue(criterion: ScoredCriterion, values: readonly number[]): number {
  if (values.length === 0) return 0;
  const lowerIsBetter =
    criterion.kind === 'quality' &&
    criterion.scoring.kind === 'measured' &&
    criterion.scoring.direction === 'lowerIsBetter';
  let best = values[0] ?? 0;
  for (const v of values) best = lowerIsBetter ? Math.min(best, v) : Math.max(best, v);
  return best;
}

/** Rounds points to `decimals` (half away from zero), the rule the set states. */
export function roundPoints(points: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(points) * Math.round(Math.abs(points) * factor + 1e-9)) / factor;
}

/** A fraction times the criterion's maximum points, traced with `max`. */
export function toPoints(f: Fraction, max: number, roundTo: number | null): Traced {
  const raw = f.fraction * max;
  const inputs = Object.assign({}, f.inputs);
  inputs['max'] = max;
  return {
    formula: f.formula,
    inputs,
    result: roundTo === null ? raw : roundPoints(raw, roundTo),
  };
}
