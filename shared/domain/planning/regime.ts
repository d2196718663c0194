import type { IsoDate } from '../common/calendarDate';
import type { LegalRef } from '../common/legalSources';
import { assertNever } from '../../assertNever';
import type { ProcedureKind } from './procedureChoice';
import {
  isAnnexEServices,
  isConcession,
  type AuthorityType,
  type ProcurementCategory,
} from '../procurement/procurementCategory';
import { tableCoverage, tableForDate, THRESHOLD_TABLES, type ThresholdTable } from './thresholds';

/**
 * Which legal frame a procurement falls under, decided by its estimated value against the
 * threshold tables in force on the planned notice date:
 * - below the national threshold: a small procurement (pienhankinta); the act does not apply
 *   (hankintalaki 25 § 2 mom.);
 * - at or above the national but below the EU threshold: a national procurement (11 luku) —
 *   or, for liite E services, chapter 12, and for concessions chapter 13;
 * - at or above the EU threshold: an EU procurement;
 * - utilities (laki 1398/2016) have no national thresholds: below the EU threshold the
 *   utilities act does not apply.
 */
export type Regime = 'belowNational' | 'national' | 'eu' | 'utilityBelowEu';

/** A threshold that was compared, and the table it came from. */
export interface ThresholdUsed {
  thresholdCents: number;
  table: Pick<ThresholdTable, 'id' | 'validFrom' | 'validTo' | 'source'>;
  reached: boolean;
}

/** The regime and how it was reached. */
export type RegimeResult =
  | {
      ok: true;
      regime: Regime;
      date: IsoDate;
      dateIsPlannedNotice: boolean;
      totalCents: number;
      national: ThresholdUsed | null;
      eu: ThresholdUsed;
      /**
       * Set when the date is after the last published EU table: the latest table was used and
       * the UI warns that later thresholds are not yet published (DOMAIN.md § 2).
       */
      thresholdsNotPublishedAfter: IsoDate | null;
      /** The chapter or act the procurement follows ({@link regimeFrame}). */
      frame: ReturnType<typeof regimeFrame>;
    }
  | {
      ok: false;
      problem: 'noThresholdTable';
      kind: ThresholdTable['kind'];
      date: IsoDate;
      coverage: { from: IsoDate; to: IsoDate | null };
    };

function used(table: ThresholdTable, thresholdCents: number, totalCents: number): ThresholdUsed {
  return {
    thresholdCents,
    table: {
      id: table.id,
      validFrom: table.validFrom,
      validTo: table.validTo,
      source: table.source,
    },
    // 25–26 §: the act applies when the value is at least the threshold.
    reached: totalCents >= thresholdCents,
  };
}

/**
 * Decides the regime. `noticeDate` is the planned date of sending the notice (hankintalaki
 * 27 § 2 mom.: the value is estimated as of sending the notice); without one the officer's
 * today is used and the result says so. A date after the last published table uses the
 * latest table and says so; only a date before every table is a problem.
 */
export function determineRegime(input: {
  authorityType: AuthorityType;
  category: ProcurementCategory;
  totalCents: number;
  noticeDate: IsoDate | null;
  today: IsoDate;
  tables?: readonly ThresholdTable[];
}): RegimeResult {
  const tables = input.tables ?? THRESHOLD_TABLES;
  const date = input.noticeDate ?? input.today;
  const euFound = tableForDate('eu', date, tables);
  if (!euFound) {
    return {
      ok: false,
      problem: 'noThresholdTable',
      kind: 'eu',
      date,
      coverage: tableCoverage('eu', tables),
    };
  }
  const euTable = euFound.table;
  const euCents = euTable.values[input.authorityType][input.category];
  if (euCents === null)
    throw new Error(`No EU threshold for ${input.authorityType}/${input.category}`);
  const eu = used(euTable, euCents, input.totalCents);
  const base = {
    ok: true as const,
    date,
    dateIsPlannedNotice: input.noticeDate !== null,
    totalCents: input.totalCents,
    eu,
    thresholdsNotPublishedAfter: euFound.notPublishedAfter,
  };
  if (input.authorityType === 'utility') {
    const regime: Regime = eu.reached ? 'eu' : 'utilityBelowEu';
    const frame = regimeFrame(regime, input.authorityType, input.category);
    return { ...base, regime, national: null, frame };
  }
  const nationalTable = tableForDate('national', date, tables)?.table;
  if (!nationalTable) {
    return {
      ok: false,
      problem: 'noThresholdTable',
      kind: 'national',
      date,
      coverage: tableCoverage('national', tables),
    };
  }
  const nationalCents = nationalTable.values[input.authorityType][input.category];
  if (nationalCents === null) throw new Error(`No national threshold for ${input.category}`);
  const national = used(nationalTable, nationalCents, input.totalCents);
  const regime: Regime = eu.reached ? 'eu' : national.reached ? 'national' : 'belowNational';
  const frame = regimeFrame(regime, input.authorityType, input.category);
  return { ...base, regime, national, frame };
}

