import type { ReactNode } from 'react';
import { localiseCitation } from '../../../../shared/domain/common/legalSources';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import type { IsoDate } from '../../../../shared/domain/common/calendarDate';
import type {
  EarliestDeadline,
  TimelineCheck,
  TimelineWarning,
} from '../../../../shared/domain/planning/deadlineCheck';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import type { ApplyEdit } from '../procurement/edit';
import { isTwoStage, type MinimumTimeLimits } from '../../../../shared/domain/planning/timeLimits';
import {
  MILESTONES,
  type Milestone,
  type Timeline,
} from '../../../../shared/domain/planning/timeline';
import { contractDayMovedPastHoliday } from '../../../../shared/domain/planning/standstill';
import { formatDate } from '../../../../shared/format';
import { tDynamic } from '../../i18n';
import { DateField } from '../../components/fields/DateField';
import { TimeLimitsSummary } from './TimeLimitsSummary';
import { TimelineWarnings } from './TimelineWarnings';
import { ruleText, warningMessage } from './timelineText';

/** Props of {@link TimelineSection}. */
export interface TimelineSectionProps {
  procurement: Procurement;
  edit: ApplyEdit;
  /** `checkTimeline(...)` of the same procurement. */
  check: TimelineCheck;
  /** `minimumTimeLimits(...)`, or null when the regime could not be determined. */
  limits: MinimumTimeLimits | null;
  language: UiLanguage;
  /**
   * Which step shows the timeline: the time limits up to the evaluation, or the decision and
   * the contract (standstill, contract start, option decisions). The check covers both.
   */
  part: 'timeline' | 'award';
}

/**
 * Milestones whose derived dates need the width of the section (standstill, the contract's
 * periods and option decisions); the others sit two to a row, the field above what the law
 * derives from it.
 */
const WIDE_ROWS: ReadonlySet<Milestone> = new Set(['decision', 'contractStart']);

/** The milestones of the decision-and-contract step; the others are on the timeline step. */
const AWARD_MILESTONES: ReadonlySet<Milestone> = new Set(['decision', 'contractStart']);

const HINTED: ReadonlySet<Milestone> = new Set(['noticeSent', 'invitationsSent', 'decision']);

/**
 * The timeline of the planning phase: a date per milestone in procurement order, the dates
 * the law derives next to them (earliest allowed deadlines, last day to answer questions,
 * standstill, contract and option periods with their decision dates) and the findings of the
 * timeline check. Presentational: the rules live in shared/domain (timeLimits, deadlineCheck).
 */
