import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { call } from '../../api/client';
import { useNotices } from '../../app/notices';
import { useAppSettings } from '../../app/settingsContext';

/**
 * The organisation's logo for the documents' header: choose a PNG or JPEG (checked by the
 * service: type, size, pixel size), or remove it. The profile shows its pixel size.
 */
export function LogoPanel() {
  const { t } = useTranslation();
  const notices = useNotices();
  const { settings, replace } = useAppSettings();
  const [refusal, setRefusal] = useState<string | null>(null);
  const logo = settings.organisation.logo;
  const choose = async () => {
    setRefusal(null);
    const r = await call('settings:chooseLogo', {});
    if (!r.ok) return notices.error(r.error);
    if (r.value.status === 'cancelled') return;
    if (r.value.status === 'refused') {
      return setRefusal(t(`documents.logo.refused.${r.value.reason}`));
    }
    replace(r.value.settings);
    notices.success(t('documents.logo.saved'));
  };
  const remove = async () => {
    const r = await call('settings:removeLogo', {});
    if (!r.ok) return notices.error(r.error);
    replace(r.value);
    notices.success(t('documents.logo.removed'));
  };
  return (
    <section className="panel" aria-labelledby="logo-heading" data-testid="logo-panel">
      <Heading variant="h2" id="logo-heading" mb="xs">
        {t('documents.logo.heading')}
      </Heading>
      <Paragraph mb="s">{t('documents.logo.intro')}</Paragraph>
      <Paragraph mb="s" data-testid="logo-state">
        {logo
          ? t('documents.logo.current', { width: logo.widthPx, height: logo.heightPx })
          : t('documents.logo.none')}
      </Paragraph>
      <Button onClick={() => void choose()} data-testid="logo-choose" mb="s">
        {t('documents.logo.choose')}
      </Button>{' '}
      {logo && (
        <Button variant="secondary" onClick={() => void remove()} data-testid="logo-remove">
          {t('documents.logo.remove')}
        </Button>
      )}
      {refusal && (
        <InlineAlert status="error" data-testid="logo-refused">
          {refusal}
        </InlineAlert>
      )}
    </section>
  );
}
