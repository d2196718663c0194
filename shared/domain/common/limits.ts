/** Longest accepted free text in a single field (characters). */
export const MAX_LONG_TEXT = 20_000;
