import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../shared/domain/common/personalIdentityCode';
import {
  compareRecord,
  compareTenders,
  type ComparisonOutcome,
} from '../../../shared/domain/criteria/compareTenders';
import { describeTraced, renderStatement } from '../../../shared/domain/criteria/criteriaText';
import {
  TENDER_COMPARISON_RECORD,
  tenderComparisonSchema,
} from '../../../shared/domain/criteria/tenderComparison';
import {
  CRIT_A,
  CRIT_B,
  REQ,
  makeRecord,
  makeSet,
  makeTender,
  name,
  scale,
  tenderId,
  yesNo,
} from './fixtures';

function ok(outcome: ComparisonOutcome) {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome;
}

function total(outcome: ReturnType<typeof ok>, n: number): number | undefined {
  return outcome.tenders.find((t) => t.tenderId === tenderId(n))?.totalPoints?.result;
}

// Price 80 (ratio to lowest), A yes/no 10, B scale 0–4 10, quality scaled to the best tender.
const set = makeSet(80, [yesNo(CRIT_A, 10), scale(CRIT_B, 10, 4)], { qualityScaling: 'toBest' });
const t1 = makeTender(1, 100, { [CRIT_A]: 1, [CRIT_B]: 2 });
const t2 = makeTender(2, 125, { [CRIT_A]: 1, [CRIT_B]: 4 });
const t3 = makeTender(3, 80, { [CRIT_A]: 0, [CRIT_B]: 1 });

describe('tender comparison (DOMAIN.md § 4 formulas, hankintalaki 93–94 §)', () => {
  it('computes price points, points per criterion, totals and ranking by hand', () => {
    const r = ok(compareTenders(set, makeRecord([t1, t2, t3])));
    // Price: lowest 80 000 €: T1 80/100 × 80 = 64, T2 80/125 × 80 = 51.2, T3 80.
    // A (best 1): 10, 10, 0. B (best 4): 2/4 × 10 = 5, 10, 1/4 × 10 = 2.5.
    expect(total(r, 1)).toBeCloseTo(79, 9);
    expect(total(r, 2)).toBeCloseTo(71.2, 9);
    expect(total(r, 3)).toBeCloseTo(82.5, 9);
    expect(r.ranking).toEqual([tenderId(3), tenderId(1), tenderId(2)]);
  });

  it('excluding a tender changes the best quality and so everyone’s relative quality points', () => {
    const excluded = { ...t2, exclusion: { reason: 'Tarjous saapui myöhässä.' } };
    const r = ok(compareTenders(set, makeRecord([t1, excluded, t3])));
    // Best B is now T1's 2: T1 B = 10, T3 B = 1/2 × 10 = 5. T1 64 + 10 + 10 = 84, T3 80 + 0 + 5 = 85.
    expect(total(r, 1)).toBeCloseTo(84, 9);
    expect(total(r, 3)).toBeCloseTo(85, 9);
    const kept = r.tenders.find((t) => t.tenderId === tenderId(2))!;
    expect(kept).toMatchObject({
      status: 'excluded',
      reasons: ['Tarjous saapui myöhässä.'],
      totalPoints: null,
      ranking: null,
    });
    expect(r.ranking).toEqual([tenderId(3), tenderId(1)]);
  });

  it('leaves a tender failing a minimum requirement out of the scaling, with its reason', () => {
    const withReq = { ...set, minimumRequirements: [{ id: REQ, text: name('Vaatimus') }] };
    const met = [{ requirementId: REQ, met: true, reason: '' }];
    const r = ok(
      compareTenders(
        withReq,
        makeRecord([
          { ...t1, requirements: met },
          { ...t2, requirements: [{ requirementId: REQ, met: false, reason: 'Ei todistusta.' }] },
          { ...t3, requirements: met },
        ]),
      ),
    );
    expect(r.tenders[1]).toMatchObject({
      status: 'requirementNotMet',
      reasons: ['Ei todistusta.'],
    });
    expect(total(r, 1)).toBeCloseTo(84, 9);
  });

  it('refuses an unmet requirement without a reason', () => {
    const withReq = { ...set, minimumRequirements: [{ id: REQ, text: name('Vaatimus') }] };
    const r = compareTenders(
      withReq,
      makeRecord([{ ...t1, requirements: [{ requirementId: REQ, met: false, reason: ' ' }] }]),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.tenderIssues[0]).toMatchObject({
        code: 'requirementReasonMissing',
        path: 'tenders[0].requirements[0].reason',
      });
  });

  it('makes every figure traceable to its formula and inputs', () => {
    const r = ok(compareTenders(set, makeRecord([t1, t2, t3])));
    const first = r.tenders[0]!;
    expect(first.pricePoints).toEqual({
      formula: 'priceRatioToLowest',
      inputs: { lowestCents: 8_000_000, offeredCents: 10_000_000, max: 80 },
      result: 64,
    });
    expect(first.comparisonPrice).toMatchObject({
      inputs: { unitPriceCents1: 10_000, quantity1: 1000 },
      result: 10_000_000,
    });
    expect(first.criterionPoints[1]!.points).toMatchObject({
      formula: 'qualityToBest',
      inputs: { value: 2, best: 4, max: 10 },
    });
    expect(describeTraced(first.pricePoints!, 'fi').replace(/\u00a0/g, ' ')).toBe(
      'halvin 80 000,00 € / tarjottu 100 000,00 € × 80',
    );
  });
});

