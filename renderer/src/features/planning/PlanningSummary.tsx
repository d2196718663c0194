import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import type { IsoDate } from '../../../../shared/domain/common/calendarDate';
import { MILESTONES, type Timeline } from '../../../../shared/domain/planning/timeline';
import type { ProcedureChoice } from '../../../../shared/domain/planning/procedureChoice';
import { formatDate, formatEuro } from '../../../../shared/format';
import { useAppSettings } from '../../app/settingsContext';
import { tDynamic } from '../../i18n';
import { usePlanningAnalysis } from './analysisContext';

/**
 * The planning summary beside every step: total value, regime, procedure, the next planned
 * date and how many warnings there are; it stays in view while the officer types.
 */
export const PlanningSummary = memo(function PlanningSummary(props: {
  timeline: Timeline;
  procedure: ProcedureChoice;
  today: IsoDate;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const analysis = usePlanningAnalysis();
  const next = MILESTONES.map((m) => ({ m, date: props.timeline[m] }))
    .filter((x): x is { m: (typeof MILESTONES)[number]; date: IsoDate } =>
      Boolean(x.date && x.date >= props.today),
    )
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  const warnings =
    analysis.timeline.warnings.length +
    analysis.estimate.notices.filter(
      (n) => n.kind === 'totalWithIndefinite' || n.kind === 'emptyLot',
    ).length;
  return (
    <section aria-labelledby="planning-summary-heading" className="summary-panel">
      <Heading variant="h2" id="planning-summary-heading" mb="s">
        {t('editing.summary.heading')}
      </Heading>
      <dl>
        <dt>{t('editing.summary.total')}</dt>
        <dd data-testid="summary-total">
          <strong>{formatEuro(analysis.estimate.totalCents, language)}</strong>
        </dd>
        <dt>{t('editing.summary.regime')}</dt>
        <dd data-testid="summary-regime">
          {analysis.regime.ok
            ? t(`planning.regime.outcome.${analysis.regime.regime}`)
            : t('editing.summary.regimeMissing')}
        </dd>
        <dt>{t('editing.summary.procedure')}</dt>
        <dd data-testid="summary-procedure">
          {props.procedure.kind
            ? t(`planning.procedure.kinds.${props.procedure.kind}.name`)
            : t('editing.summary.none')}
        </dd>
        <dt>{t('editing.summary.nextDeadline')}</dt>
        <dd data-testid="summary-next">
          {next
            ? `${formatDate(next.date, language)} – ${tDynamic(t, `timeline.milestones.${next.m}`)}`
            : t('editing.summary.noDeadline')}
        </dd>
        <dt>{t('editing.summary.warnings')}</dt>
        <dd data-testid="summary-warnings" data-count={warnings}>
          {warnings > 0
            ? t('editing.summary.warningCount', { count: warnings })
            : t('editing.summary.noWarnings')}
        </dd>
      </dl>
    </section>
  );
});
