import { useTranslation } from 'react-i18next';
import {
  Checkbox,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
} from 'suomifi-ui-components';
import {
  defaultObligation,
  OBLIGATION_METHODS,
  obligationRoundingSchema,
  RESERVED_CONTRACT_MIN_STAFF_PERCENT,
  type Obligation,
} from '../../../../shared/domain/employmentClause/employmentClause';
import type {
  ObligationResult,
  ObligationStep as ArithmeticStep,
  ObligationYear,
} from '../../../../shared/domain/employmentClause/obligation';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import { formatEuro } from '../../../../shared/format';
import { useAppSettings } from '../../app/settingsContext';
import { MoneyField } from '../../components/fields/MoneyField';
import { PercentField } from '../../components/fields/PercentField';
import { tDynamic } from '../../i18n';
import { useAmountText } from './ClauseSummary';
import { UnitNumberField } from './UnitFields';
import { equalsSign, periodLabels, quantityText } from './obligationView';
import type { EditClause } from './EmploymentClausePhase';

/** One step of the calculator's arithmetic as a formula line, every number from the step. */
function useStepText(): (step: ArithmeticStep) => string {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const euro = (c: unknown) => formatEuro(Number(c), language);
  const num = (n: unknown) => quantityText(Number(n), language);
  return (step) => {
    const p = step.params;
    switch (step.key) {
      case 'fixedYear':
        return tDynamic(t, 'employmentClause.obligation.steps.fixedYear', {
          quantity: num(p['quantity']),
          months: num(p['months']),
        });
      case 'shareOfValueEuros':
      case 'shareOfWageBillEuros':
        return tDynamic(t, `employmentClause.obligation.steps.${step.key}`, {
          annual: euro(p['annualCents']),
          share: num(p['sharePercent']),
          months: num(p['months']),
          euros: euro(p['eurosCents']),
        });
      case 'eurosToPersonMonths':
        return tDynamic(t, 'employmentClause.obligation.steps.eurosToPersonMonths', {
          euros: euro(p['eurosCents']),
          labour: euro(p['labourCostCents']),
          equals: equalsSign(Number(p['exact'])),
          exact: num(p['exact']),
        });
      case 'valueStepYear':
        return tDynamic(t, 'employmentClause.obligation.steps.valueStepYear', {
          annual: euro(p['annualCents']),
          months: num(p['months']),
          yearValue: euro(p['yearValueCents']),
          step: euro(p['stepCents']),
          amount: num(p['amount']),
        });
      case 'rounded':
        return tDynamic(t, 'employmentClause.obligation.steps.rounded', {
          exact: num(p['exact']),
          amount: num(p['amount']),
        });
      default:
        return '';
    }
  };
}

/**
 * Step 3: the method and its inputs, the counting rules (minimum length, minimum hours,
 * full-time hours for part time pro rata, rounding) and the calculator's arithmetic per
 * contract year over the base period and each option, with the totals.
 */
