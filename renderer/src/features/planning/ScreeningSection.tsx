import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import {
  triStateSchema,
  type Screening,
  type ScreeningReason,
  type ScreeningRecommendation,
} from '../../../../shared/domain/planning/employmentScreening';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import type { ApplyEdit } from '../procurement/edit';
import { formatEuro } from '../../../../shared/format';
import { tDynamic } from '../../i18n';

const QUESTIONS = ['labourIntensive', 'subcontractingPossible', 'apprenticeshipsPossible'] as const;

/** The employment-clause suitability questions and the recommendation with its reasons. */
export function ScreeningSection(props: {
  procurement: Procurement;
  edit: ApplyEdit;
  result: { recommendation: ScreeningRecommendation; reasons: ScreeningReason[] };
  language: UiLanguage;
}) {
  const { t } = useTranslation();
  const screening = props.procurement.planning.screening;
  const set = (change: Partial<Screening>) =>
    props.edit((q) => {
      Object.assign(q.planning.screening, change);
    });
  const reasonText = (reason: ScreeningReason) =>
    tDynamic(t, `planning.screening.reasons.${reason.key}`, {
      months: reason.params['months'] ?? '',
      total: formatEuro(reason.params['totalCents'] ?? 0, props.language, { wholeEuros: true }),
      limit: formatEuro(reason.params['limitCents'] ?? 0, props.language, { wholeEuros: true }),
    });

  return (
    <section className="panel" id="planning-screening" aria-labelledby="screening-heading">
      <Heading variant="h2" id="screening-heading" mb="xs">
        {t('planning.sections.screening')}
      </Heading>
      <Paragraph mb="m">{t('planning.screening.intro')}</Paragraph>
      <div className="form-grid">
        {QUESTIONS.map((question) => (
          <RadioButtonGroup
            key={question}
            labelText={t(`planning.screening.${question}`)}
            name={`screening-${question}`}
            value={screening[question]}
            onChange={(value) => set({ [question]: triStateSchema.parse(value) })}
          >
            {triStateSchema.options.map((answer) => (
              <RadioButton
                key={answer}
                value={answer}
                data-testid={`screening-${question}-${answer}`}
              >
                {t(`planning.screening.answers.${answer}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        ))}
        <Textarea
          className="wide"
          labelText={t('planning.screening.notes')}
          value={screening.notes}
          rows={2}
          fullWidth
          resize="vertical"
          onChange={(e) => set({ notes: e.target.value })}
        />
      </div>
      <div
        className={`recommendation recommendation-${props.result.recommendation}`}
        data-testid="screening-recommendation"
        data-recommendation={props.result.recommendation}
      >
        <Heading variant="h3" as="p">
          {t('planning.screening.resultHeading')}:{' '}
          {t(`planning.screening.recommendation.${props.result.recommendation}`)}
        </Heading>
        <ul className="explain-list">
          {props.result.reasons.map((reason) => (
            <li key={reason.key} data-met={reason.met === null ? 'unknown' : String(reason.met)}>
              {reasonText(reason)}
            </li>
          ))}
        </ul>
        <Paragraph className="muted">{t('planning.screening.handover')}</Paragraph>
      </div>
    </section>
  );
}
