import { compareDates, type IsoDate } from '../common/isoDate';
import type { ProcurementSummary, SummaryMilestone } from './procurement';

/**
 * The next planned milestone of a procurement on `today`: the earliest planned date on or
 * after today (a deadline that falls today is still ahead of the officer), or null when every
 * planned date has passed or nothing is planned. Dates come from the planning timeline
 * (DOMAIN.md, "Aikataulu"); the list shows and sorts by it.
 */
export function nextDeadline(
  summary: Pick<ProcurementSummary, 'milestones'>,
  today: IsoDate,
): SummaryMilestone | null {
  let next: SummaryMilestone | null = null;
  for (const m of summary.milestones) {
    if (compareDates(m.date, today) < 0) continue;
    if (next === null || compareDates(m.date, next.date) < 0) next = m;
  }
  return next;
}
