import type { nonWorkingReason } from '../common/finnishHolidays';
import type { Milestone } from './timeline';

/**
 * The vocabulary of the timeline check (deadlineCheck.ts): every finding it can give, what a
 * finding is about and how its parameters are read. Each code has its text in fi, sv and en
 * (`timeline.warnings.<code>`).
 */

/** Why a day is not a working day: Saturday, Sunday or a named holiday (finnishHolidays key). */
export type NonWorkingReason = NonNullable<ReturnType<typeof nonWorkingReason>>;

/** Every warning the check can give, in the order of the procurement. */
export const TIMELINE_WARNING_CODES = [
  'procedureNotAllowed',
  'directAwardWithoutJustification',
  'urgencyWithoutJustification',
  'timeLimitsNotComputed',
  'datesMissingForCheck',
  'marketDialogueEndBeforeStart',
  'marketDialogueAfterNotice',
  'requestsDeadlineTooEarly',
  'requestsDeadlineNotAfterNotice',
  'invitationsBeforeNotice',
  'invitationsBeforeRequestsDeadline',
  'questionsBeforeNotice',
  'questionsAfterTenderDeadline',
  'questionsAfterLastAnswerDate',
  'tenderDeadlineTooEarly',
  'tenderPeriodFromInvitationTooShort',
  'tenderDeadlineBelowOwnMinimum',
  'tenderDeadlineNotAfterNotice',
  'tenderDeadlineNotAfterRequestsDeadline',
  'tenderDeadlineNotAfterInvitations',
  'deadlineOnNonWorkingDay',
  'evaluationBeforeTenderDeadline',
  'decisionBeforeTenderDeadline',
  'decisionBeforeEvaluationEnd',
  'contractBeforeDecision',
  'contractBeforeStandstillEnd',
  'milestoneOutOfOrder',
  'frameworkLongerThanFourYears',
  'frameworkWithoutEnd',
  'optionDecisionTooLate',
  'optionDecisionsMissing',
] as const;
/** One warning code; its text is `timeline.warnings.<code>`. */
export type TimelineWarningCode = (typeof TIMELINE_WARNING_CODES)[number];

/** What a warning is about: a milestone, or another part of the plan. */
export type TimelineField = Milestone | 'optionDecision' | 'procedure' | 'contractTerm';

/**
 * One finding. `params` fill the message; by convention a string that is an ISO date is a
 * date, `day` is a {@link NonWorkingReason}, `milestone`/`previous` a milestone and
 * `milestones` a comma-separated list of milestones, `rule` a time-limit rule key,
 * `procedure` a procedure kind and `regime` a regime.
 */
export interface TimelineWarning {
  severity: 'error' | 'warning' | 'info';
  code: TimelineWarningCode;
  milestone: TimelineField;
  params: Record<string, string | number>;
  source: string;
}

/**
 * Collects the findings of one check; remembers which fields already have an error (so a
 * later, broader check does not repeat it) and which dates other checks wait for.
 */
export class TimelineFindings {
  readonly list: TimelineWarning[] = [];
  readonly erred = new Set<TimelineField>();
  readonly missing: Milestone[] = [];

  /** Records one finding. */
  add(
    severity: TimelineWarning['severity'],
    code: TimelineWarningCode,
    milestone: TimelineField,
    params: TimelineWarning['params'],
    source: string,
  ): void {
    if (severity === 'error') this.erred.add(milestone);
    this.list.push({ severity, code, milestone, params, source });
  }

  /** A date another check waits for; reported once, as one info line. */
  need(m: Milestone): void {
    if (!this.missing.includes(m)) this.missing.push(m);
  }
}