/** The notice the procurement needs. */
export type NoticeKind =
  | 'none'
  | 'nationalNotice'
  | 'euNotice'
  | 'euAnnexENotice'
  | 'concessionNotice'
  | 'voluntaryTransparency';

/**
 * How a decision may be challenged, so the decision carries the right instructions:
 * `procurementLaw` (hankintaoikaisu and the Market Court), `utilityLaw` (the same remedies
 * under laki 1398/2016), `municipalRectification` (kuntalaki oikaisuvaatimus),
 * `wellbeingRectification` (laki hyvinvointialueesta 611/2021 oikaisuvaatimus),
 * `noStatutoryRedress` (a municipal company or other private-law entity outside the act: no
 * statutory instruction; the decision may say so) and `ownRules` (another authority below the
 * threshold: its own administrative rules).
 */
export type RedressKind =
  | 'procurementLaw'
  | 'utilityLaw'
  | 'municipalRectification'
  | 'wellbeingRectification'
  | 'noStatutoryRedress'
  | 'ownRules';

/**
 * Which kind of organisation the authority is, where redress below the thresholds depends on
 * it: a municipality or joint municipal authority (kuntalaki), a wellbeing services county
 * (laki hyvinvointialueesta 611/2021), a municipal company (osakeyhtiö: no oikaisuvaatimus),
 * or other.
 */
export type OrganisationKind =
  'municipality' | 'wellbeingServicesCounty' | 'municipalCompany' | 'other';

/** What follows from the regime, each with its source (ids of the legal sources registry). */
export interface RegimeConsequences {
  notice: { kind: NoticeKind; source: LegalRef };
  /**
   * A contract award notice (jälki-ilmoitus) after the contract: every EU-level procurement,
   * a direct award included.
   */
  awardNotice: { required: boolean; source: LegalRef };
  standstill: {
    applies: boolean;
    days: number;
    callOffOptionalDays: number | null;
    /** No standstill is needed when the only tenderer is the one chosen (130 §). */
    singleTendererException: boolean;
    source: LegalRef;
  };
  redress: { kind: RedressKind; source: LegalRef };
  /**
   * A direct award under the act without a voluntary transparency notice: the appeal period is
   * 6 months from the decision and, in an EU procurement, the contract risks ineffectiveness.
   */
  directAwardRisk: {
    appealPeriodMonths: number;
    ineffectivenessRisk: boolean;
    source: LegalRef;
  } | null;
}

/** Appeal period after a direct award without a notice or transparency notice (147 §). */
export const DIRECT_AWARD_APPEAL_MONTHS = 6;

/** Standstill period in days (129 § 1 mom.). */
export const STANDSTILL_DAYS = 14;
/** Optional standstill for call-offs under a framework or DPS (129 § 2 mom., 130 §). */
export const CALL_OFF_STANDSTILL_DAYS = 10;

