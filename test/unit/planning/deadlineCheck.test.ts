import { describe, expect, it } from 'vitest';
import {
  checkTimeline,
  earliestDeadline,
  PERIOD_END_SOURCE,
  TIMELINE_WARNING_CODES,
  type TimelineCheck,
  type TimelineWarningCode,
} from '../../../shared/domain/planning/deadlineCheck';
import {
  defaultProcedureChoice,
  type ProcedureChoice,
} from '../../../shared/domain/planning/procedureChoice';
import type {
  AuthorityType,
  ProcurementCategory,
} from '../../../shared/domain/procurement/procurementCategory';
import { regimeConsequences, type Regime } from '../../../shared/domain/planning/regime';
import { finnishHolidays } from '../../../shared/domain/common/finnishHolidays';
import {
  minimumTimeLimits,
  NO_TIME_LIMIT_REASONS,
  TIME_LIMIT_NOTES,
  TIME_LIMIT_RULES,
} from '../../../shared/domain/planning/timeLimits';
import { MILESTONES } from '../../../shared/domain/planning/timeline';
import { timelineTexts } from '../../../shared/i18n/features/timeline';
import { emptyTimeline, type Timeline } from '../../../shared/domain/planning/timeline';
import type { ContractTerm } from '../../../shared/domain/planning/valuation';

const OPTION_A = '11111111-1111-4111-8111-111111111111';
const OPTION_B = '22222222-2222-4222-8222-222222222222';

const oneYear: ContractTerm = { kind: 'fixed', baseMonths: 12, options: [], extensionMonths: 0 };

interface Case {
  timeline?: Partial<Timeline>;
  procedure?: Partial<ProcedureChoice>;
  regime?: Regime | null;
  authorityType?: AuthorityType;
  category?: ProcurementCategory;
  term?: ContractTerm;
  ownDays?: number;
}

/** Runs the check the way the planning page does: regime → consequences and limits → check. */
function check(c: Case = {}): TimelineCheck {
  const procedure = { ...defaultProcedureChoice, kind: 'open' as const, ...c.procedure };
  const regime = c.regime === undefined ? 'eu' : c.regime;
  const authorityType = c.authorityType ?? 'subCentral';
  const category = c.category ?? 'services';
  return checkTimeline({
    timeline: { ...emptyTimeline, optionDecisions: {}, ...c.timeline },
    term: c.term ?? oneYear,
    procedure,
    regime,
    authorityType,
    consequences:
      regime === null
        ? null
        : regimeConsequences({ regime, authorityType, category, procedure: procedure.kind }),
    limits:
      regime === null
        ? null
        : minimumTimeLimits({
            regime,
            authorityType,
            category,
            procedure,
            nationalMinimumTenderDays: c.ownDays ?? 14,
          }),
  });
}

function codes(result: TimelineCheck): TimelineWarningCode[] {
  return result.warnings.map((w) => w.code);
}

function warning(result: TimelineCheck, code: TimelineWarningCode) {
  const found = result.warnings.find((w) => w.code === code);
  if (!found) throw new Error(`expected ${code}, got ${codes(result).join(', ') || 'nothing'}`);
  return found;
}

