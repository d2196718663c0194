import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from 'suomifi-ui-components';
import { parseMoneyInput } from '../../../../shared/domain/common/numberInput';
import { centsToInput, formatEuro } from '../../../../shared/format';
import { useAppSettings } from '../../app/settingsContext';
import { describeNumberRefusal } from './numberMessages';
import { useReportUnsaved } from './unsavedFields';
import { useDraft } from './useDraft';

/**
 * A euro amount as officers type it ("1.200.000", "1 200 000", "1,2 milj. €"; rules in
 * shared/domain/common/numberInput.ts), stored as cents. An unread text stays in the field
 * with the reason tied to it, the stored amount stays the last valid one and the save status
 * names the field. The stored amount is echoed formatted under the field.
 */
export const MoneyField = memo(function MoneyField(props: {
  label: string;
  hint?: string;
  cents: number;
  onChange: (cents: number) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const format = useCallback((cents: number) => centsToInput(cents, language), [language]);
  const draft = useDraft({
    value: props.cents,
    format,
    parse: (text) => {
      const read = parseMoneyInput(text);
      return read.ok ? { ok: true, value: read.cents } : read;
    },
    onChange: props.onChange,
  });
  const error = draft.refusal ? describeNumberRefusal(t, draft.refusal, language, 'cents') : null;
  useReportUnsaved(error ? { label: props.label, reason: error } : null);
  return (
    <div className="money-field">
      <TextInput
        labelText={props.label}
        hintText={props.hint}
        value={draft.text}
        inputMode="decimal"
        autoComplete="off"
        fullWidth
        status={error ? 'error' : 'default'}
        statusText={error ?? undefined}
        onChange={(value) => draft.change(String(value ?? ''))}
        onBlur={draft.blur}
        data-testid={props.testId}
      />
      <span className="money-echo" data-testid={`${props.testId}-echo`}>
        = {formatEuro(props.cents, language)}
      </span>
    </div>
  );
});
