import type { IsoDate } from '../common/calendarDate';
import type { Milestone, Timeline } from './timeline';
import type { TimelineFindings, TimelineWarningCode } from './timelineWarnings';

/**
 * The order of the planned milestones: market dialogue before the notice, deadlines after
 * what they count from, evaluation and decision after the tender deadline, the contract after
 * the decision. Only dates that are set are compared, each with the nearest earlier date
 * that is set. Part of the timeline check (deadlineCheck.ts).
 */

const HL = 'Hankintalaki 1397/2016';

/**
 * Checks the order of the milestones. Runs after the period and contract checks, so that a
 * milestone that already has an error is not reported twice.
 */
export function checkMilestoneOrder(t: Timeline, f: TimelineFindings): void {
  checkMarketDialogue(t, f);
  checkProcedureOrder(t, f);
  checkEvaluationAndDecision(t, f);
  checkRemainingOrder(t, f);
}

type DatedMilestone = { m: Milestone; date: IsoDate | null };

/** The nearest earlier milestone of `chain[i]` that has a date. */
function previousSet(chain: readonly DatedMilestone[], i: number): DatedMilestone | undefined {
  return chain
    .slice(0, i)
    .reverse()
    .find((p) => p.date !== null);
}

/** Market dialogue ends before it starts, or after the procedure started (65 § 1 mom.). */
function checkMarketDialogue(t: Timeline, f: TimelineFindings): void {
  const { marketDialogueStart: start, marketDialogueEnd: end, noticeSent } = t;
  if (start && end && end < start) {
    f.add(
      'error',
      'marketDialogueEndBeforeStart',
      'marketDialogueEnd',
      { start, end },
      `${HL} 65 §`,
    );
  } else if (end && noticeSent && end > noticeSent) {
    f.add(
      'warning',
      'marketDialogueAfterNotice',
      'marketDialogueEnd',
      { end, noticeSent },
      `${HL} 65 § 1 mom.`,
    );
  }
}

/** Notice → requests deadline → invitations → tender deadline, between dates that are set. */
function checkProcedureOrder(t: Timeline, f: TimelineFindings): void {
  const chain: DatedMilestone[] = [
    { m: 'noticeSent', date: t.noticeSent },
    { m: 'requestsDeadline', date: t.requestsDeadline },
    { m: 'invitationsSent', date: t.invitationsSent },
    { m: 'tenderDeadline', date: t.tenderDeadline },
  ];
  chain.forEach((current, i) => {
    if (!current.date || f.erred.has(current.m)) return;
    const previous = previousSet(chain, i);
    const rule = previous && ORDER_RULES[`${previous.m}>${current.m}`];
    if (!previous?.date || !rule) return;
    // A deadline must come after what it counts from; invitations may go the same day.
    const wrong =
      current.m === 'invitationsSent'
        ? current.date < previous.date
        : current.date <= previous.date;
    if (wrong) {
      const params = { date: current.date, previousDate: previous.date, previous: previous.m };
      f.add('error', rule.code, current.m, params, rule.source);
    }
  });
}

/** Evaluation and decision only after the tender deadline; decision after evaluation. */
function checkEvaluationAndDecision(t: Timeline, f: TimelineFindings): void {
  const { tenderDeadline, evaluationEnd, decision } = t;
  if (tenderDeadline && evaluationEnd && evaluationEnd < tenderDeadline) {
    // Tenders are opened and compared only after the deadline, the same for all (3 §).
    const params = { date: evaluationEnd, tenderDeadline };
    f.add(
      'error',
      'evaluationBeforeTenderDeadline',
      'evaluationEnd',
      params,
      `${HL} 3 § 1 mom., 93 §`,
    );
  }
  if (tenderDeadline && decision && decision < tenderDeadline) {
    f.add(
      'error',
      'decisionBeforeTenderDeadline',
      'decision',
      { date: decision, tenderDeadline },
      `${HL} 123 §`,
    );
  } else if (evaluationEnd && decision && decision < evaluationEnd) {
    const params = { date: decision, evaluationEnd };
    f.add('warning', 'decisionBeforeEvaluationEnd', 'decision', params, `${HL} 123 § 1 mom.`);
  }
}

/** Anything else out of order, against the nearest earlier date that is set. */
function checkRemainingOrder(t: Timeline, f: TimelineFindings): void {
  const chain: DatedMilestone[] = [
    { m: 'noticeSent', date: t.noticeSent },
    { m: 'requestsDeadline', date: t.requestsDeadline },
    { m: 'invitationsSent', date: t.invitationsSent },
    { m: 'tenderDeadline', date: t.tenderDeadline },
    { m: 'evaluationEnd', date: t.evaluationEnd },
    { m: 'decision', date: t.decision },
    { m: 'contractStart', date: t.contractStart },
  ];
  const flagged = new Set(
    f.list.filter((w) => w.code !== 'deadlineOnNonWorkingDay').map((w) => w.milestone),
  );
  chain.forEach((current, i) => {
    if (!current.date || flagged.has(current.m)) return;
    const previous = previousSet(chain, i);
    if (previous?.date && current.date < previous.date) {
      const params = {
        date: current.date,
        milestone: current.m,
        previous: previous.m,
        previousDate: previous.date,
      };
      f.add('error', 'milestoneOutOfOrder', current.m, params, `${HL} 3 § 1 mom.`);
    }
  });
}

/** Order errors of the procedure's own dates, by pair, with their source. */
const ORDER_RULES: Partial<Record<string, { code: TimelineWarningCode; source: string }>> = {
  'noticeSent>requestsDeadline': {
    code: 'requestsDeadlineNotAfterNotice',
    source: `${HL} 56 § 2 mom.`,
  },
  'noticeSent>invitationsSent': {
    code: 'invitationsBeforeNotice',
    source: `${HL} 33 § 1 mom., 70 §`,
  },
  'requestsDeadline>invitationsSent': {
    code: 'invitationsBeforeRequestsDeadline',
    source: `${HL} 33 § 1 mom., 70 §`,
  },
  'noticeSent>tenderDeadline': {
    code: 'tenderDeadlineNotAfterNotice',
    source: `${HL} 56 § 2 mom.`,
  },
  'requestsDeadline>tenderDeadline': {
    code: 'tenderDeadlineNotAfterRequestsDeadline',
    source: `${HL} 33 § 1 mom., 70 §`,
  },
  'invitationsSent>tenderDeadline': {
    code: 'tenderDeadlineNotAfterInvitations',
    source: `${HL} 56 § 2 mom., 70 §`,
  },
};
