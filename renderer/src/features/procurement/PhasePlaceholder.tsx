import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import type { Phase } from '../../../../shared/domain/procurement/phases';

/** A phase that later versions fill (market dialogue, follow-up): says plainly what it will hold. */
export function PhasePlaceholder({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return (
    <section className="panel" data-testid={`phase-${phase}`}>
      <Heading variant="h2" mb="s">
        {t(`phases.${phase}.title`)}
      </Heading>
      <InlineAlert labelText={t('phases.comingTitle')}>
        <Paragraph mb="xs">{t('phases.comingBody')}</Paragraph>
        <Paragraph>{t(`phases.${phase}.holds`)}</Paragraph>
      </InlineAlert>
    </section>
  );
}