/** Notice, standstill and redress instructions for a regime, category and procedure. */
export function regimeConsequences(input: {
  regime: Regime;
  authorityType: AuthorityType;
  category: ProcurementCategory;
  procedure: ProcedureKind | null;
  /** Decides redress below the thresholds; a sub-central authority defaults to a municipality. */
  organisationKind?: OrganisationKind;
}): RegimeConsequences {
  const { regime, authorityType, category, procedure } = input;
  const utility = authorityType === 'utility';
  const annexE = isAnnexEServices(category);
  const concession = isConcession(category);
  const directAward = procedure === 'directAward';
  const underAct = regime === 'eu' || regime === 'national';

  let notice: RegimeConsequences['notice'];
  if (!underAct) {
    notice = { kind: 'none', source: utility ? ['utilitiesAct'] : ['belowNational'] };
  } else if (directAward) {
    notice = { kind: 'voluntaryTransparency', source: ['voluntaryTransparency'] };
  } else if (concession) {
    notice = { kind: 'concessionNotice', source: ['concessionChapter'] };
  } else if (regime === 'eu') {
    notice = annexE
      ? { kind: 'euAnnexENotice', source: ['euNotice', 'annexEChapter'] }
      : { kind: 'euNotice', source: utility ? ['utilitiesAct'] : ['euNotice'] };
  } else {
    notice = annexE
      ? { kind: 'nationalNotice', source: ['annexEChapter'] }
      : { kind: 'nationalNotice', source: ['nationalNotice'] };
  }

  const awardNotice = {
    required: regime === 'eu',
    source: (utility ? ['utilitiesAct'] : ['contractAwardNotice']) as LegalRef,
  };

  // 129 § 1 mom.: EU procurements, and liite E services and concessions from the national
  // threshold; 129 § 3 mom.: not direct awards. Utilities: laki 1398/2016.
  const standstillApplies =
    !directAward && (regime === 'eu' || (regime === 'national' && (annexE || concession)));
  const arrangement = procedure === 'frameworkAgreement' || procedure === 'dynamicPurchasingSystem';
  const standstill = {
    applies: standstillApplies,
    days: STANDSTILL_DAYS,
    callOffOptionalDays: standstillApplies && arrangement ? CALL_OFF_STANDSTILL_DAYS : null,
    singleTendererException: standstillApplies,
    source: (utility ? ['utilityStandstill'] : ['standstill', 'standstillExceptions']) as LegalRef,
  };

  let redress: RegimeConsequences['redress'];
  if (underAct) {
    redress = utility
      ? { kind: 'utilityLaw', source: ['utilityRedress'] }
      : {
          kind: 'procurementLaw',
          source: ['redressInstructions', 'rectificationPeriod', 'appealPeriod'],
        };
  } else {
    redress = belowThresholdRedress(authorityType, input.organisationKind);
  }

  const directAwardRisk =
    underAct && directAward
      ? {
          appealPeriodMonths: DIRECT_AWARD_APPEAL_MONTHS,
          ineffectivenessRisk: regime === 'eu',
          source: (utility
            ? ['utilityRedress']
            : regime === 'eu'
              ? ['ineffectiveness', 'ineffectivenessSanction']
              : ['ineffectiveness']) as LegalRef,
        }
      : null;
  return { notice, awardNotice, standstill, redress, directAwardRisk };
}

/**
 * Redress below the thresholds, where the procurement act does not apply (hankintalaki 25 §
 * 2 mom.): a municipality's decision carries the kuntalaki oikaisuvaatimus instruction
 * (134 §, 138 §, 141 §); a wellbeing services county's the oikaisuvaatimus of laki
 * hyvinvointialueesta 611/2021; a municipal company has no statutory instruction to give;
 * other authorities follow their own administrative rules.
 */
export function belowThresholdRedress(
  authorityType: AuthorityType,
  organisationKind?: OrganisationKind,
): RegimeConsequences['redress'] {
  const kind = organisationKind ?? (authorityType === 'subCentral' ? 'municipality' : 'other');
  switch (kind) {
    case 'municipality':
      return authorityType === 'utility'
        ? { kind: 'ownRules', source: ['utilitiesAct'] }
        : {
            kind: 'municipalRectification',
            source: [
              'municipalRectification',
              'municipalRectificationInstruction',
              'municipalAppealPeriod',
            ],
          };
    case 'wellbeingServicesCounty':
      return { kind: 'wellbeingRectification', source: ['wellbeingRectification'] };
    case 'municipalCompany':
      return { kind: 'noStatutoryRedress', source: ['belowNational'] };
    case 'other':
      return {
        kind: 'ownRules',
        source: authorityType === 'utility' ? ['utilitiesAct'] : ['belowNational'],
      };
    default:
      return assertNever(kind);
  }
}

/**
 * The legal frame an EU-level or national procurement follows, for the headline, the
 * time-limit panel and the sources to agree: `classic` (EU procedures and minimum time limits,
 * hankintalaki 5–6 luku, or national rules, 11 luku), `annexE` (12 luku), `concession`
 * (13 luku) or `utility` (laki 1398/2016). Null below the thresholds.
 */
export function regimeFrame(
  regime: Regime,
  authorityType: AuthorityType,
  category: ProcurementCategory,
): 'classic' | 'annexE' | 'concession' | 'utility' | null {
  if (regime === 'belowNational' || regime === 'utilityBelowEu') return null;
  if (authorityType === 'utility') return 'utility';
  if (isConcession(category)) return 'concession';
  if (isAnnexEServices(category)) return 'annexE';
  return 'classic';
}
