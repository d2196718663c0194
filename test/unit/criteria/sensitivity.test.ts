import { describe, expect, it } from 'vitest';
import { describeSensitivity, sweepPriceWeight } from '../../../shared/domain/criteria/sensitivity';
import {
  CRIT_A,
  CRIT_B,
  makeRecord,
  makeSet,
  makeTender,
  scale,
  tenderId,
  yesNo,
} from './fixtures';

// A: 100 € (price share 1), quality level 1 of 4 (0.25). B: 125 € (0.8), level 4 of 4 (1).
// total_A(p) = p + (100 − p) × 0.25 = 25 + 0.75p; total_B(p) = 0.8p + (100 − p) = 100 − 0.2p.
// Equal at 0.95p = 75 → p = 78.947…
const record = makeRecord([
  makeTender(1, 100, { [CRIT_B]: 1 }),
  makeTender(2, 125, { [CRIT_B]: 4 }),
]);
const setAt = (price: number) => makeSet(price, [scale(CRIT_B, 100 - price, 4)]);

function sweep(price: number) {
  const r = sweepPriceWeight(setAt(price), record);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r;
}

describe('price-weight sensitivity (issue 10: sweep 0–100, flag a flip within ±10)', () => {
  it('finds the flip point by hand: 75 / 0.95 = 78.95', () => {
    const r = sweep(70);
    expect(r.rows).toHaveLength(101);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]!.atPriceWeightPercent).toBeCloseTo(75 / 0.95, 9);
    expect(r.changes[0]).toMatchObject({ fromTenderId: tenderId(2), toTenderId: tenderId(1) });
    expect(r.rows[78]).toMatchObject({
      priceWeightPercent: 78,
      winnerTenderId: tenderId(2),
      winnerChanged: false,
    });
    expect(r.rows[79]).toMatchObject({
      priceWeightPercent: 79,
      winnerTenderId: tenderId(1),
      winnerChanged: true,
    });
    expect(r.rows[70]!.winnerTotalPoints).toBeCloseTo(86, 9);
    expect(r.rows[70]!.marginPoints).toBeCloseTo(86 - 77.5, 9);
  });

  it('flags the flip within ±10 of the chosen 70 and says it in words for the report', () => {
    const r = sweep(70);
    expect(r.winnerFlipsNear).toBe(true);
    expect(r.finding.code).toBe('winnerFlipsNear');
    expect(describeSensitivity(r.finding, 'fi')).toBe(
      'Voittaja vaihtuu, kun hinnan painoarvo on 78,9 (valittu 70): T2 Oy → T1 Oy. Tulos on herkkä painoarvoille; painoarvojen perusteet kannattaa kirjata.',
    );
    expect(describeSensitivity(r.finding, 'en')).toContain('price weight of 78.9');
    expect(describeSensitivity(r.finding, 'sv')).toContain('78,9');
  });

  it('does not flag a flip 28.9 points away from a chosen 50, but says where it is', () => {
    const r = sweep(50);
    expect(r.winnerFlipsNear).toBe(false);
    expect(r.finding).toMatchObject({ code: 'stableNear', params: { at: 78.9, chosen: 50 } });
  });

  it('reports a winner that holds over the whole sweep', () => {
    const dominant = makeRecord([
      makeTender(1, 100, { [CRIT_B]: 4 }),
      makeTender(2, 125, { [CRIT_B]: 1 }),
    ]);
    const r = sweepPriceWeight(setAt(80), dominant);
    expect(r.ok && r.finding).toEqual({
      code: 'stableEverywhere',
      params: { chosen: 80, winner: 'T1 Oy' },
    });
  });

  it('flags lower places that swap within ±10 even when the winner holds', () => {
    // W: 100 €, level 10/10 → 100 at every weight. A: 200 €, 5/10 → 50. B: 125 €, 2/10 → 20 + 0.6p,
    // which meets A at p = 50, the chosen weight.
    const three = makeRecord([
      makeTender(1, 100, { [CRIT_B]: 10 }),
      makeTender(2, 200, { [CRIT_B]: 5 }),
      makeTender(3, 125, { [CRIT_B]: 2 }),
    ]);
    const r = sweepPriceWeight(makeSet(50, [scale(CRIT_B, 50, 10)]), three);
    expect(r.ok && r.winnerFlipsNear).toBe(false);
    expect(r.ok && r.finding).toEqual({
      code: 'orderFlipsNear',
      params: { chosen: 50, pairs: 1, window: 10 },
    });
  });

  it('scales the quality weights proportionally: two criteria keep their 1 : 3 ratio', () => {
    const set = makeSet(60, [yesNo(CRIT_A, 10), scale(CRIT_B, 30, 4)]);
    const r = sweepPriceWeight(set, makeRecord([makeTender(1, 100, { [CRIT_A]: 1, [CRIT_B]: 0 })]));
    // One tender: quality share = (10 × 1 + 30 × 0) / 40 = 0.25; at p = 20: 20 + 80 × 0.25 = 40.
    expect(r.ok && r.rows[20]!.winnerTotalPoints).toBeCloseTo(40, 9);
  });

  it('has nothing to sweep without quality criteria, and refuses invalid criteria like the comparison', () => {
    const priceOnly = makeSet(100, [], { awardBasis: 'lowestPrice' });
    const r = sweepPriceWeight(priceOnly, makeRecord([makeTender(1, 100, {})]));
    expect(r.ok && r.finding.code).toBe('noQuality');
    expect(sweepPriceWeight(makeSet(70, [scale(CRIT_B, 20, 4)]), record).ok).toBe(false);
  });
});
