import type { FeatureTexts } from '../shape';

/**
 * Screen-reader and button texts of the Suomi.fi date picker (DateInput `datePickerTexts`).
 * The open button names its field (WCAG 2.5.3, 4.1.2), so a page with many dates reads
 * "Valitse päivämäärä: Tarjousten määräaika" instead of the same label many times.
 */
const fi = {
  openButtonLabel: 'Valitse päivämäärä: {{field}}',
  selectedDateLabel: 'Valittu päivä',
  closeButtonText: 'Sulje',
  selectButtonText: 'Valitse',
  yearSelectLabel: 'Valitse vuosi',
  monthSelectLabel: 'Valitse kuukausi',
  nextMonthButtonLabel: 'Seuraava kuukausi',
  prevMonthButtonLabel: 'Edellinen kuukausi',
};

/** The date picker's texts in fi, sv and en. */
export const datePickerTexts: FeatureTexts<typeof fi> = {
  fi,
  sv: {
    openButtonLabel: 'Välj datum: {{field}}',
    selectedDateLabel: 'Valt datum',
    closeButtonText: 'Stäng',
    selectButtonText: 'Välj',
    yearSelectLabel: 'Välj år',
    monthSelectLabel: 'Välj månad',
    nextMonthButtonLabel: 'Nästa månad',
    prevMonthButtonLabel: 'Föregående månad',
  },
  en: {
    openButtonLabel: 'Choose date: {{field}}',
    selectedDateLabel: 'Selected date',
    closeButtonText: 'Close',
    selectButtonText: 'Select',
    yearSelectLabel: 'Select year',
    monthSelectLabel: 'Select month',
    nextMonthButtonLabel: 'Next month',
    prevMonthButtonLabel: 'Previous month',
  },
};
