import socialObjectives from '../../data/social-objective.json';
import type { Procurement } from '../procurement/procurement';
import type { UiLanguage } from '../workspace/organisationProfile';
import { employmentClauseText } from './clauseText';
import { clauseAnnualValueCents, obligationInputOf } from './clauseInputs';
import { computeObligation } from './obligation';

/**
 * What to enter in the contract notice (eForms, used by Hilma) when the employment clause is
 * used: strategic procurement BT-06 = `soc-obj` (social objective), social procurement BT-775
 * = `opp` with its official label from the eForms code list (employment opportunities for the
 * long-term unemployed, disadvantaged and/or persons with disabilities), and a description
 * BT-777, which eForms requires when BT-06 is set. In OCDS the same is
 * `social.disadvantagedEmploymentOpportunities` of the sustainability extension.
 */

/** One code list entry with its official labels. */
interface CodeLabel {
  code: string;
  en: string;
  fi: string;
  sv: string;
}

/** The eForms social-objective code `opp` with its official labels (eForms SDK 1.16). */
export function employmentOpportunityCode(): CodeLabel {
  const entry = (socialObjectives as CodeLabel[]).find((c) => c.code === 'opp');
  if (!entry) throw new Error('eForms code opp missing from the shipped code list');
  return entry;
}

/** The notice fields, ready to copy, in Finnish and Swedish (the notice languages in Finland). */
export interface NoticeFields {
  /** BT-06 Strategic procurement. */
  strategicProcurement: { field: 'BT-06'; code: 'soc-obj' };
  /** BT-775 Social procurement. */
  socialProcurement: { field: 'BT-775'; code: 'opp'; label: Record<UiLanguage, string> };
  /** BT-777 Strategic procurement description, per language. */
  description: { field: 'BT-777'; text: Record<UiLanguage, string> };
}

/** Longest BT-777 text we produce (eForms allows far more; Hilma shows short texts best). */
export const NOTICE_DESCRIPTION_MAX = 4000;

/**
 * The notice fields of a procurement whose clause is in use, or null. The BT-777 description
 * is the call-for-tenders clause's opening, target groups and obligation, so it says the same
 * as the documents.
 */
export function noticeFieldsOf(p: Procurement): NoticeFields | null {
  const clause = p.employmentClause;
  if (clause.decision !== 'use') return null;
  const obligation = computeObligation(
    clause.obligation,
    clause.counting.rounding,
    obligationInputOf(p),
  );
  const annualValueCents = clauseAnnualValueCents(p);
  const describe = (language: UiLanguage): string => {
    const text = employmentClauseText({
      clause,
      obligation,
      annualValueCents,
      variant: 'callForTenders',
      language,
    });
    const wanted = new Set(['basis', 'targetGroups', 'obligation']);
    const joined = text.paragraphs
      .filter((para) => wanted.has(para.key))
      .map((para) => para.text)
      .join(' ');
    return joined.length > NOTICE_DESCRIPTION_MAX
      ? `${joined.slice(0, NOTICE_DESCRIPTION_MAX - 1)}…`
      : joined;
  };
  const opp = employmentOpportunityCode();
  return {
    strategicProcurement: { field: 'BT-06', code: 'soc-obj' },
    socialProcurement: {
      field: 'BT-775',
      code: 'opp',
      label: { fi: opp.fi, sv: opp.sv, en: opp.en },
    },
    description: {
      field: 'BT-777',
      text: { fi: describe('fi'), sv: describe('sv'), en: describe('en') },
    },
  };
}
