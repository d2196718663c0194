import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/api/errors';
import type { PersonalDataFinding } from '../../../../shared/domain/common/personalIdentityCode';
import { scanProcurementDraft } from './fieldErrors';
import {
  procurementSchema,
  type Procurement,
} from '../../../../shared/domain/procurement/procurement';
import { describeZodError, formatPath } from '../../../../shared/domain/common/validation';
import { call } from '../../api/client';
import type { ReportUnsaved, UnsavedField } from '../../components/fields/unsavedFields';
import {
  autosaveReducer,
  initialAutosave,
  shouldSave,
  shouldSchedule,
  type AutosaveEvent,
  type AutosaveState,
  type SaveState,
} from './autosave';
import { applyEdit, changedFields, type ChangedField, type Edit } from './edit';
import { emptyHistory, recordEdit, redo, undo, type EditHistory } from './editHistory';

export type { SaveState } from './autosave';

/** Text entry types: an edit made while one of these has the focus is typing. */
const TYPED_INPUTS = new Set(['text', 'search', 'email', 'tel', 'url', 'number', '']);

/**
 * True when the edit comes from typing in a text field (its keystrokes make one undo step);
 * false for a choice (radio, checkbox, list option, button), which is a step of its own.
 */
function isTyping(): boolean {
  const el = document.activeElement;
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && TYPED_INPUTS.has(el.getAttribute('type') ?? '');
}

/** Quiet time after the last keystroke before an autosave. */
export const AUTOSAVE_DELAY_MS = 800;

type LoadState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: AppError }
  | { kind: 'ready'; procurement: Procurement };

/** Keeps the stored revision when a snapshot (undo/redo) replaces the draft. */
function withRevisionOf(snapshot: Procurement, current: Procurement): Procurement {
  return snapshot.revision === current.revision && snapshot.updatedAt === current.updatedAt
    ? snapshot
    : { ...snapshot, revision: current.revision, updatedAt: current.updatedAt };
}

/**
 * Loads one procurement and keeps a draft of it. Sections change it through one stable
 * `edit` (an Immer recipe, see edit.ts); every edit is an undo step (keystrokes in one field
 * coalesce) and schedules an autosave run by the pure reducer in autosave.ts. Ctrl+S saves
 * at once, Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z undo and redo, leaving the view flushes. A failed
 * save keeps the draft and says why; a conflict (saved elsewhere) offers a reload and keeps
 * the unsaved changes visible; a draft with a personal identity code is never sent.
 */
