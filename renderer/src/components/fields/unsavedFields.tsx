import { createContext, useContext, useEffect, useId, useRef } from 'react';

/** A field whose typed text could not be read: its label and why, for the save status. */
export interface UnsavedField {
  label: string;
  reason: string;
}

/** Registers (or clears, with null) a field's unread draft under a key unique to the field. */
export type ReportUnsaved = (key: string, field: UnsavedField | null) => void;

/** Where fields report their unread drafts; the procurement editor provides it. */
export const UnsavedFieldsContext = createContext<ReportUnsaved>(() => undefined);

/**
 * Reports this field's unread draft (or none) to the editor, and clears it when the field
 * goes away, so the save status can say which field is not saved and why.
 */
export function useReportUnsaved(field: UnsavedField | null): void {
  const report = useContext(UnsavedFieldsContext);
  const key = useId();
  const label = field?.label ?? null;
  const reason = field?.reason ?? null;
  const reported = useRef(false);
  useEffect(() => {
    if (label !== null && reason !== null) {
      report(key, { label, reason });
      reported.current = true;
    } else if (reported.current) {
      report(key, null);
      reported.current = false;
    }
  }, [report, key, label, reason]);
  useEffect(() => () => report(key, null), [report, key]);
}
