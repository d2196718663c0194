import { cite } from '../common/legalSources';
import type { ProcedureChoice, ProcedureKind } from './procedureChoice';
import { effectiveProcedure, procedureGuide } from './procedureGuide';
import {
  isAnnexEServices,
  isConcession,
  type AuthorityType,
  type ProcurementCategory,
} from '../procurement/procurementCategory';
import type { Regime } from './regime';

/**
 * Minimum time limits (vähimmäismääräajat) for requests to participate and tenders, by the
 * legal frame of the procurement (hankintalaki 1397/2016):
 * - EU procedures: 56 § (base limits, −5 days for electronic tenders, sub-central agreement,
 *   additional information) and 57 § (urgency and prior information notice);
 * - concessions from 500 000 €: 121 §;
 * - national procurements (102 § 1 mom. 10 k.) and liite E services (12 luku): no statutory
 *   minimum, only a reasonable time limit, so the organisation's own minimum is used as advice;
 * - utilities (laki 1398/2016): their own limits, which this module does not compute.
 * A period of N days counted from a sending date ends N days after it: the sending day itself
 * is not counted (laki 150/1930 2 §, asetus (ETY, Euratom) N:o 1182/71 3 art. 1 kohta).
 */

const HL = 'Hankintalaki 1397/2016';

/** What a minimum period is counted from: sending the notice, or the invitation to tender. */
export type TimeLimitBasis = 'noticeSent' | 'invitationsSent';

/** The rules that produce a minimum period; the UI explains each (`timeline.rules.<key>`). */
export const TIME_LIMIT_RULES = [
  'euOpen',
  'euOpenElectronic',
  'euOpenUrgency',
  'euOpenPin',
  'euRequests',
  'euRequestsUrgency',
  'euTenders',
  'euTendersElectronic',
  'euTendersPin',
  'euTendersUrgency',
  'euSubCentralNoAgreement',
  'euDpsTenders',
  'concessionSingleStage',
  'concessionSingleStageElectronic',
  'concessionRequests',
  'concessionTenders',
  'concessionTendersElectronic',
  'nationalOwnMinimum',
  'annexEOwnMinimum',
] as const;
/** See {@link TIME_LIMIT_RULES}. */
export type TimeLimitRule = (typeof TIME_LIMIT_RULES)[number];

/** One minimum period. */
export interface TimeLimit {
  days: number;
  from: TimeLimitBasis;
  /** True for a minimum set by law; false for the organisation's own advisory minimum. */
  statutory: boolean;
  rule: TimeLimitRule;
  source: string;
}

/** Notes the officer should know about the limits (`timeline.notes.<key>`). */
export const TIME_LIMIT_NOTES = [
  'tenderDeadlineAgreed',
  'noStatutoryTenderMinimum',
  'reasonableTimeLimit',
  'annexEReasonable',
  'ownMinimumNotSet',
  'siteVisits',
  'electronicNotStacked',
  'pinConditions',
  'urgencyNotApplicable',
  'pinNotApplicable',
  'frameworkCallOffs',
] as const;

/** Something the officer should know about the limits, with its source. */
export interface TimeLimitNote {
  key: (typeof TIME_LIMIT_NOTES)[number];
  source: string;
}

/** Which body of rules the limits come from. */
export type TimeLimitFrame = 'eu' | 'concession' | 'national' | 'annexE';

/** Why no limits apply (`timeline.limits.none.<reason>`). */
export const NO_TIME_LIMIT_REASONS = [
  'belowNational',
  'utilityBelowEu',
  'procedureNotChosen',
  'directAward',
  'smallProcurement',
] as const;
/** See {@link NO_TIME_LIMIT_REASONS}. */
export type NoTimeLimitReason = (typeof NO_TIME_LIMIT_REASONS)[number];

/**
 * The minimum time limits of a procurement:
 * - `limits`: the periods that apply (either may be null when the law sets none);
 * - `none`: no time limits apply (below the thresholds, direct award…);
 * - `notComputed`: limits exist but this app does not compute them (utilities).
 */
