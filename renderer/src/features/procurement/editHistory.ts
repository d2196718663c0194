/**
 * Undo and redo of edits at the editor level, as a pure value: snapshots of the document
 * before each step (Immer keeps them cheap by structural sharing). Consecutive typed edits
 * with the same key (the same field's path) within {@link COALESCE_MS} are one step, so typing
 * "1 200 000" in one field is undone at once; a choice (a radio button, a checkbox, a list)
 * is always a step of its own, so two quick choices are undone one by one.
 */
export interface EditHistory<T> {
  past: readonly T[];
  future: readonly T[];
  /** Key and time of the last recorded edit, for coalescing. */
  lastKey: string | null;
  lastAt: number;
}

/** Keystrokes in one field within this many ms of each other make one undo step. */
export const COALESCE_MS = 2000;
/** Steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

/** An empty history. */
export function emptyHistory<T>(): EditHistory<T> {
  return { past: [], future: [], lastKey: null, lastAt: 0 };
}

/**
 * Records an edit that changed `before`; a typed edit (`typed`, the default) coalesces with
 * the previous typed one when it has the same key.
 */
export function recordEdit<T>(
  history: EditHistory<T>,
  before: T,
  key: string,
  now: number,
  typed = true,
): EditHistory<T> {
  const coalesce =
    typed &&
    history.lastKey !== null &&
    key === history.lastKey &&
    now - history.lastAt <= COALESCE_MS &&
    history.past.length > 0;
  if (coalesce) return { ...history, future: [], lastAt: now };
  const past = [...history.past, before].slice(-HISTORY_LIMIT);
  return { past, future: [], lastKey: typed ? key : null, lastAt: now };
}

/** Steps back: the document to show and the history after; null when nothing to undo. */
export function undo<T>(
  history: EditHistory<T>,
  current: T,
): { history: EditHistory<T>; value: T } | null {
  const value = history.past[history.past.length - 1];
  if (value === undefined) return null;
  return {
    value,
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, current],
      lastKey: null,
      lastAt: 0,
    },
  };
}

/** Steps forward again after an undo; null when nothing to redo. */
export function redo<T>(
  history: EditHistory<T>,
  current: T,
): { history: EditHistory<T>; value: T } | null {
  const value = history.future[history.future.length - 1];
  if (value === undefined) return null;
  return {
    value,
    history: {
      past: [...history.past, current],
      future: history.future.slice(0, -1),
      lastKey: null,
      lastAt: 0,
    },
  };
}
