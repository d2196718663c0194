import { clauseProblems } from '../domain/employmentClause/clauseCheck';
import { obligationInputOf } from '../domain/employmentClause/clauseInputs';
import { computeObligation } from '../domain/employmentClause/obligation';
import type { Phase } from '../domain/procurement/phases';
import type { DocumentInput } from './invitationToTender';

/** The documents of the tender package. */
export const PACKAGE_DOCUMENTS = [
  'invitationToTender',
  'pricingForm',
  'contractDraft',
  'evaluationReport',
  'procurementReport',
  'decision',
] as const;
/** One document of the package. */
export type PackageDocument = (typeof PACKAGE_DOCUMENTS)[number];

/** Where the officer fixes a missing input: the settings page or a phase and field. */
export type FixLocation =
  { kind: 'settings'; field: string } | { kind: 'phase'; phase: Phase; field: string };

/** One thing a document needs and does not have yet. */
export interface MissingInput {
  /** Text key of the item (`documents.missing.<code>`). */
  code:
    | 'organisationName'
    | 'mainCpv'
    | 'procedure'
    | 'tenderDeadline'
    | 'clauseUndecided'
    | 'clauseIncomplete'
    | 'contractTerm'
    | 'tenderComparison'
    | 'comparisonInvalid'
    | 'pricingItems';
  at: FixLocation;
}

/**
 * What each chosen document still lacks, so a document with incomplete inputs is never
 * generated silently: the user sees the list, each item linked to the phase and field.
 */
export function missingInputs(
  input: DocumentInput,
  documents: readonly PackageDocument[],
): Map<PackageDocument, MissingInput[]> {
  const p = input.procurement;
  const common: MissingInput[] = [];
  if (input.organisation.name.trim() === '') {
    common.push({ code: 'organisationName', at: { kind: 'settings', field: 'organisation.name' } });
  }
  const clause = p.employmentClause;
  const clauseItems: MissingInput[] = [];
  if (clause.decision === 'undecided') {
    clauseItems.push({
      code: 'clauseUndecided',
      at: { kind: 'phase', phase: 'employmentClause', field: 'decision' },
    });
  } else if (clause.decision === 'use') {
    const obligation = computeObligation(
      clause.obligation,
      clause.counting.rounding,
      obligationInputOf(p),
    );
    if (
      clauseProblems(
        clause,
        obligation,
        p.lots.map((l) => l.id),
      ).some((x) => x.blocking)
    ) {
      clauseItems.push({
        code: 'clauseIncomplete',
        at: { kind: 'phase', phase: 'employmentClause', field: 'obligation' },
      });
    }
  }
  const result = new Map<PackageDocument, MissingInput[]>();
  for (const doc of documents) {
    const items = [...common];
    if (doc === 'invitationToTender') {
      if (!p.cpv.main)
        items.push({
          code: 'mainCpv',
          at: { kind: 'phase', phase: 'planning', field: 'cpv.main' },
        });
      if (!p.planning.procedure.kind) {
        items.push({
          code: 'procedure',
          at: { kind: 'phase', phase: 'planning', field: 'planning.procedure.kind' },
        });
      }
      if (!p.planning.timeline.tenderDeadline) {
        items.push({
          code: 'tenderDeadline',
          at: { kind: 'phase', phase: 'planning', field: 'planning.timeline.tenderDeadline' },
        });
      }
      items.push(...clauseItems);
    }
    if (doc === 'contractDraft') {
      items.push(...clauseItems);
    }
    result.set(doc, items);
  }
  return result;
}
