import { z } from 'zod';
import { ISO_DATE, isDateInStoredRange, isIsoDate } from './isoDate';
import { MAX_DATE_YEAR, MIN_DATE_YEAR } from './limits';

/**
 * Calendar dates as ISO `YYYY-MM-DD` strings: the zod schemas of stored dates. The date
 * arithmetic lives in `isoDate.ts` (free of zod, for the first screen) and is re-exported
 * here, so `calendarDate` stays the one import for both.
 */
export type { IsoDate } from './isoDate';
export {
  isIsoDate,
  isDateInStoredRange,
  isStoredIsoDate,
  isoDateOf,
  addDays,
  addMonths,
  daysBetween,
  weekday,
  dateParts,
  compareDates,
  maxDate,
  localIsoDate,
} from './isoDate';

/**
 * Zod schema for an ISO calendar date in stored data: a real date, in the years
 * {@link MIN_DATE_YEAR}–{@link MAX_DATE_YEAR}. A date like 31.12.9999 is refused at parse time
 * with an issue naming the field (kind `dateOutOfRange`), so it is never written.
 */
export const isoDateSchema = z.string().superRefine((text, ctx) => {
  // The year is checked first: 0001-01-01 is out of range rather than "not a date".
  if (ISO_DATE.test(text) && !isDateInStoredRange(text)) {
    ctx.addIssue({
      code: 'custom',
      message: `Year outside ${MIN_DATE_YEAR}–${MAX_DATE_YEAR}`,
      params: { issueKind: 'dateOutOfRange', limit: `${MIN_DATE_YEAR}–${MAX_DATE_YEAR}` },
    });
  } else if (!isIsoDate(text)) {
    ctx.addIssue({ code: 'custom', message: 'Expected a calendar date YYYY-MM-DD' });
  }
});

/** Zod schema for an optional planned date: null when not planned yet. */
export const plannedDateSchema = isoDateSchema.nullable();

/** Zod schema for an ISO timestamp (created/updated times). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
