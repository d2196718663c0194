import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { localIsoDate } from '../../../../shared/domain/common/calendarDate';
import {
  SCENARIO_LEVELS,
  simulateCost,
  type ScenarioInput,
  type ScenarioLevel,
  type ScenarioLevelKey,
} from '../../../../shared/domain/criteria/costScenario';
import { criteriaForLot } from '../../../../shared/domain/criteria/criteriaPlan';
import {
  describeFormulaLine,
  renderStatement,
} from '../../../../shared/domain/criteria/criteriaText';
import {
  defaultCapitationModel,
  defaultImpactBasedModel,
  OUTCOME_TYPES,
  priceUnitSchema,
  RISK_GROUPS,
  type PaymentModel,
} from '../../../../shared/domain/criteria/paymentModel';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import { formatDate, formatEuro } from '../../../../shared/format';
import { useAppSettings } from '../../app/settingsContext';
import { IntegerField } from '../../components/fields/IntegerField';
import { MoneyField } from '../../components/fields/MoneyField';
import { PercentField } from '../../components/fields/PercentField';
import type { ApplyEdit } from '../procurement/edit';
import { emptyScenario, setOf } from './criteriaEdit';
import { LineChart } from './LineChart';

type ModelKind = PaymentModel['kind'] | 'none';
const KINDS: readonly ModelKind[] = [
  'none',
  'unitPrice',
  'fixedPrice',
  'impactBased',
  'capitation',
];

function modelOfKind(kind: ModelKind): PaymentModel | null {
  switch (kind) {
    case 'none':
      return null;
    case 'unitPrice':
      return { kind: 'unitPrice', unit: 'clientDay' };
    case 'fixedPrice':
      return { kind: 'fixedPrice' };
    case 'impactBased':
      return defaultImpactBasedModel();
    case 'capitation':
      return defaultCapitationModel();
  }
}

/**
 * Step 2: how the supplier is paid (unit price, fixed price, impact-based Tampere, capitation
 * Pohjois-Savo) with its parameters and their defaults, and the cost scenario simulator
 * (shared/domain/criteria/costScenario): three levels of volumes and outcome rates → cost
 * per month and over the whole term with options, as a formula view, a table and a chart.
 */
