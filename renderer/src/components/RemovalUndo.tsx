import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { announce } from '../app/focus';

/** What was removed from a list, where it was, and its name for the notice. */
export interface Removed<T> {
  item: T;
  index: number;
  name: string;
}

/**
 * The undo of a removal from a list (WCAG 2.2.1, no time limit): kept until the next removal
 * or until dismissed; the removal and the restore are said in the live region.
 */
export function useRemovalUndo<T>(): {
  removed: Removed<T> | null;
  noteRemoval: (removed: Removed<T>) => void;
  takeUndo: () => Removed<T> | null;
  dismiss: () => void;
} {
  const { t } = useTranslation();
  const [removed, setRemoved] = useState<Removed<T> | null>(null);
  const noteRemoval = useCallback(
    (next: Removed<T>) => {
      setRemoved(next);
      announce(t('accessibility.removed', { item: next.name }));
    },
    [t],
  );
  const takeUndo = useCallback(() => {
    if (removed) announce(t('accessibility.restored', { item: removed.name }));
    setRemoved(null);
    return removed;
  }, [removed, t]);
  const dismiss = useCallback(() => setRemoved(null), []);
  return { removed, noteRemoval, takeUndo, dismiss };
}

/**
 * The notice a removal leaves where the removed item was: its undo is one Shift+Tab from the
 * item that took the focus (the next one), not at the far end of the page.
 */
export function RemovalUndo(props: { name: string; onUndo: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="removal-undo" data-testid="removal-notice">
      <span>{t('accessibility.removed', { item: props.name })}</span>
      <Button
        variant="secondary"
        onClick={props.onUndo}
        aria-label={t('accessibility.undoRemoval', { item: props.name })}
        data-testid="removal-undo"
      >
        {t('accessibility.undoRemovalVisible')}
      </Button>
      <Button variant="secondaryNoBorder" onClick={props.onDismiss}>
        {t('accessibility.dismissRemoval')}
      </Button>
    </div>
  );
}
