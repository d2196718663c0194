import { describe, expect, it } from 'vitest';
import { missingInputs } from '../../../shared/documents/readiness';
import { sampleDocumentInput } from '../../support/documentFixture';

describe('a document with incomplete inputs is never generated silently', () => {
  it('has nothing missing for the filled sample', () => {
    const missing = missingInputs(sampleDocumentInput('fi'), [
      'invitationToTender',
      'contractDraft',
    ]);
    expect(missing.get('invitationToTender')).toEqual([]);
    expect(missing.get('contractDraft')).toEqual([]);
  });

  it('lists each missing input with the phase and field to fix it', () => {
    const input = sampleDocumentInput('fi');
    input.organisation = { ...input.organisation, name: '' };
    input.procurement.cpv.main = null;
    input.procurement.planning.timeline.tenderDeadline = null;
    input.procurement.employmentClause.decision = 'undecided';
    const missing = missingInputs(input, ['invitationToTender', 'contractDraft']);
    expect(missing.get('invitationToTender')!.map((m) => m.code)).toEqual([
      'organisationName',
      'mainCpv',
      'tenderDeadline',
      'clauseUndecided',
    ]);
    expect(missing.get('invitationToTender')![1]!.at).toEqual({
      kind: 'phase',
      phase: 'planning',
      field: 'cpv.main',
    });
    expect(missing.get('contractDraft')!.map((m) => m.code)).toEqual([
      'organisationName',
      'clauseUndecided',
    ]);
  });

  it('flags a clause in use whose obligation is zero or incomplete', () => {
    const input = sampleDocumentInput('sv');
    input.procurement.employmentClause.targetGroups = [];
    expect(
      missingInputs(input, ['contractDraft'])
        .get('contractDraft')!
        .map((m) => m.code),
    ).toEqual(['clauseIncomplete']);
  });
});
