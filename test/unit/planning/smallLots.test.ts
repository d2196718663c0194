import { describe, expect, it } from 'vitest';
import { smallLotLimitCents, smallLotsException } from '../../../shared/domain/planning/smallLots';

const euros = (e: number) => e * 100;
const lots = [
  { lotId: 'a', totalCents: euros(500_000) },
  { lotId: 'b', totalCents: euros(70_000) },
  { lotId: 'c', totalCents: euros(60_000) },
];

describe('small-lots exception (directive 2014/24/EU art. 5(10); hankintalaki 31 §)', () => {
  it('uses 80 000 € for goods and services and 1 000 000 € for works', () => {
    expect(smallLotLimitCents('goods')).toBe(euros(80_000));
    expect(smallLotLimitCents('services')).toBe(euros(80_000));
    expect(smallLotLimitCents('works')).toBe(euros(1_000_000));
  });

  it('lists which lots qualify and refuses two small lots over 20 % of all lots', () => {
    // 500 000 + 70 000 + 60 000 = 630 000 €; 20 % = 126 000 €; 70 000 + 60 000 = 130 000 € > 126 000 €.
    const r = smallLotsException({
      category: 'services',
      lotTotals: lots,
      chosenLotIds: ['b', 'c'],
    });
    expect(r.rows.map((x) => [x.lotId, x.qualifies, x.chosen])).toEqual([
      ['a', false, false],
      ['b', true, true],
      ['c', true, true],
    ]);
    expect(r.allLotsCents).toBe(euros(630_000));
    expect(r.chosenCents).toBe(euros(130_000));
    expect(r.maxChosenCents).toBe(euros(126_000));
    expect(r.ok).toBe(false);
  });

  it('accepts one small lot within 20 %', () => {
    const r = smallLotsException({ category: 'services', lotTotals: lots, chosenLotIds: ['b'] });
    expect(r.chosenCents).toBe(euros(70_000));
    expect(r.ok).toBe(true);
  });

  it('accepts a sum exactly at 20 % ("at most") and refuses a lot of exactly 80 000 € ("under")', () => {
    const exact = [
      { lotId: 'x', totalCents: euros(400_000) },
      { lotId: 'y', totalCents: euros(79_999) },
      { lotId: 'z', totalCents: euros(20_001) },
    ];
    // 500 000 € total; 20 % = 100 000 €; 79 999 + 20 001 = 100 000 € → ok.
    expect(
      smallLotsException({ category: 'goods', lotTotals: exact, chosenLotIds: ['y', 'z'] }).ok,
    ).toBe(true);
    const eighty = [
      { lotId: 'p', totalCents: euros(80_000) },
      { lotId: 'q', totalCents: euros(900_000) },
    ];
    const r = smallLotsException({ category: 'goods', lotTotals: eighty, chosenLotIds: ['p'] });
    expect(r.rows[0]?.qualifies).toBe(false);
    expect(r.invalidChoices).toEqual(['p']);
    expect(r.ok).toBe(false);
  });

  it('lets a 900 000 € works lot qualify (under 1 000 000 €)', () => {
    const works = [
      { lotId: 'w1', totalCents: euros(900_000) },
      { lotId: 'w2', totalCents: euros(5_000_000) },
    ];
    // 5 900 000 € total; 20 % = 1 180 000 €; 900 000 € ≤ 1 180 000 € → ok.
    expect(
      smallLotsException({ category: 'works', lotTotals: works, chosenLotIds: ['w1'] }).ok,
    ).toBe(true);
  });

  it('ignores a chosen id of a lot removed since, and accepts no choice', () => {
    const r = smallLotsException({ category: 'goods', lotTotals: lots, chosenLotIds: ['gone'] });
    expect(r.invalidChoices).toEqual([]);
    expect(r.chosenCents).toBe(0);
    expect(r.ok).toBe(true);
    expect(smallLotsException({ category: 'goods', lotTotals: lots, chosenLotIds: [] }).ok).toBe(
      true,
    );
  });
});
