import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, IconDownload, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { localIsoDate } from '../../../../shared/domain/common/calendarDate';
import type { ProcurementSummary } from '../../../../shared/domain/procurement/procurement';
import {
  buildCalendar,
  calendarYears,
  noCalendarFilters,
  responsiblePersons,
  type CalendarFilters,
} from '../../../../shared/domain/calendar/procurementCalendar';
import { call } from '../../api/client';
import { announce, useFocusOnViewChange } from '../../app/focus';
import { useNotices } from '../../app/notices';
import { useAppSettings } from '../../app/settingsContext';
import { CalendarChart } from './CalendarChart';
import { CalendarFilterBar } from './CalendarFilterBar';
import { CalendarLegend } from './CalendarLegend';
import { YearPicker } from './YearPicker';
import { initialCalendarYear } from '../../../../shared/domain/calendar/initialYear';
import './calendar.css';

/**
 * The procurement calendar: the workspace's procurements on one year's timeline, filtered
 * by status, category and responsible person, with an export of the same view to Excel.
 */
export function CalendarView() {
  const { t } = useTranslation();
  const notices = useNotices();
  const language = useAppSettings().settings.language;
  // The officer's own day; read once per visit, which is enough for a yearly view.
  const [today] = useState(() => localIsoDate(new Date()));
  const currentYear = Number(today.slice(0, 4));
  const [items, setItems] = useState<ProcurementSummary[] | null>(null);
  const [year, setYear] = useState(currentYear);
  const [filters, setFilters] = useState<CalendarFilters>(noCalendarFilters);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    let alive = true;
    void call('procurement:list', {}).then((result) => {
      if (!alive) return;
      if (result.ok) {
        setItems(result.value.items);
        setYear(initialCalendarYear(result.value.items, currentYear));
      } else {
        notices.error(result.error);
        setItems([]);
      }
    });
    return () => {
      alive = false;
    };
  }, [notices, currentYear]);

  const calendar = useMemo(() => buildCalendar(items ?? [], year, filters), [items, year, filters]);
  const years = useMemo(() => calendarYears(items ?? [], currentYear), [items, currentYear]);
  const persons = useMemo(() => responsiblePersons(items ?? []), [items]);

  useFocusOnViewChange('calendar', [t('calendar.title')]);
  // The year and the filtered count are said in the live region when the officer changes them.
  const rowCount = items === null ? null : calendar.rows.length;
  const said = useRef<string | null>(null);
  useEffect(() => {
    if (rowCount === null) return;
    const text = t('calendar.table.caption', { year, count: rowCount });
    if (said.current !== null && said.current !== text) announce(text);
    said.current = text;
  }, [rowCount, year, t]);

  const exportXlsx = async () => {
    setExporting(true);
    const result = await call('calendar:exportXlsx', { year, filters });
    setExporting(false);
    if (!result.ok) return notices.error(result.error);
    if (result.value.status === 'saved') {
      notices.success(t('calendar.export.saved', { path: result.value.path }));
    }
  };

  return (
    <div data-testid="calendar-view">
      <Heading variant="h1" mb="s">
        {t('calendar.title')}
      </Heading>
      <Paragraph mb="m">{t('calendar.intro')}</Paragraph>
      <div className="toolbar calendar-toolbar">
        <YearPicker year={year} years={years} onChange={setYear} />
        <Button
          icon={<IconDownload />}
          onClick={() => void exportXlsx()}
          disabled={items === null || exporting}
          data-testid="calendar-export"
        >
          {t('calendar.export.button')}
        </Button>
      </div>
      <CalendarFilterBar filters={filters} persons={persons} onChange={setFilters} />
      {items === null ? (
        <LoadingSpinner text={t('app.loading')} />
      ) : items.length === 0 ? (
        <div className="panel" data-testid="calendar-empty">
          <Heading variant="h2" mb="xs">
            {t('calendar.empty.noProcurements')}
          </Heading>
          <Paragraph>{t('calendar.empty.noProcurementsHint')}</Paragraph>
        </div>
      ) : (
        <>
          {calendar.rows.length === 0 ? (
            <Paragraph className="panel" data-testid="calendar-no-rows">
              {t('calendar.empty.noRows', { year })}
            </Paragraph>
          ) : (
            <div className="calendar-scroll">
              <CalendarChart calendar={calendar} today={today} language={language} />
            </div>
          )}
          {calendar.withoutDatesInYear > 0 && (
            <Paragraph className="calendar-note" data-testid="calendar-without-dates">
              {t('calendar.empty.withoutDates', { year, count: calendar.withoutDatesInYear })}
            </Paragraph>
          )}
          <CalendarLegend showToday={year === currentYear} />
        </>
      )}
    </div>
  );
}