export type MinimumTimeLimits =
  | {
      kind: 'limits';
      frame: TimeLimitFrame;
      /** Requests to participate, two-stage procedures only. */
      requests: TimeLimit | null;
      tenders: TimeLimit | null;
      /**
       * Answers to requests for additional information must be given at least this many days
       * before the tender deadline (EU procedures, 56 § 5 mom.).
       */
      additionalInformation: { daysBefore: number; source: string } | null;
      notes: TimeLimitNote[];
    }
  | { kind: 'none'; reason: NoTimeLimitReason; source: string }
  | { kind: 'notComputed'; reason: 'utilities'; source: string };

/** Days the electronic submission of tenders takes off the base limits (56 § 3 mom., 121 § 2 mom.). */
export const ELECTRONIC_REDUCTION_DAYS = 5;
/** Additional information at the latest this many days before the tender deadline (56 § 5 mom.). */
export const ADDITIONAL_INFORMATION_DAYS = 6;
/** The same in the accelerated procedure of 57 § (56 § 5 mom. 1 k.). */
export const ADDITIONAL_INFORMATION_URGENT_DAYS = 4;

/** The procedure a choice runs on: a framework agreement uses its open or restricted award procedure. */
export function runningProcedure(choice: ProcedureChoice): ProcedureKind | null {
  return choice.kind === null ? null : effectiveProcedure(choice.kind, choice.frameworkProcedure);
}

/** True when the procedure has requests to participate before tenders (so two deadlines). */
export function isTwoStage(choice: ProcedureChoice): boolean {
  const kind = runningProcedure(choice);
  return kind !== null && procedureGuide(kind).twoStage;
}

/** Minimum time limits for the regime, authority, category and procedure. */
export function minimumTimeLimits(input: {
  regime: Regime;
  authorityType: AuthorityType;
  category: ProcurementCategory;
  procedure: ProcedureChoice;
  /** The organisation's own minimum tender period for national procurements (0 = none). */
  nationalMinimumTenderDays: number;
}): MinimumTimeLimits {
  const { regime, authorityType, category, procedure } = input;
  if (regime === 'belowNational') {
    return { kind: 'none', reason: 'belowNational', source: `${HL} 25 § 2 mom.` };
  }
  if (authorityType === 'utility' || regime === 'utilityBelowEu') {
    // Below the EU threshold the utilities act does not apply at all; above it, the act has
    // its own time limits, which we do not compute rather than guess.
    return regime === 'eu'
      ? {
          kind: 'notComputed',
          reason: 'utilities',
          source: cite(['utilitiesAct'], 'fi'),
        }
      : {
          kind: 'none',
          reason: 'utilityBelowEu',
          source: cite(['utilitiesAct'], 'fi'),
        };
  }
  const kind = runningProcedure(procedure);
  if (kind === null) {
    return {
      kind: 'none',
      reason: 'procedureNotChosen',
      source: cite(['procedureChapters'], 'fi'),
    };
  }
  if (kind === 'directAward') {
    // No notice, no competition, so no time limits (40 §).
    return { kind: 'none', reason: 'directAward', source: procedureGuide(kind).source };
  }
  if (kind === 'smallProcurement') {
    return { kind: 'none', reason: 'smallProcurement', source: `${HL} 25 § 2 mom.` };
  }
  const framework = procedure.kind === 'frameworkAgreement';
  if (isConcession(category)) return concessionLimits(kind, procedure, framework);
  if (regime === 'national' || isAnnexEServices(category)) {
    return ownMinimum(
      isAnnexEServices(category) ? 'annexE' : 'national',
      isTwoStage(procedure),
      input.nationalMinimumTenderDays,
      framework,
    );
  }
  return euLimits(kind, procedure, authorityType, framework);
}

function limit(days: number, from: TimeLimitBasis, rule: TimeLimitRule, source: string): TimeLimit {
  return { days, from, statutory: true, rule, source };
}

function frameworkNote(framework: boolean): TimeLimitNote[] {
  // 43 § 4 mom.: a mini-competition under the framework needs a sufficient tender period.
  return framework ? [{ key: 'frameworkCallOffs', source: `${HL} 43 § 4 mom.` }] : [];
}

