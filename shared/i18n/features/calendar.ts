import type { FeatureTexts } from '../shape';

const fi = {};

/** Texts of the calendar feature (fi source, sv and en with the same keys). */
export const calendarTexts: FeatureTexts<typeof fi> = { fi, sv: {}, en: {} };