export function TimelineSection(props: TimelineSectionProps) {
  const { t } = useTranslation();
  const { procurement: p, edit, check, limits, language } = props;
  const timeline = p.planning.timeline;
  const { computed } = check;
  const date = (d: IsoDate) => formatDate(d, language);
  const twoStage = isTwoStage(p.planning.procedure);
  const award = props.part === 'award';
  const milestones = MILESTONES.filter(
    (m) =>
      (twoStage || (m !== 'requestsDeadline' && m !== 'invitationsSent')) &&
      AWARD_MILESTONES.has(m) === award,
  );

  const setTimeline = (change: (t: Timeline) => void) =>
    edit((q) => {
      change(q.planning.timeline);
    });
  const setMilestone = (m: Milestone, value: IsoDate | null) =>
    setTimeline((tl) => {
      tl[m] = value;
    });
  const setOptionDecision = (key: string, value: IsoDate | null) =>
    setTimeline((tl) => {
      if (value) tl.optionDecisions[key] = value;
      else delete tl.optionDecisions[key];
    });

  const firstError = (field: TimelineWarning['milestone'], key?: string): string | undefined => {
    const w = check.warnings.find(
      (x) => x.severity === 'error' && x.milestone === field && (!key || x.params['key'] === key),
    );
    return w ? warningMessage(t, language, w) : undefined;
  };

  /** The earliest deadline a period allows, how it was counted, and the rule. */
  const earliest = (name: string, e: EarliestDeadline | null, waitsFor: Milestone | null) => {
    if (e) {
      return (
        <>
          <Paragraph data-testid={`computed-${name}`} data-date={e.earliest}>
            <strong>
              {e.limit.statutory
                ? t('timeline.computed.earliestAllowed', { date: date(e.earliest) })
                : t('timeline.computed.earliestOwn', { date: date(e.earliest) })}
            </strong>
          </Paragraph>
          <span className="source">
            {t('timeline.computed.counting', {
              days: e.limit.days,
              countedFrom: date(e.countedFrom),
            })}
          </span>
          {e.movedBecause && (
            <span className="source" data-testid={`computed-${name}-moved`}>
              {t('timeline.computed.moved', {
                periodEnd: date(e.periodEnd),
                day: tDynamic(t, `timeline.days.${e.movedBecause}`),
              })}
            </span>
          )}
          <span className="source">{t('timeline.ruleLabel', { rule: ruleText(t, e.limit) })}</span>
          <span className="source">
            {t('timeline.sourceLabel', { source: localiseCitation(e.source, language) })}
          </span>
        </>
      );
    }
    if (waitsFor) {
      return (
        <Paragraph className="muted">
          {t('timeline.computed.waitsFor', {
            milestone: tDynamic(t, `timeline.milestones.${waitsFor}`),
          })}
        </Paragraph>
      );
    }
    return null;
  };

  const applied = limits?.kind === 'limits' ? limits : null;
  const waitingBase = (limit: { from: 'noticeSent' | 'invitationsSent' } | null) =>
    limit && !timeline[limit.from] ? limit.from : null;

  const computedFor = (m: Milestone): ReactNode => {
    switch (m) {
      case 'requestsDeadline':
        return earliest(
          'requestsDeadline',
          computed.requestsDeadline,
          waitingBase(applied?.requests ?? null),
        );
      case 'tenderDeadline':
        if (applied && !applied.tenders) {
          return <Paragraph className="muted">{t('timeline.computed.noMinimum')}</Paragraph>;
        }
        return earliest(
          'tenderDeadline',
          computed.tenderDeadline,
          waitingBase(applied?.tenders ?? null),
        );
      case 'questionsDeadline':
        return computed.lastAnswerDate ? (
          <>
            <Paragraph
              data-testid="computed-lastAnswerDate"
              data-date={computed.lastAnswerDate.date}
            >
              {t('timeline.computed.lastAnswerDate', {
                date: date(computed.lastAnswerDate.date),
                days: computed.lastAnswerDate.daysBefore,
              })}
            </Paragraph>
            <span className="source">
              {t('timeline.sourceLabel', {
                source: localiseCitation(computed.lastAnswerDate.source, language),
              })}
            </span>
          </>
        ) : null;
      case 'decision':
        return <DecisionComputed {...props} />;
      case 'contractStart':
        return (
          <ContractComputed
            {...props}
            setOptionDecision={setOptionDecision}
            firstError={firstError}
          />
        );
      case 'marketDialogueStart':
      case 'marketDialogueEnd':
      case 'noticeSent':
      case 'invitationsSent':
      case 'evaluationEnd':
        return null;
    }
  };

  return (
    <section
      className="panel"
      id={award ? 'planning-award' : 'planning-timeline'}
      aria-labelledby="timeline-heading"
    >
      <Heading variant="h2" id="timeline-heading" mb="xs">
        {award ? t('planning.sections.award') : t('timeline.heading')}
      </Heading>
      {!award && (
        <>
          <Paragraph mb="m">{t('timeline.intro')}</Paragraph>
          <TimeLimitsSummary limits={limits} />
        </>
      )}
      <div className="timeline-rows">
        {milestones.map((m) => (
          <div
            key={m}
            className={`timeline-row${WIDE_ROWS.has(m) ? ' wide' : ''}`}
            data-milestone={m}
          >
            <div>
              <DateField
                label={tDynamic(t, `timeline.milestones.${m}`)}
                hint={
                  HINTED.has(m)
                    ? `${tDynamic(t, `timeline.milestoneHints.${m}`)} ${t('timeline.dateHint')}`
                    : t('timeline.dateHint')
                }
                value={timeline[m]}
                onChange={(value) => setMilestone(m, value)}
                testId={`timeline-${m}`}
                errorText={firstError(m)}
              />
              {m === 'decision' && (
                <RadioButtonGroup
                  labelText={t('timeline.decisionDelivery.label')}
                  name="decisionDelivery"
                  value={timeline.decisionDelivery}
                  onChange={(value) =>
                    setTimeline((tl) => {
                      tl.decisionDelivery = value === 'post' ? 'post' : 'electronic';
                    })
                  }
                  style={{ marginTop: 16 }}
                >
                  <RadioButton
                    value="electronic"
                    hintText={t('timeline.decisionDelivery.electronicHint')}
                    data-testid="timeline-decisionDelivery-electronic"
                  >
                    {t('timeline.decisionDelivery.electronic')}
                  </RadioButton>
                  <RadioButton
                    value="post"
                    hintText={t('timeline.decisionDelivery.postHint')}
                    data-testid="timeline-decisionDelivery-post"
                  >
                    {t('timeline.decisionDelivery.post')}
                  </RadioButton>
                </RadioButtonGroup>
              )}
            </div>
            <div className="timeline-computed" aria-live="polite">
              {computedFor(m)}
            </div>
          </div>
        ))}
      </div>
      <TimelineWarnings warnings={check.warnings} language={language} />
    </section>
  );
}

