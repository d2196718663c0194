import { describe, expect, it } from 'vitest';
import {
  countEmployment,
  employmentCommitmentPoints,
} from '../../../shared/domain/employmentClause/counting';
import { emptyEmploymentClause } from '../../../shared/domain/employmentClause/employmentClause';

const clause = emptyEmploymentClause(); // 6 months, 18 h/week, full time 37,5 h; work trial 50 %

describe('counting reported employment (part time pro rata, the way’s share, minimums)', () => {
  it('counts 6 months full time in an employment contract as 6 person-months', () => {
    const r = countEmployment(
      { way: 'employmentContract', months: 6, hoursPerWeek: 37.5 },
      clause.counting,
      clause.fulfilment,
    );
    expect(r).toEqual({ personMonths: 6, notes: [] });
  });

  it('counts part time pro rata: 6 months at 18,75 h of 37,5 h is 3 person-months', () => {
    const r = countEmployment(
      { way: 'employmentContract', months: 6, hoursPerWeek: 18.75 },
      clause.counting,
      clause.fulfilment,
    );
    expect(r.personMonths).toBe(3);
    expect(r.notes).toEqual([{ kind: 'partTime', share: 0.5 }]);
  });

  it('counts a work-trial month as half a person-month when the buyer says so', () => {
    const r = countEmployment(
      { way: 'workTrial', months: 8, hoursPerWeek: 37.5 },
      clause.counting,
      clause.fulfilment,
    );
    expect(r.personMonths).toBe(4);
  });

  it('counts nothing below the minimums or in a way the clause does not allow, and says why', () => {
    const rules = clause.counting;
    expect(
      countEmployment(
        { way: 'employmentContract', months: 5, hoursPerWeek: 37.5 },
        rules,
        clause.fulfilment,
      ).notes,
    ).toEqual([{ kind: 'tooShort', minMonths: 6 }]);
    expect(
      countEmployment(
        { way: 'employmentContract', months: 12, hoursPerWeek: 15 },
        rules,
        clause.fulfilment,
      ).personMonths,
    ).toBe(0);
    expect(
      countEmployment({ way: 'summerJob', months: 6, hoursPerWeek: 37.5 }, rules, clause.fulfilment)
        .notes,
    ).toEqual([{ kind: 'wayNotAllowed' }]);
  });
});

describe('award-criterion variant (hankintalaki 93 §): points for a commitment above the minimum', () => {
  it('scales the extra person-months to the cap: 3 of 6 → 5 of 10 points', () => {
    expect(
      employmentCommitmentPoints(3, { maxPoints: 10, capExtraPersonMonthsPerYear: 6 }),
    ).toEqual({
      points: 5,
      capped: false,
    });
  });

  it('gives no more than the maximum above the cap, and nothing for no commitment', () => {
    expect(
      employmentCommitmentPoints(9, { maxPoints: 10, capExtraPersonMonthsPerYear: 6 }),
    ).toEqual({
      points: 10,
      capped: true,
    });
    expect(
      employmentCommitmentPoints(0, { maxPoints: 10, capExtraPersonMonthsPerYear: 6 }).points,
    ).toBe(0);
    expect(
      employmentCommitmentPoints(Number.NaN, { maxPoints: 10, capExtraPersonMonthsPerYear: 6 })
        .points,
    ).toBe(0);
  });
});
