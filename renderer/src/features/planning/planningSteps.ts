/** The steps of the planning phase, in order; the id is the last part of the URL. */
export const PLANNING_STEPS = ['basics', 'value', 'procedure', 'timeline', 'screening'] as const;
/** One step of the planning phase. */
export type PlanningStep = (typeof PLANNING_STEPS)[number];

/** The step named in the URL, or the first step for a missing or unknown one. */
export function planningStepOf(step: string | undefined): PlanningStep {
  return PLANNING_STEPS.find((s) => s === step) ?? 'basics';
}
