/**
 * The steps of the planning phase, in order; the id is the last part of the URL. Each step
 * holds what fits one laptop screen (1366 × 900) with the summary beside it (issue 7): the
 * value is typed on the step that shows its computation, the regime it decides is one step
 * on, and the timeline is split before the decision.
 */
export const PLANNING_STEPS = [
  'basics',
  'lots',
  'term',
  'value',
  'regime',
  'procedure',
  'timeline',
  'award',
  'screening',
] as const;
/** One step of the planning phase. */
export type PlanningStep = (typeof PLANNING_STEPS)[number];

/** The step named in the URL, or the first step for a missing or unknown one. */
export function planningStepOf(step: string | undefined): PlanningStep {
  return PLANNING_STEPS.find((s) => s === step) ?? 'basics';
}
