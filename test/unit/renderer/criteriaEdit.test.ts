import { describe, expect, it } from 'vitest';
import { compareTenders } from '../../../shared/domain/criteria/compareTenders';
import { emptyCriteriaPlan, overrideForLot } from '../../../shared/domain/criteria/criteriaPlan';
import {
  hasOwnSet,
  newTender,
  parseScoreInput,
  scaleLevels,
  scoringOfKind,
  setAnswerReason,
  setAnswerValue,
  setOf,
  setPrice,
  setRequirement,
  tracedOf,
} from '../../../renderer/src/features/criteria/criteriaEdit';
import { criteriaStepOf } from '../../../renderer/src/features/criteria/criteriaSteps';
import {
  CRIT_A,
  ITEM,
  makeRecord,
  makeSet,
  makeTender,
  tenderId,
  yesNo,
} from '../criteria/fixtures';

const LOT = '00000000-0000-4000-8000-0000000000f1';

describe('criteria UI helpers (pure; the rules stay in shared/domain/criteria)', () => {
  it('edits the lot’s own set when it has one, the common set otherwise', () => {
    const plan = emptyCriteriaPlan();
    expect(setOf(plan, LOT)).toBe(plan.common);
    expect(hasOwnSet(plan, LOT)).toBe(false);
    const own = overrideForLot(plan, LOT);
    expect(setOf(own, LOT)).toBe(own.lotOverrides[0]!.set);
    expect(hasOwnSet(own, LOT)).toBe(true);
    expect(hasOwnSet(own, null)).toBe(false);
  });

  it('reads a score as typed: empty is unanswered, a comma or a point, anything else refused', () => {
    expect(parseScoreInput('')).toEqual({ ok: true, value: null });
    expect(parseScoreInput(' 3 ')).toEqual({ ok: true, value: 3 });
    expect(parseScoreInput('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseScoreInput('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseScoreInput('1 000')).toEqual({ ok: true, value: 1000 });
    expect(parseScoreInput('kolme')).toMatchObject({ ok: false });
    expect(parseScoreInput('1,2,3')).toMatchObject({ ok: false });
    // As amounts are read: a dot before three digits groups thousands, a comma is ambiguous.
    expect(parseScoreInput('1.500')).toEqual({ ok: true, value: 1500 });
    expect(parseScoreInput('1,500')).toMatchObject({
      ok: false,
      refusal: { kind: 'ambiguousComma' },
    });
    expect(parseScoreInput('-2')).toMatchObject({ ok: false, refusal: { kind: 'negative' } });
    expect(parseScoreInput('\u200b4,5')).toEqual({ ok: true, value: 4.5 });
    expect(parseScoreInput('1O')).toMatchObject({ refusal: { kind: 'letterForDigit' } });
  });

  it('keeps written level descriptions when the scale changes and starts a scale at 0–4', () => {
    const levels = scaleLevels(2, [{ level: 1, description: { fi: 'Hyvä', sv: '', en: '' } }]);
    expect(levels.map((l) => [l.level, l.description.fi])).toEqual([
      [0, ''],
      [1, 'Hyvä'],
      [2, ''],
    ]);
    const scale = scoringOfKind({ kind: 'yesNo' }, 'scale');
    expect(scale).toMatchObject({ kind: 'scale', maxLevel: 4 });
    expect(scale.kind === 'scale' && scale.levels).toHaveLength(5);
    expect(scoringOfKind(scale, 'scale')).toBe(scale);
  });

  it('sets prices, answers, reasons and requirement checks, adding the rows when missing', () => {
    const tender = newTender(tenderId(1), 'Alfa Oy');
    setPrice(tender, ITEM, 10_000);
    setPrice(tender, ITEM, 12_000);
    setAnswerValue(tender, CRIT_A, 1);
    setAnswerReason(tender, CRIT_A, 'Todistus liitteenä.');
    setRequirement(tender, CRIT_A, { met: false });
    setRequirement(tender, CRIT_A, { reason: 'Ei liitettä.' });
    expect(tender.prices).toEqual([{ itemId: ITEM, unitPriceCents: 12_000 }]);
    expect(tender.answers).toEqual([
      { criterionId: CRIT_A, value: 1, reason: 'Todistus liitteenä.' },
    ]);
    expect(tender.requirements).toEqual([
      { requirementId: CRIT_A, met: false, reason: 'Ei liitettä.' },
    ]);
  });

  it('finds a clicked figure’s formula in the comparison result', () => {
    const set = makeSet(90, [yesNo(CRIT_A, 10)]);
    const outcome = compareTenders(set, makeRecord([makeTender(1, 100, { [CRIT_A]: 1 })]));
    if (!outcome.ok) throw new Error('not comparable');
    const result = outcome.tenders[0]!;
    expect(tracedOf(result, 'totalPoints')?.result).toBeCloseTo(100, 9);
    expect(tracedOf(result, 'pricePoints')?.formula).toBe('priceRatioToLowest');
    expect(tracedOf(result, CRIT_A)?.result).toBeCloseTo(10, 9);
    expect(tracedOf(result, '00000000-0000-4000-8000-000000000999')).toBeNull();
  });

  it('opens the builder for a missing or unknown step', () => {
    expect(criteriaStepOf(undefined)).toBe('builder');
    expect(criteriaStepOf('sensitivity')).toBe('sensitivity');
    expect(criteriaStepOf('x')).toBe('builder');
  });
});
