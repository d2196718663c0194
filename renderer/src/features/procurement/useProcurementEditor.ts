import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/api/errors';
import type { PersonalDataFinding } from '../../../../shared/domain/common/personalIdentityCode';
import { scanProcurementDraft } from './fieldErrors';
import {
  procurementSchema,
  type Procurement,
} from '../../../../shared/domain/procurement/procurement';
import {
  describeZodError,
  formatPath,
  type ValidationIssue,
} from '../../../../shared/domain/common/validation';
import { call } from '../../api/client';

/** Where the autosave is: nothing to save, waiting to save, saving, or failed (with why). */
export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; issues: ValidationIssue[] }
  | { kind: 'error'; error: AppError };

/** Quiet time after the last keystroke before an autosave. */
export const AUTOSAVE_DELAY_MS = 800;

type LoadState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: AppError }
  | { kind: 'ready'; procurement: Procurement };

/**
 * Loads one procurement and keeps a draft of it: every edit schedules an autosave, Ctrl+S
 * saves at once, leaving the view or hiding the window flushes. A failed save keeps the
 * draft on screen and says why; a draft with a personal identity code is never sent.
 */
export function useProcurementEditor(id: string) {
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  const [personalData, setPersonalData] = useState<PersonalDataFinding[]>([]);
  const draft = useRef<Procurement | null>(null);
  const dirty = useRef(false);
  const saving = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The latest saveNow, for timers scheduled inside saveNow itself.
  const saveRef = useRef<() => Promise<void>>(async () => undefined);
  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
  }, []);

  useEffect(() => {
    let alive = true;
    void call('procurement:get', { id }).then((result) => {
      if (!alive) return;
      if (!result.ok) return setLoad({ kind: 'failed', error: result.error });
      draft.current = result.value;
      setLoad({ kind: 'ready', procurement: result.value });
      setSaveState({ kind: 'saved', at: result.value.updatedAt });
    });
    return () => {
      alive = false;
    };
  }, [id]);

  const saveNow = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const current = draft.current;
    if (!current || !dirty.current || saving.current) return;
    const findings = scanProcurementDraft(current);
    setPersonalData(findings);
    if (findings.length > 0) {
      setSaveState({
        kind: 'error',
        error: {
          code: 'personalData',
          params: { count: findings.length, firstPath: formatPath(findings[0]?.path ?? []) },
        },
      });
      return;
    }
    const valid = procurementSchema.safeParse(current);
    if (!valid.success) {
      setSaveState({ kind: 'invalid', issues: describeZodError(valid.error, current) });
      return;
    }
    saving.current = true;
    dirty.current = false;
    setSaveState({ kind: 'saving' });
    const result = await call('procurement:save', { procurement: current });
    saving.current = false;
    if (!result.ok) {
      dirty.current = true;
      setSaveState({ kind: 'error', error: result.error });
      return;
    }
    const saved = result.value;
    const latest = draft.current ?? saved;
    const merged = { ...latest, revision: saved.revision, updatedAt: saved.updatedAt };
    draft.current = merged;
    setLoad({ kind: 'ready', procurement: merged });
    if (dirty.current) {
      setSaveState({ kind: 'pending' });
      schedule();
    } else {
      setSaveState({ kind: 'saved', at: saved.updatedAt });
    }
  }, [schedule]);
  useEffect(() => {
    saveRef.current = saveNow;
  }, [saveNow]);

  const edit = useCallback(
    (change: (p: Procurement) => Procurement) => {
      const current = draft.current;
      if (!current) return;
      const next = change(current);
      draft.current = next;
      dirty.current = true;
      setLoad({ kind: 'ready', procurement: next });
      setPersonalData(scanProcurementDraft(next));
      setSaveState({ kind: 'pending' });
      schedule();
    },
    [schedule],
  );

  // Ctrl+S (Cmd+S) saves now; hiding the window or leaving the view flushes the draft.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveNow();
      }
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saveNow();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current || saving.current) {
        void saveNow();
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      void saveNow();
    };
  }, [saveNow]);

  return { load, saveState, personalData, edit, saveNow };
}
