import type { Lot } from '../procurement/lot';
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
 * True when the clause covers the lot: every lot when the clause names none, otherwise the
 * lots it names. An id of a lot deleted since is kept in the clause (so undoing the deletion
 * brings the coverage back) but covers nothing.
 */
export function coversLot(lotIds: readonly string[], lotId: string): boolean {
  return lotIds.length === 0 || lotIds.includes(lotId);
}

/**
 * The lots the clause covers, in lot order: all lots when none is chosen, otherwise the
 * chosen ones that still exist (empty when every chosen lot was deleted: see clauseProblems).
 */
export function coveredLots(p: Procurement): Lot[] {
  return p.lots.filter((lot) => coversLot(p.employmentClause.lotIds, lot.id));
}

/**
 * The annual contract value the clause is measured against: the undivided procurement's, or
 * the sum of the lots the clause covers ({@link coveredLots}).
 */
export function clauseAnnualValueCents(p: Procurement): number {
  const { term } = p.planning.valuation;
  if (p.lots.length === 0) return annualValueOfAmount(p.planning.valuation.undivided, term);
  return coveredLots(p).reduce((sum, lot) => sum + annualValueOfAmount(lot.value, term), 0);
}

/** The calculator's input from the procurement's planning data. */
export function obligationInputOf(p: Procurement): ObligationInput {
  const { years, indefinite } = contractYears(
    p.planning.valuation.term,
    p.employmentClause.includeExtension,
  );
  const oneOff = p.planning.valuation.term.kind === 'oneOff';
  return { annualValueCents: clauseAnnualValueCents(p), years, indefinite, oneOff };
}
