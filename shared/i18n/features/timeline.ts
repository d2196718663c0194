import type { FeatureTexts } from '../shape';

const fi = {};

/** Texts of the timeline feature (fi source, sv and en with the same keys). */
export const timelineTexts: FeatureTexts<typeof fi> = { fi, sv: {}, en: {} };
