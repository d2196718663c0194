import { describe, expect, it } from 'vitest';
import { amountForTermKind } from '../../../shared/domain/planning/valuation';
import { contractPeriods, periodEnd } from '../../../shared/domain/planning/contractPeriods';
import {
  emptyScreening,
  exceedsScreeningLimit,
  screenEmploymentClause,
} from '../../../shared/domain/planning/employmentScreening';
import { estimateValue } from '../../../shared/domain/planning/estimatedValue';
import {
  effectiveProcedure,
  isProcedureAllowed,
  PROCEDURE_GUIDE,
} from '../../../shared/domain/planning/procedureGuide';
import { procurementSchema } from '../../../shared/domain/procurement/procurement';
import { determineRegime } from '../../../shared/domain/planning/regime';
import {
  buildSampleProcurement,
  type SampleTexts,
} from '../../../shared/domain/procurement/sampleProcurement';
import { procedureKindSchema } from '../../../shared/domain/planning/procedureChoice';
import { isWorkingDay } from '../../../shared/domain/common/finnishHolidays';

describe('procedure guide (hankintalaki 32–52 §)', () => {
  it('covers every procedure option exactly once', () => {
    expect(PROCEDURE_GUIDE.map((e) => e.kind).sort()).toEqual(
      [...procedureKindSchema.options].sort(),
    );
  });

  it('allows a small procurement only below the national threshold (25 § 2 mom.)', () => {
    expect(isProcedureAllowed('smallProcurement', 'belowNational')).toBe(true);
    expect(isProcedureAllowed('smallProcurement', 'national')).toBe(false);
    expect(isProcedureAllowed('smallProcurement', 'eu')).toBe(false);
  });

  it('requires a written justification for a direct award (40–41 §)', () => {
    expect(PROCEDURE_GUIDE.find((e) => e.kind === 'directAward')?.requiresJustification).toBe(true);
  });

  it('marks negotiated procedure and competitive dialogue as conditional in EU procurements (34 §, 36 §)', () => {
    const conditional = PROCEDURE_GUIDE.filter((e) => e.conditionalInEu).map((e) => e.kind);
    expect(conditional).toEqual(expect.arrayContaining(['negotiated', 'competitiveDialogue']));
  });

  it('times a framework agreement by the procedure used to award it (42 §)', () => {
    expect(effectiveProcedure('frameworkAgreement', 'restricted')).toBe('restricted');
    expect(effectiveProcedure('open', 'restricted')).toBe('open');
  });
});

describe('contract periods', () => {
  it('ends a 12-month period the day before the same date a year later', () => {
    expect(periodEnd('2027-06-01', 12)).toBe('2028-05-31');
  });

  it('places option years one after another after the base period', () => {
    const periods = contractPeriods(
      {
        kind: 'fixed',
        baseMonths: 24,
        options: [{ id: 'o', count: 2, months: 12, likely: true, note: '' }],
        extensionMonths: 0,
      },
      '2027-09-01',
    );
    expect(periods.base).toEqual({ start: '2027-09-01', end: '2029-08-31' });
    expect(periods.options.map((o) => [o.key, o.start, o.end])).toEqual([
      ['o#1', '2029-09-01', '2030-08-31'],
      ['o#2', '2030-09-01', '2031-08-31'],
    ]);
    expect(periods.latestEnd).toBe('2031-08-31');
  });
});

