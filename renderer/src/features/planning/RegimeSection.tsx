import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import type {
  RegimeConsequences,
  RegimeResult,
  ThresholdUsed,
} from '../../../../shared/domain/planning/regime';
import { cite, localiseCitation } from '../../../../shared/domain/common/legalSources';
import { formatDate, formatEuro } from '../../../../shared/format';
import { tDynamic } from '../../i18n';

/** The legal frame: which threshold table, which thresholds, the outcome and what follows from it. */
export function RegimeSection(props: {
  result: RegimeResult;
  consequences: RegimeConsequences | null;
  language: UiLanguage;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { result, consequences, language } = props;
  const euro = (cents: number) => formatEuro(cents, language, { wholeEuros: cents % 100 === 0 });
  const date = (d: string) => formatDate(d, language);

  const comparison = (label: string, used: ThresholdUsed) =>
    used.table.validTo
      ? t('planning.regime.comparison', {
          label,
          threshold: euro(used.thresholdCents),
          source: localiseCitation(used.table.source, language),
          from: date(used.table.validFrom),
          to: date(used.table.validTo),
        })
      : t('planning.regime.comparisonOpen', {
          label,
          threshold: euro(used.thresholdCents),
          source: localiseCitation(used.table.source, language),
          from: date(used.table.validFrom),
        });

  return (
    <section className="panel" id="planning-regime" aria-labelledby="regime-heading">
      <Heading variant="h2" id="regime-heading" mb="m">
        {t('planning.sections.regime')}
      </Heading>
      {!result.ok ? (
        <InlineAlert status="error" data-testid="regime-error">
          {result.coverage.to
            ? t('planning.regime.noTable', {
                date: date(result.date),
                kind: t(`planning.regime.tableKind.${result.kind}`),
                from: date(result.coverage.from),
                to: date(result.coverage.to),
              })
            : t('planning.regime.noTableOpen', {
                date: date(result.date),
                kind: t(`planning.regime.tableKind.${result.kind}`),
                from: date(result.coverage.from),
              })}
        </InlineAlert>
      ) : (
        <>
          <div
            className={`regime-outcome regime-${result.regime}`}
            data-testid="regime-outcome"
            data-regime={result.regime}
          >
            <Heading variant="h3" as="p">
              {t(`planning.regime.outcome.${result.regime}`)}
            </Heading>
            <Paragraph data-testid="regime-frame" data-frame={result.frame ?? ''}>
              {result.frame && result.frame !== 'classic'
                ? t(`planningRules.frame.${result.frame}`)
                : t(`planning.regime.outcomeExplained.${result.regime}`)}
            </Paragraph>
          </div>
          {result.thresholdsNotPublishedAfter && (
            <InlineAlert status="warning" data-testid="regime-thresholds-not-published">
              {t('planning.regime.thresholdsNotPublished', {
                date: date(result.thresholdsNotPublishedAfter),
                source: localiseCitation(result.eu.table.source, language),
              })}
            </InlineAlert>
          )}
          <ul className="explain-list" data-testid="regime-explanation">
            <li>
              {result.dateIsPlannedNotice
                ? t('planning.regime.dateUsed', { date: date(result.date) })
                : t('planning.regime.dateToday', { date: date(result.date) })}
            </li>
            {result.national && (
              <li>
                {comparison(t('planning.regime.nationalLabel'), result.national)} –{' '}
                <strong>
                  {result.national.reached
                    ? t('planning.regime.reached')
                    : t('planning.regime.notReached')}
                </strong>
              </li>
            )}
            <li>
              {comparison(t('planning.regime.euLabel'), result.eu)} –{' '}
              <strong>
                {result.eu.reached ? t('planning.regime.reached') : t('planning.regime.notReached')}
              </strong>
            </li>
          </ul>
          {consequences && (
            <>
              <Heading variant="h3" mt="m" mb="s">
                {t('planning.regime.consequencesHeading')}
              </Heading>
              <dl className="consequences" data-testid="regime-consequences">
                <dt>{t('planning.regime.notice.label')}</dt>
                <dd data-testid="regime-notice">
                  {tDynamic(t, `planning.regime.notice.${consequences.notice.kind}`)}
                  <span className="source">
                    {t('planning.regime.sourceLabel', {
                      source: cite(consequences.notice.source, language),
                    })}
                  </span>
                </dd>
                <dt>{t('planning.regime.standstill.label')}</dt>
                <dd data-testid="regime-standstill">
                  {consequences.standstill.applies
                    ? t('planning.regime.standstill.applies', {
                        days: consequences.standstill.days,
                      })
                    : t('planning.regime.standstill.notApplies')}
                  {consequences.standstill.singleTendererException && (
                    <> {t('planningRules.consequences.singleTenderer')}</>
                  )}
                  {consequences.standstill.callOffOptionalDays !== null && (
                    <>
                      {' '}
                      {t('planning.regime.standstill.callOff', {
                        days: consequences.standstill.callOffOptionalDays,
                      })}
                    </>
                  )}
                  <span className="source">
                    {t('planning.regime.sourceLabel', {
                      source: cite(consequences.standstill.source, language),
                    })}
                  </span>
                </dd>
                <dt>{t('planning.regime.redress.label')}</dt>
                <dd data-testid="regime-redress">
                  {t(`planning.regime.redress.${consequences.redress.kind}`)}
                  <span className="source">
                    {t('planning.regime.sourceLabel', {
                      source: cite(consequences.redress.source, language),
                    })}
                  </span>
                </dd>
                <dt>{t('planningRules.consequences.awardNoticeLabel')}</dt>
                <dd data-testid="regime-awardNotice">
                  {consequences.awardNotice.required
                    ? t('planningRules.consequences.awardNoticeRequired')
                    : t('planningRules.consequences.awardNoticeNotRequired')}
                  {consequences.awardNotice.required && (
                    <span className="source">
                      {t('planning.regime.sourceLabel', {
                        source: cite(consequences.awardNotice.source, language),
                      })}
                    </span>
                  )}
                </dd>
                {consequences.directAwardRisk && (
                  <>
                    <dt>{t('planningRules.consequences.directAwardLabel')}</dt>
                    <dd data-testid="regime-directAwardRisk">
                      {t('planningRules.consequences.directAwardRisk', {
                        months: consequences.directAwardRisk.appealPeriodMonths,
                      })}
                      {consequences.directAwardRisk.ineffectivenessRisk && (
                        <> {t('planningRules.consequences.directAwardIneffectiveness')}</>
                      )}
                      <span className="source">
                        {t('planning.regime.sourceLabel', {
                          source: cite(consequences.directAwardRisk.source, language),
                        })}
                      </span>
                    </dd>
                  </>
                )}
                {props.children}
              </dl>
            </>
          )}
        </>
      )}
    </section>
  );
}
