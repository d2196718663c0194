import { addDays, type IsoDate } from '../common/calendarDate';
import { cite } from '../common/legalSources';
import { contractPeriods, type ContractPeriods } from './contractPeriods';
import { nextWorkingDayOnOrAfter, nonWorkingReason } from '../common/finnishHolidays';
import type { ProcedureChoice } from './procedureChoice';
import { isProcedureAllowed, procedureGuide } from './procedureGuide';
import type { Regime, RegimeConsequences } from './regime';
import { standstillDates, type StandstillDates } from './standstill';
import { isTwoStage, type MinimumTimeLimits, type TimeLimit } from './timeLimits';
import { checkMilestoneOrder } from './milestoneOrder';
import type { Timeline } from './timeline';
import { TimelineFindings, type NonWorkingReason, type TimelineWarning } from './timelineWarnings';
import type { ContractTerm } from './valuation';
import type { AuthorityType } from '../procurement/procurementCategory';
import { maximumTermMonths } from './estimatedValue';

export {
  TIMELINE_WARNING_CODES,
  type NonWorkingReason,
  type TimelineField,
  type TimelineWarning,
  type TimelineWarningCode,
} from './timelineWarnings';

/**
 * The timeline check: from the planned dates and the rules that apply, the dates the law
 * derives (earliest allowed deadlines, last day to answer questions, standstill, contract
 * periods) and everything in the plan that breaks a rule or looks wrong. Pure: no clock.
 */

const HL = 'Hankintalaki 1397/2016';

/**
 * A period whose last day is a Saturday, Sunday or holiday ends on the next working day:
 * asetus (ETY, Euratom) N:o 1182/71 3 art. 4 kohta for the EU time limits, laki säädettyjen
 * määräaikain laskemisesta 150/1930 5 § for the Finnish ones.
 */
export const PERIOD_END_SOURCE =
  'Asetus (ETY, Euratom) N:o 1182/71 3 art. 4 kohta; laki 150/1930 5 §';

/** The earliest deadline a minimum period allows. */
export interface EarliestDeadline {
  limit: TimeLimit;
  /** The sending date the period counts from; that day itself is not counted. */
  countedFrom: IsoDate;
  /** `countedFrom` + the period's days. */
  periodEnd: IsoDate;
  /** `periodEnd`, or the next working day when it is a Saturday, Sunday or holiday. */
  earliest: IsoDate;
  /** Why `periodEnd` was moved, or null when it was a working day. */
  movedBecause: NonWorkingReason | null;
  /** The period's own source and, when moved, {@link PERIOD_END_SOURCE}. */
  source: string;
}

/** Dates derived from the plan; null where the plan or the rules do not give one. */
export interface ComputedTimeline {
  requestsDeadline: EarliestDeadline | null;
  tenderDeadline: EarliestDeadline | null;
  /** Last day to publish answers to questions (56 § 5 mom.). */
  lastAnswerDate: { date: IsoDate; daysBefore: number; source: string } | null;
  /** Whether a standstill applies at all (129–130 §); false when the regime is unknown. */
  standstillApplies: boolean;
  standstill: {
    dates: StandstillDates;
    days: number;
    delivery: Timeline['decisionDelivery'];
    source: string;
  } | null;
  /** First day the contract may be concluded when a standstill applies (129 §). */
  earliestContractStart: { date: IsoDate; source: string } | null;
  contractPeriods: ContractPeriods | null;
}

/** Everything the check needs; `regime` is null when it could not be determined. */
export interface TimelineCheckInput {
  timeline: Timeline;
  term: ContractTerm;
  procedure: ProcedureChoice;
  regime: Regime | null;
  /** Decides which framework maximum applies (hankintalaki 42 § or laki 1398/2016). */
  authorityType: AuthorityType;
  consequences: RegimeConsequences | null;
  limits: MinimumTimeLimits | null;
}

/** Result of {@link checkTimeline}. */
export interface TimelineCheck {
  computed: ComputedTimeline;
  warnings: TimelineWarning[];
}

/** Framework agreements last at most four years without a special reason (hankintalaki 42 §). */
export const FRAMEWORK_MAX_MONTHS = 48;

