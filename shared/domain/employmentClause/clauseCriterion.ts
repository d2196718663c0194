import {
  withEmploymentCommitment,
  type CriteriaSet,
  type ScoredCriterion,
} from '../criteria/criteriaPlan';
import type { EmploymentClause } from './employmentClause';
import type { Procurement } from '../procurement/procurement';

/**
 * The employment clause as an award criterion feeds the criteria plan (issue 11 § 1: points
 * for a higher commitment, a scored criterion in the criteria builder): the rule that keeps
 * the two in step, used by the clause phase on every edit of the clause.
 */

/** True when the clause is used as an award criterion (it then feeds the criteria plan). */
export function isAwardCriterion(clause: EmploymentClause): boolean {
  return clause.decision === 'use' && clause.form === 'awardCriterion';
}

/**
 * Keeps the procurement's criteria plan in step with the clause after an edit of the clause
 * (`before` is the clause as it was). While the clause is an award criterion, the
 * employment-commitment criterion is added or its parameters refreshed through the criteria
 * domain's entry point ({@link withEmploymentCommitment}): the offered extra person-months per
 * contract year score from 0 (baseline) up to the clause's cap, as the clause text states. It
 * goes into the common set and into the own set of every covered lot that has one. When the
 * clause stops being an award criterion, the criterion is taken out of those sets again; a
 * criterion added by hand in the criteria phase is left alone otherwise.
 */
export function syncEmploymentCriterion(
  p: Procurement,
  before: EmploymentClause,
  criterion: { newId: () => string; name: ScoredCriterion['name'] },
): void {
  const clause = p.employmentClause;
  const covered = new Set(clause.lotIds);
  const setsOf = (): { get: () => CriteriaSet; put: (s: CriteriaSet) => void }[] => [
    { get: () => p.criteria.common, put: (s) => (p.criteria.common = s) },
    ...p.criteria.lotOverrides
      .filter((o) => covered.size === 0 || covered.has(o.lotId))
      .map((o) => ({ get: () => o.set, put: (s: CriteriaSet) => (o.set = s) })),
  ];
  if (isAwardCriterion(clause)) {
    const params = {
      baselinePersonMonths: 0,
      capPersonMonths: clause.award.capExtraPersonMonthsPerYear,
    };
    for (const set of setsOf()) {
      const current = set.get();
      const existing = current.criteria.find((c) => c.kind === 'employmentCommitment');
      if (
        existing?.kind === 'employmentCommitment' &&
        existing.params?.baselinePersonMonths === params.baselinePersonMonths &&
        existing.params.capPersonMonths === params.capPersonMonths
      ) {
        continue;
      }
      set.put(
        withEmploymentCommitment(current, { id: criterion.newId(), name: criterion.name }, params),
      );
    }
  } else if (isAwardCriterion(before)) {
    for (const set of setsOf()) {
      const current = set.get();
      if (!current.criteria.some((c) => c.kind === 'employmentCommitment')) continue;
      set.put({
        ...current,
        criteria: current.criteria.filter((c) => c.kind !== 'employmentCommitment'),
      });
    }
  }
}
