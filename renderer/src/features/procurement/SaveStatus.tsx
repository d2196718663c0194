import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner } from 'suomifi-ui-components';
import { formatTime } from '../../../../shared/format';
import { describeError, describeIssues } from '../../app/describeError';
import { announce } from '../../app/focus';
import { useAppSettings } from '../../app/settingsContext';
import { assertNever } from '../../../../shared/assertNever';
import type { UnsavedField } from '../../components/fields/unsavedFields';
import type { SaveState } from './autosave';

/**
 * The autosave indicator: saved / unsaved / saving / error with the reason and a retry, and
 * which fields hold text that is not saved and why (the stored value stays the last valid).
 */
export const SaveStatus = memo(function SaveStatus({
  state,
  unsaved,
  onSave,
}: {
  state: SaveState;
  unsaved: readonly UnsavedField[];
  onSave: () => void;
}) {
  const { t } = useTranslation();
  const { settings } = useAppSettings();
  const text = (() => {
    switch (state.kind) {
      case 'saved':
        return state.at
          ? t('saveState.saved', { time: formatTime(state.at, settings.language) })
          : t('saveState.savedNever');
      case 'pending':
        return t('saveState.pending');
      case 'saving':
        return t('saveState.saving');
      case 'invalid':
        return t('saveState.invalid');
      case 'error':
        return `${t('saveState.error')}: ${describeError(t, state.error)}`;
      case 'conflict':
        return t('editing.conflict.message');
      default:
        return assertNever(state);
    }
  })();
  // Announced once per save (saved or failed), not at every state on the way (WCAG 4.1.3).
  const announced = useRef(state);
  useEffect(() => {
    if (announced.current === state) return;
    announced.current = state;
    if (state.kind === 'saved' && state.at) announce(t('accessibility.saved'));
    if (state.kind === 'error') announce(`${t('accessibility.saveFailed')}: ${text}`);
  }, [state, t, text]);
  return (
    <div className="save-state" data-state={state.kind} data-testid="save-state">
      {state.kind === 'saving' && (
        <LoadingSpinner variant="small" text={text} textVisibility="hidden" />
      )}
      <span>{text}</span>
      {state.kind === 'invalid' && (
        <ul className="issue-list">
          {describeIssues(t, state.issues).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {unsaved.length > 0 && (
        <div className="unsaved-fields" data-testid="save-unsaved" role="status">
          <strong>{t('editing.unsaved.heading')}</strong>
          <ul className="issue-list">
            {unsaved.map((field) => (
              <li key={`${field.label}:${field.reason}`}>
                {t('editing.unsaved.field', { label: field.label, reason: field.reason })}
              </li>
            ))}
          </ul>
          <span>{t('editing.unsaved.keptValue')}</span>
        </div>
      )}
      {(state.kind === 'pending' || state.kind === 'error') && (
        <Button
          variant="secondary"
          onClick={onSave}
          aria-keyshortcuts="Control+S"
          title={t('saveState.shortcut')}
        >
          {state.kind === 'error' ? t('saveState.retry') : t('common.save')}
        </Button>
      )}
    </div>
  );
});
