import type { ApplyEdit } from '../procurement/edit';
import { useTranslation } from 'react-i18next';
import { Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { cite } from '../../../../shared/domain/common/legalSources';
import {
  longServiceComparison,
  VALUE_SOURCES,
} from '../../../../shared/domain/planning/estimatedValue';
import { longServiceBasisSchema } from '../../../../shared/domain/planning/valuation';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import { formatEuro } from '../../../../shared/format';

/**
 * The officer's choice for a service contract over 48 months without a total price: both
 * figures side by side (× 48, which the law prescribes, and the full term, the conservative
 * choice); shown only when the rule applies (`longServiceComparison`).
 */
export function LongServiceTermChoice(props: {
  procurement: Procurement;
  edit: ApplyEdit;
  language: UiLanguage;
}) {
  const { t } = useTranslation();
  const { procurement: p, language } = props;
  const comparison = longServiceComparison(p.planning.valuation, p.lots, p.category);
  if (!comparison) return null;
  const euro = (cents: number) => formatEuro(cents, language);
  return (
    <div className="subpanel" data-testid="long-service-choice">
      <Paragraph mb="s">
        {t('planningRules.longService.explain', {
          months: comparison.termMonths,
          source: cite(VALUE_SOURCES.longService, language),
        })}
      </Paragraph>
      <RadioButtonGroup
        labelText={t('planningRules.longService.heading')}
        name="long-service-basis"
        value={comparison.chosen}
        onChange={(value) => {
          const longServiceBasis = longServiceBasisSchema.parse(value);
          props.edit((q) => {
            q.planning.valuation.longServiceBasis = longServiceBasis;
          });
        }}
      >
        <RadioButton value="monthlyTimes48" data-testid="long-service-times48">
          {t('planningRules.longService.times48', { amount: euro(comparison.times48Cents) })}
        </RadioButton>
        <RadioButton value="fullTerm" data-testid="long-service-fullTerm">
          {t('planningRules.longService.fullTerm', {
            months: comparison.termMonths,
            amount: euro(comparison.fullTermCents),
          })}
        </RadioButton>
      </RadioButtonGroup>
    </div>
  );
}
