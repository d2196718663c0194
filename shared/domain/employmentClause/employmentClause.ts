import { z } from 'zod';
import { assertNever } from '../../assertNever';
import { centsSchema } from '../common/money';

/**
 * The employment clause (työllistämisehto) of one procurement: whether it is used and why
 * not, its legal form, the target groups, how large the obligation is and how it is counted,
 * the ways to fulfil it and the contract terms around it (reporting, evidence, co-operation
 * with the municipal employment services, shortfall and contractual penalty).
 *
 * Background and practice: DOMAIN § 5 (the seeds' survey of 71 municipalities; Vantaa,
 * Seinäjoki, Rotterdam). Legal bases: hankintalaki 1397/2016 98 § (special conditions for
 * performance may include social considerations), 93 § (award criteria may include social
 * aspects), 18 § (contracts reserved for social enterprises and sheltered workshops where at
 * least 30 % of the staff are disabled or disadvantaged workers).
 */

/** The decision: not taken yet, use the clause, or record why it is not used. */
export const clauseDecisionSchema = z.enum(['undecided', 'use', 'notUsed']);
/** See {@link clauseDecisionSchema}. */
export type ClauseDecision = z.infer<typeof clauseDecisionSchema>;

/**
 * The clause's legal form: a binding special contract condition (98 §), a minimum requirement
 * every tender must meet, an award criterion giving points for a higher commitment (93 §), or
 * a contract reserved for social enterprises (18 §).
 */
export const clauseFormSchema = z.enum([
  'contractCondition',
  'minimumRequirement',
  'awardCriterion',
  'reservedContract',
]);
/** See {@link clauseFormSchema}. */
export type ClauseForm = z.infer<typeof clauseFormSchema>;

/** Every legal form, in the order the form offers them. */
export const CLAUSE_FORMS = clauseFormSchema.options;

/** People in a weak labour-market position the buyer may target (DOMAIN § 5). */
export const targetGroupSchema = z.enum([
  'longTermUnemployed',
  'unemployedUnder30',
  'partiallyAbleToWork',
  'immigrants',
  'olderUnemployed',
  'rehabilitativeWorkActivity',
]);
/** See {@link targetGroupSchema}. */
export type TargetGroup = z.infer<typeof targetGroupSchema>;

/** Every target group, in the order the form offers them. */
export const TARGET_GROUPS = targetGroupSchema.options;

/** Ways a supplier may fulfil the obligation (DOMAIN § 5: "can be fulfilled in many ways"). */
export const fulfilmentWaySchema = z.enum([
  'employmentContract',
  'apprenticeship',
  'workTrial',
  'paySubsidisedWork',
  'summerJob',
  'traineeship',
  'socialEnterpriseSubcontracting',
]);
/** See {@link fulfilmentWaySchema}. */
export type FulfilmentWay = z.infer<typeof fulfilmentWaySchema>;

/** Every way to fulfil, in the order the form offers them. */
export const FULFILMENT_WAYS = fulfilmentWaySchema.options;

/** Whether a way counts, and how much one month of it counts (100 = a full person-month). */
export const fulfilmentRuleSchema = z.strictObject({
  allowed: z.boolean(),
  countsPercent: z.number().int().min(1).max(100),
});
/** See {@link fulfilmentRuleSchema}. */
export type FulfilmentRule = z.infer<typeof fulfilmentRuleSchema>;

/** A quantity with at most one decimal (persons, person-months). */
const tenthsSchema = z
  .number()
  .min(0)
  .max(10_000)
  .refine(
    (n) => Number.isInteger(Math.round(n * 10)) && Math.abs(n * 10 - Math.round(n * 10)) < 1e-9,
    {
      message: 'At most one decimal',
    },
  );

/** A percentage with at most two decimals (e.g. 5 or 2,5 % of the annual value). */
const sharePercentSchema = z
  .number()
  .min(0)
  .max(100)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9, {
    message: 'At most two decimals',
  });

/**
 * How large the obligation is, four ways seen in practice (DOMAIN § 5):
 * - `fixed`: N persons or N person-months per contract year (Vantaa: at least one
 *   pay-subsidy employee or apprentice per calendar year);
 * - `shareOfAnnualValue`: a % of the annual contract value spent on target-group wages
 *   (Rotterdam and Schiedam 5 %; Seinäjoki "an agreed % of the annual value"), turned into
 *   person-months with the reference monthly labour cost the buyer sets;
 * - `shareOfWageBill`: a % of the supplier's wage bill on the contract (capital-intensive
 *   contracts), with the buyer's estimate of that wage bill per year;
 * - `perValueStep`: one person-month for every full X € of annual value.
 */