describe('counting a minimum period (hankintalaki 56 §; laki 150/1930 2 § and 5 §; asetus 1182/71 3 art.)', () => {
  it('does not count the sending day: exactly 30 days later is allowed (hankintalaki 56 § 2–3 mom.)', () => {
    // Monday 2.3.2026 + 30 = Wednesday 1.4.2026.
    const result = check({ timeline: { noticeSent: '2026-03-02', tenderDeadline: '2026-04-01' } });
    expect(result.computed.tenderDeadline).toMatchObject({
      countedFrom: '2026-03-02',
      periodEnd: '2026-04-01',
      earliest: '2026-04-01',
      movedBecause: null,
    });
    expect(result.warnings).toEqual([]);
  });

  it('refuses 29 days as too short, as an error with the rule and source (hankintalaki 56 § 2–3 mom.)', () => {
    const result = check({ timeline: { noticeSent: '2026-03-02', tenderDeadline: '2026-03-31' } });
    expect(warning(result, 'tenderDeadlineTooEarly')).toEqual({
      severity: 'error',
      code: 'tenderDeadlineTooEarly',
      milestone: 'tenderDeadline',
      params: {
        date: '2026-03-31',
        earliest: '2026-04-01',
        periodEnd: '2026-04-01',
        countedFrom: '2026-03-02',
        days: 30,
        rule: 'euOpenElectronic',
      },
      source: 'Hankintalaki 1397/2016 56 § 2–3 mom.',
    });
  });

  it('moves a period ending on a Saturday to Monday (asetus 1182/71 3 art. 4 kohta, laki 150/1930 5 §)', () => {
    // Thursday 26.2.2026 + 30 = Saturday 28.3.2026 → Monday 30.3.2026.
    const e = check({ timeline: { noticeSent: '2026-02-26' } }).computed.tenderDeadline;
    expect(e).toMatchObject({
      periodEnd: '2026-03-28',
      earliest: '2026-03-30',
      movedBecause: 'saturday',
    });
    expect(e?.source).toBe(`Hankintalaki 1397/2016 56 § 2–3 mom.; ${PERIOD_END_SOURCE}`);
  });

  it('moves a period ending on a Sunday to Monday (asetus 1182/71 3 art. 4 kohta)', () => {
    const e = check({ timeline: { noticeSent: '2026-02-27' } }).computed.tenderDeadline;
    expect(e).toMatchObject({
      periodEnd: '2026-03-29',
      earliest: '2026-03-30',
      movedBecause: 'sunday',
    });
  });

  it('moves a period ending on Good Friday 2027 past Easter to Tuesday 30.3.2027 (laki 150/1930 5 §)', () => {
    const e = check({ timeline: { noticeSent: '2027-02-24' } }).computed.tenderDeadline;
    expect(e).toMatchObject({
      periodEnd: '2027-03-26',
      earliest: '2027-03-30',
      movedBecause: 'goodFriday',
    });
  });

  it('moves a period ending on Easter Monday 2027 to Tuesday (laki 150/1930 5 §)', () => {
    const e = check({ timeline: { noticeSent: '2027-02-27' } }).computed.tenderDeadline;
    expect(e).toMatchObject({
      periodEnd: '2027-03-29',
      earliest: '2027-03-30',
      movedBecause: 'easterMonday',
    });
  });

  it('moves a period ending on Midsummer Eve 2027 to Monday 28.6.2027 (laki 150/1930 5 §)', () => {
    const e = check({ timeline: { noticeSent: '2027-05-26' } }).computed.tenderDeadline;
    expect(e).toMatchObject({
      periodEnd: '2027-06-25',
      earliest: '2027-06-28',
      movedBecause: 'midsummerEve',
    });
  });

  it('moves a period ending on Christmas Eve 2026 to Monday 28.12.2026 (laki 150/1930 5 §)', () => {
    const e = check({ timeline: { noticeSent: '2026-11-24' } }).computed.tenderDeadline;
    expect(e).toMatchObject({
      periodEnd: '2026-12-24',
      earliest: '2026-12-28',
      movedBecause: 'christmasEve',
    });
  });

  it('a deadline on the calendar end day that is a holiday is too early: the moved day is the minimum (laki 150/1930 5 §)', () => {
    const result = check({ timeline: { noticeSent: '2026-11-24', tenderDeadline: '2026-12-24' } });
    expect(warning(result, 'tenderDeadlineTooEarly').params).toMatchObject({
      periodEnd: '2026-12-24',
      earliest: '2026-12-28',
      day: 'christmasEve',
    });
  });

  it('35 days from 2.3.2026 end on Easter Monday 2026, so the earliest deadline is 7.4. (hankintalaki 56 § 2 mom., laki 150/1930 5 §)', () => {
    const limit = {
      days: 35,
      from: 'noticeSent' as const,
      statutory: true,
      rule: 'euOpen' as const,
      source: 'Hankintalaki 1397/2016 56 § 2 mom.',
    };
    expect(earliestDeadline(limit, '2026-03-02')).toMatchObject({
      periodEnd: '2026-04-06',
      earliest: '2026-04-07',
      movedBecause: 'easterMonday',
    });
  });
});

