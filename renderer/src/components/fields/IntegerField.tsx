import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from 'suomifi-ui-components';
import { parseIntegerInput } from '../../../../shared/domain/common/numberInput';
import { useAppSettings } from '../../app/settingsContext';
import { describeNumberRefusal } from './numberMessages';
import { useReportUnsaved } from './unsavedFields';
import { useDraft } from './useDraft';

/**
 * A whole number in `min … max` (months, counts, days). "999" where the maximum is 120 is
 * refused with the limit in the message, never clamped or cut; the stored value stays.
 */
export const IntegerField = memo(function IntegerField(props: {
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const { min, max } = props;
  const draft = useDraft({
    value: props.value,
    format: String,
    parse: (text) => parseIntegerInput(text, { min, max }),
    onChange: props.onChange,
  });
  const error = draft.refusal ? describeNumberRefusal(t, draft.refusal, language) : null;
  useReportUnsaved(error ? { label: props.label, reason: error } : null);
  return (
    <TextInput
      labelText={props.label}
      hintText={props.hint}
      value={draft.text}
      inputMode="numeric"
      autoComplete="off"
      status={error ? 'error' : 'default'}
      statusText={error ?? undefined}
      onChange={(value) => draft.change(String(value ?? ''))}
      onBlur={draft.blur}
      data-testid={props.testId}
    />
  );
});