/**
 * The earliest deadline of a period of `limit.days` counted from `from`: the sending day is
 * not counted, so the period ends `days` days later, moved to the next working day if that
 * day is a Saturday, Sunday or holiday.
 */
export function earliestDeadline(limit: TimeLimit, from: IsoDate): EarliestDeadline {
  const periodEnd = addDays(from, limit.days);
  const earliest = nextWorkingDayOnOrAfter(periodEnd);
  const movedBecause = nonWorkingReason(periodEnd);
  return {
    limit,
    countedFrom: from,
    periodEnd,
    earliest,
    movedBecause,
    source: movedBecause ? `${limit.source}; ${PERIOD_END_SOURCE}` : limit.source,
  };
}

/** Months from the contract start to the last day with every option and the extension used. */
export function totalTermMonths(term: ContractTerm): number | null {
  return term.kind === 'indefinite' ? null : maximumTermMonths(term);
}

/** Computes the derived dates and checks the plan against the rules. */
export function checkTimeline(input: TimelineCheckInput): TimelineCheck {
  const { procedure, limits } = input;
  const twoStage = isTwoStage(procedure);
  // Requests deadline and invitations exist only in two-stage procedures; values left from a
  // procedure changed since are ignored.
  const t: Timeline = twoStage
    ? input.timeline
    : { ...input.timeline, requestsDeadline: null, invitationsSent: null };
  const f = new TimelineFindings();
  const applied = limits?.kind === 'limits' ? limits : null;

  checkProcedure(input, f);
  const requestsDeadline = checkPeriod(
    t,
    'requestsDeadline',
    twoStage ? (applied?.requests ?? null) : null,
    f,
  );
  const tenderDeadline = checkPeriod(t, 'tenderDeadline', applied?.tenders ?? null, f);
  checkNonWorkingDays(t, f);
  const lastAnswerDate = checkQuestions(t, applied?.additionalInformation ?? null, f);
  const standstill =
    input.consequences?.standstill.applies && t.decision
      ? {
          dates: standstillDates(
            t.decision,
            t.decisionDelivery,
            input.consequences.standstill.days,
          ),
          days: input.consequences.standstill.days,
          delivery: t.decisionDelivery,
          source: cite(['decisionServed', 'standstill'], 'fi'),
        }
      : null;
  const earliestContractStart = standstill
    ? { date: standstill.dates.earliestContract, source: standstill.source }
    : null;
  checkContractStart(t, input.consequences?.standstill.applies === true, standstill, f);
  checkMilestoneOrder(t, f);
  checkFrameworkDuration(input, f);
  const periods = t.contractStart ? contractPeriods(input.term, t.contractStart) : null;
  if (periods) checkOptionDecisions(t, input.term, periods, f);

  const firstMissing = f.missing[0];
  if (firstMissing) {
    f.add(
      'info',
      'datesMissingForCheck',
      firstMissing,
      { milestones: f.missing.join(',') },
      `${HL} 56 §, 129 §`,
    );
  }
  return {
    computed: {
      requestsDeadline,
      tenderDeadline,
      lastAnswerDate,
      standstillApplies: input.consequences?.standstill.applies === true,
      standstill,
      earliestContractStart,
      contractPeriods: periods,
    },
    warnings: f.list,
  };
}

/** Procedure allowed in the regime, direct award and urgency justified, utilities noted. */
function checkProcedure(input: TimelineCheckInput, f: TimelineFindings): void {
  const { procedure, regime, limits } = input;
  if (procedure.kind !== null) {
    const guide = procedureGuide(procedure.kind);
    if (regime !== null && !isProcedureAllowed(procedure.kind, regime)) {
      f.add(
        'error',
        'procedureNotAllowed',
        'procedure',
        { procedure: procedure.kind, regime },
        guide.source,
      );
    }
    // 40 §, 100 § 2 mom., 109 § 2 mom.: a direct award under the act rests on a ground the
    // act lists, written down; below the thresholds the act does not require it.
    const underAct = regime === null || regime === 'national' || regime === 'eu';
    if (
      procedure.kind === 'directAward' &&
      underAct &&
      procedure.directAwardJustification.trim() === ''
    ) {
      f.add('error', 'directAwardWithoutJustification', 'procedure', {}, guide.source);
    }
    const canHurry = procedure.kind !== 'directAward' && procedure.kind !== 'smallProcurement';
    if (procedure.urgency && canHurry && procedure.urgencyJustification.trim() === '') {
      f.add('warning', 'urgencyWithoutJustification', 'procedure', {}, `${HL} 57 § 1 mom.`);
    }
  }
  if (limits?.kind === 'notComputed') {
    f.add('info', 'timeLimitsNotComputed', 'procedure', {}, limits.source);
  }
}

