import type { IsoDate } from '../common/calendarDate';
import { checkTimeline, totalTermMonths, type TimelineCheck } from './deadlineCheck';
import {
  screenEmploymentClause,
  type ScreeningReason,
  type ScreeningRecommendation,
} from './employmentScreening';
import { estimateValue, type ValueEstimate } from './estimatedValue';
import type { OrganisationProfile } from '../workspace/organisationProfile';
import type { Procurement } from '../procurement/procurement';
import {
  determineRegime,
  regimeConsequences,
  type RegimeConsequences,
  type RegimeResult,
} from './regime';
import { minimumTimeLimits, type MinimumTimeLimits } from './timeLimits';

/** Everything the planning phase derives from a procurement, computed in one place. */
export interface PlanningAnalysis {
  estimate: ValueEstimate;
  regime: RegimeResult;
  consequences: RegimeConsequences | null;
  limits: MinimumTimeLimits | null;
  timeline: TimelineCheck;
  screening: { recommendation: ScreeningRecommendation; reasons: ScreeningReason[] };
}

/**
 * The planning chain, pure: estimated value → regime on the planned notice date → what
 * follows (notice, standstill, redress) → minimum time limits → timeline check → employment
 * clause screening. The renderer calls it for the live view; later phases (documents) call it
 * for the regime their decision texts depend on.
 */
export function analysePlanning(
  procurement: Procurement,
  profile: Pick<
    OrganisationProfile,
    'employmentClauseValueLimitCents' | 'nationalMinimumTenderDays'
  > &
    Partial<Pick<OrganisationProfile, 'organisationKind'>>,
  today: IsoDate,
): PlanningAnalysis {
  const { planning } = procurement;
  const estimate = estimateValue(planning.valuation, procurement.lots, procurement.category);
  const regime = determineRegime({
    authorityType: procurement.authorityType,
    category: procurement.category,
    totalCents: estimate.totalCents,
    noticeDate: planning.timeline.noticeSent,
    today,
  });
  const consequences = regime.ok
    ? regimeConsequences({
        regime: regime.regime,
        authorityType: procurement.authorityType,
        category: procurement.category,
        procedure: planning.procedure.kind,
        organisationKind: profile.organisationKind,
      })
    : null;
  const limits = regime.ok
    ? minimumTimeLimits({
        regime: regime.regime,
        authorityType: procurement.authorityType,
        category: procurement.category,
        procedure: planning.procedure,
        nationalMinimumTenderDays: profile.nationalMinimumTenderDays,
      })
    : null;
  const timeline = checkTimeline({
    timeline: planning.timeline,
    term: planning.valuation.term,
    procedure: planning.procedure,
    regime: regime.ok ? regime.regime : null,
    authorityType: procurement.authorityType,
    consequences,
    limits,
  });
  const term = planning.valuation.term;
  const screening = screenEmploymentClause({
    screening: planning.screening,
    termMonths: totalTermMonths(term),
    totalCents: estimate.totalCents,
    limitCents: profile.employmentClauseValueLimitCents,
  });
  return { estimate, regime, consequences, limits, timeline, screening };
}