export const obligationSchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('fixed'),
    unit: z.enum(['persons', 'personMonths']),
    quantityPerYear: tenthsSchema,
  }),
  z.strictObject({
    method: z.literal('shareOfAnnualValue'),
    sharePercent: sharePercentSchema,
    monthlyLabourCostCents: centsSchema,
    /** True when the reference cost includes the employer's costs (pension, insurance…). */
    employerCostsIncluded: z.boolean(),
  }),
  z.strictObject({
    method: z.literal('shareOfWageBill'),
    sharePercent: sharePercentSchema,
    annualWageBillCents: centsSchema,
    monthlyLabourCostCents: centsSchema,
    employerCostsIncluded: z.boolean(),
  }),
  z.strictObject({
    method: z.literal('perValueStep'),
    stepCents: centsSchema,
  }),
]);
/** See {@link obligationSchema}. */
export type Obligation = z.infer<typeof obligationSchema>;

/** Obligation methods, in the order the form offers them. */
export const OBLIGATION_METHODS = [
  'fixed',
  'shareOfAnnualValue',
  'shareOfWageBill',
  'perValueStep',
] as const;
/** One obligation method. */
export type ObligationMethod = (typeof OBLIGATION_METHODS)[number];

/**
 * How the computed obligation is rounded per period, stated in the clause: down to whole
 * person-months (never more than the arithmetic gives), to one decimal, or to the nearest
 * whole person-month.
 */
export const obligationRoundingSchema = z.enum(['down', 'oneDecimal', 'nearest']);
/** See {@link obligationRoundingSchema}. */
export type ObligationRounding = z.infer<typeof obligationRoundingSchema>;

/** The counting rules that turn reported employment into person-months. */
export const countingRulesSchema = z.strictObject({
  /** Shortest employment that counts, in months (e.g. 6). */
  minEmploymentMonths: z.number().int().min(1).max(36),
  /** Least working time that counts, hours per week; part time counts pro rata. */
  minHoursPerWeek: z.number().min(1).max(40),
  /** Full-time hours per week in the sector (e.g. 37,5), the denominator of pro rata. */
  fullTimeHoursPerWeek: z.number().min(20).max(48),
  rounding: obligationRoundingSchema,
});
/** See {@link countingRulesSchema}. */
export type CountingRules = z.infer<typeof countingRulesSchema>;

/** How often the supplier reports fulfilment. */
export const reportingCadenceSchema = z.enum(['quarterly', 'halfYearly', 'yearly']);
/** See {@link reportingCadenceSchema}. */
export type ReportingCadence = z.infer<typeof reportingCadenceSchema>;

/** What happens when the employment services cannot offer suitable candidates in time. */
export const noCandidatesRuleSchema = z.enum(['deferred', 'reduced', 'effortsShown']);
/** See {@link noCandidatesRuleSchema}. */
export type NoCandidatesRule = z.infer<typeof noCandidatesRuleSchema>;

/** Contractual penalty (sopimussakko) for an unjustified shortfall, or none. */
export const penaltySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({
    kind: z.literal('perMissingPersonMonth'),
    amountCents: centsSchema,
    /** Upper limit per contract year, % of the annual contract value. */
    capPercentOfAnnualValue: sharePercentSchema,
  }),
]);
/** See {@link penaltySchema}. */
export type Penalty = z.infer<typeof penaltySchema>;

/** The terms around the obligation (reporting, evidence, co-operation, shortfall). */
export const clauseTermsSchema = z.strictObject({
  reportingCadence: reportingCadenceSchema,
  /** Reporting deadline: days after the end of each reporting period. */
  reportDueDays: z.number().int().min(1).max(120),
  /** Weeks the supplier waits for candidates before the no-candidates rule applies. */
  candidateWaitWeeks: z.number().int().min(1).max(26),
  noCandidatesRule: noCandidatesRuleSchema,
  /** The municipal employment services unit the supplier works with (a unit, not a person). */
  employmentServicesUnit: z.string().trim().max(300),
  penalty: penaltySchema,
});
/** See {@link clauseTermsSchema}. */
export type ClauseTerms = z.infer<typeof clauseTermsSchema>;

/** The award-criterion variant: points for a commitment above the minimum, up to a cap. */
export const awardVariantSchema = z.strictObject({
  maxPoints: z.number().int().min(1).max(100),
  /** Extra person-months per contract year that earn the full points (the realistic cap). */
  capExtraPersonMonthsPerYear: tenthsSchema,
});
/** See {@link awardVariantSchema}. */
export type AwardVariant = z.infer<typeof awardVariantSchema>;

