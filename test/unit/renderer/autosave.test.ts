import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/api/errors';
import {
  autosaveReducer,
  initialAutosave,
  shouldSave,
  shouldSchedule,
  type AutosaveEvent,
  type AutosaveState,
} from '../../../renderer/src/features/procurement/autosave';
import {
  COALESCE_MS,
  emptyHistory,
  recordEdit,
  redo,
  undo,
} from '../../../renderer/src/features/procurement/editHistory';
import { applyEdit, changedFields } from '../../../renderer/src/features/procurement/edit';
import { newProcurement } from '../../../shared/domain/procurement/procurement';

const run = (events: AutosaveEvent[], from: AutosaveState = initialAutosave('t0')) =>
  events.reduce(autosaveReducer, from);
const conflict: AppError = { code: 'conflict', params: { stored: 3, given: 2 } };
const storageFailure: AppError = { code: 'storageFailure', params: { reason: 'ENOSPC' } };

describe('autosave state machine', () => {
  it('starts saved with nothing to do', () => {
    const s = initialAutosave('2027-01-01T10:00:00Z');
    expect(s.status).toEqual({ kind: 'saved', at: '2027-01-01T10:00:00Z' });
    expect(shouldSave(s)).toBe(false);
  });

  it('an edit makes the draft pending and schedules a save', () => {
    const s = run([{ kind: 'edited' }]);
    expect(s.status.kind).toBe('pending');
    expect(shouldSchedule(s)).toBe(true);
  });

  it('a save that succeeds with no edits meanwhile shows saved at the stored time', () => {
    const s = run([
      { kind: 'edited' },
      { kind: 'saveStarted' },
      { kind: 'saveSucceeded', at: 't1' },
    ]);
    expect(s).toEqual({ status: { kind: 'saved', at: 't1' }, dirty: false, inFlight: false });
  });

  it('edits during a save keep showing saving, then become pending for another save', () => {
    const during = run([{ kind: 'edited' }, { kind: 'saveStarted' }, { kind: 'edited' }]);
    expect(during.status.kind).toBe('saving');
    expect(shouldSave(during)).toBe(false);
    const after = autosaveReducer(during, { kind: 'saveSucceeded', at: 't1' });
    expect(after.status.kind).toBe('pending');
    expect(shouldSchedule(after)).toBe(true);
  });

  it('a failed save keeps the draft unsaved and says why; the next save may retry', () => {
    const s = run([
      { kind: 'edited' },
      { kind: 'saveStarted' },
      { kind: 'saveFailed', error: storageFailure },
    ]);
    expect(s.status).toEqual({ kind: 'error', error: storageFailure });
    expect(s.dirty).toBe(true);
    expect(shouldSave(s)).toBe(true);
  });

  it('a conflict (saved elsewhere) stops autosaving: retrying the same revision cannot succeed', () => {
    const s = run([
      { kind: 'edited' },
      { kind: 'saveStarted' },
      { kind: 'saveFailed', error: conflict },
      { kind: 'edited' },
    ]);
    expect(s.status).toEqual({ kind: 'conflict', error: conflict });
    expect(shouldSave(s)).toBe(false);
    expect(shouldSchedule(s)).toBe(false);
  });

  it('reloading after a conflict starts clean', () => {
    const s = run([
      { kind: 'edited' },
      { kind: 'saveStarted' },
      { kind: 'saveFailed', error: conflict },
      { kind: 'loaded', at: 't2' },
    ]);
    expect(s).toEqual(initialAutosave('t2'));
  });

  it('invalid data holds the save back, listing the issues, until the next edit', () => {
    const issues = [{ path: ['title'], code: 'too_small', params: {} }] as never;
    const held = run([
      { kind: 'edited' },
      { kind: 'heldBack', because: { kind: 'invalid', issues } },
    ]);
    expect(held.status).toEqual({ kind: 'invalid', issues });
    expect(held.dirty).toBe(true);
    expect(autosaveReducer(held, { kind: 'edited' }).status.kind).toBe('pending');
  });
});

describe('undo history', () => {
  it('keystrokes in one field within the coalescing time are one undo step', () => {
    let h = emptyHistory<string>();
    h = recordEdit(h, '', 'title', 0);
    h = recordEdit(h, 'S', 'title', 100);
    h = recordEdit(h, 'Si', 'title', 200);
    expect(h.past).toEqual(['']);
    const back = undo(h, 'Sii');
    expect(back?.value).toBe('');
    expect(back && redo(back.history, '')?.value).toBe('Sii');
  });

  it('an edit in another field, or after a pause, is a step of its own', () => {
    let h = emptyHistory<number>();
    h = recordEdit(h, 0, 'a', 0);
    h = recordEdit(h, 1, 'b', 10);
    h = recordEdit(h, 2, 'b', 10 + COALESCE_MS + 1);
    expect(h.past).toEqual([0, 1, 2]);
  });

  it('choices (radio, checkbox, list) are never merged, even in the same field and quickly', () => {
    let h = emptyHistory<string>();
    h = recordEdit(h, 'notDecided', 'employmentClause.form', 0, false);
    h = recordEdit(h, 'awardCriterion', 'employmentClause.form', 300, false);
    expect(h.past).toEqual(['notDecided', 'awardCriterion']);
    // A typed edit right after a choice in the same field starts a step of its own too.
    h = recordEdit(h, 'contractCondition', 'employmentClause.form', 400);
    expect(h.past).toHaveLength(3);
  });

  it('a new edit after an undo clears what could be redone', () => {
    let h = emptyHistory<number>();
    h = recordEdit(h, 0, 'a', 0);
    const back = undo(h, 1)!;
    expect(back.history.future).toEqual([1]);
    h = recordEdit(back.history, 0, 'a', 50);
    expect(h.future).toEqual([]);
    expect(redo(h, 5)).toBeNull();
  });

  it('nothing to undo gives null', () => {
    expect(undo(emptyHistory<number>(), 1)).toBeNull();
  });
});

describe('edits as Immer recipes', () => {
  const base = newProcurement({
    id: '00000000-0000-4000-8000-000000000001',
    title: 'Siivous',
    now: '2027-01-01T00:00:00.000Z',
    authorityType: 'subCentral',
  });

  it('produces a new document keyed by the changed path, leaving the old one untouched', () => {
    const result = applyEdit(base, (p) => {
      p.title = 'Siivouspalvelut';
    });
    expect(result?.next.title).toBe('Siivouspalvelut');
    expect(result?.key).toBe('title');
    expect(base.title).toBe('Siivous');
    expect(result?.next.planning).toBe(base.planning);
  });

  it('an edit that changes nothing is no step', () => {
    expect(applyEdit(base, (p) => void p.title)).toBeNull();
  });

  it('lists what the draft changed, for copying after a conflict', () => {
    const next = applyEdit(base, (p) => {
      p.title = 'Uusi';
      p.planning.valuation.prizesCents = 500;
    })!.next;
    expect(changedFields(base, next)).toEqual([
      { path: 'title', value: 'Uusi' },
      { path: 'planning.valuation.prizesCents', value: '500' },
    ]);
  });
});
