import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';

/** Undo and redo buttons for the editor's history (also Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z). */
export const UndoButtons = memo(function UndoButtons(props: {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="undo-buttons" role="group" aria-label={t('editing.undo.label')}>
      <Button
        variant="secondaryNoBorder"
        disabled={!props.canUndo}
        onClick={props.onUndo}
        aria-keyshortcuts="Control+Z"
        title={t('editing.undo.undoHint')}
        data-testid="undo"
      >
        {t('editing.undo.undo')}
      </Button>
      <Button
        variant="secondaryNoBorder"
        disabled={!props.canRedo}
        onClick={props.onRedo}
        aria-keyshortcuts="Control+Y Control+Shift+Z"
        title={t('editing.undo.redoHint')}
        data-testid="redo"
      >
        {t('editing.undo.redo')}
      </Button>
    </div>
  );
});
