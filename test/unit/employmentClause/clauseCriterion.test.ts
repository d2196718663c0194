import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  isAwardCriterion,
  syncEmploymentCriterion,
} from '../../../shared/domain/employmentClause/clauseCriterion';
import { emptyCriteriaSet } from '../../../shared/domain/criteria/criteriaPlan';
import { validateCriteriaSet } from '../../../shared/domain/criteria/criteriaValidation';
import {
  newProcurement,
  procurementSchema,
  type Procurement,
} from '../../../shared/domain/procurement/procurement';

const NAME = {
  fi: 'Työllistämissitoumus',
  sv: 'Sysselsättningsåtagande',
  en: 'Employment commitment',
};
const LOT_A = '33333333-3333-4333-8333-333333333333';
const LOT_B = '44444444-4444-4444-8444-444444444444';
let counter = 0;
const newId = () => `55555555-5555-4555-8555-${String(++counter).padStart(12, '0')}`;

function base(): Procurement {
  const p = newProcurement({
    id: '11111111-1111-4111-8111-111111111111',
    title: 'Siivous',
    now: '2026-12-01T10:00:00.000Z',
  });
  p.employmentClause.decision = 'use';
  return p;
}

/** Runs a clause edit the way the phase does: an Immer recipe, then the sync. */
function editClause(p: Procurement, change: (p: Procurement) => void): Procurement {
  return produce(p, (draft) => {
    const before = { ...draft.employmentClause };
    change(draft);
    syncEmploymentCriterion(draft, before, { newId, name: NAME });
  });
}

describe('syncEmploymentCriterion (clause ↔ criteria plan)', () => {
  it('adds the employment commitment when the form becomes an award criterion, scored 0 … cap', () => {
    const p = editClause(base(), (d) => {
      d.employmentClause.form = 'awardCriterion';
    });
    expect(isAwardCriterion(p.employmentClause)).toBe(true);
    expect(p.criteria.common.criteria).toHaveLength(1);
    expect(p.criteria.common.criteria[0]).toMatchObject({
      kind: 'employmentCommitment',
      name: NAME,
      weightPercent: 0,
      params: { baselinePersonMonths: 0, capPersonMonths: 6 },
    });
    expect(procurementSchema.safeParse(p).success).toBe(true);
  });

  it('refreshes the cap without adding a second criterion and keeps the weight set in the criteria phase', () => {
    let p = editClause(base(), (d) => {
      d.employmentClause.form = 'awardCriterion';
    });
    p = produce(p, (d) => {
      d.criteria.common.criteria[0]!.weightPercent = 10;
      d.criteria.common.priceWeightPercent = 90;
    });
    const id = p.criteria.common.criteria[0]!.id;
    p = editClause(p, (d) => {
      d.employmentClause.award.capExtraPersonMonthsPerYear = 12;
    });
    expect(p.criteria.common.criteria).toHaveLength(1);
    expect(p.criteria.common.criteria[0]).toMatchObject({
      id,
      weightPercent: 10,
      params: { capPersonMonths: 12 },
    });
    expect(
      validateCriteriaSet(p.criteria.common).filter((i) => i.path.startsWith('criteria')),
    ).toEqual([]);
  });

  it('leaves the plan untouched by an edit that changes nothing relevant', () => {
    const p = editClause(base(), (d) => {
      d.employmentClause.form = 'awardCriterion';
    });
    const after = editClause(p, (d) => {
      d.employmentClause.notes = 'muistiinpano';
    });
    expect(after.criteria).toBe(p.criteria);
  });

  it('removes the criterion when the form changes to a contract condition or the clause is dropped', () => {
    const p = editClause(base(), (d) => {
      d.employmentClause.form = 'awardCriterion';
    });
    const condition = editClause(p, (d) => {
      d.employmentClause.form = 'contractCondition';
    });
    expect(condition.criteria.common.criteria).toEqual([]);
    const dropped = editClause(p, (d) => {
      d.employmentClause.decision = 'notUsed';
    });
    expect(dropped.criteria.common.criteria).toEqual([]);
  });

  it('never removes a criterion the officer added by hand while the clause was no award criterion', () => {
    let p = base();
    p = produce(p, (d) => {
      d.criteria.common.criteria.push({
        id: newId(),
        kind: 'employmentCommitment',
        name: NAME,
        weightPercent: 5,
        params: null,
      });
    });
    const after = editClause(p, (d) => {
      d.employmentClause.targetGroups = ['immigrants'];
    });
    expect(after.criteria.common.criteria).toHaveLength(1);
  });

  it('fills the own criteria set of each covered lot', () => {
    let p = base();
    p = produce(p, (d) => {
      d.criteria.lotOverrides = [
        { lotId: LOT_A, set: emptyCriteriaSet() },
        { lotId: LOT_B, set: emptyCriteriaSet() },
      ];
    });
    const all = editClause(p, (d) => {
      d.employmentClause.form = 'awardCriterion';
    });
    expect(all.criteria.lotOverrides.map((o) => o.set.criteria.length)).toEqual([1, 1]);
    const onlyA = editClause(p, (d) => {
      d.employmentClause.form = 'awardCriterion';
      d.employmentClause.lotIds = [LOT_A];
    });
    expect(onlyA.criteria.lotOverrides.map((o) => o.set.criteria.length)).toEqual([1, 0]);
  });
});
