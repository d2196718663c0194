import { useTranslation } from 'react-i18next';
import { localiseCitation } from '../../../../shared/domain/common/legalSources';
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import type { TimelineWarning } from '../../../../shared/domain/planning/deadlineCheck';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import type { TimeLimitRule } from '../../../../shared/domain/planning/timeLimits';
import { ruleText, warningMessage } from './timelineText';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const ALERT_STATUS = { error: 'error', warning: 'warning', info: 'neutral' } as const;

/** The findings of the timeline check, grouped by severity, each with its rule and source. */
export function TimelineWarnings(props: {
  warnings: readonly TimelineWarning[];
  language: UiLanguage;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="timeline-warnings" aria-labelledby="timeline-warnings-heading">
      <Heading variant="h3" id="timeline-warnings-heading" mt="l" mb="s">
        {t('timeline.warningsHeading')}
      </Heading>
      {props.warnings.length === 0 && (
        <Paragraph data-testid="timeline-no-warnings">{t('timeline.noWarnings')}</Paragraph>
      )}
      {SEVERITIES.map((severity) => {
        const group = props.warnings.filter((w) => w.severity === severity);
        if (group.length === 0) return null;
        return (
          <InlineAlert
            key={severity}
            status={ALERT_STATUS[severity]}
            labelText={t(`timeline.severity.${severity}`)}
            className="timeline-warning-group"
            data-severity={severity}
            style={{ marginBottom: 16 }}
          >
            <ul className="issue-list">
              {group.map((w, i) => (
                <li
                  key={`${w.code}-${w.milestone}-${i}`}
                  data-testid={`timeline-warning-${w.code}`}
                  data-milestone={w.milestone}
                  data-severity={w.severity}
                >
                  {warningMessage(t, props.language, w)}
                  {typeof w.params['rule'] === 'string' && typeof w.params['days'] === 'number' && (
                    <span className="source">
                      {t('timeline.ruleLabel', {
                        rule: ruleText(t, {
                          rule: w.params['rule'] as TimeLimitRule,
                          days: w.params['days'],
                        }),
                      })}
                    </span>
                  )}
                  <span className="source">
                    {t('timeline.sourceLabel', {
                      source: localiseCitation(w.source, props.language),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </InlineAlert>
        );
      })}
    </div>
  );
}
