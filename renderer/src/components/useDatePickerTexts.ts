import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The Suomi.fi DateInput's `datePickerTexts` in the UI language, the open button naming the
 * field (`field` is the field's visible label). Memoised: DateInput re-applies its texts
 * whenever the object changes.
 */
export function useDatePickerTexts(field: string) {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      openButtonLabel: t('datePicker.openButtonLabel', { field }),
      selectedDateLabel: t('datePicker.selectedDateLabel'),
      closeButtonText: t('datePicker.closeButtonText'),
      selectButtonText: t('datePicker.selectButtonText'),
      yearSelectLabel: t('datePicker.yearSelectLabel'),
      monthSelectLabel: t('datePicker.monthSelectLabel'),
      nextMonthButtonLabel: t('datePicker.nextMonthButtonLabel'),
      prevMonthButtonLabel: t('datePicker.prevMonthButtonLabel'),
    }),
    // i18n.language: the texts change with the UI language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, field, i18n.language],
  );
}
