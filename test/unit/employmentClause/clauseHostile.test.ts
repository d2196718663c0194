import { current, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { clauseProblems } from '../../../shared/domain/employmentClause/clauseCheck';
import { syncEmploymentCriterion } from '../../../shared/domain/employmentClause/clauseCriterion';
import {
  clauseAnnualValueCents,
  coveredLots,
  obligationInputOf,
} from '../../../shared/domain/employmentClause/clauseInputs';
import {
  parseClauseHoursInput,
  parseClauseMonthsInput,
  parseClauseWholeInput,
} from '../../../shared/domain/employmentClause/clauseNumbers';
import { employmentClauseText } from '../../../shared/domain/employmentClause/clauseText';
import { computeObligation } from '../../../shared/domain/employmentClause/obligation';
import { scanRecord } from '../../../shared/domain/common/personalDataRegistry';
import { emptyCriteriaSet } from '../../../shared/domain/criteria/criteriaPlan';
import { newLot } from '../../../shared/domain/procurement/lot';
import { newProcurement, type Procurement } from '../../../shared/domain/procurement/procurement';

// Defects found by using the clause phase the way a procurement officer would (review of
// issue 11): each case failed before its fix.

const NAME = { fi: 'Työllistämissitoumus', sv: 'Sysselsättningsåtagande', en: 'Employment' };
const LOT_A = '33333333-3333-4333-8333-333333333333';
const LOT_B = '44444444-4444-4444-8444-444444444444';
let counter = 0;
const newId = () => `55555555-5555-4555-8555-${String(++counter).padStart(12, '0')}`;

/** Two lots of 500 000 € a year each, both with their own criteria set; clause in use. */
function twoLots(): Procurement {
  const p = newProcurement({
    id: '11111111-1111-4111-8111-111111111111',
    title: 'Siivous',
    now: '2026-12-01T10:00:00.000Z',
  });
  const a = { ...newLot(LOT_A, []), code: '1' };
  const b = { ...newLot(LOT_B, [a]), code: '2' };
  a.value = { basis: 'annual', amountCents: 50_000_000, additionalPurchasesCents: 0 };
  b.value = { basis: 'annual', amountCents: 50_000_000, additionalPurchasesCents: 0 };
  p.lots = [a, b];
  p.planning.valuation.term = { kind: 'fixed', baseMonths: 24, options: [], extensionMonths: 0 };
  p.criteria.lotOverrides = [
    { lotId: LOT_A, set: emptyCriteriaSet() },
    { lotId: LOT_B, set: emptyCriteriaSet() },
  ];
  p.employmentClause.decision = 'use';
  p.employmentClause.form = 'awardCriterion';
  return p;
}

/** A clause edit as the phase runs it: an Immer recipe, then the sync with a snapshot. */
function editClause(p: Procurement, change: (d: Procurement) => void): Procurement {
  return produce(p, (draft) => {
    const before = current(draft.employmentClause);
    change(draft);
    syncEmploymentCriterion(draft, before, { newId, name: NAME });
  });
}

const criteriaCounts = (p: Procurement) =>
  p.criteria.lotOverrides.map(
    (o) => o.set.criteria.filter((c) => c.kind === 'employmentCommitment').length,
  );

describe('clause coverage and the criteria plan', () => {
  it('takes the criterion out of a lot the clause no longer covers, and back in when covered again', () => {
    let p = editClause(twoLots(), (d) => {
      d.employmentClause.notes = '';
    });
    expect(criteriaCounts(p)).toEqual([1, 1]);
    p = editClause(p, (d) => {
      d.employmentClause.lotIds = [LOT_A];
    });
    expect(criteriaCounts(p)).toEqual([1, 0]);
    p = editClause(p, (d) => {
      d.employmentClause.lotIds = [];
    });
    expect(criteriaCounts(p)).toEqual([1, 1]);
  });

  it('takes the criterion out of every lot it was in when the clause stops being an award criterion after narrowing', () => {
    let p = editClause(twoLots(), (d) => {
      d.employmentClause.notes = '';
    });
    p = editClause(p, (d) => {
      d.employmentClause.form = 'contractCondition';
      d.employmentClause.lotIds = [LOT_A];
    });
    expect(criteriaCounts(p)).toEqual([0, 0]);
    expect(p.criteria.common.criteria).toEqual([]);
  });

  it('flags a clause whose chosen lots were all deleted instead of silently covering nothing', () => {
    const p = produce(twoLots(), (d) => {
      d.employmentClause.form = 'contractCondition';
      d.employmentClause.targetGroups = ['longTermUnemployed'];
      d.employmentClause.obligation = { method: 'fixed', unit: 'persons', quantityPerYear: 1 };
      d.employmentClause.lotIds = [LOT_B];
      d.lots = d.lots.filter((l) => l.id !== LOT_B);
    });
    expect(coveredLots(p)).toEqual([]);
    expect(clauseAnnualValueCents(p)).toBe(0);
    const r = computeObligation(
      p.employmentClause.obligation,
      p.employmentClause.counting.rounding,
      obligationInputOf(p),
    );
    const problems = clauseProblems(
      p.employmentClause,
      r,
      p.lots.map((l) => l.id),
    );
    expect(problems).toContainEqual({ kind: 'coveredLotsDeleted', blocking: true });
  });

  it('covers the remaining chosen lot when one of two chosen lots is deleted, without a problem', () => {
    const p = produce(twoLots(), (d) => {
      d.employmentClause.lotIds = [LOT_A, LOT_B];
      d.lots = d.lots.filter((l) => l.id !== LOT_B);
    });
    expect(coveredLots(p).map((l) => l.id)).toEqual([LOT_A]);
    expect(clauseAnnualValueCents(p)).toBe(50_000_000);
    const r = computeObligation(p.employmentClause.obligation, 'down', obligationInputOf(p));
    const kinds = clauseProblems(
      p.employmentClause,
      r,
      p.lots.map((l) => l.id),
    ).map((x) => x.kind);
    expect(kinds).not.toContain('coveredLotsDeleted');
  });
});

describe('counting rules that contradict each other', () => {
  it('flags a minimum working time above the full-time hours (pro rata could never apply)', () => {
    const p = produce(twoLots(), (d) => {
      d.employmentClause.form = 'contractCondition';
      d.employmentClause.counting.minHoursPerWeek = 40;
      d.employmentClause.counting.fullTimeHoursPerWeek = 37.5;
    });
    const r = computeObligation(p.employmentClause.obligation, 'down', obligationInputOf(p));
    expect(clauseProblems(p.employmentClause, r)).toContainEqual({
      kind: 'minHoursAboveFullTime',
      blocking: true,
    });
  });
});

describe('months and hours as officers type them', () => {
  it.each([
    ['6', 6],
    ['6 kk', 6],
    ['6kk', 6],
    ['6 kuukautta', 6],
    ['6 mån', 6],
    ['6 månader', 6],
    ['6 months', 6],
    [' 12 kk. ', 12],
  ])('reads months %j as %d', (text, value) => {
    expect(parseClauseMonthsInput(text, { min: 1, max: 36 })).toEqual({ ok: true, value });
  });

  it.each([
    ['18,5', 18.5],
    ['18.5', 18.5],
    ['18,5 h', 18.5],
    ['18,5 t', 18.5],
    ['18,5 tuntia', 18.5],
    ['18,5 h/vko', 18.5],
    ['18,5 tim', 18.5],
    ['37,5 hours', 37.5],
  ])('reads hours %j as %d', (text, value) => {
    expect(parseClauseHoursInput(text, { min: 1, max: 48, maxDecimals: 1 })).toEqual({
      ok: true,
      value,
    });
  });

  it.each(['', 'kk', 'kuusi', '6 vuotta', '99999999', '0', '6,5 kk'])(
    'refuses months %j with a reason',
    (text) => {
      const read = parseClauseMonthsInput(text, { min: 1, max: 36 });
      expect(read.ok).toBe(false);
    },
  );

  it.each(['', 'h', '18,55', '99999999', '18,5 %', 'abc'])('refuses hours %j', (text) => {
    expect(parseClauseHoursInput(text, { min: 1, max: 48, maxDecimals: 1 }).ok).toBe(false);
  });
});

describe('procurement shapes: the text carries the calculator’s figures', () => {
  /** Undivided, 1 200 000 € a year, 5 % ÷ 3 500 € (= 17,14… → 17 a full year, rounded down). */
  function undivided(term: Procurement['planning']['valuation']['term']): Procurement {
    const p = newProcurement({
      id: '11111111-1111-4111-8111-111111111111',
      title: 'Siivous',
      now: '2026-12-01T10:00:00.000Z',
    });
    p.planning.valuation.term = term;
    p.planning.valuation.undivided = {
      basis: term.kind === 'oneOff' ? 'total' : 'annual',
      amountCents: 120_000_000,
      additionalPurchasesCents: 0,
    };
    p.employmentClause.decision = 'use';
    p.employmentClause.form = 'contractCondition';
    p.employmentClause.targetGroups = ['longTermUnemployed'];
    p.employmentClause.obligation = {
      method: 'shareOfAnnualValue',
      sharePercent: 5,
      monthlyLabourCostCents: 350_000,
      employerCostsIncluded: true,
    };
    return p;
  }
  const OPTION = '22222222-2222-4222-8222-222222222222';

  type Term = Procurement['planning']['valuation']['term'];
  it.each<[string, Term]>([
    ['indefinite', { kind: 'indefinite', baseMonths: 12, options: [], extensionMonths: 0 }],
    [
      'options and an extension',
      {
        kind: 'fixed',
        baseMonths: 18,
        options: [{ id: OPTION, count: 2, months: 12, likely: true, note: '' }],
        extensionMonths: 6,
      },
    ],
  ])('%s: the text states the per-year figure and the total', (_name, term) => {
    const p = undivided(structuredClone(term));
    p.employmentClause.includeExtension = true;
    const r = computeObligation(
      p.employmentClause.obligation,
      p.employmentClause.counting.rounding,
      obligationInputOf(p),
    );
    expect(r.perFullYear).toBe(17);
    const text = employmentClauseText({
      clause: p.employmentClause,
      obligation: r,
      annualValueCents: clauseAnnualValueCents(p),
      variant: 'contract',
      language: 'fi',
    })
      .paragraphs.map((x) => x.text)
      .join('\n')
      .replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('17 henkilötyökuukautta');
    if (term.kind === 'fixed') {
      // base 12 + 6 months (17 + 8,57… → 8), 2 × 12-month options (17 each), 6-month extension (8)
      expect(r.years.map((y) => y.amount)).toEqual([17, 8, 17, 17, 8]);
      expect(r.total).toBe(67);
      expect(text).toContain('67 henkilötyökuukautta');
    }
  });

  it('a one-off purchase is said to have no contract years, not to lack its term or value', () => {
    const p = undivided({ kind: 'oneOff', baseMonths: 12, options: [], extensionMonths: 0 });
    const r = computeObligation(
      p.employmentClause.obligation,
      p.employmentClause.counting.rounding,
      obligationInputOf(p),
    );
    expect(r.issues.map((i) => i.kind)).toEqual(['oneOffPurchase']);
  });
});

describe('a penalty that could never be charged', () => {
  it('flags a penalty per missing person-month capped at 0 % of the annual value', () => {
    const p = produce(twoLots(), (d) => {
      d.employmentClause.form = 'contractCondition';
      d.employmentClause.terms.penalty = {
        kind: 'perMissingPersonMonth',
        amountCents: 150_000,
        capPercentOfAnnualValue: 0,
      };
    });
    const r = computeObligation(p.employmentClause.obligation, 'down', obligationInputOf(p));
    expect(clauseProblems(p.employmentClause, r)).toContainEqual({
      kind: 'penaltyCapZero',
      blocking: true,
    });
  });
});

describe('days and weeks as officers type them', () => {
  it.each([
    ['30', 30],
    ['30 pv', 30],
    ['30 päivää', 30],
    ['30 vrk', 30],
    ['30 dagar', 30],
    ['30 days', 30],
  ])('reads days %j', (text, value) => {
    expect(parseClauseWholeInput(text, 'days', { min: 1, max: 120 })).toEqual({ ok: true, value });
  });
  it.each([
    ['4', 4],
    ['4 vk', 4],
    ['4 viikkoa', 4],
    ['4 veckor', 4],
    ['4 weeks', 4],
  ])('reads weeks %j', (text, value) => {
    expect(parseClauseWholeInput(text, 'weeks', { min: 1, max: 26 })).toEqual({ ok: true, value });
  });
  it.each([
    ['30 vk', 'days'],
    ['4 pv', 'weeks'],
    ['4 kk', 'weeks'],
  ] as const)('refuses %j as %s', (text, unit) => {
    expect(parseClauseWholeInput(text, unit, { min: 1, max: 120 }).ok).toBe(false);
  });
});

describe('the personal-data guard over the clause’s free texts', () => {
  it('finds an identity code in each free-text field of the clause, by its path (the field named)', () => {
    const p = produce(twoLots(), (d) => {
      d.employmentClause.notUsedReason = 'Ei käytetä, ks. 131052-308T';
      d.employmentClause.terms.employmentServicesUnit = 'Yhteyshenkilö\n131052-308T';
      d.employmentClause.notes = 'Ehdokas 131052-308T (liitetty tekstistä)';
    });
    const paths = scanRecord('procurement', p).map((f) => f.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'employmentClause.notUsedReason',
        'employmentClause.terms.employmentServicesUnit',
        'employmentClause.notes',
      ]),
    );
  });
});

