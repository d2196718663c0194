import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import type { CpvCatalogInfo } from '../../../../shared/domain/cpv/cpvCode';
import { formatDateTime } from '../../../../shared/format';
import { call } from '../../api/client';
import { useNotices } from '../../app/notices';
import { useAppSettings } from '../../app/settingsContext';

/**
 * What the CPV search covers (the shipped liite E codes and the imported EU list) and the
 * import of a CPV list file (xlsx or csv). The outcome is shown as a notice; a failed
 * import leaves the previous list in place.
 */
export function CpvCatalogPanel() {
  const { t } = useTranslation();
  const { settings } = useAppSettings();
  const notices = useNotices();
  const [info, setInfo] = useState<CpvCatalogInfo | null>(null);
  const [busy, setBusy] = useState(false);
  // The running import's job (see shared/api/service/jobs.ts): polled for progress, cancellable.
  const [job, setJob] = useState<{ id: string; done: number; total: number } | null>(null);
  const cancelledBy = useRef<string | null>(null);
  const language = settings.language;

  useEffect(() => {
    let alive = true;
    void call('cpv:catalogInfo', {}).then((r) => {
      if (!alive) return;
      if (r.ok) setInfo(r.value);
      else notices.error(r.error);
    });
    return () => {
      alive = false;
    };
  }, [notices]);

  const importList = async () => {
    const jobId = crypto.randomUUID();
    setBusy(true);
    setJob({ id: jobId, done: 0, total: 0 });
    const poll = setInterval(() => {
      void call('job:progress', { jobId }).then((r) => {
        // notFound: the file dialog is still open and the job has not started.
        if (r.ok) setJob({ id: jobId, done: r.value.done, total: r.value.total });
      });
    }, 250);
    const result = await call('cpv:import', { jobId });
    clearInterval(poll);
    setBusy(false);
    setJob(null);
    if (!result.ok) return notices.error(result.error);
    if (result.value.status === 'cancelled') {
      if (cancelledBy.current === jobId) notices.success(t('jobs.cancelled'));
      return;
    }
    const { count, skippedRows, languages } = result.value;
    const params = {
      count,
      skipped: skippedRows,
      languages: languages.map((l) => t(`cpv.catalog.languageNames.${l}`)).join(', '),
    };
    notices.success(
      skippedRows > 0
        ? t('cpv.catalog.importDoneSkipped', params)
        : t('cpv.catalog.importDone', params),
    );
    setInfo(result.value.info);
  };

  return (
    <section className="panel" aria-labelledby="cpv-catalog-heading" data-testid="cpv-catalog">
      <Heading variant="h2" id="cpv-catalog-heading" mb="xs">
        {t('cpv.catalog.heading')}
      </Heading>
      <Paragraph mb="s">{t('cpv.catalog.intro')}</Paragraph>
      {info && (
        <ul className="issue-list" data-testid="cpv-catalog-info">
          <li>{t('cpv.catalog.shipped', { count: info.shippedCount })}</li>
          <li>
            {info.imported
              ? t('cpv.catalog.imported', {
                  count: info.imported.count,
                  file: info.imported.fileName,
                  date: formatDateTime(info.imported.importedAt, language),
                })
              : t('cpv.catalog.notImported')}
          </li>
        </ul>
      )}
      <Paragraph mt="s" mb="m">
        {t('cpv.catalog.importHint')}
      </Paragraph>
      <Button onClick={() => void importList()} disabled={busy} mb="s" data-testid="cpv-import">
        {busy ? t('cpv.catalog.importing') : t('cpv.catalog.importButton')}
      </Button>
      {job && (
        <div className="job-progress" data-testid="cpv-import-progress">
          <LoadingSpinner
            variant="small"
            textAlign="right"
            text={
              job.total > 0
                ? t('jobs.reading', { percent: Math.floor((100 * job.done) / job.total) })
                : t('jobs.waiting')
            }
            mb="xs"
          />
          <progress
            aria-label={t('jobs.progressLabel')}
            max={Math.max(1, job.total)}
            value={job.done}
          />
          <Button
            variant="secondary"
            mb="s"
            data-testid="cpv-import-cancel"
            onClick={() => {
              cancelledBy.current = job.id;
              void call('job:cancel', { jobId: job.id });
            }}
          >
            {t('jobs.cancel')}
          </Button>
        </div>
      )}
      <Paragraph className="muted">{t('cpv.catalog.attribution')}</Paragraph>
    </section>
  );
}