describe('ties go to the rule stated in advance (DOMAIN.md § 4)', () => {
  // Price 80, scale 0–5 weight 20 to the maximum. T1 100 € + level 0 = 80 + 0; T2 125 € + level 4 = 64 + 16.
  const tieSet = (rules: ('higherQualityPoints' | 'lowerPrice' | 'drawingLots')[]) =>
    makeSet(80, [scale(CRIT_B, 20, 5)], { tieBreak: rules });
  const a = makeTender(1, 100, { [CRIT_B]: 0 });
  const b = makeTender(2, 125, { [CRIT_B]: 4 });

  it('identical totals: more quality points first', () => {
    const r = ok(compareTenders(tieSet(['higherQualityPoints', 'lowerPrice']), makeRecord([a, b])));
    expect(total(r, 1)).toBeCloseTo(80, 9);
    expect(total(r, 2)).toBeCloseTo(80, 9);
    expect(r.ranking).toEqual([tenderId(2), tenderId(1)]);
    expect(r.tenders[1]!.ranking).toMatchObject({ rank: 1, tieBrokenBy: 'higherQualityPoints' });
  });

  it('identical totals: lower price first when that is the rule', () => {
    const r = ok(compareTenders(tieSet(['lowerPrice']), makeRecord([a, b])));
    expect(r.ranking).toEqual([tenderId(1), tenderId(2)]);
  });

  it('drawing lots: shared place and a note until the draw is recorded, then the drawn order', () => {
    const undrawn = ok(compareTenders(tieSet(['drawingLots']), makeRecord([a, b])));
    expect(undrawn.tenders.map((t) => t.ranking?.rank)).toEqual([1, 1]);
    expect(undrawn.notes).toContainEqual({ code: 'tieNeedsDrawing', params: { count: 2 } });
    const drawn = ok(
      compareTenders(tieSet(['drawingLots']), makeRecord([a, b], [tenderId(2), tenderId(1)])),
    );
    expect(drawn.ranking).toEqual([tenderId(2), tenderId(1)]);
    expect(drawn.tenders.map((t) => t.ranking?.rank)).toEqual([2, 1]);
  });
});

