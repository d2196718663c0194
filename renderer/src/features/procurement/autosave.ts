import type { AppError } from '../../../../shared/api/errors';
import type { ValidationIssue } from '../../../../shared/domain/common/validation';

/**
 * What the save indicator shows: all saved, waiting to save, saving, held back by invalid
 * data, failed (with why), or in conflict with a version saved elsewhere (reload needed).
 */
export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; issues: ValidationIssue[] }
  | { kind: 'error'; error: AppError }
  | { kind: 'conflict'; error: AppError };

/** The autosave machine: what is shown, whether the draft differs from disk, a save running. */
export interface AutosaveState {
  status: SaveState;
  /** The draft has edits that no save has taken yet. */
  dirty: boolean;
  /** A save request is on its way. */
  inFlight: boolean;
}

/** What happens to the autosave: loads, edits, saves starting, ending or held back. */
export type AutosaveEvent =
  | { kind: 'loaded'; at: string | null }
  | { kind: 'edited' }
  | { kind: 'saveStarted' }
  | { kind: 'saveSucceeded'; at: string }
  | { kind: 'saveFailed'; error: AppError }
  | {
      kind: 'heldBack';
      because: { kind: 'invalid'; issues: ValidationIssue[] } | { kind: 'error'; error: AppError };
    };

/** The state after loading a procurement: nothing to save. */
export function initialAutosave(at: string | null = null): AutosaveState {
  return { status: { kind: 'saved', at }, dirty: false, inFlight: false };
}

/**
 * The pure autosave reducer (no timers, no I/O: the editor hook runs those). A conflict (the
 * file was saved elsewhere, service error `conflict`) is final until the officer reloads:
 * retrying the same revision cannot succeed, so later edits do not start saves.
 */
export function autosaveReducer(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.kind) {
    case 'loaded':
      return initialAutosave(event.at);
    case 'edited':
      if (state.status.kind === 'conflict') return { ...state, dirty: true };
      return {
        ...state,
        dirty: true,
        status: state.inFlight ? state.status : { kind: 'pending' },
      };
    case 'saveStarted':
      return { status: { kind: 'saving' }, dirty: false, inFlight: true };
    case 'saveSucceeded':
      return {
        inFlight: false,
        dirty: state.dirty,
        status: state.dirty ? { kind: 'pending' } : { kind: 'saved', at: event.at },
      };
    case 'saveFailed':
      return {
        inFlight: false,
        dirty: true,
        status:
          event.error.code === 'conflict'
            ? { kind: 'conflict', error: event.error }
            : { kind: 'error', error: event.error },
      };
    case 'heldBack':
      if (state.status.kind === 'conflict') return state;
      return { ...state, dirty: true, status: event.because };
    default:
      return assertNeverEvent(event);
  }
}

function assertNeverEvent(event: never): never {
  throw new Error(`Unhandled autosave event: ${JSON.stringify(event)}`);
}

/** True when a save should start now: unsaved edits, none on their way, no conflict. */
export function shouldSave(state: AutosaveState): boolean {
  return state.dirty && !state.inFlight && state.status.kind !== 'conflict';
}

/** True when the autosave timer should run: after an edit, or edits made during a save. */
export function shouldSchedule(state: AutosaveState): boolean {
  return shouldSave(state) && state.status.kind === 'pending';
}
