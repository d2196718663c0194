import type { IsoDate } from '../common/calendarDate';
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
    return { ...base, regime: eu.reached ? 'eu' : 'utilityBelowEu', national: null };
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
  return { ...base, regime, national };
}

/** The notice the procurement needs. */
export type NoticeKind =
  | 'none'
  | 'nationalNotice'
  | 'euNotice'
  | 'euAnnexENotice'
  | 'concessionNotice'
  | 'voluntaryTransparency';

/** How a decision may be challenged, so the decision carries the right instructions. */
export type RedressKind = 'procurementLaw' | 'municipalRectification' | 'ownRules';

/** What follows from the regime, each with its source. */
export interface RegimeConsequences {
  notice: { kind: NoticeKind; source: string };
  standstill: {
    applies: boolean;
    days: number;
    callOffOptionalDays: number | null;
    source: string;
  };
  redress: { kind: RedressKind; source: string };
}

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
}): RegimeConsequences {
  const { regime, authorityType, category, procedure } = input;
  const utility = authorityType === 'utility';
  const annexE = isAnnexEServices(category);
  const concession = isConcession(category);
  const directAward = procedure === 'directAward';
  const underAct = regime === 'eu' || regime === 'national';

  let notice: RegimeConsequences['notice'];
  if (!underAct) {
    notice = {
      kind: 'none',
      source: utility
        ? 'Laki 1398/2016 (erityisalojen hankintalaki)'
        : 'Hankintalaki 1397/2016 25 § 2 mom.',
    };
  } else if (directAward) {
    notice = { kind: 'voluntaryTransparency', source: 'Hankintalaki 1397/2016 58 § 2 mom., 131 §' };
  } else if (concession) {
    notice = { kind: 'concessionNotice', source: 'Hankintalaki 1397/2016 120 §, 58 §' };
  } else if (regime === 'eu') {
    notice = annexE
      ? { kind: 'euAnnexENotice', source: 'Hankintalaki 1397/2016 58 § 1 mom. 2 k., 111 §' }
      : { kind: 'euNotice', source: 'Hankintalaki 1397/2016 58 § 1 mom. 1 k., 60 §' };
  } else {
    notice = annexE
      ? { kind: 'nationalNotice', source: 'Hankintalaki 1397/2016 111 §, 58 §' }
      : { kind: 'nationalNotice', source: 'Hankintalaki 1397/2016 101 § 1 mom.' };
  }

  // 129 § 1 mom.: EU procurements, and liite E services and concessions from the national
  // threshold; 129 § 3 mom.: not direct awards.
  const standstillApplies =
    !directAward && (regime === 'eu' || (regime === 'national' && (annexE || concession)));
  const arrangement = procedure === 'frameworkAgreement' || procedure === 'dynamicPurchasingSystem';
  const standstill = {
    applies: standstillApplies,
    days: STANDSTILL_DAYS,
    callOffOptionalDays: standstillApplies && arrangement ? CALL_OFF_STANDSTILL_DAYS : null,
    source: 'Hankintalaki 1397/2016 129–130 §',
  };

  let redress: RegimeConsequences['redress'];
  if (underAct) {
    redress = utility
      ? { kind: 'procurementLaw', source: 'Laki 1398/2016 (erityisalojen hankintalaki)' }
      : {
          kind: 'procurementLaw',
          source: 'Hankintalaki 1397/2016 126 §, 133 § 2 mom., 147 § 1 mom.',
        };
  } else if (authorityType === 'subCentral') {
    // A municipal decision outside the act carries the Local Government Act instruction.
    redress = { kind: 'municipalRectification', source: 'Kuntalaki 410/2015 134 §, 138 §, 141 §' };
  } else {
    redress = { kind: 'ownRules', source: 'Hankintalaki 1397/2016 25 § 2 mom.' };
  }
  return { notice, standstill, redress };
}