describe('a contract until further notice', () => {
  it.each([
    ['fi', 'Koko sopimuskaudelta', 'niin kauan kuin sopimus on voimassa'],
    ['sv', 'För hela avtalsperioden', 'så länge avtalet är i kraft'],
    ['en', 'Over the whole contract period', 'for as long as the contract is in force'],
  ] as const)(
    '%s: the binding text states no total (the 48 months are a valuation figure only)',
    (language, totalWords, openEnded) => {
      const p = newProcurement({
        id: '11111111-1111-4111-8111-111111111111',
        title: 'Siivous',
        now: '2026-12-01T10:00:00.000Z',
      });
      p.planning.valuation.term = {
        kind: 'indefinite',
        baseMonths: 12,
        options: [],
        extensionMonths: 0,
      };
      p.planning.valuation.undivided = {
        basis: 'annual',
        amountCents: 120_000_000,
        additionalPurchasesCents: 0,
      };
      p.employmentClause.decision = 'use';
      p.employmentClause.targetGroups = ['longTermUnemployed'];
      const r = computeObligation(p.employmentClause.obligation, 'down', obligationInputOf(p));
      for (const variant of ['callForTenders', 'contract'] as const) {
        const text = employmentClauseText({
          clause: p.employmentClause,
          obligation: r,
          annualValueCents: clauseAnnualValueCents(p),
          variant,
          language,
        })
          .paragraphs.map((x) => x.text)
          .join('\n');
        expect(text).not.toContain(totalWords);
        expect(text).toContain(openEnded);
      }
    },
  );
});