describe('prices the comparison refuses or explains', () => {
  it.each([0, -100])('refuses a unit price of %i cents with a message at the field', (cents) => {
    const bad = { ...t1, prices: [{ itemId: t1.prices[0]!.itemId, unitPriceCents: cents }] };
    const r = compareTenders(set, makeRecord([bad, t2]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.tenderIssues.find((i) => i.code === 'priceNotPositive')!;
    expect(issue.path).toBe('tenders[0].prices[0].unitPriceCents');
    expect(
      renderStatement({ key: `tenderIssues.${issue.code}`, params: issue.params }, 'fi'),
    ).toContain('Hinnan on oltava suurempi kuin nolla');
  });

  it('all tenders priced the same with the linear formula: everyone gets the full price points, and why', () => {
    const linear = { ...set, priceFormula: 'linear' as const };
    const r = ok(
      compareTenders(
        linear,
        makeRecord([
          makeTender(1, 100, { [CRIT_A]: 1, [CRIT_B]: 4 }),
          makeTender(2, 100, { [CRIT_A]: 0, [CRIT_B]: 4 }),
        ]),
      ),
    );
    expect(r.tenders.map((t) => t.pricePoints?.result)).toEqual([80, 80]);
    expect(r.tenders[0]!.pricePoints?.formula).toBe('priceLinearAllEqual');
    const note = r.notes.find((n) => n.code === 'allPricesEqualLinear')!;
    expect(
      renderStatement({ key: `comparisonNotes.${note.code}`, params: note.params }, 'en'),
    ).toContain('divide by zero');
    expect(r.ranking[0]).toBe(tenderId(1));
  });

  it('refuses a comparison whose criteria weights do not add up to 100', () => {
    const r = compareTenders(makeSet(80, [yesNo(CRIT_A, 10)]), makeRecord([t1]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.criteriaIssues.map((i) => i.code)).toEqual(['weightsNotHundred']);
  });

  it('refuses answers outside the scoring method, warns about a missing reason', () => {
    const r = compareTenders(set, makeRecord([makeTender(1, 100, { [CRIT_A]: 2, [CRIT_B]: 2.5 })]));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.tenderIssues.map((i) => i.code)).toEqual(['answerOutOfRange', 'answerOutOfRange']);
    const noReason = { ...t1, answers: t1.answers.map((x) => ({ ...x, reason: '' })) };
    const w = ok(compareTenders(set, makeRecord([noReason])));
    expect(w.warnings.map((i) => i.code)).toEqual(['reasonMissing', 'reasonMissing']);
  });
});

describe('tender comparison record (stored apart, own schemaVersion)', () => {
  it('registers as kind tenderComparison, version 1, and round-trips through its schema', () => {
    expect(TENDER_COMPARISON_RECORD.kind).toBe('tenderComparison');
    expect(TENDER_COMPARISON_RECORD.schemaVersion).toBe(1);
    const record = makeRecord([t1, t2]);
    expect(TENDER_COMPARISON_RECORD.schema.parse(record)).toEqual(record);
  });

  it('refuses a Y-tunnus with a wrong check digit, accepts an empty one for a foreign tenderer', () => {
    const wrong = makeRecord([{ ...t1, tenderer: { name: 'T1 Oy', businessId: '0135457-3' } }]);
    expect(tenderComparisonSchema.safeParse(wrong).success).toBe(false);
    const foreign = makeRecord([{ ...t1, tenderer: { name: 'Foreign AB', businessId: '' } }]);
    expect(tenderComparisonSchema.safeParse(foreign).success).toBe(true);
  });

  it('refuses an over-long tenderer name and an empty exclusion reason', () => {
    expect(
      tenderComparisonSchema.safeParse(
        makeRecord([{ ...t1, tenderer: { name: 'x'.repeat(201), businessId: '' } }]),
      ).success,
    ).toBe(false);
    expect(
      tenderComparisonSchema.safeParse(makeRecord([{ ...t1, exclusion: { reason: '   ' } }]))
        .success,
    ).toBe(false);
  });
});

describe('hostile input in the tenders', () => {
  it('refuses a comparison price too large to add up exactly', () => {
    const huge = makeSet(80, [yesNo(CRIT_A, 10), scale(CRIT_B, 10, 4)], {
      pricingItems: [
        { id: t1.prices[0]!.itemId, name: name('x'), unit: 'hour', quantity: 10_000_000 },
      ],
    });
    const r = compareTenders(
      huge,
      makeRecord([
        { ...t1, prices: [{ itemId: t1.prices[0]!.itemId, unitPriceCents: 1_000_000_000_000 }] },
      ]),
    );
    expect(!r.ok && r.tenderIssues.map((i) => i.code)).toEqual(['comparisonPriceTooLarge']);
  });

  it('accepts a Y-tunnus typed with spaces around it and refuses words and dots', () => {
    const spaced = makeRecord([{ ...t1, tenderer: { name: 'T1 Oy', businessId: ' 0135457-2 ' } }]);
    expect(tenderComparisonSchema.parse(spaced).tenders[0]!.tenderer.businessId).toBe('0135457-2');
    for (const id of ['0135457.2', 'Y-tunnus', '01354572', '0135457-2\u200b']) {
      const bad = makeRecord([{ ...t1, tenderer: { name: 'T1 Oy', businessId: id } }]);
      expect(tenderComparisonSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('lets the personal-data guard find an identity code written into an evaluator’s reason', () => {
    const leaky = makeRecord([
      { ...t1, answers: [{ criterionId: CRIT_A, value: 1, reason: 'Työntekijä 131052-308T' }] },
    ]);
    expect(findPersonalData(leaky).map((f) => f.path.join('.'))).toEqual([
      'tenders.0.answers.0.reason',
    ]);
  });

  it('compares a lot’s record with the lot’s own criteria', () => {
    const lotId = '00000000-0000-4000-8000-0000000000f2';
    const plan = {
      common: makeSet(100, [], { awardBasis: 'lowestPrice' }),
      lotOverrides: [{ lotId, set }],
    };
    const r = ok(compareRecord(plan, { ...makeRecord([t1, t2, t3]), lotId }));
    expect(total(r, 3)).toBeCloseTo(82.5, 9);
    expect(ok(compareRecord(plan, makeRecord([t1, t3]))).ranking).toEqual([
      tenderId(3),
      tenderId(1),
    ]);
  });
});

describe('tenders left out are not checked for prices and scores', () => {
  it('lets an excluded tender or one failing a requirement keep a zero price without blocking', () => {
    const withReq = { ...set, minimumRequirements: [{ id: REQ, text: name('Vaatimus') }] };
    const met = [{ requirementId: REQ, met: true, reason: '' }];
    const zero = [{ itemId: t1.prices[0]!.itemId, unitPriceCents: 0 }];
    const r = compareTenders(
      withReq,
      makeRecord([
        { ...t1, requirements: met },
        {
          ...t2,
          prices: zero,
          requirements: [{ requirementId: REQ, met: false, reason: 'Ei täytä.' }],
        },
        { ...t3, prices: zero, requirements: met, exclusion: { reason: 'Myöhässä.' } },
      ]),
    );
    expect(r.ok && r.ranking).toEqual([tenderId(1)]);
  });
});
