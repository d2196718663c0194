import type { PartialSuomifiTheme } from 'suomifi-ui-components';

/**
 * The Suomi.fi theme with darker field borders (WCAG 1.4.11 non-text contrast): text fields,
 * dropdowns, date fields, checkboxes and radios draw their border in `depthDark3`
 * (hsl(201 7% 58%): 3.0:1 on white, 2.8:1 on the grey sub-panels). It takes the value of
 * `depthDark2` (hsl(201 7% 46%): 4.5:1 on white, 4.3:1 on the grey panels).
 */
export const APP_THEME: PartialSuomifiTheme = {
  colors: { depthDark3: 'hsl(201, 7%, 46%)' },
};
