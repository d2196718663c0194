import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from 'suomifi-ui-components';
import { parseEuroInput } from '../../../../shared/domain/common/money';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import { centsToInput, formatEuro } from '../../../../shared/format';
import { tDynamic } from '../../i18n';

/**
 * A euro amount field: accepts `1 234 567,89`, `1234567.89` or `24 000 000 €`, stores cents,
 * and says exactly what is wrong with anything else. The typed text is kept while the field
 * has focus; the stored amount is shown, formatted, under the field.
 */
export function MoneyInput(props: {
  label: string;
  hint?: string;
  cents: number;
  language: UiLanguage;
  onChange: (cents: number) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = text ?? centsToInput(props.cents, props.language);

  const commit = (value: string) => {
    if (value.trim() === '') {
      setError(null);
      props.onChange(0);
      return;
    }
    const parsed = parseEuroInput(value);
    if (!parsed.ok) {
      setError(tDynamic(t, `planning.amount.invalid.${parsed.reason}`));
      return;
    }
    setError(null);
    props.onChange(parsed.cents);
  };

  return (
    <div className="money-field">
      <TextInput
        labelText={props.label}
        hintText={props.hint}
        value={shown}
        inputMode="decimal"
        fullWidth
        status={error ? 'error' : 'default'}
        statusText={error ?? undefined}
        onChange={(value) => {
          const next = String(value ?? '');
          setText(next);
          const parsed = parseEuroInput(next);
          if (parsed.ok) {
            setError(null);
            props.onChange(parsed.cents);
          } else if (next.trim() === '') {
            props.onChange(0);
          }
        }}
        onBlur={() => {
          if (text !== null) commit(text);
          setText(null);
        }}
        data-testid={props.testId}
      />
      <span className="money-echo" data-testid={`${props.testId}-echo`}>
        = {formatEuro(props.cents, props.language)}
      </span>
    </div>
  );
}