describe('employment clause screening (DOMAIN § 5)', () => {
  const limit = 20_000_000;
  const screen = (
    labourIntensive: 'yes' | 'no' | 'unknown',
    termMonths: number | null,
    totalCents: number,
  ) =>
    screenEmploymentClause({
      screening: { ...emptyScreening, labourIntensive },
      termMonths,
      totalCents,
      limitCents: limit,
    });

  it('recommends the clause for a labour-intensive contract of at least 12 months above the limit', () => {
    expect(screen('yes', 24, 30_000_000).recommendation).toBe('recommended');
  });

  it('does not count a value exactly on the limit as over it (DOMAIN § 5: "over 200 000 €")', () => {
    // 200 000,00 € with a 200 000 € limit: not over → only "consider" (12 months is long enough).
    const result = screen('yes', 12, limit);
    expect(result.recommendation).toBe('consider');
    expect(result.reasons.find((r) => r.key === 'valueBelow')?.params).toEqual({
      totalCents: limit,
      limitCents: limit,
    });
    expect(exceedsScreeningLimit(limit, limit)).toBe(false);
    expect(exceedsScreeningLimit(limit + 1, limit)).toBe(true);
    expect(screen('yes', 12, limit + 1).recommendation).toBe('recommended');
  });

  it('suggests considering it when one of length or value falls short', () => {
    expect(screen('yes', 6, 30_000_000).recommendation).toBe('consider');
    expect(screen('yes', 36, 1_000_000).recommendation).toBe('consider');
  });

  it('does not recommend it for work that is not labour-intensive', () => {
    expect(screen('no', 48, 90_000_000).recommendation).toBe('notRecommended');
  });

  it('asks for an answer while labour intensity is unknown', () => {
    expect(screen('unknown', 24, 30_000_000).recommendation).toBe('incomplete');
  });

  it('treats a contract until further notice as long enough', () => {
    const result = screen('yes', null, 30_000_000);
    expect(result.recommendation).toBe('recommended');
    expect(result.reasons.map((r) => r.key)).toContain('durationIndefinite');
  });

  it('lists ways to fulfil the clause as a reason when subcontracting is possible', () => {
    const result = screenEmploymentClause({
      screening: { ...emptyScreening, labourIntensive: 'yes', subcontractingPossible: 'yes' },
      termMonths: 24,
      totalCents: 30_000_000,
      limitCents: limit,
    });
    expect(result.reasons.map((r) => r.key)).toContain('waysAvailable');
  });
});

describe('sample procurement (seed 000: Tampere rehabilitative work activity)', () => {
  const texts: SampleTexts = {
    title: 'Esimerkki',
    referenceNumber: 'ESIM-1',
    description: 'Kuvaus',
    responsiblePerson: 'Asiantuntija',
    lots: ['1A', '1B', '1C', '2'].map((code) => ({ code, name: `Osa ${code}`, description: '' })),
    valuationNotes: '',
    screeningNotes: '',
  };
  const sample = buildSampleProcurement({
    ids: {
      procurement: '00000000-0000-4000-8000-000000000001',
      lots: [2, 3, 4, 5].map((n) => `00000000-0000-4000-8000-00000000000${n}`),
      options: '00000000-0000-4000-8000-000000000009',
    },
    now: '2026-11-22T10:00:00.000Z',
    today: '2026-11-22',
    texts,
  });

  it('is a valid stored procurement', () => {
    expect(procurementSchema.safeParse(sample).success).toBe(true);
  });

  it('has four lots worth 24 M€ with 2 + 1 + 1 years, a liite E main CPV code and an EU regime', () => {
    const estimate = estimateValue(sample.planning.valuation, sample.lots, sample.category);
    expect(sample.lots.map((l) => l.code)).toEqual(['1A', '1B', '1C', '2']);
    expect(estimate.totalCents).toBe(2_400_000_000);
    expect(sample.cpv.main).toBe('85312510');
    const regime = determineRegime({
      authorityType: sample.authorityType,
      category: sample.category,
      totalCents: estimate.totalCents,
      noticeDate: sample.planning.timeline.noticeSent,
      today: '2026-11-22',
    });
    expect(regime.ok && regime.regime).toBe('eu');
  });

  it('plans its dates in the future, in order, on working days', () => {
    const t = sample.planning.timeline;
    const dates = [
      t.marketDialogueStart,
      t.marketDialogueEnd,
      t.noticeSent,
      t.questionsDeadline,
      t.tenderDeadline,
      t.evaluationEnd,
      t.decision,
      t.contractStart,
    ];
    expect(dates.every((d) => d !== null && d > '2026-11-22')).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    for (const d of [t.noticeSent, t.tenderDeadline, t.decision])
      expect(isWorkingDay(d!)).toBe(true);
    expect(Object.keys(t.optionDecisions)).toHaveLength(2);
  });
});

describe('changing the contract term kind', () => {
  it('turns a one-off total into a monthly amount when the contract becomes indefinite (30 §)', () => {
    const total = { basis: 'total' as const, amountCents: 100, additionalPurchasesCents: 0 };
    expect(amountForTermKind(total, 'indefinite').basis).toBe('monthly');
    expect(amountForTermKind(total, 'fixed').basis).toBe('total');
    expect(amountForTermKind({ ...total, basis: 'annual' }, 'indefinite').basis).toBe('annual');
  });
});
