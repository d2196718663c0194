import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from 'suomifi-ui-components';
import {
  dateParts,
  isStoredIsoDate,
  type IsoDate,
} from '../../../../shared/domain/common/calendarDate';
import { MAX_DATE_YEAR, MIN_DATE_YEAR } from '../../../../shared/domain/common/limits';
import { useDatePickerTexts } from '../useDatePickerTexts';
import { useAppSettings } from '../../app/settingsContext';
import { isCompleteDateText, parseTypedDate, typedDateOf } from './dateText';
import { useReportUnsaved } from './unsavedFields';

/**
 * The date picker works on local `Date`s; the adapter shows them as `d.M.yyyy` and reads the
 * same form back (an invalid text gives an invalid Date, which the picker ignores).
 */
const dateAdapter = {
  format: (date: Date) => `${date.getDate()}.${date.getMonth() + 1}.${date.getFullYear()}`,
  parse: (value: string) => {
    const iso = parseTypedDate(value);
    if (!iso) return new Date(Number.NaN);
    const { year, month, day } = dateParts(iso);
    return new Date(year, month - 1, day);
  },
};

/**
 * A date typed as `d.M.yyyy` or picked, stored as ISO (null when empty). The text is checked
 * when it is a complete date or when the officer leaves the field, never on each keystroke;
 * until then the stored date is kept. `errorText` is a rule the stored date breaks.
 */
export const DateField = memo(function DateField(props: {
  label: string;
  hint?: string;
  value: IsoDate | null;
  onChange: (value: IsoDate | null) => void;
  testId: string;
  errorText?: string;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  // The text being typed over a stored value, and whether it has been checked yet.
  const [draft, setDraft] = useState<{
    text: string;
    over: IsoDate | null;
    checked: boolean;
  } | null>(null);
  const current = draft && draft.over === props.value ? draft : null;
  const text = current ? current.text : props.value ? typedDateOf(props.value) : '';
  const typed =
    current && current.checked && current.text.trim() !== '' ? current.text.trim() : null;
  const typedIso = typed === null ? null : parseTypedDate(typed);
  // A real date outside the years stored data may hold (1990–2150) is refused as typed.
  const dateError =
    typed === null
      ? null
      : typedIso === null
        ? t('editing.date.invalid', { text: typed })
        : isStoredIsoDate(typedIso)
          ? null
          : t('editing.date.outOfRange', { text: typed, min: MIN_DATE_YEAR, max: MAX_DATE_YEAR });
  const datePickerTexts = useDatePickerTexts(props.label);
  useReportUnsaved(dateError ? { label: props.label, reason: dateError } : null);
  const statusText = dateError ?? props.errorText;

  return (
    <DateInput
      labelText={props.label}
      hintText={props.hint}
      value={text}
      language={language}
      datePickerEnabled
      datePickerTexts={datePickerTexts}
      datePickerProps={{
        'aria-label': t('accessibility.datePickerDialog', { field: props.label }),
      }}
      dateAdapter={dateAdapter}
      fullWidth
      status={statusText ? 'error' : 'default'}
      statusText={statusText}
      onChange={({ value }) => {
        if (value.trim() === '') {
          setDraft({ text: value, over: null, checked: false });
          if (props.value !== null) props.onChange(null);
          return;
        }
        const iso = parseTypedDate(value);
        if (iso && isStoredIsoDate(iso)) {
          setDraft({ text: value, over: iso, checked: true });
          if (iso !== props.value) props.onChange(iso);
        } else {
          setDraft({ text: value, over: props.value, checked: isCompleteDateText(value) });
        }
      }}
      onBlur={() => {
        if (current && !current.checked) setDraft({ ...current, checked: true });
      }}
      data-testid={props.testId}
    />
  );
});
