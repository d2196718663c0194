import { z } from 'zod';
import { scenarioInputSchema } from './costScenario';
import { localizedDescriptionSchema, localizedNameSchema } from './localizedText';
import { paymentModelSchema, priceUnitSchema } from './paymentModel';

/**
 * Award basis (hankintalaki 1397/2016 93 § 1 mom.; directive 2014/24 art. 67(2)): the
 * lowest price, the best price-quality ratio, or the lowest cost using a cost-effectiveness
 * approach such as life-cycle costing (95 §, art. 68).
 */
export const awardBasisSchema = z.enum([
  'lowestPrice',
  'bestPriceQuality',
  'costIncludingLifeCycle',
]);
/** See {@link awardBasisSchema}. */
export type AwardBasis = z.infer<typeof awardBasisSchema>;

/**
 * Price formulas in common use (DOMAIN.md § 4, Cloudia): `ratioToLowest` = lowest / offered ×
 * max; `linear` = (1 − |offered − lowest| / |highest − lowest|) × max.
 */
export const priceFormulaSchema = z.enum(['ratioToLowest', 'linear']);
/** See {@link priceFormulaSchema}. */
export type PriceFormula = z.infer<typeof priceFormulaSchema>;

/**
 * Whether a quality criterion's points are scaled to the best compared tender (value / best
 * × max) or to the maximum possible (value / maximum × max); must be stated in the documents
 * (DOMAIN.md § 4). Measured values are always scaled to the best.
 */
export const qualityScalingSchema = z.enum(['toBest', 'toMaximum']);
/** See {@link qualityScalingSchema}. */
export type QualityScaling = z.infer<typeof qualityScalingSchema>;

/** Tie-break rules, applied in the stated order (none is in the law; DOMAIN.md § 4). */
export const tieBreakRuleSchema = z.enum(['higherQualityPoints', 'lowerPrice', 'drawingLots']);
/** See {@link tieBreakRuleSchema}. */
export type TieBreakRule = z.infer<typeof tieBreakRuleSchema>;

/** One level of a 0–n scale with its written description. */
export const scaleLevelSchema = z.strictObject({
  level: z.number().int().min(0).max(10),
  description: localizedDescriptionSchema,
});

/** How a quality sub-criterion is scored; `kind` picks the method. */
export const scoringMethodSchema = z.discriminatedUnion('kind', [
  /** Yes = full points, no = 0. */
  z.strictObject({ kind: z.literal('yesNo') }),
  /** 0–n levels, each with a written description. */
  z.strictObject({
    kind: z.literal('scale'),
    maxLevel: z.number().int().min(1).max(10),
    levels: z.array(scaleLevelSchema).max(11),
  }),
  /** A measured value scaled to the best tender's value. */
  z.strictObject({
    kind: z.literal('measured'),
    direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
    unit: localizedNameSchema,
  }),
]);
/** See {@link scoringMethodSchema}. */
export type ScoringMethod = z.infer<typeof scoringMethodSchema>;

/**
 * Parameters of the employment-commitment award criterion, filled by the employment clause
 * phase (DOMAIN.md § 5): a commitment at or below `baselinePersonMonths` scores 0, one at or
 * above `capPersonMonths` scores the maximum, linear in between (a realistic cap).
 */
export const employmentCommitmentParamsSchema = z.strictObject({
  baselinePersonMonths: z.number().min(0).max(100_000),
  capPersonMonths: z.number().min(0).max(100_000),
});
/** See {@link employmentCommitmentParamsSchema}. */
export type EmploymentCommitmentParams = z.infer<typeof employmentCommitmentParamsSchema>;

const criterionBase = {
  id: z.uuid(),
  name: localizedNameSchema,
  /**
   * Maximum points on the 100-point total scale; price weight + every criterion's weight =
   * 100 (hankintalaki 94 §: the criteria and their relative weighting are stated).
   */
  weightPercent: z.number().min(0).max(100),
};

/** A scored criterion (laadullinen vertailuperuste); `kind` picks quality or employment commitment. */
export const scoredCriterionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...criterionBase, kind: z.literal('quality'), scoring: scoringMethodSchema }),
  z.strictObject({
    ...criterionBase,
    kind: z.literal('employmentCommitment'),
    params: employmentCommitmentParamsSchema.nullable(),
  }),
]);
/** See {@link scoredCriterionSchema}. */
export type ScoredCriterion = z.infer<typeof scoredCriterionSchema>;

/** A pass/fail minimum requirement (vähimmäisvaatimus), never scored. */
export const minimumRequirementSchema = z.strictObject({
  id: z.uuid(),
  text: localizedDescriptionSchema,
});
/** See {@link minimumRequirementSchema}. */
export type MinimumRequirement = z.infer<typeof minimumRequirementSchema>;

/**
 * A priced item of the tender form; the comparison price is Σ unit price × quantity (the
 * expected quantity the buyer states, so unit prices weigh as they will in the contract).
 */
export const pricingItemSchema = z.strictObject({
  id: z.uuid(),
  name: localizedNameSchema,
  unit: z.union([priceUnitSchema, z.literal('lumpSum'), z.literal('piece')]),
  quantity: z.number().int().min(0).max(10_000_000),
});
/** See {@link pricingItemSchema}. */
export type PricingItem = z.infer<typeof pricingItemSchema>;

