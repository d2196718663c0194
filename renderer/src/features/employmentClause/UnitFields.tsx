import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from 'suomifi-ui-components';
import {
  parseClauseHoursInput,
  parseClauseWholeInput,
} from '../../../../shared/domain/employmentClause/clauseNumbers';
import { formatNumber } from '../../../../shared/format';
import { useAppSettings } from '../../app/settingsContext';
import { describeNumberRefusal } from '../../components/fields/numberMessages';
import { useReportUnsaved } from '../../components/fields/unsavedFields';
import { useDraft } from '../../components/fields/useDraft';

/**
 * The clause's months, days, weeks and weekly hours, read with or without their unit
 * ("6 kk", "30 pv", "4 vk", "18,5 h":
 * shared/domain/employmentClause/clauseNumbers.ts). Same draft/refusal/unsaved behaviour as
 * the common number fields (components/fields), which take no unit words.
 */
export const UnitNumberField = memo(function UnitNumberField(props: {
  kind: 'months' | 'days' | 'weeks' | 'hours';
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
  const { kind, min, max } = props;
  const draft = useDraft({
    value: props.value,
    format: (value: number) => formatNumber(value, language, value % 1 === 0 ? 0 : 1),
    parse: (text) =>
      kind === 'hours'
        ? parseClauseHoursInput(text, { min, max, maxDecimals: 1 })
        : parseClauseWholeInput(text, kind, { min, max }),
    onChange: props.onChange,
  });
  const error = draft.refusal ? describeNumberRefusal(t, draft.refusal, language) : null;
  useReportUnsaved(error ? { label: props.label, reason: error } : null);
  return (
    <TextInput
      labelText={props.label}
      hintText={props.hint}
      value={draft.text}
      inputMode={kind === 'hours' ? 'decimal' : 'numeric'}
      autoComplete="off"
      status={error ? 'error' : 'default'}
      statusText={error ?? undefined}
      onChange={(value) => draft.change(String(value ?? ''))}
      onBlur={draft.blur}
      data-testid={props.testId}
    />
  );
});