export function PaymentStep(props: {
  procurement: Procurement;
  lotId: string | null;
  edit: ApplyEdit;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const { procurement, lotId, edit } = props;
  const set = criteriaForLot(procurement.criteria, lotId);
  const model = set.paymentModel;
  const scenario = set.costScenario ?? emptyScenario();
  const editModel = (f: (m: PaymentModel) => void) =>
    edit((p) => {
      const m = setOf(p.criteria, lotId).paymentModel;
      if (m) f(m);
    });
  const editScenario = (f: (s: ScenarioInput) => void) =>
    edit((p) => {
      const s = setOf(p.criteria, lotId);
      if (s.costScenario === null) s.costScenario = emptyScenario();
      f(s.costScenario);
    });
  const term = procurement.planning.valuation.term;
  const plannedStart = procurement.planning.timeline.contractStart;
  const start = plannedStart ?? localIsoDate(new Date());
  const result = useMemo(
    () => (model ? simulateCost(model, term, start, scenario) : null),
    [model, term, start, scenario],
  );

  return (
    <>
      <section className="panel" aria-labelledby="payment-model-heading">
        <Heading variant="h2" id="payment-model-heading" mb="s">
          {t('criteria.ui.payment.heading')}
        </Heading>
        <RadioButtonGroup
          labelText={t('criteria.ui.payment.kindLabel')}
          name="payment-model"
          value={model?.kind ?? 'none'}
          onChange={(value) => {
            const kind = KINDS.find((k) => k === value) ?? 'none';
            edit((p) => {
              setOf(p.criteria, lotId).paymentModel = modelOfKind(kind);
            });
          }}
        >
          {KINDS.map((k) => (
            <RadioButton
              key={k}
              value={k}
              hintText={t(`criteria.ui.payment.kindHints.${k}`)}
              data-testid={`payment-${k}`}
            >
              {t(`criteria.ui.payment.kinds.${k}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      </section>
      {model && (
        <section className="panel" aria-labelledby="payment-params-heading">
          <Heading variant="h2" id="payment-params-heading" mb="s">
            {t('criteria.ui.payment.paramsHeading')}
          </Heading>
          <ModelParams model={model} editModel={editModel} />
        </section>
      )}
      {model && (
        <section className="panel" aria-labelledby="scenario-heading">
          <Heading variant="h2" id="scenario-heading" mb="xs">
            {t('criteria.ui.scenario.heading')}
          </Heading>
          <Paragraph mb="s">
            {t('criteria.ui.scenario.intro', {
              start: formatDate(start, language),
            })}{' '}
            {plannedStart === null && t('criteria.ui.scenario.startAssumed')}
          </Paragraph>
          <div className="form-grid">
            {model.kind === 'capitation' ? (
              RISK_GROUPS.map((g) => (
                <MoneyField
                  key={g}
                  label={t('criteria.ui.scenario.capitationPrice', {
                    group: t(`criteria.riskGroup.${g}`),
                  })}
                  cents={scenario.capitationPriceCents[g]}
                  onChange={(c) =>
                    editScenario((s) => {
                      s.capitationPriceCents[g] = c;
                    })
                  }
                  testId={`scenario-capprice-${g}`}
                />
              ))
            ) : (
              <MoneyField
                label={t(`criteria.ui.scenario.price.${model.kind}`)}
                cents={scenario.priceCents}
                onChange={(c) =>
                  editScenario((s) => {
                    s.priceCents = c;
                  })
                }
                testId="scenario-price"
              />
            )}
          </div>
          <div className="scenario-levels">
            {SCENARIO_LEVELS.map((level) => (
              <fieldset key={level} className="subpanel">
                <legend>{t(`criteria.ui.scenario.levels.${level}`)}</legend>
                <LevelFields
                  model={model}
                  level={level}
                  value={scenario.levels[level]}
                  editLevel={(f) =>
                    editScenario((s) => {
                      f(s.levels[level]);
                    })
                  }
                />
              </fieldset>
            ))}
          </div>
          {result && !result.ok && (
            <div className="criteria-error" role="status" data-testid="scenario-issues">
              {result.issues.map((i) => (
                <p key={i.path + i.code}>
                  {t(
                    `criteria.ui.scenario.levels.${String(i.params['level'] ?? 'expected') as ScenarioLevelKey}`,
                  )}
                  :{' '}
                  {renderStatement(
                    { key: `capitationIssues.${i.code}`, params: i.params },
                    language,
                  )}
                </p>
              ))}
            </div>
          )}
          {result?.ok && <ScenarioResultView result={result} />}
        </section>
      )}
    </>
  );
}

function ModelParams(props: {
  model: PaymentModel;
  editModel: (f: (m: PaymentModel) => void) => void;
}) {
  const { t } = useTranslation();
  const { model, editModel } = props;
  switch (model.kind) {
    case 'fixedPrice':
      return <Paragraph>{t('criteria.ui.payment.fixedPriceNote')}</Paragraph>;
    case 'unitPrice':
      return (
        <RadioButtonGroup
          labelText={t('criteria.ui.payment.unit')}
          name="price-unit"
          value={model.unit}
          onChange={(v) =>
            editModel((m) => {
              if (m.kind === 'unitPrice') m.unit = priceUnitSchema.parse(v);
            })
          }
        >
          {priceUnitSchema.options.map((u) => (
            <RadioButton key={u} value={u}>
              {t(`criteria.priceUnit.${u}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      );
    case 'impactBased':
      return (
        <div className="form-grid">
          <PercentField
            label={t('criteria.ui.payment.baseShare')}
            hint={t('criteria.ui.payment.baseShareHint')}
            value={model.baseSharePercent}
            onChange={(v) =>
              editModel((m) => {
                if (m.kind === 'impactBased') m.baseSharePercent = v;
              })
            }
            testId="impact-base-share"
          />
          {OUTCOME_TYPES.map((o) => (
            <PercentField
              key={o}
              label={t('criteria.ui.payment.multiple', { outcome: t(`criteria.outcome.${o}`) })}
              value={model.outcomeMultiples[o]}
              max={1000}
              onChange={(v) =>
                editModel((m) => {
                  if (m.kind === 'impactBased') m.outcomeMultiples[o] = v;
                })
              }
              testId={`impact-multiple-${o}`}
            />
          ))}
          <IntegerField
            label={t('criteria.ui.payment.verificationDelay')}
            value={model.verificationDelayMonths}
            min={0}
            max={36}
            onChange={(v) =>
              editModel((m) => {
                if (m.kind === 'impactBased') m.verificationDelayMonths = v;
              })
            }
            testId="impact-delay"
          />
        </div>
      );
    case 'capitation':
      return (
        <>
          {model.riskGroups.map((g, gi) => (
            <fieldset key={g.group} className="subpanel">
              <legend>{t(`criteria.riskGroup.${g.group}`)}</legend>
              <div className="form-grid">
                <MoneyField
                  label={t('criteria.ui.payment.priceMin')}
                  cents={g.monthlyPriceMinCents}
                  onChange={(c) =>
                    editModel((m) => {
                      const x = m.kind === 'capitation' ? m.riskGroups[gi] : undefined;
                      if (x) x.monthlyPriceMinCents = c;
                    })
                  }
                  testId={`cap-min-${g.group}`}
                />
                <MoneyField
                  label={t('criteria.ui.payment.priceMax')}
                  cents={g.monthlyPriceMaxCents}
                  onChange={(c) =>
                    editModel((m) => {
                      const x = m.kind === 'capitation' ? m.riskGroups[gi] : undefined;
                      if (x) x.monthlyPriceMaxCents = c;
                    })
                  }
                  testId={`cap-max-${g.group}`}
                />
                <PercentField
                  label={t('criteria.ui.payment.capitationWeight')}
                  value={g.capitationWeight}
                  max={10}
                  onChange={(v) =>
                    editModel((m) => {
                      const x = m.kind === 'capitation' ? m.riskGroups[gi] : undefined;
                      if (x) x.capitationWeight = v;
                    })
                  }
                  testId={`cap-weight-${g.group}`}
                />
                <PercentField
                  label={t('criteria.ui.payment.resultFeeWeight')}
                  value={g.resultFeeWeight}
                  max={10}
                  onChange={(v) =>
                    editModel((m) => {
                      const x = m.kind === 'capitation' ? m.riskGroups[gi] : undefined;
                      if (x) x.resultFeeWeight = v;
                    })
                  }
                  testId={`cap-feeweight-${g.group}`}
                />
              </div>
            </fieldset>
          ))}
          <div className="form-grid">
            <MoneyField
              label={t('criteria.ui.payment.resultFeePerHour')}
              cents={model.resultFeePerHourCents}
              onChange={(c) =>
                editModel((m) => {
                  if (m.kind === 'capitation') m.resultFeePerHourCents = c;
                })
              }
              testId="cap-fee-hour"
            />
            <IntegerField
              label={t('criteria.ui.payment.invoicingInterval')}
              value={model.invoicingIntervalMonths}
              min={1}
              max={12}
              onChange={(v) =>
                editModel((m) => {
                  if (m.kind === 'capitation') m.invoicingIntervalMonths = v;
                })
              }
              testId="cap-interval"
            />
            <IntegerField
              label={t('criteria.ui.payment.clientCap')}
              hint={t('criteria.ui.payment.clientCapHint')}
              value={model.clientCapPerProvider}
              min={1}
              max={100_000}
              onChange={(v) =>
                editModel((m) => {
                  if (m.kind === 'capitation') m.clientCapPerProvider = v;
                })
              }
              testId="cap-clients"
            />
          </div>
        </>
      );
  }
}

function LevelFields(props: {
  model: PaymentModel;
  level: ScenarioLevelKey;
  value: ScenarioLevel;
  editLevel: (f: (l: ScenarioLevel) => void) => void;
}) {
  const { t } = useTranslation();
  const { model, level, value, editLevel } = props;
  const id = (name: string) => `scenario-${level}-${name}`;
  if (model.kind === 'fixedPrice') {
    return <Paragraph className="muted">{t('criteria.ui.scenario.nothingToVary')}</Paragraph>;
  }
  if (model.kind === 'capitation') {
    return (
      <>
        {RISK_GROUPS.map((g) => (
          <div key={g}>
            <IntegerField
              label={t('criteria.ui.scenario.clients', { group: t(`criteria.riskGroup.${g}`) })}
              value={value.clientsByGroup[g]}
              min={0}
              max={10_000_000}
              onChange={(v) =>
                editLevel((l) => {
                  l.clientsByGroup[g] = v;
                })
              }
              testId={id(`clients-${g}`)}
            />
            <IntegerField
              label={t('criteria.ui.scenario.hours', { group: t(`criteria.riskGroup.${g}`) })}
              value={value.employmentHoursPerClientMonth[g]}
              min={0}
              max={10_000_000}
              onChange={(v) =>
                editLevel((l) => {
                  l.employmentHoursPerClientMonth[g] = v;
                })
              }
              testId={id(`hours-${g}`)}
            />
          </div>
        ))}
      </>
    );
  }
  return (
    <>
      <IntegerField
        label={t(
          model.kind === 'impactBased'
            ? 'criteria.ui.scenario.clientDays'
            : `criteria.ui.scenario.units.${model.unit}`,
        )}
        value={value.unitsPerMonth}
        min={0}
        max={10_000_000}
        onChange={(v) =>
          editLevel((l) => {
            l.unitsPerMonth = v;
          })
        }
        testId={id('units')}
      />
      {model.kind === 'impactBased' && (
        <>
          <IntegerField
            label={t('criteria.ui.scenario.clientsEnding')}
            value={value.clientsEndingPerMonth}
            min={0}
            max={10_000_000}
            onChange={(v) =>
              editLevel((l) => {
                l.clientsEndingPerMonth = v;
              })
            }
            testId={id('ending')}
          />
          {OUTCOME_TYPES.map((o) => (
            <PercentField
              key={o}
              label={t('criteria.ui.scenario.outcomeRate', { outcome: t(`criteria.outcome.${o}`) })}
              value={value.outcomeRatePercent[o]}
              onChange={(v) =>
                editLevel((l) => {
                  l.outcomeRatePercent[o] = v;
                })
              }
              testId={id(`rate-${o}`)}
            />
          ))}
        </>
      )}
    </>
  );
}

function ScenarioResultView(props: {
  result: Extract<ReturnType<typeof simulateCost>, { ok: true }>;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const { result } = props;
  const euro = (c: number) => formatEuro(c, language);
  const periodName = (kind: string, n: number) =>
    kind === 'option'
      ? t('criteria.ui.scenario.periods.option', { n })
      : t(
          `criteria.ui.scenario.periods.${kind === 'base' ? 'base' : kind === 'extension' ? 'extension' : 'afterEnd'}`,
        );
  return (
    <div className="scenario-result">
      <Heading variant="h3" mb="xs">
        {t('criteria.ui.scenario.formulaHeading')}
      </Heading>
      <ul className="formula-lines" data-testid="scenario-formula">
        {result.expectedMonth.map((line, i) => (
          <li key={i}>{describeFormulaLine(line, language)}</li>
        ))}
      </ul>
      {result.untilFurtherNotice && (
        <Paragraph mb="s">{t('criteria.ui.scenario.indefinite')}</Paragraph>
      )}
      <table className="data-table scenario-table" data-testid="scenario-periods">
        <caption>{t('criteria.ui.scenario.periodsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('criteria.ui.scenario.period')}</th>
            <th scope="col">{t('criteria.ui.scenario.months')}</th>
            {SCENARIO_LEVELS.map((l) => (
              <th key={l} scope="col" className="end">
                {t('criteria.ui.scenario.monthlyAt', {
                  level: t(`criteria.ui.scenario.levels.${l}`),
                })}
              </th>
            ))}
            {SCENARIO_LEVELS.map((l) => (
              <th key={l} scope="col" className="end">
                {t('criteria.ui.scenario.totalAt', {
                  level: t(`criteria.ui.scenario.levels.${l}`),
                })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.periods.map((p) => (
            <tr key={`${p.kind}${p.n}`}>
              <th scope="row">{periodName(p.kind, p.n)}</th>
              <td>{p.months || '–'}</td>
              {SCENARIO_LEVELS.map((l) => (
                <td key={l} className="end" data-testid={`monthly-${p.kind}${p.n}-${l}`}>
                  {p.kind === 'afterEnd' ? '–' : euro(p.monthlyAverageCents[l])}
                </td>
              ))}
              {SCENARIO_LEVELS.map((l) => (
                <td key={l} className="end">
                  {euro(p.totalCents[l])}
                </td>
              ))}
            </tr>
          ))}
          <tr className="total-row">
            <th scope="row">{t('criteria.ui.scenario.total')}</th>
            <td />
            <td colSpan={3} />
            {SCENARIO_LEVELS.map((l) => (
              <td key={l} className="end" data-testid={`scenario-total-${l}`}>
                <strong>{euro(result.totalCents[l])}</strong>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <Heading variant="h3" mb="xs">
        {t('criteria.ui.scenario.chartHeading')}
      </Heading>
      <LineChart
        testId="scenario-chart"
        xs={result.monthly.map((m) => m.month)}
        series={SCENARIO_LEVELS.map((l) => ({
          id: l,
          label: t(`criteria.ui.scenario.levels.${l}`),
          values: result.monthly.map((m) => m.costCents[l]),
        }))}
        formatY={(v) => formatEuro(Math.round(v / 100) * 100, language)}
        formatX={(x) => t('criteria.ui.scenario.monthN', { n: Math.round(x) })}
      />
      <details className="chart-table">
        <summary>{t('criteria.ui.scenario.chartAsTable')}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{t('criteria.ui.scenario.chartHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('criteria.ui.scenario.month')}</th>
              {SCENARIO_LEVELS.map((l) => (
                <th key={l} scope="col" className="end">
                  {t(`criteria.ui.scenario.levels.${l}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.monthly.map((m) => (
              <tr key={m.month}>
                <th scope="row">
                  {m.month} ({formatDate(m.start, language)})
                </th>
                {SCENARIO_LEVELS.map((l) => (
                  <td key={l} className="end">
                    {euro(m.costCents[l])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
