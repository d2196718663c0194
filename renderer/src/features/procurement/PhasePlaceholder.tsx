import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { localIsoDate } from '../../../../shared/domain/common/calendarDate';
import type { Phase } from '../../../../shared/domain/procurement/phases';
import { analysePlanning } from '../../../../shared/domain/planning/planningAnalysis';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import { useAppSettings } from '../../app/settingsContext';
import { hrefOf } from '../../app/routes';

/**
 * A phase that later versions fill: says plainly what it will hold. The employment clause
 * phase already shows what the planning phase's screening recommends, since that is where
 * the clause work will start.
 */
export function PhasePlaceholder({
  phase,
  procurement,
}: {
  phase: Phase;
  procurement: Procurement;
}) {
  const { t } = useTranslation();
  const { settings } = useAppSettings();
  const screening =
    phase === 'employmentClause'
      ? analysePlanning(procurement, settings.organisation, localIsoDate(new Date())).screening
      : null;
  return (
    <section className="panel" data-testid={`phase-${phase}`}>
      <Heading variant="h2" mb="s">
        {t(`phases.${phase}.title`)}
      </Heading>
      {screening && (
        <div
          className={`recommendation recommendation-${screening.recommendation}`}
          data-testid="employment-screening-carried"
          style={{ marginBottom: 16 }}
        >
          <Paragraph mb="xs">
            {t('phases.screeningCarried', {
              result: t(`planning.screening.recommendation.${screening.recommendation}`),
            })}
          </Paragraph>
          <a href={`${hrefOf({ kind: 'procurement', id: procurement.id, phase: 'planning' })}`}>
            {t('phases.screeningLink')}
          </a>
        </div>
      )}
      <InlineAlert labelText={t('phases.comingTitle')}>
        <Paragraph mb="xs">{t('phases.comingBody')}</Paragraph>
        <Paragraph>{t(`phases.${phase}.holds`)}</Paragraph>
      </InlineAlert>
    </section>
  );
}