/** EU procedures, hankintalaki 56–57 §. */
function euLimits(
  kind: ProcedureKind,
  choice: ProcedureChoice,
  authorityType: AuthorityType,
  framework: boolean,
): MinimumTimeLimits {
  const notes: TimeLimitNote[] = [{ key: 'siteVisits', source: `${HL} 56 § 1 mom.` }];
  // 57 § covers the open, restricted and negotiated procedures only.
  const acceleratable = kind === 'open' || kind === 'restricted' || kind === 'negotiated';
  const urgency = choice.urgency && acceleratable;
  const pin = choice.priorInformationNotice && acceleratable;
  if (choice.urgency && !acceleratable) {
    notes.push({ key: 'urgencyNotApplicable', source: `${HL} 57 § 1 mom.` });
  }
  if (choice.priorInformationNotice && !acceleratable) {
    notes.push({ key: 'pinNotApplicable', source: `${HL} 57 § 2 mom.` });
  }
  if (pin) notes.push({ key: 'pinConditions', source: `${HL} 57 § 2 mom., 61 §` });
  // 56 § 3 mom. shortens the 56 § 2 mom. limits only; it does not stack on 57 §.
  const electronic = choice.electronicTenders && !urgency && !pin;
  if (choice.electronicTenders && (urgency || pin)) {
    notes.push({ key: 'electronicNotStacked', source: `${HL} 56 § 3 mom., 57 §` });
  }
  const additionalInformation = {
    daysBefore: urgency ? ADDITIONAL_INFORMATION_URGENT_DAYS : ADDITIONAL_INFORMATION_DAYS,
    source: `${HL} 56 § 5 mom.`,
  };
  const requests = urgency
    ? limit(15, 'noticeSent', 'euRequestsUrgency', `${HL} 57 § 1 mom.`)
    : limit(30, 'noticeSent', 'euRequests', `${HL} 56 § 2 mom.`);

  /** Restricted, negotiated and innovation partnership tenders, from the invitation. */
  const invitedTenders = (): TimeLimit => {
    if (urgency) return limit(10, 'invitationsSent', 'euTendersUrgency', `${HL} 57 § 1 mom.`);
    if (pin) return limit(10, 'invitationsSent', 'euTendersPin', `${HL} 57 § 2 mom.`);
    if (electronic) {
      return limit(
        30 - ELECTRONIC_REDUCTION_DAYS,
        'invitationsSent',
        'euTendersElectronic',
        `${HL} 56 § 2–3 mom.`,
      );
    }
    return limit(30, 'invitationsSent', 'euTenders', `${HL} 56 § 2 mom.`);
  };

  const result = (
    req: TimeLimit | null,
    tenders: TimeLimit | null,
    extra: TimeLimitNote[] = [],
  ): MinimumTimeLimits => ({
    kind: 'limits',
    frame: 'eu',
    requests: req,
    tenders,
    additionalInformation,
    notes: [...extra, ...notes, ...frameworkNote(framework)],
  });

  switch (kind) {
    case 'open': {
      let tenders: TimeLimit;
      if (urgency) tenders = limit(15, 'noticeSent', 'euOpenUrgency', `${HL} 57 § 1 mom.`);
      else if (pin) tenders = limit(15, 'noticeSent', 'euOpenPin', `${HL} 57 § 2 mom.`);
      else if (electronic) {
        tenders = limit(
          35 - ELECTRONIC_REDUCTION_DAYS,
          'noticeSent',
          'euOpenElectronic',
          `${HL} 56 § 2–3 mom.`,
        );
      } else tenders = limit(35, 'noticeSent', 'euOpen', `${HL} 56 § 2 mom.`);
      return result(null, tenders);
    }
    case 'restricted': {
      if (authorityType !== 'central') {
        // 56 § 4 mom.: authorities other than central government may agree the tender
        // deadline with all selected candidates; failing agreement, at least 10 days.
        if (choice.tenderDeadlineAgreed) {
          return result(requests, null, [
            { key: 'tenderDeadlineAgreed', source: `${HL} 56 § 4 mom.` },
          ]);
        }
        return result(
          requests,
          limit(10, 'invitationsSent', 'euSubCentralNoAgreement', `${HL} 56 § 4 mom.`),
        );
      }
      return result(requests, invitedTenders());
    }
    case 'negotiated':
      return result(requests, invitedTenders());
    case 'innovationPartnership':
      return result(requests, invitedTenders());
    case 'competitiveDialogue':
      return result(requests, null, [
        { key: 'noStatutoryTenderMinimum', source: `${HL} 56 § 2 mom.` },
      ]);
    case 'dynamicPurchasingSystem':
      return result(requests, limit(10, 'invitationsSent', 'euDpsTenders', `${HL} 56 § 2 mom.`));
    case 'frameworkAgreement':
    case 'directAward':
    case 'smallProcurement':
      // Resolved before: a framework runs on its award procedure, the others have no limits.
      throw new Error(`No EU time limits for ${kind}`);
  }
}

