import { describe, expect, it } from 'vitest';
import {
  CLAUSE_STEPS,
  clauseStepOf,
} from '../../../renderer/src/features/employmentClause/clauseSteps';
import { createTranslator } from '../../../shared/i18n';
import { employmentClauseTexts } from '../../../shared/i18n/features/employmentClause';
import { fieldLabel } from '../../../shared/i18n/fieldLabels';
import { catalogLeaves } from './catalogLeaves';

describe('employment clause phase texts', () => {
  it('never name the former TE office, in any language (TE24 reform, 1.1.2025)', () => {
    const found: string[] = [];
    for (const [language, catalog] of Object.entries(employmentClauseTexts)) {
      for (const [key, text] of catalogLeaves(catalog)) {
        if (
          /\bTE[- ]?(toimisto|palvelu|office|byrå)|työ- ja elinkeinotoimisto|arbets- och näringsbyrå/iu.test(
            text,
          )
        ) {
          found.push(`${language}.${key}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('name the municipal employment services where eligibility is confirmed', () => {
    expect(employmentClauseTexts.fi.targetGroups.confirmText).toContain(
      'Kunnan työllisyyspalvelut',
    );
    expect(employmentClauseTexts.sv.targetGroups.confirmText).toContain(
      'Kommunens sysselsättningstjänster',
    );
    expect(employmentClauseTexts.en.targetGroups.confirmText).toContain(
      'municipal employment services',
    );
  });
});

describe('field labels of the clause', () => {
  it('name the guarded free-text fields in the words of the form', () => {
    const fi = createTranslator('fi');
    expect(fieldLabel(fi, 'employmentClause.terms.employmentServicesUnit')).toBe(
      employmentClauseTexts.fi.targetGroups.servicesUnit,
    );
    expect(fieldLabel(fi, 'employmentClause.notUsedReason')).toBe(
      employmentClauseTexts.fi.decision.notUsedReason,
    );
    expect(fieldLabel(createTranslator('sv'), 'employmentClause.notes')).toBe(
      employmentClauseTexts.sv.terms.notes,
    );
  });
});

describe('clauseStepOf (the step in the URL)', () => {
  it('returns a known step as such and the first step for a missing or unknown one', () => {
    for (const step of CLAUSE_STEPS) expect(clauseStepOf(step)).toBe(step);
    expect(clauseStepOf(undefined)).toBe('decision');
    expect(clauseStepOf('value')).toBe('decision');
  });
});