describe('EU procedures (hankintalaki 56–57 §)', () => {
  it('EU open procedure without electronic tenders needs 35 days (hankintalaki 56 § 2 mom.)', () => {
    const result = check({
      procedure: { electronicTenders: false },
      timeline: { noticeSent: '2026-03-02', tenderDeadline: '2026-04-01' },
    });
    expect(warning(result, 'tenderDeadlineTooEarly').params).toMatchObject({
      days: 35,
      rule: 'euOpen',
      earliest: '2026-04-07',
    });
  });

  it('EU open procedure in urgency allows 15 days and warns without a justification (hankintalaki 57 § 1 mom.)', () => {
    const result = check({
      procedure: { urgency: true },
      timeline: { noticeSent: '2026-03-02', tenderDeadline: '2026-03-17' },
    });
    expect(codes(result)).toEqual(['urgencyWithoutJustification']);
    expect(warning(result, 'urgencyWithoutJustification').severity).toBe('warning');
    const justified = check({
      procedure: { urgency: true, urgencyJustification: 'Tulipalo tuhosi keittiön.' },
      timeline: { noticeSent: '2026-03-02', tenderDeadline: '2026-03-17' },
    });
    expect(justified.warnings).toEqual([]);
  });

  it('EU open procedure after a prior information notice allows 15 days (hankintalaki 57 § 2 mom.)', () => {
    const result = check({
      procedure: { priorInformationNotice: true },
      timeline: { noticeSent: '2026-03-02', tenderDeadline: '2026-03-16' },
    });
    expect(warning(result, 'tenderDeadlineTooEarly').params).toMatchObject({
      days: 15,
      earliest: '2026-03-17',
      rule: 'euOpenPin',
    });
  });

  it('EU restricted procedure: requests deadline 29 days after the notice is too early (hankintalaki 56 § 2 mom.)', () => {
    const result = check({
      procedure: { kind: 'restricted' },
      authorityType: 'central',
      timeline: { noticeSent: '2026-03-02', requestsDeadline: '2026-03-31' },
    });
    expect(warning(result, 'requestsDeadlineTooEarly')).toMatchObject({
      severity: 'error',
      milestone: 'requestsDeadline',
      params: { earliest: '2026-04-01', days: 30, rule: 'euRequests' },
      source: 'Hankintalaki 1397/2016 56 § 2 mom.',
    });
  });

  it('EU restricted procedure: invitations before the requests deadline are an error (hankintalaki 33 § 1 mom., 70 §)', () => {
    const result = check({
      procedure: { kind: 'restricted' },
      authorityType: 'central',
      timeline: {
        noticeSent: '2026-03-02',
        requestsDeadline: '2026-04-01',
        invitationsSent: '2026-03-30',
      },
    });
    expect(warning(result, 'invitationsBeforeRequestsDeadline')).toMatchObject({
      severity: 'error',
      milestone: 'invitationsSent',
      params: { date: '2026-03-30', previousDate: '2026-04-01', previous: 'requestsDeadline' },
    });
  });

  it('EU restricted procedure, central government: tender period 24 days from the invitation is too short (hankintalaki 56 § 2–3 mom.)', () => {
    const result = check({
      procedure: { kind: 'restricted' },
      authorityType: 'central',
      timeline: {
        noticeSent: '2026-03-02',
        requestsDeadline: '2026-04-01',
        invitationsSent: '2026-04-08',
        tenderDeadline: '2026-05-02',
      },
    });
    const w = warning(result, 'tenderPeriodFromInvitationTooShort');
    expect(w.params).toMatchObject({ countedFrom: '2026-04-08', days: 25, earliest: '2026-05-04' });
    expect(result.computed.requestsDeadline?.earliest).toBe('2026-04-01');
  });

  it('EU restricted procedure after a prior information notice: 10 days from the invitation (hankintalaki 57 § 2 mom.)', () => {
    const result = check({
      procedure: { kind: 'restricted', priorInformationNotice: true },
      authorityType: 'central',
      timeline: { invitationsSent: '2026-04-08', tenderDeadline: '2026-04-20' },
    });
    expect(result.computed.tenderDeadline).toMatchObject({
      periodEnd: '2026-04-18',
      earliest: '2026-04-20',
    });
    expect(codes(result)).not.toContain('tenderPeriodFromInvitationTooShort');
  });

  it('sub-central restricted procedure with an agreed deadline: no minimum, a short period is accepted (hankintalaki 56 § 4 mom.)', () => {
    const result = check({
      procedure: { kind: 'restricted', tenderDeadlineAgreed: true },
      timeline: { invitationsSent: '2026-04-08', tenderDeadline: '2026-04-13' },
    });
    expect(result.computed.tenderDeadline).toBeNull();
    expect(result.warnings).toEqual([]);
  });

  it('sub-central restricted procedure without agreement: 9 days is too short, 10 is enough (hankintalaki 56 § 4 mom.)', () => {
    const short = check({
      procedure: { kind: 'restricted', tenderDeadlineAgreed: false },
      timeline: { invitationsSent: '2026-04-08', tenderDeadline: '2026-04-17' },
    });
    expect(warning(short, 'tenderPeriodFromInvitationTooShort')).toMatchObject({
      params: { days: 10, earliest: '2026-04-20', rule: 'euSubCentralNoAgreement' },
      source: 'Hankintalaki 1397/2016 56 § 4 mom.; ' + PERIOD_END_SOURCE,
    });
    const enough = check({
      procedure: { kind: 'restricted', tenderDeadlineAgreed: false },
      timeline: { invitationsSent: '2026-04-09', tenderDeadline: '2026-04-20' },
    });
    expect(enough.warnings).toEqual([]);
  });

  it('sub-central restricted: 10 days from invitations on 26.11.2027 end on Independence Day, moved to 7.12. (hankintalaki 56 § 4 mom., laki 150/1930 5 §)', () => {
    const result = check({
      procedure: { kind: 'restricted' },
      timeline: { invitationsSent: '2027-11-26' },
    });
    expect(result.computed.tenderDeadline).toMatchObject({
      periodEnd: '2027-12-06',
      earliest: '2027-12-07',
      movedBecause: 'independenceDay',
    });
  });

  it('two-stage concession: tenders 22 days from the invitation without electronic tenders (hankintalaki 121 § 1 mom.)', () => {
    const result = check({
      procedure: { kind: 'restricted', electronicTenders: false },
      regime: 'national',
      category: 'serviceConcession',
      timeline: { invitationsSent: '2026-04-08', tenderDeadline: '2026-04-29' },
    });
    expect(warning(result, 'tenderPeriodFromInvitationTooShort').params).toMatchObject({
      days: 22,
      earliest: '2026-04-30',
      rule: 'concessionTenders',
    });
  });
});

