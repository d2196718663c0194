import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from 'suomifi-ui-components';
import { parsePercentInput } from '../../../../shared/domain/common/numberInput';
import { formatNumber } from '../../../../shared/format';
import { useAppSettings } from '../../app/settingsContext';
import { describeNumberRefusal } from './numberMessages';
import { useReportUnsaved } from './unsavedFields';
import { useDraft } from './useDraft';

/** A percentage in `min … max` with at most `maxDecimals` decimals ("12,5 %", "40"). */
export const PercentField = memo(function PercentField(props: {
  label: string;
  hint?: string;
  value: number;
  min?: number;
  max?: number;
  maxDecimals?: number;
  onChange: (value: number) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const range = { min: props.min ?? 0, max: props.max ?? 100, maxDecimals: props.maxDecimals ?? 1 };
  const draft = useDraft({
    value: props.value,
    format: (value: number) => formatNumber(value, language, value % 1 === 0 ? 0 : 1),
    parse: (text) => parsePercentInput(text, range),
    onChange: props.onChange,
  });
  const error = draft.refusal ? describeNumberRefusal(t, draft.refusal, language) : null;
  useReportUnsaved(error ? { label: props.label, reason: error } : null);
  return (
    <TextInput
      labelText={props.label}
      hintText={props.hint}
      value={draft.text}
      inputMode="decimal"
      autoComplete="off"
      status={error ? 'error' : 'default'}
      statusText={error ?? undefined}
      onChange={(value) => draft.change(String(value ?? ''))}
      onBlur={draft.blur}
      data-testid={props.testId}
    />
  );
});
