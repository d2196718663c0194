import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { CALENDAR_SEGMENTS } from '../../../../shared/domain/calendar/procurementCalendar';

/** What the colours, codes and symbols of the chart mean, in words next to each sample. */
export function CalendarLegend({ showToday }: { showToday: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="panel calendar-legend" aria-labelledby="calendar-legend-heading">
      <Heading variant="h2" id="calendar-legend-heading" mb="xs">
        {t('calendar.legend.heading')}
      </Heading>
      <ul>
        {CALENDAR_SEGMENTS.map((kind) => (
          <li key={kind}>
            <span className={`calendar-swatch calendar-bar--${kind}`} aria-hidden="true">
              {t(`calendar.phaseCodes.${kind}`)}
            </span>
            {t(`calendar.phases.${kind}`)}
          </li>
        ))}
        <li>
          <span className="calendar-swatch calendar-swatch--marker" aria-hidden="true">
            <span className="calendar-marker" />
          </span>
          {t('calendar.legend.marker')}
        </li>
        {showToday && (
          <li>
            <span className="calendar-swatch calendar-swatch--today" aria-hidden="true">
              <span className="calendar-today" />
            </span>
            {t('calendar.legend.today')}
          </li>
        )}
      </ul>
      <Paragraph className="calendar-note">{t('calendar.legend.windowNote')}</Paragraph>
    </section>
  );
}
