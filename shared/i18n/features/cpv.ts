import type { FeatureTexts } from '../shape';

const fi = {};

/** Texts of the cpv feature (fi source, sv and en with the same keys). */
export const cpvTexts: FeatureTexts<typeof fi> = { fi, sv: {}, en: {} };