/** Standstill of the decision: when it counts as received, when it ends, when to sign. */
function DecisionComputed(props: TimelineSectionProps) {
  const { t } = useTranslation();
  const { computed } = props.check;
  const date = (d: IsoDate) => formatDate(d, props.language);
  if (!computed.standstillApplies) {
    return (
      <Paragraph className="muted" data-testid="computed-noStandstill">
        {t('timeline.computed.noStandstill')}
      </Paragraph>
    );
  }
  const s = computed.standstill;
  if (!s) {
    return (
      <Paragraph className="muted">{t('timeline.computed.standstillWaitsForDecision')}</Paragraph>
    );
  }
  return (
    <>
      <Paragraph data-testid="computed-standstillReceived" data-date={s.dates.received}>
        {t('timeline.computed.standstillReceived', { date: date(s.dates.received) })}
      </Paragraph>
      <Paragraph data-testid="computed-standstillEnd" data-date={s.dates.lastDay}>
        {t('timeline.computed.standstillEnd', { days: s.days, date: date(s.dates.lastDay) })}
      </Paragraph>
      <Paragraph data-testid="computed-earliestContract" data-date={s.dates.earliestContract}>
        <strong>
          {t('timeline.computed.earliestContract', { date: date(s.dates.earliestContract) })}
        </strong>
      </Paragraph>
      {contractDayMovedPastHoliday(s.dates) && (
        <Paragraph data-testid="computed-standstillLastDayMoved">
          {t('timeline.computed.standstillLastDayMoved')}
        </Paragraph>
      )}
      <span className="source">
        {t('timeline.sourceLabel', { source: localiseCitation(s.source, props.language) })}
      </span>
    </>
  );
}

/** Contract periods from the start date, with a decision date input per option period. */
function ContractComputed(
  props: TimelineSectionProps & {
    setOptionDecision: (key: string, value: IsoDate | null) => void;
    firstError: (field: TimelineWarning['milestone'], key?: string) => string | undefined;
  },
) {
  const { t } = useTranslation();
  const { computed } = props.check;
  const date = (d: IsoDate) => formatDate(d, props.language);
  const term = props.procurement.planning.valuation.term;
  const decisions = props.procurement.planning.timeline.optionDecisions;
  const periods = computed.contractPeriods;
  const earliestContract = computed.earliestContractStart && (
    <Paragraph
      data-testid="computed-earliestContractStart"
      data-date={computed.earliestContractStart.date}
    >
      {t('timeline.computed.earliestContract', { date: date(computed.earliestContractStart.date) })}
    </Paragraph>
  );
  if (!periods) {
    return (
      <>
        {earliestContract}
        <Paragraph className="muted">{t('timeline.computed.contractWaitsForStart')}</Paragraph>
      </>
    );
  }
  return (
    <>
      {earliestContract}
      {periods.base.end ? (
        <Paragraph data-testid="computed-contractEnd" data-date={periods.base.end}>
          {t('timeline.computed.contractEnd', { date: date(periods.base.end) })}
        </Paragraph>
      ) : (
        <Paragraph data-testid="computed-contractEnd">
          {t('timeline.computed.contractIndefinite')}
        </Paragraph>
      )}
      {periods.options.length > 0 && (
        <fieldset className="subpanel" style={{ marginTop: 12 }}>
          <legend>{t('timeline.computed.optionsHeading')}</legend>
          {periods.options.map((o) => {
            const number = term.options.findIndex((x) => x.id === o.optionId) + 1;
            return (
              <div key={o.key} data-option={o.key} style={{ marginBottom: 16 }}>
                <Paragraph
                  data-testid={`computed-option-${o.key}`}
                  data-start={o.start}
                  data-end={o.end}
                >
                  {t('timeline.computed.optionPeriod', {
                    number,
                    n: o.n,
                    start: date(o.start),
                    end: date(o.end),
                    months: o.months,
                  })}
                </Paragraph>
                <DateField
                  label={t('timeline.computed.optionDecision', { number, n: o.n })}
                  hint={`${t('timeline.computed.optionDecisionHint', { start: date(o.start) })} ${t('timeline.dateHint')}`}
                  value={decisions[o.key] ?? null}
                  onChange={(value) => props.setOptionDecision(o.key, value)}
                  testId={`timeline-optionDecision-${o.key}`}
                  errorText={props.firstError('optionDecision', o.key)}
                />
              </div>
            );
          })}
        </fieldset>
      )}
      {periods.extension && (
        <Paragraph data-testid="computed-extension">
          {t('timeline.computed.extension', {
            start: date(periods.extension.start),
            end: date(periods.extension.end),
          })}
        </Paragraph>
      )}
      {periods.latestEnd && (periods.options.length > 0 || periods.extension) && (
        <Paragraph data-testid="computed-latestEnd" data-date={periods.latestEnd}>
          {t('timeline.computed.latestEnd', { date: date(periods.latestEnd) })}
        </Paragraph>
      )}
    </>
  );
}
