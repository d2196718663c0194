import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, LoadingSpinner, Paragraph, Table } from 'suomifi-ui-components';
import type { BackupInfo } from '../../../../shared/domain/workspace/backup';
import { formatBytes, formatDateTime } from '../../../../shared/format';
import { call } from '../../api/client';
import { useNotices } from '../../app/notices';
import { useAppSettings } from '../../app/settingsContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/** Where the data lives, the backup list, "back up now" and restore with confirmation. */
export function BackupsPanel() {
  const { t } = useTranslation();
  const { settings } = useAppSettings();
  const notices = useNotices();
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [dataDirectory, setDataDirectory] = useState('');
  const [confirm, setConfirm] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    const result = await call('backup:list', {});
    if (result.ok) setBackups(result.value);
    else notices.error(result.error);
  }, [notices]);

  useEffect(() => {
    let alive = true;
    void call('backup:list', {}).then((r) => {
      if (!alive) return;
      if (r.ok) setBackups(r.value);
      else notices.error(r.error);
    });
    void call('app:info', {}).then((r) => alive && r.ok && setDataDirectory(r.value.dataDirectory));
    return () => {
      alive = false;
    };
  }, [notices]);

  const backupNow = async () => {
    setBusy(true);
    const result = await call('backup:create', {});
    setBusy(false);
    if (!result.ok) return notices.error(result.error);
    notices.success(t('settings.backupCreated', { count: result.value.procurementCount }));
    await reload();
  };

  const restore = async (backup: BackupInfo) => {
    setConfirm(null);
    setBusy(true);
    const result = await call('backup:restore', { id: backup.id });
    setBusy(false);
    if (!result.ok) return notices.error(result.error);
    notices.success(t('settings.restored', { count: result.value.restoredCount }));
    await reload();
  };

  const language = settings.language;
  const columns = [
    { key: 'createdAt', labelText: t('settings.backupColumns.createdAt') },
    { key: 'reason', labelText: t('settings.backupColumns.reason') },
    { key: 'count', labelText: t('settings.backupColumns.count'), textAlign: 'right' as const },
    { key: 'size', labelText: t('settings.backupColumns.size'), textAlign: 'right' as const },
    { key: 'actions', labelText: t('settings.backupColumns.actions'), textAlign: 'right' as const },
  ] as const;
  const rows = backups.map((b) => ({
    id: b.id,
    createdAt: formatDateTime(b.createdAt, language),
    reason: t(`settings.backupReason.${b.reason}`),
    count: String(b.procurementCount),
    size: formatBytes(b.bytes, language),
    actions: (
      <Button variant="secondary" disabled={busy} onClick={() => setConfirm(b)}>
        {t('settings.restore')}
      </Button>
    ),
  }));

  return (
    <section className="panel" aria-labelledby="backups-heading">
      <Heading variant="h2" id="backups-heading" mb="xs">
        {t('settings.dataHeading')}
      </Heading>
      {dataDirectory && (
        <Paragraph mb="s" className="muted">
          {t('settings.dataFolder', { path: dataDirectory })}
        </Paragraph>
      )}
      <Paragraph mb="m">{t('settings.backupsIntro')}</Paragraph>
      <Button onClick={() => void backupNow()} disabled={busy} mb="m" data-testid="backup-now">
        {t('settings.backupNow')}
      </Button>
      {busy && (
        <LoadingSpinner variant="small" text={t('settings.working')} textAlign="right" mb="m" />
      )}
      {backups.length === 0 ? (
        <Paragraph>{t('settings.noBackups')}</Paragraph>
      ) : (
        <Table caption={t('settings.backupsCaption')} columns={columns} data={rows} condensed />
      )}
      {confirm && (
        <ConfirmDialog
          heading={t('settings.restoreTitle')}
          body={t('settings.restoreBody', {
            date: formatDateTime(confirm.createdAt, language),
            count: confirm.procurementCount,
          })}
          confirmLabel={t('settings.restoreConfirm')}
          onCancel={() => setConfirm(null)}
          onConfirm={() => void restore(confirm)}
        />
      )}
    </section>
  );
}