describe('national procurements and utilities (hankintalaki 102 § 1 mom. 10 k.; laki 1398/2016)', () => {
  it('national procurement: a period below the own minimum is a warning, not an error (hankintalaki 102 § 1 mom. 10 k.)', () => {
    const result = check({
      regime: 'national',
      ownDays: 14,
      timeline: { noticeSent: '2026-03-02', tenderDeadline: '2026-03-13' },
    });
    expect(warning(result, 'tenderDeadlineBelowOwnMinimum')).toMatchObject({
      severity: 'warning',
      params: { days: 14, earliest: '2026-03-16', rule: 'nationalOwnMinimum' },
    });
    expect(result.warnings.filter((w) => w.severity === 'error')).toEqual([]);
  });

  it('national procurement has no standstill: the contract may start the day after the decision (hankintalaki 129 § 1 mom.)', () => {
    const result = check({
      regime: 'national',
      timeline: { decision: '2026-05-04', contractStart: '2026-05-05' },
    });
    expect(result.computed.standstill).toBeNull();
    expect(result.computed.earliestContractStart).toBeNull();
    expect(codes(result)).not.toContain('contractBeforeStandstillEnd');
  });

  it('utilities: time limits are not computed, said once as info (laki 1398/2016)', () => {
    const result = check({
      authorityType: 'utility',
      timeline: { noticeSent: '2026-03-02', tenderDeadline: '2026-03-05' },
    });
    expect(result.warnings).toEqual([
      {
        severity: 'info',
        code: 'timeLimitsNotComputed',
        milestone: 'procedure',
        params: {},
        source: 'Erityisalojen hankintalaki 1398/2016',
      },
    ]);
    expect(result.computed.tenderDeadline).toBeNull();
  });
});