/** How points are rounded: to `decimals` at presentation only, or each criterion before summing. */
export const pointsRoundingSchema = z.strictObject({
  decimals: z.number().int().min(0).max(4),
  stage: z.enum(['presentationOnly', 'perCriterion']),
});
/** See {@link pointsRoundingSchema}. */
export type PointsRounding = z.infer<typeof pointsRoundingSchema>;

/** Most scored criteria, minimum requirements and pricing items in one set. */
export const MAX_CRITERIA = 60;

/** The criteria of the whole procurement or of one lot. */
export const criteriaSetSchema = z.strictObject({
  awardBasis: awardBasisSchema,
  /** Maximum price points on the 100-point scale. */
  priceWeightPercent: z.number().min(0).max(100),
  priceFormula: priceFormulaSchema,
  pricingItems: z.array(pricingItemSchema).max(MAX_CRITERIA),
  qualityScaling: qualityScalingSchema,
  criteria: z.array(scoredCriterionSchema).max(MAX_CRITERIA),
  minimumRequirements: z.array(minimumRequirementSchema).max(MAX_CRITERIA),
  tieBreak: z.array(tieBreakRuleSchema).max(3),
  rounding: pointsRoundingSchema,
  paymentModel: paymentModelSchema.nullable(),
  /** The cost scenario the officer simulated (volumes and rates at three levels), kept to revisit. */
  costScenario: scenarioInputSchema.nullable(),
});
/** See {@link criteriaSetSchema}. */
export type CriteriaSet = z.infer<typeof criteriaSetSchema>;

/** A lot whose criteria differ from the procurement's. */
export const lotCriteriaSchema = z.strictObject({ lotId: z.uuid(), set: criteriaSetSchema });

/**
 * The criteria phase of one procurement (vertailuperusteet): one set for the procurement and
 * a set of its own for each lot whose criteria differ.
 */
export const criteriaPlanSchema = z.strictObject({
  common: criteriaSetSchema,
  lotOverrides: z.array(lotCriteriaSchema).max(100),
});
/** See {@link criteriaPlanSchema}. */
export type CriteriaPlan = z.infer<typeof criteriaPlanSchema>;

/**
 * A new set: best price-quality ratio with the whole 100 on price until quality criteria are
 * added, ratio-to-lowest price formula, quality scaled to the maximum, points rounded to two
 * decimals at presentation only. The tie-break is left empty: the officer must choose it.
 */
export function emptyCriteriaSet(): CriteriaSet {
  return {
    awardBasis: 'bestPriceQuality',
    priceWeightPercent: 100,
    priceFormula: 'ratioToLowest',
    pricingItems: [],
    qualityScaling: 'toMaximum',
    criteria: [],
    minimumRequirements: [],
    tieBreak: [],
    rounding: { decimals: 2, stage: 'presentationOnly' },
    paymentModel: null,
    costScenario: null,
  };
}

/** Nothing decided yet. */
export function emptyCriteriaPlan(): CriteriaPlan {
  return { common: emptyCriteriaSet(), lotOverrides: [] };
}

/** The criteria that apply to a lot: its own set when it has one, otherwise the common set. */
export function criteriaForLot(plan: CriteriaPlan, lotId: string | null): CriteriaSet {
  if (lotId === null) return plan.common;
  return plan.lotOverrides.find((o) => o.lotId === lotId)?.set ?? plan.common;
}

/** Gives a lot criteria of its own, starting from a copy of the common set (no-op if it has). */
export function overrideForLot(plan: CriteriaPlan, lotId: string): CriteriaPlan {
  if (plan.lotOverrides.some((o) => o.lotId === lotId)) return plan;
  return {
    ...plan,
    lotOverrides: [...plan.lotOverrides, { lotId, set: structuredClone(plan.common) }],
  };
}

/** Lets a lot follow the common criteria again. */
export function removeLotOverride(plan: CriteriaPlan, lotId: string): CriteriaPlan {
  return { ...plan, lotOverrides: plan.lotOverrides.filter((o) => o.lotId !== lotId) };
}

/**
 * The employment clause phase's entry point (issue 11): adds the employment-commitment award
 * criterion to a set, or fills the parameters of the one it has. The weight stays the
 * officer's to set in the criteria builder (0 when added), so the 100-point check guides it.
 */
export function withEmploymentCommitment(
  set: CriteriaSet,
  criterion: { id: string; name: ScoredCriterion['name'] },
  params: EmploymentCommitmentParams | null,
): CriteriaSet {
  const existing = set.criteria.find((c) => c.kind === 'employmentCommitment');
  if (existing) {
    return {
      ...set,
      criteria: set.criteria.map((c) => (c === existing ? { ...existing, params } : c)),
    };
  }
  return {
    ...set,
    criteria: [
      ...set.criteria,
      {
        id: criterion.id,
        kind: 'employmentCommitment',
        name: criterion.name,
        weightPercent: 0,
        params,
      },
    ],
  };
}
