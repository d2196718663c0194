import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { amountBasisSchema, type Amount } from '../../../../shared/domain/planning/valuation';
import { MoneyField } from '../../components/fields/MoneyField';

/** Basis, amount and additional purchases of one lot or of the undivided procurement. */
export function AmountFields(props: {
  amount: Amount;
  indefinite: boolean;
  onChange: (amount: Amount) => void;
  testIdPrefix: string;
  /** False where the hints are said once above a list of rows (the lots' amounts). */
  hints?: boolean;
}) {
  const { t } = useTranslation();
  const { amount, onChange } = props;
  const hints = props.hints ?? true;
  // A one-off total makes no sense until further notice (the value is monthly × 48).
  const bases = amountBasisSchema.options.filter((b) => !(props.indefinite && b === 'total'));
  return (
    <>
      <Dropdown
        labelText={t('planning.amount.basis')}
        value={amount.basis}
        onChange={(value: string) => onChange({ ...amount, basis: amountBasisSchema.parse(value) })}
        data-testid={`${props.testIdPrefix}-basis`}
      >
        {bases.map((b) => (
          <DropdownItem key={b} value={b}>
            {t(`planning.amount.${b}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <MoneyField
        label={t('planning.amount.amount')}
        hint={hints ? t('planning.amount.amountHint') : undefined}
        cents={amount.amountCents}
        onChange={(amountCents) => onChange({ ...amount, amountCents })}
        testId={`${props.testIdPrefix}-amount`}
      />
      <MoneyField
        label={t('planning.amount.additionalPurchases')}
        hint={hints ? t('planning.amount.additionalPurchasesHint') : undefined}
        cents={amount.additionalPurchasesCents}
        onChange={(additionalPurchasesCents) => onChange({ ...amount, additionalPurchasesCents })}
        testId={`${props.testIdPrefix}-additional`}
      />
    </>
  );
}
