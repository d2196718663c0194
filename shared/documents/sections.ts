import { clauseAnnualValueCents, obligationInputOf } from '../domain/employmentClause/clauseInputs';
import { employmentClauseText, type ClauseVariant } from '../domain/employmentClause/clauseText';
import { computeObligation } from '../domain/employmentClause/obligation';
import { formatDate } from '../format';
import type { DocumentT } from './documentText';
import type { DocumentInput } from './invitationToTender';
import type { Block } from './word/blocks';

/** Sections several documents of the package share, so they say the same thing. */

/** The contract period, options and extension as paragraphs (namespace: the document's texts). */
export function termBlocks(input: DocumentInput, t: DocumentT, ns: 'invitationToTender'): Block[] {
  const { term } = input.procurement.planning.valuation;
  const start = input.procurement.planning.timeline.contractStart;
  const months = (n: number) => t('common.months', { count: n });
  const out: Block[] = [];
  if (term.kind === 'indefinite') {
    out.push({ kind: 'paragraph', text: t(`${ns}.term.indefinite`) });
  } else if (term.kind === 'fixed') {
    out.push({
      kind: 'paragraph',
      text: start
        ? t(`${ns}.term.fixedWithStart`, {
            months: months(term.baseMonths),
            start: formatDate(start, input.language),
          })
        : t(`${ns}.term.fixed`, { months: months(term.baseMonths) }),
    });
    for (const option of term.options) {
      out.push({
        kind: 'paragraph',
        text: t(`${ns}.term.option`, {
          count: option.count,
          months: months(option.months),
        }),
      });
    }
    if (term.extensionMonths > 0) {
      out.push({
        kind: 'paragraph',
        text: t(`${ns}.term.extension`, { months: months(term.extensionMonths) }),
      });
    }
  } else {
    out.push({ kind: 'paragraph', text: t(`${ns}.term.oneOff`) });
  }
  return out;
}

/** The employment clause's section (call for tenders or contract), empty when not used. */
export function employmentClauseBlocks(input: DocumentInput, variant: ClauseVariant): Block[] {
  const p = input.procurement;
  const clause = p.employmentClause;
  if (clause.decision !== 'use') return [];
  const obligation = computeObligation(
    clause.obligation,
    clause.counting.rounding,
    obligationInputOf(p),
  );
  const text = employmentClauseText({
    clause,
    obligation,
    annualValueCents: clauseAnnualValueCents(p),
    variant,
    language: input.language,
  });
  return text.paragraphs.map((para) => ({ kind: 'paragraph', text: para.text }));
}
