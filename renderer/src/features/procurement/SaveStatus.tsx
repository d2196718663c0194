import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner } from 'suomifi-ui-components';
import { formatTime } from '../../../../shared/format';
import { describeError, describeIssues } from '../../app/describeError';
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
  return (
    <div className="save-state" data-state={state.kind} data-testid="save-state">
      {state.kind === 'saving' && (
        <LoadingSpinner variant="small" text={text} textVisibility="hidden" />
      )}
      <span role="status" aria-live="polite">
        {text}
      </span>
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
        <Button variant="secondary" onClick={onSave} aria-label={t('saveState.shortcut')}>
          {state.kind === 'error' ? t('saveState.retry') : t('common.save')}
        </Button>
      )}
    </div>
  );
});
