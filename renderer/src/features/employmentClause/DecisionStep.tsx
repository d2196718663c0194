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
  CLAUSE_FORMS,
  clauseDecisionSchema,
  clauseFormSchema,
  RESERVED_CONTRACT_MIN_STAFF_PERCENT,
} from '../../../../shared/domain/employmentClause/employmentClause';
import type {
  ScreeningReason,
  ScreeningRecommendation,
} from '../../../../shared/domain/planning/employmentScreening';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import { textIn } from '../../../../shared/domain/criteria/localizedText';
import { formatEuro, formatNumber } from '../../../../shared/format';
import { hrefOf } from '../../app/routes';
import { useAppSettings } from '../../app/settingsContext';
import { IntegerField } from '../../components/fields/IntegerField';
import { PercentField } from '../../components/fields/PercentField';
import { TextAreaField } from '../../components/fields/TextFields';
import { tDynamic } from '../../i18n';
import { personalDataStatus } from '../procurement/fieldErrors';
import type { EditClause } from './EmploymentClausePhase';

/**
 * Step 1: Planning's screening result (the starting point), the decision to use the clause or
 * the recorded reason why not, and the form with each option's consequences in plain words.
 * The award-criterion form shows its scoring and where the criterion now sits in the plan.
 */
export function DecisionStep(props: {
  procurement: Procurement;
  screening: { recommendation: ScreeningRecommendation; reasons: ScreeningReason[] };
  personalData: readonly PersonalDataFinding[];
  editClause: EditClause;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const { procurement: p, screening, editClause, personalData } = props;
  const clause = p.employmentClause;
  const criterion = p.criteria.common.criteria.find((c) => c.kind === 'employmentCommitment');
  const reasonText = (reason: ScreeningReason) =>
    tDynamic(t, `planning.screening.reasons.${reason.key}`, {
      months: reason.params['months'] ?? '',
      total: formatEuro(reason.params['totalCents'] ?? 0, language, { wholeEuros: true }),
      limit: formatEuro(reason.params['limitCents'] ?? 0, language, { wholeEuros: true }),
    });

  return (
    <>
      <section className="panel" aria-labelledby="clause-step-heading">
        <Heading variant="h2" id="clause-step-heading" tabIndex={-1} mb="xs">
          {t('employmentClause.decision.heading')}
        </Heading>
        <Paragraph mb="s">{t('employmentClause.decision.intro')}</Paragraph>
        <div
          className={`recommendation recommendation-${screening.recommendation}`}
          data-testid="employment-screening-carried"
          data-recommendation={screening.recommendation}
        >
          <Paragraph mb="xs">
            {t('phases.screeningCarried', {
              result: t(`planning.screening.recommendation.${screening.recommendation}`),
            })}
          </Paragraph>
          <ul className="explain-list">
            {screening.reasons.map((reason) => (
              <li key={reason.key} data-met={reason.met === null ? 'unknown' : String(reason.met)}>
                {reasonText(reason)}
              </li>
            ))}
          </ul>
          <a
            href={hrefOf({
              kind: 'procurement',
              id: p.id,
              phase: 'planning',
              step: 'screening',
            })}
          >
            {t('phases.screeningLink')}
          </a>
        </div>
        <div className="clause-block">
          <RadioButtonGroup
            labelText={t('employmentClause.decision.label')}
            name="clause-decision"
            value={clause.decision}
            onChange={(value) => {
              const decision = clauseDecisionSchema.parse(value);
              editClause((c) => {
                c.decision = decision;
              });
            }}
          >
            {clauseDecisionSchema.options.map((d) => (
              <RadioButton key={d} value={d} data-testid={`clause-decision-${d}`}>
                {t(`employmentClause.decision.${d}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        </div>
        {clause.decision === 'notUsed' && (
          <div className="form-grid clause-block">
            <TextAreaField
              label={t('employmentClause.decision.notUsedReason')}
              hint={t('employmentClause.decision.notUsedReasonHint')}
              value={clause.notUsedReason}
              maxLength={20_000}
              rows={4}
              onChange={(value) =>
                editClause((c) => {
                  c.notUsedReason = value;
                })
              }
              testId="clause-notUsedReason"
              fieldStatus={personalDataStatus(t, personalData, 'employmentClause.notUsedReason')}
            />
          </div>
        )}
      </section>

      {clause.decision === 'use' && (
        <section className="panel" aria-labelledby="clause-form-heading">
          <Heading variant="h3" as="h2" id="clause-form-heading" mb="s">
            {t('employmentClause.form.heading')}
          </Heading>
          <RadioButtonGroup
            labelText={t('employmentClause.form.label')}
            name="clause-form"
            value={clause.form}
            onChange={(value) => {
              const form = clauseFormSchema.parse(value);
              editClause((c) => {
                c.form = form;
              });
            }}
          >
            {CLAUSE_FORMS.map((f) => (
              <RadioButton
                key={f}
                value={f}
                hintText={tDynamic(t, `employmentClause.form.${f}Explain`, {
                  percent: RESERVED_CONTRACT_MIN_STAFF_PERCENT,
                })}
                data-testid={`clause-form-${f}`}
              >
                {t(`employmentClause.form.${f}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>

          {clause.form === 'awardCriterion' && (
            <div className="subpanel clause-block" data-testid="clause-award">
              <Heading variant="h4" as="h3" mb="xs">
                {t('employmentClause.award.heading')}
              </Heading>
              <div className="form-grid">
                <IntegerField
                  label={t('employmentClause.award.maxPoints')}
                  value={clause.award.maxPoints}
                  min={1}
                  max={100}
                  onChange={(value) =>
                    editClause((c) => {
                      c.award.maxPoints = value;
                    })
                  }
                  testId="clause-award-maxPoints"
                />
                <PercentField
                  label={t('employmentClause.award.cap')}
                  hint={t('employmentClause.award.capHint')}
                  value={clause.award.capExtraPersonMonthsPerYear}
                  min={0.1}
                  max={10_000}
                  maxDecimals={1}
                  onChange={(value) =>
                    editClause((c) => {
                      c.award.capExtraPersonMonthsPerYear = value;
                    })
                  }
                  testId="clause-award-cap"
                />
              </div>
              {criterion && (
                <InlineAlert className="clause-block" data-testid="clause-criterion-in-plan">
                  {t('employmentClause.award.inPlan', {
                    name: textIn(criterion.name, language),
                    points: formatNumber(clause.award.maxPoints, language),
                  })}
                </InlineAlert>
              )}
              {criterion &&
                criterion.weightPercent > 0 &&
                criterion.weightPercent !== clause.award.maxPoints && (
                  <InlineAlert
                    status="warning"
                    className="clause-block"
                    data-testid="clause-criterion-weight-differs"
                  >
                    {t('employmentClause.award.weightDiffers', {
                      weight: formatNumber(
                        criterion.weightPercent,
                        language,
                        Number.isInteger(criterion.weightPercent) ? 0 : 1,
                      ),
                      points: formatNumber(clause.award.maxPoints, language),
                    })}
                  </InlineAlert>
                )}
              <Paragraph className="muted">{t('employmentClause.award.removedNote')}</Paragraph>
            </div>
          )}

          {p.lots.length > 0 && (
            <fieldset className="clause-block clause-checks">
              <legend>{t('employmentClause.lots.label')}</legend>
              <Paragraph className="muted" mb="xs">
                {t('employmentClause.lots.hint')}
              </Paragraph>
              {p.lots.map((lot) => (
                <Checkbox
                  key={lot.id}
                  checked={clause.lotIds.includes(lot.id)}
                  onClick={({ checkboxState }) =>
                    editClause((c, q) => {
                      const chosen = new Set(c.lotIds);
                      if (checkboxState) chosen.add(lot.id);
                      else chosen.delete(lot.id);
                      // Kept in lot order, so the stored list does not depend on click order.
                      c.lotIds = q.lots.filter((l) => chosen.has(l.id)).map((l) => l.id);
                    })
                  }
                  data-testid={`clause-lot-${lot.id}`}
                >
                  {[lot.code, lot.name].filter((s) => s.trim() !== '').join(' ')}
                </Checkbox>
              ))}
            </fieldset>
          )}
        </section>
      )}
    </>
  );
}
