import { createContext, useContext } from 'react';
import type { PlanningAnalysis } from '../../../../shared/domain/planning/planningAnalysis';

/** The live planning analysis, computed once per edit by PlanningPhase and shared. */
export const PlanningAnalysisContext = createContext<PlanningAnalysis | null>(null);

/** The live planning analysis; only inside PlanningPhase. */
export function usePlanningAnalysis(): PlanningAnalysis {
  const analysis = useContext(PlanningAnalysisContext);
  if (!analysis) throw new Error('usePlanningAnalysis outside PlanningPhase');
  return analysis;
}
