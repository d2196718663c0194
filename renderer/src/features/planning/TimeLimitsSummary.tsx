import { useTranslation } from 'react-i18next';
import { useAppSettings } from '../../app/settingsContext';
import { localiseCitation } from '../../../../shared/domain/common/legalSources';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { MinimumTimeLimits, TimeLimit } from '../../../../shared/domain/planning/timeLimits';
import { tDynamic } from '../../i18n';
import { ruleText } from './timelineText';

/**
 * The minimum time limits that apply, each with its rule, whether it is statutory or the
 * organisation's own, and its source; or why there are none. Usable on its own (e.g. next to
 * the regime) as well as inside the timeline section.
 */
export function TimeLimitsSummary(props: { limits: MinimumTimeLimits | null }) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const { limits } = props;
  const source = (s: string) => (
    <span className="source">
      {t('timeline.sourceLabel', { source: localiseCitation(s, language) })}
    </span>
  );
  const period = (limit: TimeLimit) => (
    <>
      {ruleText(t, limit)}{' '}
      <span className="muted">
        {limit.statutory ? t('timeline.limits.statutory') : t('timeline.limits.own')}
      </span>
      {source(limit.source)}
    </>
  );

  return (
    <div className="subpanel" data-testid="timeline-limits" data-kind={limits?.kind ?? 'unknown'}>
      <Heading variant="h3" mb="s">
        {limits?.kind === 'limits'
          ? t(`timeline.limits.frames.${limits.frame}`)
          : t('timeline.limits.heading')}
      </Heading>
      {limits === null && <Paragraph>{t('timeline.limits.none.procedureNotChosen')}</Paragraph>}
      {limits?.kind === 'none' && (
        <Paragraph data-testid="timeline-limits-none">
          {tDynamic(t, `timeline.limits.none.${limits.reason}`)}
          {source(limits.source)}
        </Paragraph>
      )}
      {limits?.kind === 'notComputed' && (
        <Paragraph data-testid="timeline-limits-not-computed">
          {t('timeline.limits.notComputed')}
          {source(limits.source)}
        </Paragraph>
      )}
      {limits?.kind === 'limits' && (
        <>
          <dl className="consequences">
            {limits.requests && (
              <>
                <dt>{t('timeline.limits.requests')}</dt>
                <dd data-testid="timeline-limit-requests">{period(limits.requests)}</dd>
              </>
            )}
            <dt>{t('timeline.limits.tenders')}</dt>
            <dd data-testid="timeline-limit-tenders">
              {limits.tenders ? period(limits.tenders) : t('timeline.limits.noTenderMinimum')}
            </dd>
            {limits.additionalInformation && (
              <>
                <dt>{t('timeline.milestones.questionsDeadline')}</dt>
                <dd data-testid="timeline-limit-additional-information">
                  {t('timeline.limits.additionalInformation', {
                    days: limits.additionalInformation.daysBefore,
                  })}
                  {source(limits.additionalInformation.source)}
                </dd>
              </>
            )}
          </dl>
          {limits.notes.length > 0 && (
            <>
              <Heading variant="h4" as="p" mt="s" mb="xs">
                {t('timeline.limits.notesHeading')}
              </Heading>
              <ul className="explain-list" data-testid="timeline-limit-notes">
                {limits.notes.map((note) => (
                  <li key={note.key} data-note={note.key}>
                    {tDynamic(t, `timeline.notes.${note.key}`)}
                    {source(note.source)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
