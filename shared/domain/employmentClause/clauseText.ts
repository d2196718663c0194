import { assertNever } from '../../assertNever';
import { formatEuro, formatNumber } from '../../format';
import {
  CLAUSE_TEXTS,
  type ClauseTextPack,
  type Figures,
} from '../../i18n/documents/employmentClause';
import type { UiLanguage } from '../workspace/organisationProfile';
import {
  FULFILMENT_WAYS,
  RESERVED_CONTRACT_MIN_STAFF_PERCENT,
  TARGET_GROUPS,
  type EmploymentClause,
} from './employmentClause';
import type { ObligationPeriod, ObligationResult } from './obligation';

/**
 * The employment clause as text for the call for tenders and for the contract, in Finnish,
 * Swedish or English, generated from the officer's choices: every number comes from the
 * obligation calculator (never typed twice), the municipal employment services are named
 * (the TE offices ceased on 1.1.2025, TE24 reform), and the supplier reports pseudonymous
 * references only. The wording is this project's own (texts in
 * `shared/i18n/documents/employmentClause.ts`).
 */

/** The call-for-tenders section, or the contract section with reporting duty and penalty. */
export type ClauseVariant = 'callForTenders' | 'contract';

/** Paragraphs of the clause, in order; tests and documents find them by key. */
export type ClauseParagraphKey =
  | 'basis'
  | 'targetGroups'
  | 'obligation'
  | 'periods'
  | 'counting'
  | 'ways'
  | 'award'
  | 'candidates'
  | 'reporting'
  | 'dataProtection'
  | 'penalty';

/** The generated clause. */
export interface ClauseText {
  heading: string;
  paragraphs: { key: ClauseParagraphKey; text: string }[];
}

/** Everything the text is generated from. */
export interface ClauseTextInput {
  clause: EmploymentClause;
  obligation: ObligationResult;
  /** Annual contract value covered by the clause, cents (for the share methods' text). */
  annualValueCents: number;
  variant: ClauseVariant;
  language: UiLanguage;
}

function quantity(n: number, language: UiLanguage): string {
  return formatNumber(n, language, Number.isInteger(n) ? 0 : 1);
}

function periodsOf(periods: ObligationPeriod[]): Figures['periods'] {
  let optionNumber = 0;
  return periods.map((p) => {
    switch (p.period.kind) {
      case 'base':
        return { kind: 'base', months: p.months, amount: p.amount };
      case 'option':
        optionNumber += 1;
        return { kind: 'option', n: optionNumber, months: p.months, amount: p.amount };
      case 'extension':
        return { kind: 'extension', months: p.months, amount: p.amount };
      default:
        return assertNever(p.period);
    }
  });
}

