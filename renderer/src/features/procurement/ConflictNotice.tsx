import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, Paragraph, Textarea } from 'suomifi-ui-components';
import type { ChangedField } from './edit';

/**
 * Shown when a save conflicts with a version saved elsewhere: says so, offers the reload
 * (the only way forward) and keeps the officer's unsaved changes visible for copying.
 */
export function ConflictNotice(props: { changes: readonly ChangedField[]; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <InlineAlert status="warning" className="conflict-notice" data-testid="conflict-notice">
      <Paragraph mb="s">{t('editing.conflict.message')}</Paragraph>
      <Paragraph mb="s">{t('editing.conflict.instruction')}</Paragraph>
      <Button onClick={props.onReload} data-testid="conflict-reload">
        {t('editing.conflict.reload')}
      </Button>
      {props.changes.length > 0 && (
        <Textarea
          labelText={t('editing.conflict.draftLabel')}
          value={props.changes.map((c) => `${c.path}: ${c.value}`).join('\n')}
          readOnly
          rows={Math.min(8, props.changes.length + 1)}
          fullWidth
          resize="vertical"
          data-testid="conflict-draft"
        />
      )}
    </InlineAlert>
  );
}
