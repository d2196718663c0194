/** The steps of the employment clause phase, in order; the id is the last part of the URL. */
export const CLAUSE_STEPS = [
  'decision',
  'targetGroups',
  'obligation',
  'terms',
  'text',
  'notice',
] as const;
/** One step of the employment clause phase. */
export type ClauseStep = (typeof CLAUSE_STEPS)[number];

/** The step named in the URL, or the first step for a missing or unknown one. */
export function clauseStepOf(step: string | undefined): ClauseStep {
  return CLAUSE_STEPS.find((s) => s === step) ?? 'decision';
}