describe('deadlines on days off (laki 150/1930 5 §; asetus 1182/71 3 art. 4 kohta)', () => {
  it('warns about a tender deadline on Good Friday and suggests the next working day', () => {
    const result = check({ timeline: { noticeSent: '2027-01-04', tenderDeadline: '2027-03-26' } });
    expect(warning(result, 'deadlineOnNonWorkingDay')).toEqual({
      severity: 'warning',
      code: 'deadlineOnNonWorkingDay',
      milestone: 'tenderDeadline',
      params: {
        date: '2027-03-26',
        day: 'goodFriday',
        suggestion: '2027-03-30',
        milestone: 'tenderDeadline',
      },
      source: PERIOD_END_SOURCE,
    });
  });

  it('warns about a requests deadline on a Saturday', () => {
    const result = check({
      procedure: { kind: 'restricted' },
      timeline: { noticeSent: '2026-03-02', requestsDeadline: '2026-04-11' },
    });
    expect(warning(result, 'deadlineOnNonWorkingDay').params).toMatchObject({
      day: 'saturday',
      suggestion: '2026-04-13',
      milestone: 'requestsDeadline',
    });
  });
});

describe('questions and answers (hankintalaki 56 § 5 mom.)', () => {
  it('computes the last day to answer: 6 days before the tender deadline (hankintalaki 56 § 5 mom.)', () => {
    const result = check({ timeline: { noticeSent: '2026-03-02', tenderDeadline: '2026-04-15' } });
    expect(result.computed.lastAnswerDate).toEqual({
      date: '2026-04-09',
      daysBefore: 6,
      source: 'Hankintalaki 1397/2016 56 § 5 mom.',
    });
  });

  it('4 days in urgency (hankintalaki 56 § 5 mom., 57 §)', () => {
    const result = check({
      procedure: { urgency: true, urgencyJustification: 'Peruste' },
      timeline: { noticeSent: '2026-03-02', tenderDeadline: '2026-04-15' },
    });
    expect(result.computed.lastAnswerDate?.date).toBe('2026-04-11');
  });

  it('a questions deadline after the tender deadline is an error (hankintalaki 56 § 5 mom.)', () => {
    const result = check({
      timeline: {
        noticeSent: '2026-03-02',
        questionsDeadline: '2026-04-16',
        tenderDeadline: '2026-04-15',
      },
    });
    expect(warning(result, 'questionsAfterTenderDeadline').severity).toBe('error');
  });

  it('a questions deadline later than the last answer day is a warning (hankintalaki 56 § 5 mom.)', () => {
    const result = check({
      timeline: {
        noticeSent: '2026-03-02',
        questionsDeadline: '2026-04-10',
        tenderDeadline: '2026-04-15',
      },
    });
    expect(warning(result, 'questionsAfterLastAnswerDate')).toMatchObject({
      severity: 'warning',
      params: { lastAnswerDate: '2026-04-09', days: 6 },
    });
    const inTime = check({
      timeline: {
        noticeSent: '2026-03-02',
        questionsDeadline: '2026-04-09',
        tenderDeadline: '2026-04-15',
      },
    });
    expect(inTime.warnings).toEqual([]);
  });

  it('national procurements have no answer rule, only the order check (hankintalaki 102 §)', () => {
    const result = check({
      regime: 'national',
      timeline: {
        noticeSent: '2026-03-02',
        questionsDeadline: '2026-04-14',
        tenderDeadline: '2026-04-15',
      },
    });
    expect(result.computed.lastAnswerDate).toBeNull();
    expect(result.warnings).toEqual([]);
  });
});

