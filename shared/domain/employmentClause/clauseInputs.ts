import type { Procurement } from '../procurement/procurement';
import type { Amount, ContractTerm } from '../planning/valuation';
import { contractYears, type ObligationInput } from './obligation';

/**
 * The annual value of one amount, VAT excluded: an annual amount as such, a monthly amount
 * × 12, a total for the base period ÷ base months × 12 (rounded to the cent). Additional
 * purchases (options) are not part of the annual value the clause is measured against.
 */
export function annualValueOfAmount(amount: Amount, term: ContractTerm): number {
  switch (amount.basis) {
    case 'annual':
      return amount.amountCents;
    case 'monthly':
      return amount.amountCents * 12;
    case 'total':
      return term.kind === 'fixed' && term.baseMonths > 0
        ? Math.round((amount.amountCents * 12) / term.baseMonths)
        : 0;
    default:
      return 0;
  }
}

/**
 * The annual contract value the clause is measured against: the undivided procurement's, or
 * the sum of the lots the clause covers (all lots when none is chosen).
 */
export function clauseAnnualValueCents(p: Procurement): number {
  const { term } = p.planning.valuation;
  if (p.lots.length === 0) return annualValueOfAmount(p.planning.valuation.undivided, term);
  const chosen = new Set(p.employmentClause.lotIds);
  return p.lots
    .filter((lot) => chosen.size === 0 || chosen.has(lot.id))
    .reduce((sum, lot) => sum + annualValueOfAmount(lot.value, term), 0);
}

/** The calculator's input from the procurement's planning data. */
export function obligationInputOf(p: Procurement): ObligationInput {
  const { years, indefinite } = contractYears(
    p.planning.valuation.term,
    p.employmentClause.includeExtension,
  );
  return { annualValueCents: clauseAnnualValueCents(p), years, indefinite };
}
