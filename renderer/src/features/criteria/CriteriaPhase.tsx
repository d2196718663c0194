import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, Heading } from 'suomifi-ui-components';
import { assertNever } from '../../../../shared/assertNever';
import {
  totalWeightPercent,
  validateCriteriaSet,
} from '../../../../shared/domain/criteria/criteriaValidation';
import { criteriaForLot } from '../../../../shared/domain/criteria/criteriaPlan';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import { formatNumber } from '../../../../shared/format';
import { hrefOf, navigate } from '../../app/routes';
import { useAppSettings } from '../../app/settingsContext';
import { PhaseLayout } from '../../components/PhaseLayout';
import type { ApplyEdit } from '../procurement/edit';
import { ComparisonStep } from './ComparisonStep';
import { CriteriaBuilder } from './CriteriaBuilder';
import { CRITERIA_STEPS, criteriaStepOf, type CriteriaStep } from './criteriaSteps';
import { PaymentStep } from './PaymentStep';
import { SensitivityStep } from './SensitivityStep';
import { useTenderComparison } from './useTenderComparison';
import './criteria.css';

const WHOLE = 'whole';

/**
 * The criteria phase (issue 10) in four steps — criteria builder, payment model and cost
 * scenario, tender comparison, weight sensitivity — for the whole procurement or one lot.
 * The criteria live in the procurement (edited through the procurement editor, so they
 * autosave and undo); the tenders are a record of their own (useTenderComparison). Every
 * figure comes from shared/domain/criteria.
 */
export function CriteriaPhase(props: {
  procurement: Procurement;
  edit: ApplyEdit;
  step: string | undefined;
}) {
  const { t } = useTranslation();
  const { procurement, edit } = props;
  const step = criteriaStepOf(props.step);
  const id = procurement.id;
  const [scopeChoice, setScope] = useState<string>(WHOLE);
  const lotId =
    scopeChoice !== WHOLE && procurement.lots.some((l) => l.id === scopeChoice)
      ? scopeChoice
      : null;
  const set = criteriaForLot(procurement.criteria, lotId);
  const stepHref = useCallback(
    (s: CriteriaStep) => hrefOf({ kind: 'procurement', id, phase: 'criteria', step: s }),
    [id],
  );
  const go = useCallback(
    (s: CriteriaStep) => navigate({ kind: 'procurement', id, phase: 'criteria', step: s }),
    [id],
  );
  const steps = useMemo(
    () => CRITERIA_STEPS.map((s) => ({ id: s, title: t(`criteria.ui.steps.${s}`) })),
    [t],
  );
  const comparison = useTenderComparison(id, lotId);

  return (
    <div data-testid="phase-criteria" data-step={step}>
      {procurement.lots.length > 0 && (
        <div className="panel criteria-scope">
          <Dropdown
            labelText={t('criteria.ui.scope.label')}
            hintText={t('criteria.ui.scope.hint')}
            value={lotId ?? WHOLE}
            onChange={(value: string) => setScope(value)}
            data-testid="criteria-scope"
          >
            <DropdownItem value={WHOLE}>{t('criteria.ui.scope.whole')}</DropdownItem>
            {procurement.lots.map((lot) => (
              <DropdownItem key={lot.id} value={lot.id}>
                {t('criteria.ui.scope.lot', { code: lot.code, name: lot.name })}
              </DropdownItem>
            ))}
          </Dropdown>
        </div>
      )}
      <PhaseLayout
        label={t('criteria.ui.stepsLabel')}
        steps={steps}
        current={step}
        hrefOf={stepHref}
        onNavigate={go}
        summary={<CriteriaSummary procurement={procurement} lotId={lotId} />}
      >
        {(() => {
          switch (step) {
            case 'builder':
              return <CriteriaBuilder procurement={procurement} lotId={lotId} edit={edit} />;
            case 'payment':
              return <PaymentStep procurement={procurement} lotId={lotId} edit={edit} />;
            case 'comparison':
              return <ComparisonStep set={set} comparison={comparison} />;
            case 'sensitivity':
              return <SensitivityStep set={set} comparison={comparison} />;
            default:
              return assertNever(step);
          }
        })()}
      </PhaseLayout>
    </div>
  );
}

/** Weights, open problems of the set and the model chosen, beside every step. */
function CriteriaSummary(props: { procurement: Procurement; lotId: string | null }) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const set = criteriaForLot(props.procurement.criteria, props.lotId);
  const quality = set.criteria.reduce((s, c) => s + c.weightPercent, 0);
  const issues = validateCriteriaSet(set);
  return (
    <section aria-labelledby="criteria-summary-heading" className="summary-panel">
      <Heading variant="h2" id="criteria-summary-heading" mb="s">
        {t('editing.summary.heading')}
      </Heading>
      <dl>
        <dt>{t('criteria.ui.summary.basis')}</dt>
        <dd>{t(`criteria.awardBasis.${set.awardBasis}`)}</dd>
        <dt>{t('criteria.ui.summary.weights')}</dt>
        <dd data-testid="summary-weights">
          {t('criteria.ui.summary.weightsValue', {
            price: formatNumber(set.priceWeightPercent, language, 0),
            quality: formatNumber(quality, language, quality % 1 === 0 ? 0 : 1),
            total: formatNumber(totalWeightPercent(set), language, 0),
          })}
        </dd>
        <dt>{t('criteria.ui.summary.payment')}</dt>
        <dd>
          {set.paymentModel
            ? t(`criteria.ui.payment.kinds.${set.paymentModel.kind}`)
            : t('editing.summary.none')}
        </dd>
        <dt>{t('criteria.ui.summary.problems')}</dt>
        <dd data-testid="summary-criteria-problems" data-count={issues.length}>
          {issues.length === 0
            ? t('criteria.ui.summary.noProblems')
            : t('criteria.ui.summary.problemCount', { count: issues.length })}
        </dd>
      </dl>
    </section>
  );
}
