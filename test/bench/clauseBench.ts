import { clauseProblems } from '../../shared/domain/employmentClause/clauseCheck';
import {
  clauseAnnualValueCents,
  obligationInputOf,
} from '../../shared/domain/employmentClause/clauseInputs';
import { employmentClauseText } from '../../shared/domain/employmentClause/clauseText';
import { computeObligation } from '../../shared/domain/employmentClause/obligation';
import { noticeFieldsOf } from '../../shared/domain/employmentClause/noticeFields';
import { newProcurement, type Procurement } from '../../shared/domain/procurement/procurement';
import { percentile, timeSync } from './measure';

/**
 * A large clause: 1 000 000 € a year, 4 base years + 6 one-year options (10 contract years),
 * share of annual value, every target group and way, a penalty.
 */
function clauseProcurement(): Procurement {
  const p = newProcurement({
    id: '11111111-1111-4111-8111-111111111111',
    title: 'Siivous',
    now: '2026-12-01T10:00:00.000Z',
  });
  p.planning.valuation.undivided = {
    basis: 'annual',
    amountCents: 100_000_000,
    additionalPurchasesCents: 0,
  };
  p.planning.valuation.term = {
    kind: 'fixed',
    baseMonths: 48,
    options: [
      { id: '22222222-2222-4222-8222-222222222222', count: 6, months: 12, likely: true, note: '' },
    ],
    extensionMonths: 0,
  };
  const c = p.employmentClause;
  c.decision = 'use';
  c.form = 'awardCriterion';
  c.targetGroups = [
    'longTermUnemployed',
    'unemployedUnder30',
    'partiallyAbleToWork',
    'immigrants',
    'olderUnemployed',
    'rehabilitativeWorkActivity',
  ];
  c.obligation = {
    method: 'shareOfAnnualValue',
    sharePercent: 5,
    monthlyLabourCostCents: 350_000,
    employerCostsIncluded: true,
  };
  c.terms.penalty = {
    kind: 'perMissingPersonMonth',
    amountCents: 150_000,
    capPercentOfAnnualValue: 10,
  };
  return p;
}

/**
 * Employment clause bench (issue 11): what the phase recomputes on one keystroke in the share
 * field — the obligation, the checks and the preview text (one variant, one language) — must
 * leave most of a frame to React (goal p95 ≤ 8 ms of the 16 ms). The notice fields (three
 * texts) are measured apart, as they are computed on their own step only (goal p95 ≤ 20 ms).
 */
export function benchClause(): Record<string, number> {
  const p = clauseProcurement();
  const keystroke = (share: number) => {
    const clause = { ...p.employmentClause, obligation: { ...p.employmentClause.obligation } };
    if (clause.obligation.method === 'shareOfAnnualValue') clause.obligation.sharePercent = share;
    const obligation = computeObligation(
      clause.obligation,
      clause.counting.rounding,
      obligationInputOf(p),
    );
    clauseProblems(clause, obligation);
    return employmentClauseText({
      clause,
      obligation,
      annualValueCents: clauseAnnualValueCents(p),
      variant: 'callForTenders',
      language: 'fi',
    });
  };
  for (let i = 0; i < 20; i++) keystroke(1 + (i % 9));
  const runs = Array.from({ length: 200 }, (_, i) => timeSync(() => keystroke(1 + (i % 9))));
  const notice = Array.from({ length: 50 }, () => timeSync(() => noticeFieldsOf(p)));
  const figures = {
    keystrokePreviewP95Ms: percentile(runs, 95),
    noticeFieldsP95Ms: percentile(notice, 95),
  };
  console.log(
    `clause keystroke → preview: p95 ${figures.keystrokePreviewP95Ms} ms (goal ≤ 8 ms); notice fields p95 ${figures.noticeFieldsP95Ms} ms`,
  );
  return figures;
}
