import type { PersonalDataExemption } from '../../domain/common/personalDataRegistry';
import { emptyCriteriaPlan } from '../../domain/criteria/criteriaPlan';
import { emptyDocumentSettings } from '../../domain/documents/documentSettings';
import { emptyEmploymentClause } from '../../domain/employmentClause/employmentClause';
import { defaultValuationChoices } from '../../domain/planning/valuation';
import type { ProcurementV2 } from './v2';

/**
 * Migration 2 → 3 (criteria, employment clause and the planning corrections): keeps every
 * version 2 field and adds each new phase's empty data. While version 3 is being built the
 * new phases' empty values come from their modules; they are written out here, frozen, when
 * version 3 is released.
 */
export function migrateV2ToV3(p: ProcurementV2) {
  return {
    ...p,
    planning: {
      ...p.planning,
      // Planning corrections (issue 6): the 48-month service choice keeps the full term the
      // app counted before; no lot is under the small-lots exception.
      valuation: { ...p.planning.valuation, ...defaultValuationChoices },
    },
    criteria: emptyCriteriaPlan(),
    employmentClause: emptyEmploymentClause(),
    documents: emptyDocumentSettings(),
    // Personal-data guard: the officer's confirmed "not a personal identity code" matches.
    personalDataExemptions: [] as PersonalDataExemption[],
  };
}