export function ObligationStep(props: {
  procurement: Procurement;
  obligation: ObligationResult;
  annualValueCents: number;
  editClause: EditClause;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const { procurement: p, obligation: result, editClause } = props;
  const clause = p.employmentClause;
  const o = clause.obligation;
  const stepText = useStepText();
  const amount = useAmountText();
  const labels = periodLabels(result);
  const term = p.planning.valuation.term;
  const periodText = (year: ObligationYear) => {
    const label = labels.get(year.periodKey);
    if (!label || label.kind === 'base') return t('employmentClause.obligation.periods.base');
    if (label.kind === 'extension') return t('employmentClause.obligation.periods.extension');
    return t('employmentClause.obligation.periods.option', { n: label.number });
  };
  const setObligation = (change: (o: Obligation) => void) =>
    editClause((c) => {
      change(c.obligation);
    });

  if (clause.form === 'reservedContract' && clause.decision === 'use') {
    return (
      <section className="panel" aria-labelledby="clause-step-heading">
        <Heading variant="h2" id="clause-step-heading" tabIndex={-1} mb="xs">
          {t('employmentClause.obligation.heading')}
        </Heading>
        <Paragraph>
          {t('employmentClause.form.reservedContractExplain', {
            percent: RESERVED_CONTRACT_MIN_STAFF_PERCENT,
          })}
        </Paragraph>
      </section>
    );
  }

  return (
    <>
      <section className="panel" aria-labelledby="clause-step-heading">
        <Heading variant="h2" id="clause-step-heading" tabIndex={-1} mb="xs">
          {t('employmentClause.obligation.heading')}
        </Heading>
        <Paragraph mb="xs" data-testid="clause-annual-value">
          {t('employmentClause.obligation.annualValue', {
            value: formatEuro(props.annualValueCents, language),
          })}
        </Paragraph>
        <Paragraph className="muted" mb="s">
          {t('employmentClause.obligation.annualValueFrom')}
        </Paragraph>
        <RadioButtonGroup
          labelText={t('employmentClause.obligation.method')}
          name="clause-method"
          value={o.method}
          onChange={(value) => {
            const method = OBLIGATION_METHODS.find((m) => m === value);
            if (!method || method === o.method) return;
            editClause((c) => {
              c.obligation = defaultObligation(method);
            });
          }}
        >
          {OBLIGATION_METHODS.map((m) => (
            <RadioButton
              key={m}
              value={m}
              hintText={t(`employmentClause.obligation.methodExplain.${m}`)}
              data-testid={`clause-method-${m}`}
            >
              {t(`employmentClause.obligation.methods.${m}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <div className="form-grid clause-block">
          {o.method === 'fixed' && (
            <>
              <RadioButtonGroup
                labelText={t('employmentClause.obligation.unit')}
                name="clause-fixed-unit"
                value={o.unit}
                onChange={(value) =>
                  setObligation((d) => {
                    if (d.method === 'fixed')
                      d.unit = value === 'persons' ? 'persons' : 'personMonths';
                  })
                }
              >
                <RadioButton value="persons" data-testid="clause-fixed-unit-persons">
                  {t('employmentClause.obligation.units.persons')}
                </RadioButton>
                <RadioButton value="personMonths" data-testid="clause-fixed-unit-personMonths">
                  {t('employmentClause.obligation.units.personMonths')}
                </RadioButton>
              </RadioButtonGroup>
              <PercentField
                label={t('employmentClause.obligation.quantity')}
                value={o.quantityPerYear}
                min={0}
                max={10_000}
                maxDecimals={1}
                onChange={(value) =>
                  setObligation((d) => {
                    if (d.method === 'fixed') d.quantityPerYear = value;
                  })
                }
                testId="clause-quantity"
              />
            </>
          )}
          {(o.method === 'shareOfAnnualValue' || o.method === 'shareOfWageBill') && (
            <>
              <PercentField
                label={t('employmentClause.obligation.share')}
                value={o.sharePercent}
                min={0}
                max={100}
                maxDecimals={1}
                onChange={(value) =>
                  setObligation((d) => {
                    if (d.method === 'shareOfAnnualValue' || d.method === 'shareOfWageBill')
                      d.sharePercent = value;
                  })
                }
                testId="clause-share"
              />
              {o.method === 'shareOfWageBill' && (
                <MoneyField
                  label={t('employmentClause.obligation.wageBill')}
                  cents={o.annualWageBillCents}
                  onChange={(cents) =>
                    setObligation((d) => {
                      if (d.method === 'shareOfWageBill') d.annualWageBillCents = cents;
                    })
                  }
                  testId="clause-wageBill"
                />
              )}
              <MoneyField
                label={t('employmentClause.obligation.labourCost')}
                hint={t('employmentClause.obligation.labourCostHint')}
                cents={o.monthlyLabourCostCents}
                onChange={(cents) =>
                  setObligation((d) => {
                    if (d.method === 'shareOfAnnualValue' || d.method === 'shareOfWageBill')
                      d.monthlyLabourCostCents = cents;
                  })
                }
                testId="clause-labourCost"
              />
              <Checkbox
                className="wide"
                checked={o.employerCostsIncluded}
                onClick={({ checkboxState }) =>
                  setObligation((d) => {
                    if (d.method === 'shareOfAnnualValue' || d.method === 'shareOfWageBill')
                      d.employerCostsIncluded = checkboxState;
                  })
                }
                data-testid="clause-employerCosts"
              >
                {t('employmentClause.obligation.employerCosts')}
              </Checkbox>
            </>
          )}
          {o.method === 'perValueStep' && (
            <MoneyField
              label={t('employmentClause.obligation.step')}
              cents={o.stepCents}
              onChange={(cents) =>
                setObligation((d) => {
                  if (d.method === 'perValueStep') d.stepCents = cents;
                })
              }
              testId="clause-step"
            />
          )}
          {term.kind === 'fixed' && term.extensionMonths > 0 && (
            <Checkbox
              className="wide"
              checked={clause.includeExtension}
              onClick={({ checkboxState }) =>
                editClause((c) => {
                  c.includeExtension = checkboxState;
                })
              }
              data-testid="clause-includeExtension"
            >
              {t('employmentClause.obligation.includeExtension')}
            </Checkbox>
          )}
        </div>
      </section>

      <section className="panel" aria-labelledby="clause-counting-heading">
        <Heading variant="h3" as="h2" id="clause-counting-heading" mb="xs">
          {t('employmentClause.obligation.countingHeading')}
        </Heading>
        <div className="form-grid">
          <UnitNumberField
            kind="months"
            label={t('employmentClause.obligation.minMonths')}
            value={clause.counting.minEmploymentMonths}
            min={1}
            max={36}
            onChange={(value) =>
              editClause((c) => {
                c.counting.minEmploymentMonths = value;
              })
            }
            testId="clause-minMonths"
          />
          <UnitNumberField
            kind="hours"
            label={t('employmentClause.obligation.minHours')}
            value={clause.counting.minHoursPerWeek}
            min={1}
            max={40}
            onChange={(value) =>
              editClause((c) => {
                c.counting.minHoursPerWeek = value;
              })
            }
            testId="clause-minHours"
          />
          <UnitNumberField
            kind="hours"
            label={t('employmentClause.obligation.fullTimeHours')}
            hint={t('employmentClause.obligation.partTimeNote')}
            value={clause.counting.fullTimeHoursPerWeek}
            min={20}
            max={48}
            onChange={(value) =>
              editClause((c) => {
                c.counting.fullTimeHoursPerWeek = value;
              })
            }
            testId="clause-fullTimeHours"
          />
          {o.method === 'perValueStep' ? (
            <Paragraph className="wide muted">
              {t('employmentClause.obligation.fullStepsOnly')}
            </Paragraph>
          ) : (
            <RadioButtonGroup
              className="wide"
              labelText={t('employmentClause.obligation.rounding')}
              name="clause-rounding"
              value={clause.counting.rounding}
              onChange={(value) => {
                const rounding = obligationRoundingSchema.parse(value);
                editClause((c) => {
                  c.counting.rounding = rounding;
                });
              }}
            >
              {obligationRoundingSchema.options.map((r) => (
                <RadioButton key={r} value={r} data-testid={`clause-rounding-${r}`}>
                  {t(`employmentClause.obligation.roundings.${r}`)}
                </RadioButton>
              ))}
            </RadioButtonGroup>
          )}
        </div>
      </section>

      <section className="panel" aria-labelledby="clause-table-heading">
        <Heading variant="h3" as="h2" id="clause-table-heading" mb="xs">
          {t('employmentClause.obligation.tableHeading')}
        </Heading>
        {result.issues.map((issue) => (
          <InlineAlert
            key={issue.kind}
            status={issue.kind === 'indefiniteShownFor48Months' ? 'neutral' : 'warning'}
            className="clause-block"
            data-testid={`clause-issue-${issue.kind}`}
          >
            {t(`employmentClause.obligation.issues.${issue.kind}`)}
          </InlineAlert>
        ))}
        {result.years.length > 0 && (
          <table className="clause-table" data-testid="clause-obligation-table">
            <caption>{t('employmentClause.obligation.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('employmentClause.obligation.columns.year')}</th>
                <th scope="col">{t('employmentClause.obligation.columns.period')}</th>
                <th scope="col">{t('employmentClause.obligation.columns.months')}</th>
                <th scope="col">{t('employmentClause.obligation.columns.arithmetic')}</th>
                <th scope="col">{t('employmentClause.obligation.columns.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {result.years.map((year) => (
                <tr key={year.contractYear} data-testid={`clause-year-${year.contractYear}`}>
                  <th scope="row">{year.contractYear}</th>
                  <td>{periodText(year)}</td>
                  <td className="num">{year.months}</td>
                  <td>
                    {year.steps.map((s, i) => (
                      <div key={i} className="formula">
                        {stepText(s)}
                      </div>
                    ))}
                  </td>
                  <td className="num" data-testid={`clause-year-${year.contractYear}-amount`}>
                    {amount(year.amount, result.unit)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  {t('employmentClause.obligation.totals.base')}
                </th>
                <td className="num" data-testid="clause-total-base">
                  {amount(result.baseTotal, result.unit)}
                </td>
              </tr>
              {result.periods.some((x) => x.period.kind === 'option') && (
                <tr>
                  <th scope="row" colSpan={4}>
                    {t('employmentClause.obligation.totals.options')}
                  </th>
                  <td className="num" data-testid="clause-total-options">
                    {amount(result.optionsTotal, result.unit)}
                  </td>
                </tr>
              )}
              {result.periods.some((x) => x.period.kind === 'extension') && (
                <tr>
                  <th scope="row" colSpan={4}>
                    {t('employmentClause.obligation.totals.extension')}
                  </th>
                  <td className="num" data-testid="clause-total-extension">
                    {amount(result.extensionTotal, result.unit)}
                  </td>
                </tr>
              )}
              <tr className="total">
                <th scope="row" colSpan={4}>
                  {t('employmentClause.obligation.totals.total')}
                </th>
                <td className="num" data-testid="clause-total">
                  {amount(result.total, result.unit)}
                </td>
              </tr>
            </tfoot>
          </table>
        )}
      </section>
    </>
  );
}
