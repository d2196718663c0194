import { useTranslation } from 'react-i18next';
import {
  Checkbox,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
} from 'suomifi-ui-components';
import type { PersonalDataFinding } from '../../../../shared/domain/common/personalIdentityCode';
import {
  FULFILMENT_WAYS,
  noCandidatesRuleSchema,
  reportingCadenceSchema,
  type EmploymentClause,
} from '../../../../shared/domain/employmentClause/employmentClause';
import { MoneyField } from '../../components/fields/MoneyField';
import { PercentField } from '../../components/fields/PercentField';
import { TextAreaField } from '../../components/fields/TextFields';
import { UnitNumberField } from './UnitFields';
import { personalDataStatus } from '../procurement/fieldErrors';
import type { EditClause } from './EmploymentClausePhase';

/**
 * Step 4: the ways to fulfil and how much a month of each counts, then the terms around the
 * obligation: reporting cadence, deadline and content, evidence, co-operation with the
 * municipal employment services, what happens without suitable candidates, the contractual
 * penalty (per missing person-month with a cap, or none) and data protection.
 */
export function TermsStep(props: {
  clause: EmploymentClause;
  personalData: readonly PersonalDataFinding[];
  editClause: EditClause;
}) {
  const { t } = useTranslation();
  const { clause, editClause, personalData } = props;
  const terms = clause.terms;
  const penalty = terms.penalty;
  const noWay = !FULFILMENT_WAYS.some((w) => clause.fulfilment[w].allowed);
  return (
    <>
      <section className="panel" aria-labelledby="clause-step-heading">
        <Heading variant="h2" id="clause-step-heading" tabIndex={-1} mb="xs">
          {t('employmentClause.fulfilment.heading')}
        </Heading>
        <Paragraph mb="s">{t('employmentClause.fulfilment.intro')}</Paragraph>
        <div className="clause-ways">
          {FULFILMENT_WAYS.map((way) => {
            const rule = clause.fulfilment[way];
            const label = t(`employmentClause.fulfilment.ways.${way}`);
            return (
              <div key={way} className="clause-way" data-testid={`clause-way-${way}`}>
                <Checkbox
                  checked={rule.allowed}
                  onClick={({ checkboxState }) =>
                    editClause((c) => {
                      c.fulfilment[way].allowed = checkboxState;
                    })
                  }
                  data-testid={`clause-way-${way}-allowed`}
                >
                  {label}
                </Checkbox>
                {rule.allowed && (
                  <PercentField
                    label={`${label}: ${t('employmentClause.fulfilment.counts')}`}
                    value={rule.countsPercent}
                    min={1}
                    max={100}
                    maxDecimals={0}
                    onChange={(value) =>
                      editClause((c) => {
                        c.fulfilment[way].countsPercent = value;
                      })
                    }
                    testId={`clause-way-${way}-percent`}
                  />
                )}
              </div>
            );
          })}
        </div>
        {noWay && (
          <InlineAlert status="warning" className="clause-block">
            {t('employmentClause.fulfilment.noneAllowed')}
          </InlineAlert>
        )}
      </section>

      <section className="panel" aria-labelledby="clause-reporting-heading">
        <Heading variant="h3" as="h2" id="clause-reporting-heading" mb="xs">
          {t('employmentClause.terms.heading')}
        </Heading>
        <div className="form-grid">
          <RadioButtonGroup
            labelText={t('employmentClause.terms.cadence')}
            name="clause-cadence"
            value={terms.reportingCadence}
            onChange={(value) => {
              const cadence = reportingCadenceSchema.parse(value);
              editClause((c) => {
                c.terms.reportingCadence = cadence;
              });
            }}
          >
            {reportingCadenceSchema.options.map((c) => (
              <RadioButton key={c} value={c} data-testid={`clause-cadence-${c}`}>
                {t(`employmentClause.terms.cadences.${c}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
          <UnitNumberField
            kind="days"
            label={t('employmentClause.terms.reportDueDays')}
            value={terms.reportDueDays}
            min={1}
            max={120}
            onChange={(value) =>
              editClause((c) => {
                c.terms.reportDueDays = value;
              })
            }
            testId="clause-reportDueDays"
          />
          <Paragraph className="wide muted">{t('employmentClause.terms.reportContent')}</Paragraph>
        </div>
      </section>

      <section className="panel" aria-labelledby="clause-candidates-heading">
        <Heading variant="h3" as="h2" id="clause-candidates-heading" mb="xs">
          {t('employmentClause.terms.candidatesHeading')}
        </Heading>
        <div className="form-grid">
          <UnitNumberField
            kind="weeks"
            label={t('employmentClause.terms.waitWeeks')}
            value={terms.candidateWaitWeeks}
            min={1}
            max={26}
            onChange={(value) =>
              editClause((c) => {
                c.terms.candidateWaitWeeks = value;
              })
            }
            testId="clause-waitWeeks"
          />
          <RadioButtonGroup
            className="wide"
            labelText={t('employmentClause.terms.noCandidates')}
            name="clause-noCandidates"
            value={terms.noCandidatesRule}
            onChange={(value) => {
              const rule = noCandidatesRuleSchema.parse(value);
              editClause((c) => {
                c.terms.noCandidatesRule = rule;
              });
            }}
          >
            {noCandidatesRuleSchema.options.map((r) => (
              <RadioButton key={r} value={r} data-testid={`clause-noCandidates-${r}`}>
                {t(`employmentClause.terms.noCandidatesRules.${r}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        </div>
      </section>

      <section className="panel" aria-labelledby="clause-penalty-heading">
        <Heading variant="h3" as="h2" id="clause-penalty-heading" mb="xs">
          {t('employmentClause.terms.penaltyHeading')}
        </Heading>
        <div className="form-grid">
          <RadioButtonGroup
            className="wide"
            labelText={t('employmentClause.terms.penalty')}
            name="clause-penalty"
            value={penalty.kind}
            onChange={(value) =>
              editClause((c) => {
                c.terms.penalty =
                  value === 'perMissingPersonMonth'
                    ? { kind: 'perMissingPersonMonth', amountCents: 0, capPercentOfAnnualValue: 10 }
                    : { kind: 'none' };
              })
            }
          >
            <RadioButton value="none" data-testid="clause-penalty-none">
              {t('employmentClause.terms.penaltyNone')}
            </RadioButton>
            <RadioButton value="perMissingPersonMonth" data-testid="clause-penalty-per">
              {t('employmentClause.terms.penaltyPer')}
            </RadioButton>
          </RadioButtonGroup>
          {penalty.kind === 'perMissingPersonMonth' && (
            <>
              <MoneyField
                label={t('employmentClause.terms.penaltyAmount')}
                cents={penalty.amountCents}
                onChange={(cents) =>
                  editClause((c) => {
                    if (c.terms.penalty.kind === 'perMissingPersonMonth')
                      c.terms.penalty.amountCents = cents;
                  })
                }
                testId="clause-penalty-amount"
              />
              <PercentField
                label={t('employmentClause.terms.penaltyCap')}
                value={penalty.capPercentOfAnnualValue}
                min={0}
                max={100}
                maxDecimals={1}
                onChange={(value) =>
                  editClause((c) => {
                    if (c.terms.penalty.kind === 'perMissingPersonMonth')
                      c.terms.penalty.capPercentOfAnnualValue = value;
                  })
                }
                testId="clause-penalty-cap"
              />
              {penalty.amountCents <= 0 && (
                <InlineAlert status="warning" className="wide">
                  {t('employmentClause.terms.penaltyAmountMissing')}
                </InlineAlert>
              )}
            </>
          )}
        </div>
      </section>

      <section className="panel" aria-labelledby="clause-privacy-heading">
        <Heading variant="h3" as="h2" id="clause-privacy-heading" mb="xs">
          {t('employmentClause.terms.dataProtectionHeading')}
        </Heading>
        <Paragraph mb="s">{t('employmentClause.terms.dataProtection')}</Paragraph>
        <div className="form-grid">
          <TextAreaField
            label={t('employmentClause.terms.notes')}
            hint={t('employmentClause.terms.notesHint')}
            value={clause.notes}
            maxLength={20_000}
            onChange={(value) =>
              editClause((c) => {
                c.notes = value;
              })
            }
            testId="clause-notes"
            fieldStatus={personalDataStatus(t, personalData, 'employmentClause.notes')}
          />
        </div>
      </section>
    </>
  );
}
