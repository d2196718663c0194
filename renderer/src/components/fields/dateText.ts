import {
  dateParts,
  isIsoDate,
  isoDateOf,
  type IsoDate,
} from '../../../../shared/domain/common/calendarDate';

const FINNISH_DATE = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/;

/** `d.M.yyyy` as the officer types it → ISO `yyyy-MM-dd`, or null when it is no real date. */
export function parseTypedDate(text: string): IsoDate | null {
  const m = FINNISH_DATE.exec(text);
  if (!m) return null;
  const iso = isoDateOf(Number(m[3]), Number(m[2]), Number(m[1]));
  // isoDateOf rolls 31.2. over to March; a typed date must exist as typed.
  const { year, month, day } = dateParts(iso);
  const same = year === Number(m[3]) && month === Number(m[2]) && day === Number(m[1]);
  return same && isIsoDate(iso) ? iso : null;
}

/** True when the text has the full shape of a date (day, month and a four-digit year). */
export function isCompleteDateText(text: string): boolean {
  return FINNISH_DATE.test(text);
}

/** ISO → `d.M.yyyy`, the form shown in the input in every UI language. */
export function typedDateOf(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${day}.${month}.${year}`;
}