export function useProcurementEditor(id: string) {
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  const [personalData, setPersonalData] = useState<PersonalDataFinding[]>([]);
  const [unsaved, setUnsaved] = useState<ReadonlyMap<string, UnsavedField>>(new Map());
  const [conflictChanges, setConflictChanges] = useState<ChangedField[]>([]);
  const [historySize, setHistorySize] = useState({ past: 0, future: 0 });
  const draft = useRef<Procurement | null>(null);
  // The last version the service stored (or loaded): what a conflict is compared against.
  const stored = useRef<Procurement | null>(null);
  const autosave = useRef<AutosaveState>(initialAutosave());
  const history = useRef<EditHistory<Procurement>>(emptyHistory());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The latest saveNow, for timers scheduled inside saveNow itself.
  const saveRef = useRef<() => Promise<void>>(async () => undefined);

  const dispatch = useCallback((event: AutosaveEvent) => {
    autosave.current = autosaveReducer(autosave.current, event);
    setSaveState(autosave.current.status);
    if (shouldSchedule(autosave.current)) {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
    }
  }, []);

  const show = useCallback((next: Procurement) => {
    draft.current = next;
    setLoad({ kind: 'ready', procurement: next });
  }, []);

  const setHistory = useCallback((next: EditHistory<Procurement>) => {
    history.current = next;
    setHistorySize((size) =>
      size.past === next.past.length && size.future === next.future.length
        ? size
        : { past: next.past.length, future: next.future.length },
    );
  }, []);

  const reload = useCallback(async (): Promise<boolean> => {
    const result = await call('procurement:get', { id });
    if (!result.ok) {
      setLoad({ kind: 'failed', error: result.error });
      return false;
    }
    stored.current = result.value;
    show(result.value);
    setHistory(emptyHistory());
    setPersonalData(scanProcurementDraft(result.value));
    setConflictChanges([]);
    dispatch({ kind: 'loaded', at: result.value.updatedAt });
    return true;
  }, [id, show, setHistory, dispatch]);

  useEffect(() => {
    let alive = true;
    void call('procurement:get', { id }).then((result) => {
      if (!alive) return;
      if (!result.ok) return setLoad({ kind: 'failed', error: result.error });
      stored.current = result.value;
      show(result.value);
      dispatch({ kind: 'loaded', at: result.value.updatedAt });
    });
    return () => {
      alive = false;
    };
  }, [id, show, dispatch]);

  const saveNow = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const current = draft.current;
    if (!current || !shouldSave(autosave.current)) return;
    const findings = scanProcurementDraft(current);
    setPersonalData(findings);
    if (findings.length > 0) {
      const error: AppError = {
        code: 'personalData',
        params: { count: findings.length, firstPath: formatPath(findings[0]?.path ?? []) },
      };
      dispatch({ kind: 'heldBack', because: { kind: 'error', error } });
      return;
    }
    const valid = procurementSchema.safeParse(current);
    if (!valid.success) {
      const issues = describeZodError(valid.error, current);
      dispatch({ kind: 'heldBack', because: { kind: 'invalid', issues } });
      return;
    }
    dispatch({ kind: 'saveStarted' });
    const result = await call('procurement:save', { procurement: current });
    if (!result.ok) {
      // What the draft changed against the stored version, shown for copying.
      if (result.error.code === 'conflict' && stored.current) {
        setConflictChanges(changedFields(stored.current, current));
      }
      dispatch({ kind: 'saveFailed', error: result.error });
      return;
    }
    const saved = result.value;
    stored.current = saved;
    const latest = draft.current ?? saved;
    show({ ...latest, revision: saved.revision, updatedAt: saved.updatedAt });
    dispatch({ kind: 'saveSucceeded', at: saved.updatedAt });
  }, [dispatch, show]);
  useEffect(() => {
    saveRef.current = saveNow;
  }, [saveNow]);

  const edit = useCallback(
    (change: Edit) => {
      const current = draft.current;
      if (!current) return;
      const applied = applyEdit(current, change);
      if (!applied) return;
      setHistory(recordEdit(history.current, current, applied.key, performance.now(), isTyping()));
      show(applied.next);
      setPersonalData(scanProcurementDraft(applied.next));
      dispatch({ kind: 'edited' });
    },
    [dispatch, show, setHistory],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      const current = draft.current;
      if (!current) return;
      const moved = (direction === 'undo' ? undo : redo)(history.current, current);
      if (!moved) return;
      setHistory(moved.history);
      const next = withRevisionOf(moved.value, current);
      show(next);
      setPersonalData(scanProcurementDraft(next));
      dispatch({ kind: 'edited' });
    },
    [dispatch, show, setHistory],
  );
  const undoEdit = useCallback(() => step('undo'), [step]);
  const redoEdit = useCallback(() => step('redo'), [step]);

  const reportUnsaved = useCallback<ReportUnsaved>((key, field) => {
    setUnsaved((map) => {
      const old = map.get(key);
      if (field === null ? !old : old?.label === field.label && old.reason === field.reason) {
        return map;
      }
      const next = new Map(map);
      if (field) next.set(key, field);
      else next.delete(key);
      return next;
    });
  }, []);

  // Ctrl+S (Cmd+S) saves now; Ctrl+Z undoes, Ctrl+Y / Ctrl+Shift+Z redoes (also inside a
  // text field: the editor's history replaces the input's own); hiding the window or
  // leaving the view flushes the draft.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      // A part with its own undo history (the tender comparison record) handles Z and Y itself.
      const ownUndo = event.target instanceof Element && event.target.closest('[data-own-undo]');
      if (ownUndo && key !== 's') return;
      if (key === 's') {
        event.preventDefault();
        void saveNow();
      } else if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undoEdit();
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        redoEdit();
      }
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saveNow();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (autosave.current.dirty || autosave.current.inFlight) {
        void saveNow();
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      void saveNow();
    };
  }, [saveNow, undoEdit, redoEdit]);

  return {
    load,
    saveState,
    personalData,
    edit,
    saveNow,
    undo: undoEdit,
    redo: redoEdit,
    canUndo: historySize.past > 0,
    canRedo: historySize.future > 0,
    unsaved: [...unsaved.values()],
    reportUnsaved,
    reload,
    conflictChanges,
  };
}
