import { z } from 'zod';
import type { Procurement } from '../procurement/procurement';
import { clauseAnnualValueCents, obligationInputOf } from './clauseInputs';
import {
  countingRulesSchema,
  FULFILMENT_WAYS,
  fulfilmentRuleSchema,
  reportingCadenceSchema,
  type FulfilmentWay,
} from './employmentClause';
import { computeObligation } from './obligation';

/**
 * The employment target a contract is followed up against (carry-over to contract-period
 * follow-up): the obligation per contract year, per period and in total, with the counting
 * rules and ways to fulfil in force when the contract was made. Follow-up copies it into the
 * contract record at award and reads it there without recomputing, so a later change of the
 * clause or of the rules never changes what a signed contract promised.
 */
export const employmentTargetSchema = z.strictObject({
  targetVersion: z.literal(1),
  unit: z.enum(['personMonths', 'persons']),
  perFullYear: z.number().min(0),
  annualValueCents: z.number().int().min(0),
  years: z
    .array(
      z.strictObject({
        contractYear: z.number().int().min(1),
        periodKey: z.string().max(40),
        months: z.number().int().min(1).max(12),
        amount: z.number().min(0),
      }),
    )
    .max(200),
  baseTotal: z.number().min(0),
  optionsTotal: z.number().min(0),
  extensionTotal: z.number().min(0),
  total: z.number().min(0),
  counting: countingRulesSchema,
  fulfilment: z.strictObject(
    Object.fromEntries(FULFILMENT_WAYS.map((w) => [w, fulfilmentRuleSchema])) as Record<
      FulfilmentWay,
      typeof fulfilmentRuleSchema
    >,
  ),
  reportingCadence: reportingCadenceSchema,
});
/** See {@link employmentTargetSchema}. */
export type EmploymentTarget = z.infer<typeof employmentTargetSchema>;

/** The target of a procurement whose clause is in use (a reserved contract has none). */
export function employmentTargetOf(p: Procurement): EmploymentTarget | null {
  const clause = p.employmentClause;
  if (clause.decision !== 'use' || clause.form === 'reservedContract') return null;
  const result = computeObligation(
    clause.obligation,
    clause.counting.rounding,
    obligationInputOf(p),
  );
  return {
    targetVersion: 1,
    unit: result.unit,
    perFullYear: result.perFullYear,
    annualValueCents: clauseAnnualValueCents(p),
    years: result.years.map((y) => ({
      contractYear: y.contractYear,
      periodKey: y.periodKey,
      months: y.months,
      amount: y.amount,
    })),
    baseTotal: result.baseTotal,
    optionsTotal: result.optionsTotal,
    extensionTotal: result.extensionTotal,
    total: result.total,
    counting: structuredClone(clause.counting),
    fulfilment: structuredClone(clause.fulfilment),
    reportingCadence: clause.terms.reportingCadence,
  };
}