describe('order of the milestones (hankintalaki 65 §, 123 §, 128 §)', () => {
  it('market dialogue ending before it starts is an error (hankintalaki 65 §)', () => {
    const result = check({
      timeline: { marketDialogueStart: '2026-02-10', marketDialogueEnd: '2026-02-01' },
    });
    expect(warning(result, 'marketDialogueEndBeforeStart').severity).toBe('error');
  });

  it('market dialogue ending after the notice is sent is a warning (hankintalaki 65 § 1 mom.)', () => {
    const result = check({
      timeline: {
        marketDialogueStart: '2026-01-10',
        marketDialogueEnd: '2026-03-05',
        noticeSent: '2026-03-02',
      },
    });
    expect(warning(result, 'marketDialogueAfterNotice')).toMatchObject({
      severity: 'warning',
      milestone: 'marketDialogueEnd',
      source: 'Hankintalaki 1397/2016 65 § 1 mom.',
    });
  });

  it('evaluation or decision before the tender deadline is an error (hankintalaki 3 §, 123 §)', () => {
    const result = check({
      timeline: {
        noticeSent: '2026-03-02',
        tenderDeadline: '2026-04-15',
        evaluationEnd: '2026-04-10',
        decision: '2026-04-14',
      },
    });
    expect(warning(result, 'evaluationBeforeTenderDeadline').severity).toBe('error');
    expect(warning(result, 'decisionBeforeTenderDeadline').severity).toBe('error');
  });

  it('a decision before the end of evaluation is a warning (hankintalaki 123 § 1 mom.)', () => {
    const result = check({
      timeline: {
        tenderDeadline: '2026-04-15',
        evaluationEnd: '2026-05-10',
        decision: '2026-05-04',
      },
    });
    expect(warning(result, 'decisionBeforeEvaluationEnd').severity).toBe('warning');
  });

  it('a contract before the decision is an error (hankintalaki 128 § 1 mom.)', () => {
    const result = check({
      regime: 'national',
      timeline: { decision: '2026-05-04', contractStart: '2026-05-01' },
    });
    expect(warning(result, 'contractBeforeDecision')).toMatchObject({
      severity: 'error',
      source: 'Hankintalaki 1397/2016 128 § 1 mom.',
    });
  });

  it('checks only dates that are set, against the nearest set one: contract before the tender deadline (hankintalaki 3 §)', () => {
    const result = check({
      regime: 'national',
      timeline: { tenderDeadline: '2026-04-15', contractStart: '2026-04-01' },
    });
    expect(warning(result, 'milestoneOutOfOrder').params).toMatchObject({
      milestone: 'contractStart',
      previous: 'tenderDeadline',
    });
  });

  it('an empty plan gives no warnings at all', () => {
    expect(check().warnings).toEqual([]);
  });

  it('ignores a requests deadline left over when the procedure is single-stage (hankintalaki 32 §)', () => {
    const result = check({
      timeline: {
        noticeSent: '2026-03-02',
        requestsDeadline: '2026-03-03',
        invitationsSent: '2026-03-01',
      },
    });
    expect(result.warnings).toEqual([]);
    expect(result.computed.requestsDeadline).toBeNull();
  });

  it('notes dates that checks wait for in one info line only (hankintalaki 56 §, 129 §)', () => {
    const result = check({
      procedure: { kind: 'restricted' },
      authorityType: 'central',
      timeline: {
        requestsDeadline: '2026-04-01',
        tenderDeadline: '2026-05-10',
        contractStart: '2026-06-01',
      },
    });
    const infos = result.warnings.filter((w) => w.code === 'datesMissingForCheck');
    expect(infos).toEqual([
      {
        severity: 'info',
        code: 'datesMissingForCheck',
        milestone: 'noticeSent',
        params: { milestones: 'noticeSent,invitationsSent,decision' },
        source: 'Hankintalaki 1397/2016 56 §, 129 §',
      },
    ]);
  });
});

