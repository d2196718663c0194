/** A text catalog with the same keys as `T`, every leaf a string (for sv/en against fi). */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** A feature's texts in the three UI languages, Finnish being the source. */
export interface FeatureTexts<T> {
  fi: T;
  sv: Shape<T>;
  en: Shape<T>;
}