/** The earliest deadline a period allows, and the planned deadline checked against it. */
function checkPeriod(
  t: Timeline,
  milestone: 'requestsDeadline' | 'tenderDeadline',
  limit: TimeLimit | null,
  f: TimelineFindings,
): EarliestDeadline | null {
  if (!limit) return null;
  const base = limit.from === 'noticeSent' ? t.noticeSent : t.invitationsSent;
  const earliest = base ? earliestDeadline(limit, base) : null;
  const planned = t[milestone];
  if (!planned) return earliest;
  if (!earliest) {
    f.need(limit.from);
    return null;
  }
  if (planned >= earliest.earliest) return earliest;
  const params = deadlineParams(planned, earliest);
  if (milestone === 'requestsDeadline') {
    f.add('error', 'requestsDeadlineTooEarly', milestone, params, earliest.source);
  } else if (limit.statutory) {
    const code =
      limit.from === 'invitationsSent'
        ? 'tenderPeriodFromInvitationTooShort'
        : 'tenderDeadlineTooEarly';
    f.add('error', code, milestone, params, earliest.source);
  } else if (planned > earliest.countedFrom) {
    // Not even after its start is an order error (checked next), not a short period.
    f.add('warning', 'tenderDeadlineBelowOwnMinimum', milestone, params, earliest.source);
  }
  return earliest;
}

/** A deadline on a Saturday, Sunday or holiday (150/1930 5 §, 1182/71 3 art. 4 kohta). */
function checkNonWorkingDays(t: Timeline, f: TimelineFindings): void {
  for (const m of ['requestsDeadline', 'tenderDeadline'] as const) {
    const date = t[m];
    const day = date ? nonWorkingReason(date) : null;
    if (date && day) {
      const params = { date, day, suggestion: nextWorkingDayOnOrAfter(date), milestone: m };
      f.add('warning', 'deadlineOnNonWorkingDay', m, params, PERIOD_END_SOURCE);
    }
  }
}

/** Questions deadline inside the tender period and early enough to answer (56 § 5 mom.). */
function checkQuestions(
  t: Timeline,
  additionalInformation: { daysBefore: number; source: string } | null,
  f: TimelineFindings,
): ComputedTimeline['lastAnswerDate'] {
  const last =
    additionalInformation && t.tenderDeadline
      ? {
          date: addDays(t.tenderDeadline, -additionalInformation.daysBefore),
          daysBefore: additionalInformation.daysBefore,
          source: additionalInformation.source,
        }
      : null;
  const q = t.questionsDeadline;
  if (!q) return last;
  const source = `${HL} 56 § 5 mom.`;
  if (t.noticeSent && q < t.noticeSent) {
    f.add(
      'error',
      'questionsBeforeNotice',
      'questionsDeadline',
      { date: q, noticeSent: t.noticeSent },
      source,
    );
  } else if (t.tenderDeadline && q > t.tenderDeadline) {
    const params = { date: q, tenderDeadline: t.tenderDeadline };
    f.add('error', 'questionsAfterTenderDeadline', 'questionsDeadline', params, source);
  } else if (last && q > last.date) {
    const params = { date: q, lastAnswerDate: last.date, days: last.daysBefore };
    f.add('warning', 'questionsAfterLastAnswerDate', 'questionsDeadline', params, last.source);
  } else if (additionalInformation && !t.tenderDeadline) {
    f.need('tenderDeadline');
  }
  return last;
}

