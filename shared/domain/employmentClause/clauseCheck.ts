import type { EmploymentClause } from './employmentClause';
import { FULFILMENT_WAYS } from './employmentClause';
import type { ObligationIssue, ObligationResult } from './obligation';

/** Something missing or contradictory in the clause; `blocking` ones stop the documents. */
export type ClauseProblem =
  | { kind: 'undecided'; blocking: true }
  | { kind: 'reasonMissing'; blocking: true }
  | { kind: 'noTargetGroups'; blocking: true }
  | { kind: 'noFulfilmentWay'; blocking: true }
  | { kind: 'penaltyAmountMissing'; blocking: true }
  | { kind: 'penaltyCapZero'; blocking: true }
  | { kind: 'servicesUnitMissing'; blocking: false }
  | { kind: 'coveredLotsDeleted'; blocking: true }
  | { kind: 'minHoursAboveFullTime'; blocking: true }
  | { kind: 'obligation'; issue: ObligationIssue; blocking: boolean };

/** Obligation issues that only inform (the numbers are still right). */
const INFORMATIVE: ReadonlySet<ObligationIssue['kind']> = new Set(['indefiniteShownFor48Months']);

/**
 * What the officer must still decide or fix, in form order. A clause that is not used needs
 * its reason recorded; a clause in use needs target groups, at least one way to fulfil, an
 * obligation above zero and, when there is a penalty, its amount. With `lotIds` (the
 * procurement's lots), a clause whose chosen lots were all deleted is flagged: it would
 * otherwise cover nothing without a word (its obligation measured against 0 €).
 * A minimum working time above the full-time hours contradicts itself (nobody could work
 * part time pro rata), so it is flagged too.
 */
export function clauseProblems(
  clause: EmploymentClause,
  obligation: ObligationResult,
  lotIds?: readonly string[],
): ClauseProblem[] {
  if (clause.decision === 'undecided') return [{ kind: 'undecided', blocking: true }];
  if (clause.decision === 'notUsed') {
    return clause.notUsedReason.trim() === '' ? [{ kind: 'reasonMissing', blocking: true }] : [];
  }
  const problems: ClauseProblem[] = [];
  if (
    lotIds !== undefined &&
    lotIds.length > 0 &&
    clause.lotIds.length > 0 &&
    !clause.lotIds.some((id) => lotIds.includes(id))
  ) {
    problems.push({ kind: 'coveredLotsDeleted', blocking: true });
  }
  if (clause.form !== 'reservedContract' && clause.targetGroups.length === 0) {
    problems.push({ kind: 'noTargetGroups', blocking: true });
  }
  if (clause.form !== 'reservedContract') {
    if (!FULFILMENT_WAYS.some((w) => clause.fulfilment[w].allowed)) {
      problems.push({ kind: 'noFulfilmentWay', blocking: true });
    }
    for (const issue of obligation.issues) {
      problems.push({ kind: 'obligation', issue, blocking: !INFORMATIVE.has(issue.kind) });
    }
    if (clause.counting.minHoursPerWeek > clause.counting.fullTimeHoursPerWeek) {
      problems.push({ kind: 'minHoursAboveFullTime', blocking: true });
    }
    const penalty = clause.terms.penalty;
    if (penalty.kind === 'perMissingPersonMonth' && penalty.amountCents <= 0) {
      problems.push({ kind: 'penaltyAmountMissing', blocking: true });
    }
    // A cap of 0 % of the annual value means the penalty can never be charged.
    if (penalty.kind === 'perMissingPersonMonth' && penalty.capPercentOfAnnualValue <= 0) {
      problems.push({ kind: 'penaltyCapZero', blocking: true });
    }
    if (clause.terms.employmentServicesUnit.trim() === '') {
      problems.push({ kind: 'servicesUnitMissing', blocking: false });
    }
  }
  return problems;
}
