import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from 'suomifi-ui-components';
import { useDatePickerTexts } from '../../components/useDatePickerTexts';
import {
  dateParts,
  isIsoDate,
  isoDateOf,
  type IsoDate,
} from '../../../../shared/domain/common/calendarDate';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';

const FINNISH_DATE = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/;

/** `d.M.yyyy` as the officer types it → ISO `yyyy-MM-dd`, or null when it is no real date. */
export function parseTypedDate(text: string): IsoDate | null {
  const m = FINNISH_DATE.exec(text);
  if (!m) return null;
  const iso = isoDateOf(Number(m[3]), Number(m[2]), Number(m[1]));
  // isoDateOf rolls 31.2. over to March; a typed date must exist as typed.
  const { year, month, day } = dateParts(iso);
  const same = year === Number(m[3]) && month === Number(m[2]) && day === Number(m[1]);
  return same && isIsoDate(iso) ? iso : null;
}

/** ISO → `d.M.yyyy`, the form shown in the input in every UI language. */
export function typedDateOf(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${day}.${month}.${year}`;
}

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
 * A planned date: typed as `d.M.yyyy` or picked from the calendar, stored as ISO (null when
 * empty). While the text is not a date yet, it stays in the field and the stored date is
 * kept; an error explains the format.
 */
export function PlannedDateInput(props: {
  label: string;
  hint?: string;
  value: IsoDate | null;
  onChange: (value: IsoDate | null) => void;
  language: UiLanguage;
  testId: string;
  /** A rule the stored date breaks, shown under the field. */
  errorText?: string;
}) {
  const { t } = useTranslation();
  const datePickerTexts = useDatePickerTexts(props.label);
  // The text being typed, tied to the stored value it was typed over; a new stored value
  // from elsewhere (undo, another field) replaces it.
  const [draft, setDraft] = useState<{ text: string; over: IsoDate | null } | null>(null);
  const current = draft && draft.over === props.value ? draft : null;
  const text = current ? current.text : props.value ? typedDateOf(props.value) : '';
  const invalid =
    current !== null && current.text.trim() !== '' && parseTypedDate(current.text) === null;
  const statusText = invalid ? t('timeline.invalidDate') : props.errorText;

  return (
    <DateInput
      labelText={props.label}
      hintText={props.hint}
      value={text}
      language={props.language}
      datePickerEnabled
      datePickerTexts={datePickerTexts}
      dateAdapter={dateAdapter}
      fullWidth
      status={statusText ? 'error' : 'default'}
      statusText={statusText}
      onChange={({ value }) => {
        if (value.trim() === '') {
          setDraft({ text: value, over: null });
          props.onChange(null);
          return;
        }
        const iso = parseTypedDate(value);
        if (iso) {
          setDraft({ text: value, over: iso });
          if (iso !== props.value) props.onChange(iso);
        } else {
          setDraft({ text: value, over: props.value });
        }
      }}
      data-testid={props.testId}
    />
  );
}