/** Concessions from the national threshold, hankintalaki 121 §. */
function concessionLimits(
  kind: ProcedureKind,
  choice: ProcedureChoice,
  framework: boolean,
): MinimumTimeLimits {
  const notes: TimeLimitNote[] = [{ key: 'siteVisits', source: `${HL} 121 § 3 mom.` }];
  // 121 § has no urgency or prior-information reductions.
  if (choice.urgency) notes.push({ key: 'urgencyNotApplicable', source: `${HL} 121 §` });
  if (choice.priorInformationNotice) {
    notes.push({ key: 'pinNotApplicable', source: `${HL} 121 §` });
  }
  const e = choice.electronicTenders;
  const twoStage = procedureGuide(kind).twoStage;
  // 121 § 2 mom.: "tarjousten jättämisen määräaikoja" — both tender limits of 1 mom.
  const tenders = twoStage
    ? e
      ? limit(
          22 - ELECTRONIC_REDUCTION_DAYS,
          'invitationsSent',
          'concessionTendersElectronic',
          `${HL} 121 § 1–2 mom.`,
        )
      : limit(22, 'invitationsSent', 'concessionTenders', `${HL} 121 § 1 mom.`)
    : e
      ? limit(
          30 - ELECTRONIC_REDUCTION_DAYS,
          'noticeSent',
          'concessionSingleStageElectronic',
          `${HL} 121 § 1–2 mom.`,
        )
      : limit(30, 'noticeSent', 'concessionSingleStage', `${HL} 121 § 1 mom.`);
  return {
    kind: 'limits',
    frame: 'concession',
    requests: twoStage ? limit(30, 'noticeSent', 'concessionRequests', `${HL} 121 § 1 mom.`) : null,
    tenders,
    additionalInformation: null,
    notes: [...notes, ...frameworkNote(framework)],
  };
}

/** National procurements and liite E services: no statutory minimum, the organisation's own. */
function ownMinimum(
  frame: 'national' | 'annexE',
  twoStage: boolean,
  days: number,
  framework: boolean,
): MinimumTimeLimits {
  const legal =
    frame === 'national'
      ? { key: 'reasonableTimeLimit' as const, source: `${HL} 102 § 1 mom. 10 k.` }
      : { key: 'annexEReasonable' as const, source: `${HL} 109 § 1 mom., 3 §` };
  const tenders: TimeLimit | null =
    days > 0
      ? {
          days,
          from: twoStage ? 'invitationsSent' : 'noticeSent',
          statutory: false,
          rule: frame === 'national' ? 'nationalOwnMinimum' : 'annexEOwnMinimum',
          source: `${legal.source}; organisaation oma vähimmäisaika`,
        }
      : null;
  const notes: TimeLimitNote[] = [legal];
  if (days <= 0) notes.push({ key: 'ownMinimumNotSet', source: legal.source });
  return {
    kind: 'limits',
    frame,
    requests: null,
    tenders,
    additionalInformation: null,
    notes: [...notes, ...frameworkNote(framework)],
  };
}