describe('standstill and contract start (hankintalaki 127 § and 129 §)', () => {
  it('computes the standstill of an e-mailed decision and the earliest contract day (hankintalaki 129 § 1 mom.)', () => {
    const result = check({ timeline: { decision: '2026-05-04' } });
    expect(result.computed.standstill).toMatchObject({
      dates: { received: '2026-05-04', lastDay: '2026-05-18', earliestContract: '2026-05-19' },
      days: 14,
      delivery: 'electronic',
    });
    expect(result.computed.earliestContractStart?.date).toBe('2026-05-19');
  });

  it('adds 7 days for a posted decision (hankintalaki 127 § 2 mom.)', () => {
    const result = check({ timeline: { decision: '2026-05-04', decisionDelivery: 'post' } });
    expect(result.computed.standstill?.dates).toEqual({
      received: '2026-05-11',
      lastDay: '2026-05-25',
      earliestContract: '2026-05-26',
    });
  });

  it('a contract start before the standstill ends is an error citing 129 § (hankintalaki 129 § 1 mom.)', () => {
    const result = check({ timeline: { decision: '2026-05-04', contractStart: '2026-05-18' } });
    expect(warning(result, 'contractBeforeStandstillEnd')).toEqual({
      severity: 'error',
      code: 'contractBeforeStandstillEnd',
      milestone: 'contractStart',
      params: { date: '2026-05-18', earliest: '2026-05-19', lastDay: '2026-05-18', days: 14 },
      source: 'Hankintalaki 1397/2016 129 § 1 mom.',
    });
    expect(
      check({ timeline: { decision: '2026-05-04', contractStart: '2026-05-19' } }).warnings,
    ).toEqual([]);
  });

  it('accepts a contract on Mon 22.6.2026 after a decision e-mailed Fri 5.6.2026 (hankintalaki 129 § 1 mom.)', () => {
    // Day 14 is Midsummer Eve 19.6.2026; the first working day after it is Monday 22.6.
    const ok = check({ timeline: { decision: '2026-06-05', contractStart: '2026-06-22' } });
    expect(ok.computed.standstill?.dates.lastDay).toBe('2026-06-19');
    expect(ok.computed.earliestContractStart?.date).toBe('2026-06-22');
    expect(codes(ok)).not.toContain('contractBeforeStandstillEnd');
    const early = check({ timeline: { decision: '2026-06-05', contractStart: '2026-06-20' } });
    expect(warning(early, 'contractBeforeStandstillEnd').params).toEqual({
      date: '2026-06-20',
      earliest: '2026-06-22',
      lastDay: '2026-06-19',
      days: 14,
    });
  });

  it('a direct award has no standstill but needs a written justification (hankintalaki 129 § 3 mom., 40 §)', () => {
    const result = check({
      procedure: { kind: 'directAward' },
      timeline: { decision: '2026-05-04' },
    });
    expect(result.computed.standstill).toBeNull();
    expect(warning(result, 'directAwardWithoutJustification').severity).toBe('error');
    const justified = check({
      procedure: {
        kind: 'directAward',
        directAwardJustification: '40 § 2 mom. 1 k.: ei tarjouksia',
      },
    });
    expect(justified.warnings).toEqual([]);
  });

  it('a small procurement chosen in an EU procurement is not allowed (hankintalaki 25 § 2 mom.)', () => {
    expect(
      warning(check({ procedure: { kind: 'smallProcurement' } }), 'procedureNotAllowed'),
    ).toMatchObject({
      severity: 'error',
      params: { procedure: 'smallProcurement', regime: 'eu' },
    });
    expect(codes(check({ procedure: { kind: 'smallProcurement' }, regime: null }))).toEqual([]);
  });
});

