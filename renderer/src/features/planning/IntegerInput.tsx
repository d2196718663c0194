import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from 'suomifi-ui-components';

/** A whole-number field with a range (months, counts, days); out-of-range input is explained. */
export function IntegerInput(props: {
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const invalid = text !== null && !isValid(text, props.min, props.max);
  return (
    <TextInput
      labelText={props.label}
      hintText={props.hint}
      value={text ?? String(props.value)}
      inputMode="numeric"
      status={invalid ? 'error' : 'default'}
      statusText={
        invalid ? t('planning.term.monthsInvalid', { min: props.min, max: props.max }) : undefined
      }
      onChange={(value) => {
        const next = String(value ?? '');
        setText(next);
        if (isValid(next, props.min, props.max)) props.onChange(Number(next.trim()));
      }}
      onBlur={() => {
        if (text !== null && isValid(text, props.min, props.max)) setText(null);
      }}
      data-testid={props.testId}
    />
  );
}

function isValid(text: string, min: number, max: number): boolean {
  if (!/^\d+$/.test(text.trim())) return false;
  const n = Number(text.trim());
  return n >= min && n <= max;
}
