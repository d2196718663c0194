import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink, StaticChip, VisuallyHidden } from 'suomifi-ui-components';
import {
  daysBetween,
  isoDateOf,
  type IsoDate,
} from '../../../../shared/domain/common/calendarDate';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import {
  daysInYear,
  yearFraction,
  type CalendarRow,
  type CalendarSegment,
  type ProcurementCalendar,
} from '../../../../shared/domain/calendar/procurementCalendar';
import { formatDate } from '../../../../shared/format';
import { calendarMonthKeys } from '../../../../shared/i18n/features/calendar';
import { hrefOf } from '../../app/routes';
import { describeRow } from './describeRow';

/** Bars narrower than this share of the year (about ten days) carry no code text. */
const MIN_LABELLED_WIDTH = 0.028;

/** Height of one drawing lane: a 24 px bar and a 4 px gap (see calendar.css). */
const LANE_PX = 28;

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** Month widths in days, so the grid lines fall on the real first days of the months. */
function monthDays(year: number): number[] {
  return calendarMonthKeys.map((_, i) =>
    daysBetween(isoDateOf(year, i + 1, 1), isoDateOf(year, i + 2, 1)),
  );
}

function TodayLine({ fraction }: { fraction: number | null }) {
  if (fraction === null) return null;
  return <span className="calendar-today" style={{ left: percent(fraction) }} aria-hidden="true" />;
}

function Bar({
  segment,
  row,
  language,
}: {
  segment: CalendarSegment;
  row: CalendarRow;
  language: UiLanguage;
}) {
  const { t } = useTranslation();
  const width = segment.endFraction - segment.startFraction;
  const style: CSSProperties = {
    left: percent(segment.startFraction),
    width: percent(width),
    top: segment.lane * LANE_PX,
  };
  const classes = [
    'calendar-bar',
    `calendar-bar--${segment.kind}`,
    segment.continuesFromPreviousYear ? 'calendar-bar--from-before' : '',
    segment.continuesToNextYear ? 'calendar-bar--to-after' : '',
  ].join(' ');
  // A hover tip for mouse users; screen readers get the row's text instead.
  const phase = t(`calendar.phases.${segment.kind}`);
  const start = formatDate(segment.actualStart, language);
  const title =
    segment.actualEnd === null
      ? t('calendar.describe.untilFurtherNotice', { phase, start })
      : t('calendar.describe.range', {
          phase,
          start,
          end: formatDate(segment.actualEnd, language),
        });
  return (
    <span
      className={classes}
      style={style}
      title={title}
      data-testid={`calendar-bar-${segment.kind}-${row.summary.id}`}
    >
      {width >= MIN_LABELLED_WIDTH ? t(`calendar.phaseCodes.${segment.kind}`) : null}
    </span>
  );
}

/**
 * The year as a table: one row per procurement, its title as a link and its phases drawn as
 * bars on twelve months. The bars are hidden from screen readers; each row's timeline cell
 * says the same in words.
 */
export function CalendarChart({
  calendar,
  today,
  language,
}: {
  calendar: ProcurementCalendar;
  today: IsoDate;
  language: UiLanguage;
}) {
  const { t } = useTranslation();
  const { year } = calendar;
  const days = monthDays(year);
  const todayFraction =
    Number(today.slice(0, 4)) === year ? yearFraction(today, year) + 0.5 / daysInYear(year) : null;
  const grid = (
    <span className="calendar-grid" aria-hidden="true">
      {days.map((d, i) => (
        <span key={calendarMonthKeys[i]} style={{ flexGrow: d }} />
      ))}
    </span>
  );

  return (
    <table className="calendar-table" data-testid="calendar-table">
      <caption>{t('calendar.table.caption', { year, count: calendar.rows.length })}</caption>
      <thead>
        <tr>
          <th scope="col" className="calendar-title-col">
            {t('calendar.table.procurement')}
          </th>
          <th scope="col" className="calendar-timeline-col">
            <VisuallyHidden>{t('calendar.table.timeline', { year })}</VisuallyHidden>
            <span className="calendar-months" aria-hidden="true">
              {calendarMonthKeys.map((m, i) => (
                <span key={m} style={{ flexGrow: days[i] }}>
                  {t(`calendar.months.${m}`)}
                </span>
              ))}
            </span>
            {todayFraction !== null && (
              <span
                className="calendar-today-label"
                style={{ left: percent(todayFraction) }}
                data-align={todayFraction < 0.1 ? 'start' : todayFraction > 0.9 ? 'end' : 'center'}
                aria-hidden="true"
              >
                {t('calendar.table.today', { date: formatDate(today, language) })}
              </span>
            )}
            <TodayLine fraction={todayFraction} />
          </th>
        </tr>
      </thead>
      <tbody>
        {calendar.rows.map((row) => {
          const s = row.summary;
          return (
            <tr key={s.id} data-testid={`calendar-row-${s.id}`}>
              <th scope="row" className="calendar-title-cell">
                <RouterLink href={hrefOf({ kind: 'procurement', id: s.id, phase: 'planning' })}>
                  {s.title}
                </RouterLink>
                <span className="calendar-meta">
                  {t(`status.${s.status}`)}
                  {s.responsiblePerson !== '' && ` · ${s.responsiblePerson}`}
                  {s.archived && (
                    <StaticChip ml="xs" className="calendar-archived">
                      {t('list.archivedTag')}
                    </StaticChip>
                  )}
                </span>
              </th>
              <td
                className="calendar-timeline-cell"
                style={{ height: Math.max(60, 32 + row.lanes * LANE_PX) }}
              >
                <VisuallyHidden>{describeRow(row, t, language)}</VisuallyHidden>
                {grid}
                <span
                  className="calendar-track"
                  style={{ height: row.lanes * LANE_PX - 4 }}
                  aria-hidden="true"
                >
                  {row.segments.map((segment) => (
                    <Bar key={segment.kind} segment={segment} row={row} language={language} />
                  ))}
                  {row.markers.map((m) => (
                    <span
                      key={m.kind}
                      className="calendar-marker"
                      style={{ left: percent(m.fraction) }}
                      title={`${t(`calendar.markers.${m.kind}`)} ${formatDate(m.date, language)}`}
                    />
                  ))}
                </span>
                <TodayLine fraction={todayFraction} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
