import type { FeatureTexts } from '../shape';

const fi = {
  /** Announced in the polite live region after the language has changed. */
  languageChanged: 'Kieli vaihdettu: suomi',
  /** Announced once per completed autosave. */
  saved: 'Tallennettu',
  saveFailed: 'Tallennus epäonnistui',
  /** The inline notice a removal leaves where the removed item was. */
  removed: '{{item}} poistettu.',
  undoRemoval: 'Kumoa poisto: {{item}}',
  undoRemovalVisible: 'Kumoa poisto',
  dismissRemoval: 'Sulje ilmoitus',
  restored: '{{item}} palautettu.',
  /** The language choice in the settings takes effect on this button (WCAG 3.2.2). */
  applyLanguage: 'Vaihda kieli',
  languageButton: 'Kieli: {{language}}',
  calendarYear: 'Vuosi {{year}}',
  datePickerDialog: 'Päivämäärän valinta: {{field}}',
};

/** Texts of the accessibility layer (announcements, removal undo, language confirmation). */
export const accessibilityTexts: FeatureTexts<typeof fi> = {
  fi,
  sv: {
    languageChanged: 'Språket har ändrats: svenska',
    saved: 'Sparat',
    saveFailed: 'Det gick inte att spara',
    removed: '{{item}} har tagits bort.',
    undoRemoval: 'Ångra borttagningen: {{item}}',
    undoRemovalVisible: 'Ångra borttagningen',
    dismissRemoval: 'Stäng meddelandet',
    restored: '{{item}} har återställts.',
    applyLanguage: 'Byt språk',
    languageButton: 'Språk: {{language}}',
    calendarYear: 'År {{year}}',
    datePickerDialog: 'Val av datum: {{field}}',
  },
  en: {
    languageChanged: 'Language changed: English',
    saved: 'Saved',
    saveFailed: 'Saving failed',
    removed: '{{item}} removed.',
    undoRemoval: 'Undo removal: {{item}}',
    undoRemovalVisible: 'Undo removal',
    dismissRemoval: 'Close the notice',
    restored: '{{item}} restored.',
    applyLanguage: 'Change language',
    languageButton: 'Language: {{language}}',
    calendarYear: 'Year {{year}}',
    datePickerDialog: 'Date picker: {{field}}',
  },
};