/** The long-term unemployed target group: unemployed at least this many months (buyer sets). */
export const longTermUnemployedMonthsSchema = z.number().int().min(3).max(60);

/** The employment clause as stored in the procurement (`procurement.employmentClause`). */
export const employmentClauseSchema = z.strictObject({
  decision: clauseDecisionSchema,
  /** Why the clause is not used (required when the decision is `notUsed`). */
  notUsedReason: z.string().max(20_000),
  form: clauseFormSchema,
  /** Lots the clause applies to; empty = the whole procurement (every lot). */
  lotIds: z.array(z.uuid()).max(100),
  targetGroups: z.array(targetGroupSchema).max(TARGET_GROUPS.length),
  longTermUnemployedMonths: longTermUnemployedMonthsSchema,
  obligation: obligationSchema,
  counting: countingRulesSchema,
  fulfilment: z.strictObject(
    Object.fromEntries(FULFILMENT_WAYS.map((w) => [w, fulfilmentRuleSchema])) as Record<
      FulfilmentWay,
      typeof fulfilmentRuleSchema
    >,
  ),
  terms: clauseTermsSchema,
  award: awardVariantSchema,
  /** Include the extension period in the obligation (options are always shown separately). */
  includeExtension: z.boolean(),
  notes: z.string().max(20_000),
});
/** See {@link employmentClauseSchema}. */
export type EmploymentClause = z.infer<typeof employmentClauseSchema>;

/** The default counting share of each way (the buyer changes these). */
const DEFAULT_FULFILMENT: Record<FulfilmentWay, FulfilmentRule> = {
  employmentContract: { allowed: true, countsPercent: 100 },
  apprenticeship: { allowed: true, countsPercent: 100 },
  workTrial: { allowed: true, countsPercent: 50 },
  paySubsidisedWork: { allowed: true, countsPercent: 100 },
  summerJob: { allowed: false, countsPercent: 100 },
  traineeship: { allowed: true, countsPercent: 50 },
  socialEnterpriseSubcontracting: { allowed: true, countsPercent: 100 },
};

/**
 * Nothing decided yet, with the defaults most municipalities start from: a binding contract
 * condition, long-term unemployed (12 months) and under-30s, one person-month per full
 * 100 000 € of annual value, employments of at least 6 months and 18 hours a week (Espoo's
 * municipal supplement required 18 h), quarterly reports, no penalty.
 */
export function emptyEmploymentClause(): EmploymentClause {
  return {
    decision: 'undecided',
    notUsedReason: '',
    form: 'contractCondition',
    lotIds: [],
    targetGroups: ['longTermUnemployed', 'unemployedUnder30'],
    longTermUnemployedMonths: 12,
    obligation: { method: 'perValueStep', stepCents: 10_000_000 },
    counting: {
      minEmploymentMonths: 6,
      minHoursPerWeek: 18,
      fullTimeHoursPerWeek: 37.5,
      rounding: 'down',
    },
    fulfilment: structuredClone(DEFAULT_FULFILMENT),
    terms: {
      reportingCadence: 'quarterly',
      reportDueDays: 30,
      candidateWaitWeeks: 4,
      noCandidatesRule: 'deferred',
      employmentServicesUnit: '',
      penalty: { kind: 'none' },
    },
    award: { maxPoints: 10, capExtraPersonMonthsPerYear: 6 },
    includeExtension: false,
    notes: '',
  };
}

/** The default obligation of each method, used when the officer switches method. */
export function defaultObligation(method: ObligationMethod): Obligation {
  switch (method) {
    case 'fixed':
      return { method, unit: 'persons', quantityPerYear: 1 };
    case 'shareOfAnnualValue':
      return {
        method,
        sharePercent: 5,
        monthlyLabourCostCents: 350_000,
        employerCostsIncluded: true,
      };
    case 'shareOfWageBill':
      return {
        method,
        sharePercent: 5,
        annualWageBillCents: 0,
        monthlyLabourCostCents: 350_000,
        employerCostsIncluded: true,
      };
    case 'perValueStep':
      return { method, stepCents: 10_000_000 };
    default:
      return assertNever(method);
  }
}

/**
 * A reserved contract requires that at least this share of the staff of the social
 * enterprise or sheltered workshop are disabled or disadvantaged workers (hankintalaki
 * 1397/2016 18 §; directive 2014/24 art. 20).
 */
export const RESERVED_CONTRACT_MIN_STAFF_PERCENT = 30;