/** Contract after the decision (128 §) and, when a standstill applies, after it (129 §). */
function checkContractStart(
  t: Timeline,
  standstillApplies: boolean,
  standstill: ComputedTimeline['standstill'],
  f: TimelineFindings,
): void {
  const start = t.contractStart;
  if (!start) return;
  if (t.decision && start < t.decision) {
    f.add(
      'error',
      'contractBeforeDecision',
      'contractStart',
      { date: start, decision: t.decision },
      `${HL} 128 § 1 mom.`,
    );
  } else if (standstill && start < standstill.dates.earliestContract) {
    const params = {
      date: start,
      earliest: standstill.dates.earliestContract,
      lastDay: standstill.dates.lastDay,
      days: standstill.days,
    };
    const source = cite(['standstill'], 'fi');
    f.add('error', 'contractBeforeStandstillEnd', 'contractStart', params, source);
  } else if (standstillApplies && !t.decision) {
    f.need('decision');
  }
}

/** Utilities' framework agreements last at most eight years (laki 1398/2016). */
export const UTILITY_FRAMEWORK_MAX_MONTHS = 96;

/**
 * The longest a framework agreement may last without a special reason, where a statutory
 * maximum applies: an EU procurement of a contracting authority, four years (hankintalaki
 * 1397/2016 42 §, the framework agreement's maximum duration; directive 2014/24/EU art.
 * 33(1)); an EU-level utilities procurement, eight years (laki 1398/2016, the utilities
 * framework agreement's maximum duration; directive 2014/25/EU art. 51(1)). Null where the
 * acts set no maximum: national procurements (chapter 11 does not apply 42 §), small
 * procurements, utilities below the EU threshold, and an unknown regime.
 */
export function frameworkMaximum(
  regime: Regime | null,
  authorityType: AuthorityType,
): { months: number; source: string } | null {
  if (regime !== 'eu') return null;
  return authorityType === 'utility'
    ? {
        months: UTILITY_FRAMEWORK_MAX_MONTHS,
        source: cite(['utilityFrameworkMaximum'], 'fi'),
      }
    : { months: FRAMEWORK_MAX_MONTHS, source: cite(['frameworkMaximum'], 'fi') };
}

/** A framework agreement lasts at most the statutory maximum, options included. */
function checkFrameworkDuration(input: TimelineCheckInput, f: TimelineFindings): void {
  if (input.procedure.kind !== 'frameworkAgreement') return;
  const max = frameworkMaximum(input.regime, input.authorityType);
  if (!max) return;
  const months = totalTermMonths(input.term);
  if (months === null) {
    f.add('warning', 'frameworkWithoutEnd', 'contractTerm', { max: max.months }, max.source);
  } else if (months > max.months) {
    const params = { months, max: max.months };
    f.add('warning', 'frameworkLongerThanFourYears', 'contractTerm', params, max.source);
  }
}

/** Each option is decided before its period starts; undecided ones noted once. */
function checkOptionDecisions(
  t: Timeline,
  term: ContractTerm,
  periods: ContractPeriods,
  f: TimelineFindings,
): void {
  const undecided = periods.options.filter((o) => !t.optionDecisions[o.key]);
  for (const option of periods.options) {
    const decision = t.optionDecisions[option.key];
    if (decision && decision >= option.start) {
      const optionNumber = term.options.findIndex((o) => o.id === option.optionId) + 1;
      const params = {
        key: option.key,
        optionNumber,
        n: option.n,
        date: decision,
        start: option.start,
      };
      f.add('error', 'optionDecisionTooLate', 'optionDecision', params, OPTION_SOURCE);
    }
  }
  const first = undecided[0];
  if (first) {
    const params = { count: undecided.length, firstStart: first.start, key: first.key };
    f.add('info', 'optionDecisionsMissing', 'optionDecision', params, OPTION_SOURCE);
  }
}

/** Options are used by a decision before the option period starts, as the contract says. */
const OPTION_SOURCE = 'Hankintasopimuksen optioehto; hankintalaki 1397/2016 27 § 1 mom., 136 §';

function deadlineParams(planned: IsoDate, e: EarliestDeadline): TimelineWarning['params'] {
  const params: TimelineWarning['params'] = {
    date: planned,
    earliest: e.earliest,
    periodEnd: e.periodEnd,
    countedFrom: e.countedFrom,
    days: e.limit.days,
    rule: e.limit.rule,
  };
  if (e.movedBecause) params['day'] = e.movedBecause;
  return params;
}
