import type {
  AwardVariant,
  CountingRules,
  FulfilmentRule,
  FulfilmentWay,
} from './employmentClause';

/**
 * How reported employment counts towards the obligation (the clause's counting rules; the
 * contract-period follow-up applies the same function to every ledger row). Pseudonymous:
 * an employment is described by its length, hours and way, never by the person.
 */

/** One employment as the supplier reports it. */
export interface ReportedEmployment {
  way: FulfilmentWay;
  months: number;
  hoursPerWeek: number;
}

/** Why an employment counts less than its months, or not at all. */
export type CountingNote =
  | { kind: 'wayNotAllowed' }
  | { kind: 'tooShort'; minMonths: number }
  | { kind: 'belowMinimumHours'; minHours: number }
  | { kind: 'partTime'; share: number }
  | { kind: 'wayCountsPartly'; percent: number };

/** The person-months an employment counts for, with the reasons. */
export interface CountedEmployment {
  personMonths: number;
  notes: CountingNote[];
}

/**
 * Counted person-months = months × min(1, hours per week ÷ full-time hours) × the way's
 * share. An employment shorter than the minimum length or below the minimum weekly hours,
 * or in a way the clause does not allow, counts zero. Unrounded (rounding happens once, at
 * presentation).
 */
export function countEmployment(
  employment: ReportedEmployment,
  rules: CountingRules,
  fulfilment: Record<FulfilmentWay, FulfilmentRule>,
): CountedEmployment {
  const way = fulfilment[employment.way];
  if (!way.allowed) return { personMonths: 0, notes: [{ kind: 'wayNotAllowed' }] };
  if (employment.months < rules.minEmploymentMonths) {
    return { personMonths: 0, notes: [{ kind: 'tooShort', minMonths: rules.minEmploymentMonths }] };
  }
  if (employment.hoursPerWeek < rules.minHoursPerWeek) {
    return {
      personMonths: 0,
      notes: [{ kind: 'belowMinimumHours', minHours: rules.minHoursPerWeek }],
    };
  }
  const notes: CountingNote[] = [];
  const share = Math.min(1, employment.hoursPerWeek / rules.fullTimeHoursPerWeek);
  if (share < 1) notes.push({ kind: 'partTime', share });
  if (way.countsPercent < 100) notes.push({ kind: 'wayCountsPartly', percent: way.countsPercent });
  return { personMonths: (employment.months * share * way.countsPercent) / 100, notes };
}

/**
 * Points of the award-criterion variant (hankintalaki 93 §: award criteria may include social
 * aspects linked to the subject-matter): extra person-months per contract year offered above
 * the minimum, scaled to the cap — min(offered, cap) ÷ cap × max points. The cap keeps the
 * commitment realistic: offering more than the cap earns no more points. Unrounded.
 */
export function employmentCommitmentPoints(
  offeredExtraPerYear: number,
  award: AwardVariant,
): { points: number; capped: boolean } {
  if (!(offeredExtraPerYear > 0) || !(award.capExtraPersonMonthsPerYear > 0)) {
    return { points: 0, capped: false };
  }
  const capped = offeredExtraPerYear > award.capExtraPersonMonthsPerYear;
  const counted = Math.min(offeredExtraPerYear, award.capExtraPersonMonthsPerYear);
  return { points: (counted / award.capExtraPersonMonthsPerYear) * award.maxPoints, capped };
}
