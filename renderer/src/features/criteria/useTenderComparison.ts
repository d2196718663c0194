import { enablePatches, produceWithPatches } from 'immer';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/api/errors';
import {
  tenderComparisonSchema,
  type TenderComparison,
} from '../../../../shared/domain/criteria/tenderComparison';
import { describeZodError } from '../../../../shared/domain/common/validation';
import { call } from '../../api/client';
import {
  autosaveReducer,
  initialAutosave,
  shouldSave,
  shouldSchedule,
  type AutosaveEvent,
  type AutosaveState,
  type SaveState,
} from '../procurement/autosave';
import {
  emptyHistory,
  recordEdit,
  redo as redoIn,
  undo as undoIn,
  type EditHistory,
} from '../procurement/editHistory';
import { AUTOSAVE_DELAY_MS } from '../procurement/useProcurementEditor';

enablePatches();

type Load =
  | { kind: 'loading' }
  | { kind: 'failed'; error: AppError }
  | { kind: 'ready'; record: TenderComparison };

/** A change to the comparison draft (an Immer recipe). */
export type ComparisonEdit = (draft: TenderComparison) => void;

/**
 * The tender comparison of one procurement or lot: loaded over `record:tenderComparison:get`,
 * edited as a draft with its own undo history (editHistory, as the procurement's), saved over
 * `record:tenderComparison:save` by the same autosave reducer as the procurement (quiet time,
 * one save at a time, a conflict is final until reload). Leaving the view flushes the draft.
 */
export function useTenderComparison(procurementId: string, lotId: string | null) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  const draft = useRef<TenderComparison | null>(null);
  const autosave = useRef<AutosaveState>(initialAutosave());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef<() => Promise<void>>(async () => undefined);
  const history = useRef<EditHistory<TenderComparison>>(emptyHistory());
  const [historySize, setHistorySize] = useState({ past: 0, future: 0 });
  const setHistory = useCallback((next: EditHistory<TenderComparison>) => {
    history.current = next;
    setHistorySize((size) =>
      size.past === next.past.length && size.future === next.future.length
        ? size
        : { past: next.past.length, future: next.future.length },
    );
  }, []);

  const dispatch = useCallback((event: AutosaveEvent) => {
    autosave.current = autosaveReducer(autosave.current, event);
    setSaveState(autosave.current.status);
    if (shouldSchedule(autosave.current)) {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
    }
  }, []);

  const show = useCallback((record: TenderComparison) => {
    draft.current = record;
    setLoad({ kind: 'ready', record });
  }, []);

  const reload = useCallback(async () => {
    const result = await call('record:tenderComparison:get', { procurementId, lotId });
    if (!result.ok) return setLoad({ kind: 'failed', error: result.error });
    show(result.value);
    setHistory(emptyHistory());
    dispatch({ kind: 'loaded', at: result.value.revision > 0 ? result.value.updatedAt : null });
  }, [procurementId, lotId, show, dispatch, setHistory]);

  const saveNow = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const current = draft.current;
    if (!current || !shouldSave(autosave.current)) return;
    const valid = tenderComparisonSchema.safeParse(current);
    if (!valid.success) {
      const issues = describeZodError(valid.error, current);
      dispatch({ kind: 'heldBack', because: { kind: 'invalid', issues } });
      return;
    }
    dispatch({ kind: 'saveStarted' });
    const result = await call('record:tenderComparison:save', { comparison: current });
    if (!result.ok) {
      dispatch({ kind: 'saveFailed', error: result.error });
      return;
    }
    const latest = draft.current ?? result.value;
    show({ ...latest, revision: result.value.revision, updatedAt: result.value.updatedAt });
    dispatch({ kind: 'saveSucceeded', at: result.value.updatedAt });
  }, [dispatch, show]);

  useEffect(() => {
    saveRef.current = saveNow;
  }, [saveNow]);

  useEffect(() => {
    let alive = true;
    void call('record:tenderComparison:get', { procurementId, lotId }).then((result) => {
      if (!alive) return;
      if (!result.ok) return setLoad({ kind: 'failed', error: result.error });
      show(result.value);
      setHistory(emptyHistory());
      dispatch({ kind: 'loaded', at: result.value.revision > 0 ? result.value.updatedAt : null });
    });
    return () => {
      alive = false;
      void saveRef.current();
    };
  }, [procurementId, lotId, show, dispatch, setHistory]);

  const edit = useCallback(
    (change: ComparisonEdit) => {
      const current = draft.current;
      if (!current) return;
      const [next, patches] = produceWithPatches(current, change);
      if (patches.length === 0) return;
      const key = [...new Set(patches.map((p) => p.path.join('.')))].sort().join('|');
      setHistory(recordEdit(history.current, current, key, performance.now()));
      show(next);
      dispatch({ kind: 'edited' });
    },
    [show, dispatch, setHistory],
  );

  /** Undo or redo one step of the comparison (keeping the stored revision). */
  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      const current = draft.current;
      if (!current) return;
      const moved = (direction === 'undo' ? undoIn : redoIn)(history.current, current);
      if (!moved) return;
      setHistory(moved.history);
      show({ ...moved.value, revision: current.revision, updatedAt: current.updatedAt });
      dispatch({ kind: 'edited' });
    },
    [show, dispatch, setHistory],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  // While another procurement or lot loads, the previous record is not shown.
  const shown: Load =
    load.kind === 'ready' &&
    (load.record.procurementId !== procurementId || load.record.lotId !== lotId)
      ? { kind: 'loading' }
      : load;
  return {
    load: shown,
    saveState,
    edit,
    saveNow,
    reload,
    undo,
    redo,
    canUndo: historySize.past > 0,
    canRedo: historySize.future > 0,
  };
}
