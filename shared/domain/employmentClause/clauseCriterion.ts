import {
  withEmploymentCommitment,
  type CriteriaSet,
  type ScoredCriterion,
} from '../criteria/criteriaPlan';
import { coversLot } from './clauseInputs';
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
 * (`before` is a snapshot of the clause as it was). While the clause is an award criterion,
 * the employment-commitment criterion is added or its parameters refreshed through the
 * criteria domain's entry point ({@link withEmploymentCommitment}): the offered extra
 * person-months per contract year score from 0 (baseline) up to the clause's cap, as the
 * clause text states. It goes into the common set and into the own set of every covered lot
 * that has one. It is taken out again of every set the clause no longer reaches: all of them
 * when the clause stops being an award criterion, the own set of a lot when the clause stops
 * covering that lot. A criterion added by hand while the clause was no award criterion is
 * left alone.
 */
export function syncEmploymentCriterion(
  p: Procurement,
  before: EmploymentClause,
  criterion: { newId: () => string; name: ScoredCriterion['name'] },
): void {
  const clause = p.employmentClause;
  type Slot = { get: () => CriteriaSet; put: (s: CriteriaSet) => void };
  const common: Slot = { get: () => p.criteria.common, put: (s) => (p.criteria.common = s) };
  const lotSlot = (o: (typeof p.criteria.lotOverrides)[number]): Slot => ({
    get: () => o.set,
    put: (s) => (o.set = s),
  });
  const reachedBy = (c: EmploymentClause): Slot[] =>
    isAwardCriterion(c)
      ? [
          common,
          ...p.criteria.lotOverrides.filter((o) => coversLot(c.lotIds, o.lotId)).map(lotSlot),
        ]
      : [];
  const now = isAwardCriterion(clause);
  if (now) {
    const params = {
      baselinePersonMonths: 0,
      capPersonMonths: clause.award.capExtraPersonMonthsPerYear,
    };
    for (const set of reachedBy(clause)) {
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
  }
  if (!isAwardCriterion(before)) return;
  // Sets the clause reached before and reaches no more (a lot it covered before or, when
  // it stops being an award criterion, covers now: an edit may narrow and switch at once).
  const dropped: Slot[] = [
    ...(now ? [] : [common]),
    ...p.criteria.lotOverrides
      .filter((o) =>
        now
          ? coversLot(before.lotIds, o.lotId) && !coversLot(clause.lotIds, o.lotId)
          : coversLot(before.lotIds, o.lotId) || coversLot(clause.lotIds, o.lotId),
      )
      .map(lotSlot),
  ];
  for (const set of dropped) {
    const current = set.get();
    if (!current.criteria.some((c) => c.kind === 'employmentCommitment')) continue;
    set.put({
      ...current,
      criteria: current.criteria.filter((c) => c.kind !== 'employmentCommitment'),
    });
  }
}
