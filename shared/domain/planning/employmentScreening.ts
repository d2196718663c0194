import { z } from 'zod';

/** An answer the officer may not know yet. */
export const triStateSchema = z.enum(['yes', 'no', 'unknown']);
/** See {@link triStateSchema}. */
export type TriState = z.infer<typeof triStateSchema>;

/** The officer's answers to the employment-clause suitability screening. */
export const screeningSchema = z.strictObject({
  labourIntensive: triStateSchema,
  subcontractingPossible: triStateSchema,
  apprenticeshipsPossible: triStateSchema,
  notes: z.string().max(20_000),
});
/** See {@link screeningSchema}. */
export type Screening = z.infer<typeof screeningSchema>;

/** Nothing answered yet. */
export const emptyScreening: Screening = {
  labourIntensive: 'unknown',
  subcontractingPossible: 'unknown',
  apprenticeshipsPossible: 'unknown',
  notes: '',
};

/** The screening's outcome. */
export type ScreeningRecommendation = 'recommended' | 'consider' | 'notRecommended' | 'incomplete';

/** One reason shown with the recommendation; `met` says whether it speaks for the clause. */
export interface ScreeningReason {
  key:
    | 'labourIntensiveYes'
    | 'labourIntensiveNo'
    | 'labourIntensiveUnknown'
    | 'durationMet'
    | 'durationShort'
    | 'durationIndefinite'
    | 'valueMet'
    | 'valueBelow'
    | 'waysAvailable'
    | 'waysUnavailable';
  met: boolean | null;
  params: Record<string, number>;
}

/** Minimum contract length for the clause to fit (DOMAIN § 5: "contract ≥ about a year"). */
export const SCREENING_MIN_MONTHS = 12;

/**
 * Whether an estimated value is above the organisation's screening limit: strictly over it
 * (DOMAIN § 5: "Helsinki surveys every tender over 200 000 €"; the Settings hint says
 * "procurements larger than this"). 200 000 € with a 200 000 € limit is not over it. The
 * screening text and the Settings field both use this one comparison.
 */
export function exceedsScreeningLimit(totalCents: number, limitCents: number): boolean {
  return totalCents > limitCents;
}

/**
 * Employment-clause suitability screening (DOMAIN § 5, seed 000): the clause fits
 * labour-intensive services and works with a contract of at least about a year; the
 * organisation screens every procurement above its own value limit (Helsinki: 200 000 €);
 * subcontracting and apprenticeships give ways to fulfil it.
 * - not labour-intensive → not recommended;
 * - labour intensity unknown → incomplete;
 * - labour-intensive, long enough and over the limit ({@link exceedsScreeningLimit}) → recommended;
 * - labour-intensive with one of length or value falling short → consider;
 * - labour-intensive but both short and small → not recommended.
 */
export function screenEmploymentClause(input: {
  screening: Screening;
  /** Contract length with options, in months; null = until further notice. */
  termMonths: number | null;
  totalCents: number;
  limitCents: number;
}): { recommendation: ScreeningRecommendation; reasons: ScreeningReason[] } {
  const { screening, termMonths, totalCents, limitCents } = input;
  const reasons: ScreeningReason[] = [];
  if (screening.labourIntensive === 'yes')
    reasons.push({ key: 'labourIntensiveYes', met: true, params: {} });
  if (screening.labourIntensive === 'no')
    reasons.push({ key: 'labourIntensiveNo', met: false, params: {} });
  if (screening.labourIntensive === 'unknown') {
    reasons.push({ key: 'labourIntensiveUnknown', met: null, params: {} });
  }
  const longEnough = termMonths === null || termMonths >= SCREENING_MIN_MONTHS;
  reasons.push(
    termMonths === null
      ? { key: 'durationIndefinite', met: true, params: {} }
      : {
          key: longEnough ? 'durationMet' : 'durationShort',
          met: longEnough,
          params: { months: termMonths },
        },
  );
  const largeEnough = exceedsScreeningLimit(totalCents, limitCents);
  reasons.push({
    key: largeEnough ? 'valueMet' : 'valueBelow',
    met: largeEnough,
    params: { totalCents, limitCents },
  });
  const ways = [screening.subcontractingPossible, screening.apprenticeshipsPossible];
  if (ways.includes('yes')) reasons.push({ key: 'waysAvailable', met: true, params: {} });
  else if (ways.every((w) => w === 'no'))
    reasons.push({ key: 'waysUnavailable', met: false, params: {} });

  let recommendation: ScreeningRecommendation;
  if (screening.labourIntensive === 'no') recommendation = 'notRecommended';
  else if (screening.labourIntensive === 'unknown') recommendation = 'incomplete';
  else if (longEnough && largeEnough) recommendation = 'recommended';
  else if (longEnough || largeEnough) recommendation = 'consider';
  else recommendation = 'notRecommended';
  return { recommendation, reasons };
}
