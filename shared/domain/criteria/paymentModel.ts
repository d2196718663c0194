import { z } from 'zod';
import { centsSchema } from '../common/money';
import { localizedNameSchema } from './localizedText';

/** Unit of a unit price: per hour, per client-day (asiakaspäivä) or per month. */
export const priceUnitSchema = z.enum(['hour', 'clientDay', 'month']);
/** See {@link priceUnitSchema}. */
export type PriceUnit = z.infer<typeof priceUnitSchema>;

/**
 * Verified outcome types of the Tampere impact-based model (DOMAIN.md § 4, product 1A):
 * open-market job, degree education, pay-subsidised job in a company, pay-subsidised job in
 * the public or third sector, work trial or preparatory training.
 */
export const outcomeTypeSchema = z.enum([
  'openMarketJob',
  'degreeEducation',
  'paySubsidisedCompany',
  'paySubsidisedPublicOrThirdSector',
  'workTrialOrPreparatory',
]);
/** See {@link outcomeTypeSchema}. */
export type OutcomeType = z.infer<typeof outcomeTypeSchema>;
/** Every outcome type in the order the documents list them. */
export const OUTCOME_TYPES: readonly OutcomeType[] = outcomeTypeSchema.options;

/** Risk groups of the Pohjois-Savo capitation sketch (DOMAIN.md § 4): easy / average / hard to employ. */
export const riskGroupSchema = z.enum(['easy', 'average', 'hard']);
/** See {@link riskGroupSchema}. */
export type RiskGroup = z.infer<typeof riskGroupSchema>;
/** Every risk group, easiest first. */
export const RISK_GROUPS: readonly RiskGroup[] = riskGroupSchema.options;

const multipleSchema = z.number().min(0).max(1_000);
const weightSchema = z.number().min(0).max(10);

/** Impact-based payment (Tampere 2017, product 1A; DOMAIN.md § 4). */
export const impactBasedModelSchema = z.strictObject({
  kind: z.literal('impactBased'),
  /** Share of the offered client-day price invoiced for every client-day (Tampere 85 %). */
  baseSharePercent: z.number().min(0).max(100),
  /** Multiples of the offered client-day price earned per verified outcome. */
  outcomeMultiples: z.strictObject({
    openMarketJob: multipleSchema,
    degreeEducation: multipleSchema,
    paySubsidisedCompany: multipleSchema,
    paySubsidisedPublicOrThirdSector: multipleSchema,
    workTrialOrPreparatory: multipleSchema,
  }),
  /** Months after the service when lasting progress is verified (Tampere 3). */
  verificationDelayMonths: z.number().int().min(0).max(36),
});
/** See {@link impactBasedModelSchema}. */
export type ImpactBasedModel = z.infer<typeof impactBasedModelSchema>;

/** One risk group's terms in the capitation model. */
export const riskGroupTermsSchema = z.strictObject({
  group: riskGroupSchema,
  /** The monthly price per client the buyer accepts for this group (range set in advance). */
  monthlyPriceMinCents: centsSchema,
  monthlyPriceMaxCents: centsSchema,
  /** Capitation weight (Pohjois-Savo 0.9 / 1.0 / 1.2). */
  capitationWeight: weightSchema,
  /** Result fee weight (Pohjois-Savo 0.4 / 0.8 / 1.5). */
  resultFeeWeight: weightSchema,
});
/** See {@link riskGroupTermsSchema}. */
export type RiskGroupTerms = z.infer<typeof riskGroupTermsSchema>;

/** An optional bonus (+) or sanction (−) on the result fee, e.g. for education or regional factors. */
export const bonusSanctionSchema = z.strictObject({
  id: z.uuid(),
  name: localizedNameSchema,
  factorPercent: z.number().min(-100).max(100),
});
/** See {@link bonusSanctionSchema}. */
export type BonusSanction = z.infer<typeof bonusSanctionSchema>;

/** Capitation + result fee (Pohjois-Savo sketch; DOMAIN.md § 3–4). */
export const capitationModelSchema = z.strictObject({
  kind: z.literal('capitation'),
  riskGroups: z.array(riskGroupTermsSchema).length(3),
  /** Result fee per verified employment hour before the group weight. */
  resultFeePerHourCents: centsSchema,
  /** Result fee invoiced every N months (Pohjois-Savo 4). */
  invoicingIntervalMonths: z.number().int().min(1).max(12),
  bonusSanctions: z.array(bonusSanctionSchema).max(10),
  /** Most clients one provider may have at a time (Pohjois-Savo 700). */
  clientCapPerProvider: z.number().int().min(1).max(100_000),
});
/** See {@link capitationModelSchema}. */
export type CapitationModel = z.infer<typeof capitationModelSchema>;

/** How the supplier is paid (maksumalli); `kind` picks the model. */
export const paymentModelSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('unitPrice'), unit: priceUnitSchema }),
  z.strictObject({ kind: z.literal('fixedPrice') }),
  impactBasedModelSchema,
  capitationModelSchema,
]);
/** See {@link paymentModelSchema}. */
export type PaymentModel = z.infer<typeof paymentModelSchema>;

/** Tampere's impact-based defaults (DOMAIN.md § 4): 85 %, 70/50/30/20/20 ×, verified after 3 months. */
export function defaultImpactBasedModel(): ImpactBasedModel {
  return {
    kind: 'impactBased',
    baseSharePercent: 85,
    outcomeMultiples: {
      openMarketJob: 70,
      degreeEducation: 50,
      paySubsidisedCompany: 30,
      paySubsidisedPublicOrThirdSector: 20,
      workTrialOrPreparatory: 20,
    },
    verificationDelayMonths: 3,
  };
}

/**
 * Pohjois-Savo's capitation defaults (DOMAIN.md § 4): weights 0.9/1.0/1.2 and 0.4/0.8/1.5,
 * result fee invoiced every 4 months, 700 clients per provider. Prices are the buyer's to set.
 */
export function defaultCapitationModel(): CapitationModel {
  const weights: [RiskGroup, number, number][] = [
    ['easy', 0.9, 0.4],
    ['average', 1.0, 0.8],
    ['hard', 1.2, 1.5],
  ];
  return {
    kind: 'capitation',
    riskGroups: weights.map(([group, capitationWeight, resultFeeWeight]) => ({
      group,
      monthlyPriceMinCents: 0,
      monthlyPriceMaxCents: 0,
      capitationWeight,
      resultFeeWeight,
    })),
    resultFeePerHourCents: 0,
    invoicingIntervalMonths: 4,
    bonusSanctions: [],
    clientCapPerProvider: 700,
  };
}
