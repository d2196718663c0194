import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import type { ResponseOf } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { describeError } from '../../app/describeError';
import { useNotices } from '../../app/notices';

type LogoView = ResponseOf<'settings:logo'>;

/**
 * The organisation's logo for the header of every generated document: a preview, choose or
 * change (file dialog; the service checks the bytes and refuses with the reason, shown here
 * next to the button), and remove.
 */
export function LogoPanel() {
  const { t } = useTranslation();
  const notices = useNotices();
  const [logo, setLogo] = useState<LogoView | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    void call('settings:logo', {}).then((r) => {
      if (!alive) return;
      if (r.ok) setLogo(r.value);
      else notices.error(r.error);
    });
    return () => {
      alive = false;
    };
  }, [notices]);

  const choose = async () => {
    setBusy(true);
    const result = await call('settings:chooseLogo', {});
    setBusy(false);
    if (!result.ok) {
      setRefusal(describeError(t, result.error));
      return;
    }
    if (result.value.status === 'cancelled') return;
    setRefusal(null);
    setLogo(result.value.logo);
    notices.success(t('settings.logo.saved'));
  };

  const remove = async () => {
    const result = await call('settings:removeLogo', {});
    if (!result.ok) return notices.error(result.error);
    setLogo(result.value);
    notices.success(t('settings.logo.removed'));
  };

  return (
    <section className="panel" aria-labelledby="logo-heading" data-testid="logo-panel">
      <Heading variant="h2" id="logo-heading" mb="xs">
        {t('settings.logo.heading')}
      </Heading>
      <Paragraph mb="s">{t('settings.logo.intro')}</Paragraph>
      {logo?.present ? (
        <div className="logo-preview" data-testid="logo-present">
          <img src={logo.dataUrl} alt={t('settings.logo.previewAlt')} />
          <Paragraph>
            {t('settings.logo.chosen', {
              fileName: logo.fileName,
              width: logo.widthPx,
              height: logo.heightPx,
            })}
          </Paragraph>
        </div>
      ) : (
        logo && (
          <Paragraph mb="s" className="muted" data-testid="logo-none">
            {t('settings.logo.none')}
          </Paragraph>
        )
      )}
      {refusal && (
        <InlineAlert status="error" data-testid="logo-refused" id="logo-refused">
          {refusal}
        </InlineAlert>
      )}
      <div className="row-actions" style={{ justifyContent: 'flex-start', marginTop: 12 }}>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => void choose()}
          aria-describedby={refusal ? 'logo-refused' : undefined}
          data-testid="logo-choose"
        >
          {logo?.present ? t('settings.logo.replace') : t('settings.logo.choose')}
        </Button>
        {logo?.present && (
          <Button
            variant="secondaryNoBorder"
            onClick={() => void remove()}
            data-testid="logo-remove"
          >
            {t('settings.logo.remove')}
          </Button>
        )}
      </div>
    </section>
  );
}