/** The figures of the clause, formatted for `language`. */
function figuresOf(input: ClauseTextInput): Figures {
  const { clause, obligation, language } = input;
  const q = (n: number) => quantity(n, language);
  const euro = (c: number) => formatEuro(c, language, { wholeEuros: c % 100 === 0 });
  const o = clause.obligation;
  const penalty = clause.terms.penalty;
  return {
    unit: obligation.unit,
    perFullYear: obligation.perFullYear,
    perFullYearText: q(obligation.perFullYear),
    total: obligation.total,
    totalText: q(obligation.total),
    baseTotalText: q(obligation.baseTotal),
    optionsTotalText: q(obligation.optionsTotal),
    hasOptions: obligation.periods.some((p) => p.period.kind === 'option'),
    indefinite: obligation.issues.some((i) => i.kind === 'indefiniteShownFor48Months'),
    periods: periodsOf(obligation.periods),
    q,
    method:
      o.method === 'fixed'
        ? { method: 'fixed', unit: o.unit, quantityText: q(o.quantityPerYear) }
        : o.method === 'shareOfAnnualValue'
          ? {
              method: 'shareOfAnnualValue',
              shareText: formatNumber(
                o.sharePercent,
                language,
                Number.isInteger(o.sharePercent) ? 0 : 2,
              ),
              annualText: euro(input.annualValueCents),
              labourText: euro(o.monthlyLabourCostCents),
              employerCostsIncluded: o.employerCostsIncluded,
            }
          : o.method === 'shareOfWageBill'
            ? {
                method: 'shareOfWageBill',
                shareText: formatNumber(
                  o.sharePercent,
                  language,
                  Number.isInteger(o.sharePercent) ? 0 : 2,
                ),
                annualText: euro(o.annualWageBillCents),
                labourText: euro(o.monthlyLabourCostCents),
                employerCostsIncluded: o.employerCostsIncluded,
              }
            : {
                method: 'perValueStep',
                stepText: euro(o.stepCents),
                annualText: euro(input.annualValueCents),
              },
    rounding: obligation.rounding,
    minMonths: clause.counting.minEmploymentMonths,
    minHoursText: formatNumber(
      clause.counting.minHoursPerWeek,
      language,
      Number.isInteger(clause.counting.minHoursPerWeek) ? 0 : 1,
    ),
    fullTimeHoursText: formatNumber(
      clause.counting.fullTimeHoursPerWeek,
      language,
      Number.isInteger(clause.counting.fullTimeHoursPerWeek) ? 0 : 1,
    ),
    longTermMonths: clause.longTermUnemployedMonths,
    targetGroups: TARGET_GROUPS.filter((g) => clause.targetGroups.includes(g)),
    ways: FULFILMENT_WAYS.filter((w) => clause.fulfilment[w].allowed).map((w) => ({
      way: w,
      percent: clause.fulfilment[w].countsPercent,
    })),
    cadence: clause.terms.reportingCadence,
    reportDueDays: clause.terms.reportDueDays,
    waitWeeks: clause.terms.candidateWaitWeeks,
    noCandidatesRule: clause.terms.noCandidatesRule,
    servicesUnit: clause.terms.employmentServicesUnit.trim(),
    penalty:
      penalty.kind === 'none'
        ? null
        : {
            amountText: euro(penalty.amountCents),
            capText: formatNumber(
              penalty.capPercentOfAnnualValue,
              language,
              Number.isInteger(penalty.capPercentOfAnnualValue) ? 0 : 2,
            ),
          },
    award: {
      maxPoints: clause.award.maxPoints,
      capText: q(clause.award.capExtraPersonMonthsPerYear),
    },
    reservedPercent: RESERVED_CONTRACT_MIN_STAFF_PERCENT,
  };
}

/**
 * The clause text. A reserved contract has its own short text (the reservation and its 30 %
 * condition); the other forms share the obligation, counting, ways, co-operation, reporting,
 * data protection and penalty paragraphs, phrased for tenderers (call for tenders) or for the
 * parties (contract). The award-criterion form adds how the commitment above the minimum is
 * scored.
 */
export function employmentClauseText(input: ClauseTextInput): ClauseText {
  const pack: ClauseTextPack = CLAUSE_TEXTS[input.language];
  const f = figuresOf(input);
  const { variant } = input;
  const form = input.clause.form;
  const paragraphs: ClauseText['paragraphs'] = [
    { key: 'basis', text: pack.basis(form, variant, f) },
  ];
  if (form === 'reservedContract') {
    return { heading: pack.heading, paragraphs };
  }
  paragraphs.push(
    { key: 'targetGroups', text: pack.targetGroups(f) },
    { key: 'obligation', text: pack.obligation(variant, f) },
  );
  if (f.periods.length > 1) paragraphs.push({ key: 'periods', text: pack.periods(f) });
  paragraphs.push({ key: 'counting', text: pack.counting(f) }, { key: 'ways', text: pack.ways(f) });
  if (form === 'awardCriterion') paragraphs.push({ key: 'award', text: pack.award(variant, f) });
  paragraphs.push(
    { key: 'candidates', text: pack.candidates(variant, f) },
    { key: 'reporting', text: pack.reporting(variant, f) },
    { key: 'dataProtection', text: pack.dataProtection(variant) },
    { key: 'penalty', text: pack.penalty(variant, f) },
  );
  return { heading: pack.heading, paragraphs };
}
