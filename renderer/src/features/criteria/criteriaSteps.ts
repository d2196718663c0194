/** The steps of the criteria phase, in order; the id is the last part of the URL. */
export const CRITERIA_STEPS = ['builder', 'payment', 'comparison', 'sensitivity'] as const;
/** One step of the criteria phase. */
export type CriteriaStep = (typeof CRITERIA_STEPS)[number];

/** The step named in the URL, or the first step for a missing or unknown one. */
export function criteriaStepOf(step: string | undefined): CriteriaStep {
  return CRITERIA_STEPS.find((s) => s === step) ?? 'builder';
}
