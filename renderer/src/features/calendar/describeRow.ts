import type { TFunction } from 'i18next';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import type { CalendarRow } from '../../../../shared/domain/calendar/procurementCalendar';
import { formatDate } from '../../../../shared/format';

/**
 * A procurement's calendar line in words, for screen readers (the bars are hidden from them):
 * each phase with its own full dates, also where the bar is cut at the year's edge, and each
 * key day, in date order (a key day before a phase starting on it).
 */
export function describeRow(row: CalendarRow, t: TFunction, language: UiLanguage): string {
  const date = (d: string) => formatDate(d, language);
  const items: { at: string; order: number; text: string }[] = [
    ...row.segments.map((s, i) => ({
      at: s.actualStart,
      order: 100 + i,
      text:
        s.actualEnd === null
          ? t('calendar.describe.untilFurtherNotice', {
              phase: t(`calendar.phases.${s.kind}`),
              start: date(s.actualStart),
            })
          : t('calendar.describe.range', {
              phase: t(`calendar.phases.${s.kind}`),
              start: date(s.actualStart),
              end: date(s.actualEnd),
            }),
    })),
    ...row.markers.map((m, i) => ({
      at: m.date,
      order: i,
      text: t('calendar.describe.day', {
        marker: t(`calendar.markers.${m.kind}`),
        date: date(m.date),
      }),
    })),
  ];
  items.sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);
  return items.map((i) => i.text).join('; ');
}
