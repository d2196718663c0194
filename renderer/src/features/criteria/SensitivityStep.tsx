import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import type { CriteriaSet } from '../../../../shared/domain/criteria/criteriaPlan';
import { renderStatement } from '../../../../shared/domain/criteria/criteriaText';
import {
  describeSensitivity,
  SENSITIVITY_WINDOW,
  sweepPriceWeight,
} from '../../../../shared/domain/criteria/sensitivity';
import { formatNumber } from '../../../../shared/format';
import { describeError } from '../../app/describeError';
import { useAppSettings } from '../../app/settingsContext';
import { LineChart } from './LineChart';
import type { useTenderComparison } from './useTenderComparison';

/** Price weights shown in the table: every 5 points, the chosen one and every change. */
const TABLE_STEP = 5;

/**
 * Step 4: the price weight swept 0–100 with the quality weights scaled in proportion
 * (sweepPriceWeight, shared/domain/criteria/sensitivity): the winner's total at every weight
 * as a chart (with the table beside it for screen readers), where the winner changes, a flag
 * when it changes within ±10 points of the chosen weight, and the finding in words for the
 * evaluation report.
 */
export function SensitivityStep(props: {
  set: CriteriaSet;
  comparison: ReturnType<typeof useTenderComparison>;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const { set, comparison } = props;
  const record = comparison.load.kind === 'ready' ? comparison.load.record : null;
  const outcome = useMemo(() => (record ? sweepPriceWeight(set, record) : null), [set, record]);
  if (comparison.load.kind === 'loading') return <LoadingSpinner text={t('app.loading')} />;
  if (comparison.load.kind === 'failed') {
    return <Paragraph>{describeError(t, comparison.load.error)}</Paragraph>;
  }
  if (!record || !outcome) return null;
  const nameOf = new Map(record.tenders.map((x) => [x.id, x.tenderer.name]));
  const num = (v: number, d = 1) => formatNumber(Math.round(v * 10 ** d) / 10 ** d, language, d);

  return (
    <section className="panel" aria-labelledby="sensitivity-heading">
      <Heading variant="h2" id="sensitivity-heading" mb="xs">
        {t('criteria.ui.sensitivity.heading')}
      </Heading>
      <Paragraph mb="s">
        {t('criteria.ui.sensitivity.intro', { window: SENSITIVITY_WINDOW })}
      </Paragraph>
      {!outcome.ok ? (
        <div className="criteria-error" role="status" data-testid="sensitivity-issues">
          <p>{t('criteria.ui.comparison.cannotCompare')}</p>
          <ul>
            {outcome.criteriaIssues.map((i) => (
              <li key={`c${i.path}${i.code}`}>
                {renderStatement({ key: `issues.${i.code}`, params: i.params }, language)}
              </li>
            ))}
            {outcome.tenderIssues.slice(0, 20).map((i) => (
              <li key={`t${i.path}${i.code}`}>
                {renderStatement({ key: `tenderIssues.${i.code}`, params: i.params }, language)}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <div
            className={
              outcome.winnerFlipsNear ? 'sensitivity-finding flagged' : 'sensitivity-finding'
            }
            data-testid="sensitivity-finding"
            data-flagged={outcome.winnerFlipsNear}
          >
            {outcome.winnerFlipsNear && (
              <strong>{t('criteria.ui.sensitivity.flag', { window: SENSITIVITY_WINDOW })} </strong>
            )}
            <Paragraph>{describeSensitivity(outcome.finding, language)}</Paragraph>
            <Paragraph className="muted">{t('criteria.ui.sensitivity.forReport')}</Paragraph>
          </div>
          {outcome.rows.length > 0 && (
            <>
              <LineChart
                testId="sensitivity-chart"
                xs={outcome.rows.map((r) => r.priceWeightPercent)}
                series={[
                  {
                    id: 'winner',
                    label: t('criteria.ui.sensitivity.winnerTotal'),
                    values: outcome.rows.map((r) => r.winnerTotalPoints),
                  },
                  {
                    id: 'margin',
                    label: t('criteria.ui.sensitivity.margin'),
                    values: outcome.rows.map((r) => r.marginPoints),
                  },
                ]}
                formatY={(v) => num(v, 0)}
                formatX={(x) => t('criteria.ui.sensitivity.priceAxis', { weight: num(x, 0) })}
                markers={[
                  {
                    x: outcome.chosenPriceWeightPercent,
                    label: t('criteria.ui.sensitivity.chosen'),
                  },
                  ...outcome.changes.map((c) => ({
                    x: c.atPriceWeightPercent,
                    label: num(c.atPriceWeightPercent),
                    dashed: true,
                  })),
                ]}
              />
              {outcome.changes.length > 0 && (
                <ul className="sensitivity-changes" data-testid="sensitivity-changes">
                  {outcome.changes.map((c) => (
                    <li key={c.atPriceWeightPercent}>
                      {t('criteria.ui.sensitivity.change', {
                        at: num(c.atPriceWeightPercent),
                        from: nameOf.get(c.fromTenderId) ?? '',
                        to: nameOf.get(c.toTenderId) ?? '',
                      })}
                    </li>
                  ))}
                </ul>
              )}
              <table className="data-table" data-testid="sensitivity-table">
                <caption>{t('criteria.ui.sensitivity.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('criteria.ui.sensitivity.priceWeight')}</th>
                    <th scope="col">{t('criteria.ui.sensitivity.qualityWeight')}</th>
                    <th scope="col">{t('criteria.ui.sensitivity.winner')}</th>
                    <th scope="col" className="end">
                      {t('criteria.ui.sensitivity.winnerTotal')}
                    </th>
                    <th scope="col" className="end">
                      {t('criteria.ui.sensitivity.margin')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {outcome.rows
                    .filter(
                      (r) =>
                        r.priceWeightPercent % TABLE_STEP === 0 ||
                        r.winnerChanged ||
                        r.priceWeightPercent === outcome.chosenPriceWeightPercent,
                    )
                    .map((r) => (
                      <tr
                        key={r.priceWeightPercent}
                        className={
                          r.priceWeightPercent === outcome.chosenPriceWeightPercent
                            ? 'chosen-row'
                            : undefined
                        }
                      >
                        <th scope="row">
                          {num(r.priceWeightPercent, 0)}
                          {r.priceWeightPercent === outcome.chosenPriceWeightPercent &&
                            ` (${t('criteria.ui.sensitivity.chosen')})`}
                        </th>
                        <td>{num(r.qualityWeightPercent, 0)}</td>
                        <td>
                          {nameOf.get(r.winnerTenderId) ?? ''}
                          {r.winnerChanged && ` – ${t('criteria.ui.sensitivity.changed')}`}
                        </td>
                        <td className="end">{num(r.winnerTotalPoints, 2)}</td>
                        <td className="end">{num(r.marginPoints, 2)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