describe('contract periods and options (hankintalaki 27 §, 42 § 5 mom.)', () => {
  const withOptions: ContractTerm = {
    kind: 'fixed',
    baseMonths: 24,
    options: [
      { id: OPTION_A, count: 2, months: 12, likely: true, note: '' },
      { id: OPTION_B, count: 1, months: 6, likely: false, note: '' },
    ],
    extensionMonths: 0,
  };

  it('computes the base and option periods from the contract start', () => {
    const result = check({
      regime: 'national',
      term: withOptions,
      timeline: { contractStart: '2027-01-01' },
    });
    const periods = result.computed.contractPeriods;
    expect(periods?.base).toEqual({ start: '2027-01-01', end: '2028-12-31' });
    expect(periods?.options.map((o) => [o.key, o.start, o.end])).toEqual([
      [`${OPTION_A}#1`, '2029-01-01', '2029-12-31'],
      [`${OPTION_A}#2`, '2030-01-01', '2030-12-31'],
      [`${OPTION_B}#1`, '2031-01-01', '2031-06-30'],
    ]);
  });

  it('an option decided on or after the start of its period is an error; undecided ones are one info line', () => {
    const result = check({
      regime: 'national',
      term: withOptions,
      timeline: {
        contractStart: '2027-01-01',
        optionDecisions: { [`${OPTION_A}#1`]: '2028-09-30', [`${OPTION_A}#2`]: '2030-01-01' },
      },
    });
    expect(warning(result, 'optionDecisionTooLate')).toMatchObject({
      severity: 'error',
      milestone: 'optionDecision',
      params: {
        key: `${OPTION_A}#2`,
        optionNumber: 1,
        n: 2,
        date: '2030-01-01',
        start: '2030-01-01',
      },
    });
    expect(result.warnings.filter((w) => w.code === 'optionDecisionsMissing')).toEqual([
      expect.objectContaining({
        severity: 'info',
        params: { count: 1, firstStart: '2031-01-01', key: `${OPTION_B}#1` },
      }),
    ]);
  });

  it('a framework agreement over 48 months with options is a warning (hankintalaki 42 §)', () => {
    const result = check({ procedure: { kind: 'frameworkAgreement' }, term: withOptions });
    expect(warning(result, 'frameworkLongerThanFourYears')).toMatchObject({
      severity: 'warning',
      params: { months: 54, max: 48 },
      source: 'Hankintalaki 1397/2016 42 § (puitejärjestelyn enimmäiskesto)',
    });
    const fourYears: ContractTerm = { ...withOptions, options: [withOptions.options[0]!] };
    expect(codes(check({ procedure: { kind: 'frameworkAgreement' }, term: fourYears }))).toEqual(
      [],
    );
  });

  it('utilities may run a framework agreement for eight years (laki 1398/2016; directive 2014/25/EU art. 51)', () => {
    const sixYears: ContractTerm = { ...oneYear, baseMonths: 72 };
    const utility = check({
      procedure: { kind: 'frameworkAgreement' },
      authorityType: 'utility',
      term: sixYears,
    });
    expect(codes(utility)).not.toContain('frameworkLongerThanFourYears');
    const tenYears = check({
      procedure: { kind: 'frameworkAgreement' },
      authorityType: 'utility',
      term: { ...oneYear, baseMonths: 120 },
    });
    expect(warning(tenYears, 'frameworkLongerThanFourYears').params).toEqual({
      months: 120,
      max: 96,
    });
  });

  it('a national procurement gets no four-year warning: 42 § applies to EU procurements', () => {
    const national = check({
      regime: 'national',
      procedure: { kind: 'frameworkAgreement' },
      term: { ...oneYear, baseMonths: 72 },
    });
    expect(codes(national)).not.toContain('frameworkLongerThanFourYears');
  });

  it('a framework agreement until further notice is a warning (hankintalaki 42 §)', () => {
    const result = check({
      procedure: { kind: 'frameworkAgreement' },
      term: { ...oneYear, kind: 'indefinite' },
    });
    expect(codes(result)).toEqual(['frameworkWithoutEnd']);
  });
});

/** Every leaf path of a text catalog, e.g. `warnings.tenderDeadlineTooEarly`. */
function leafPaths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    leafPaths(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('timeline texts in fi, sv and en', () => {
  const languages = ['fi', 'sv', 'en'] as const;

  it('lists every code once', () => {
    expect(new Set(TIMELINE_WARNING_CODES).size).toBe(TIMELINE_WARNING_CODES.length);
  });

  it('has the same keys in Swedish and English as in Finnish', () => {
    const fi = leafPaths(timelineTexts.fi).sort();
    expect(leafPaths(timelineTexts.sv).sort()).toEqual(fi);
    expect(leafPaths(timelineTexts.en).sort()).toEqual(fi);
  });

  it('has a message for every warning code, rule, note, reason, milestone and day', () => {
    const days = [...finnishHolidays(2026).map((h) => h.key), 'saturday', 'sunday'];
    for (const language of languages) {
      const texts = timelineTexts[language];
      const paths = new Set(leafPaths(texts));
      const expected = [
        ...TIMELINE_WARNING_CODES.map((c) => `warnings.${c}`),
        ...TIME_LIMIT_RULES.map((r) => `rules.${r}`),
        ...TIME_LIMIT_NOTES.map((n) => `notes.${n}`),
        ...NO_TIME_LIMIT_REASONS.map((r) => `limits.none.${r}`),
        ...MILESTONES.map((m) => `milestones.${m}`),
        ...days.map((d) => `days.${d}`),
      ];
      expect(expected.filter((p) => !paths.has(p))).toEqual([]);
    }
  });

  it('uses in every language the same placeholders as the Finnish message', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const lookup = (root: unknown, path: string) =>
      path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], root) as string;
    for (const path of leafPaths(timelineTexts.fi)) {
      const fi = placeholders(lookup(timelineTexts.fi, path));
      expect([path, placeholders(lookup(timelineTexts.sv, path))]).toEqual([path, fi]);
      expect([path, placeholders(lookup(timelineTexts.en, path))]).toEqual([path, fi]);
    }
  });
});
