import { dateParts, type IsoDate } from './domain/common/isoDate';
import type { UiLanguage } from './domain/workspace/organisationProfile';

/**
 * Presentation of numbers, money and dates: Finnish formats first (1 234 567,89 €, 1.3.2027),
 * Finland-Swedish the same, English with the month spelled out so no reader mistakes
 * 1.3. for 3 January. Rounding happens here, once.
 */

const NUMBER_LOCALE: Readonly<Record<UiLanguage, string>> = {
  fi: 'fi-FI',
  sv: 'sv-FI',
  en: 'en-IE',
};

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * One `Intl.NumberFormat` per language, currency and digits, made once: creating one costs
 * far more than formatting with it (a 100-lot value table formats hundreds of amounts).
 */
function numberFormat(language: UiLanguage, euro: boolean, digits: number): Intl.NumberFormat {
  const key = `${language}/${euro ? 'EUR' : ''}/${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[language], {
      ...(euro ? { style: 'currency', currency: 'EUR' } : {}),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** Euro amount from cents, rounded to whole cents: `1 234 567,89 €`. */
export function formatEuro(
  cents: number,
  language: UiLanguage,
  options: { wholeEuros?: boolean } = {},
): string {
  return numberFormat(language, true, options.wholeEuros ? 0 : 2).format(cents / 100);
}

/** Plain number with the language's grouping: `1 234 567`. */
export function formatNumber(value: number, language: UiLanguage, fractionDigits = 0): string {
  return numberFormat(language, false, fractionDigits).format(value);
}

/** Cents as an editable amount without currency sign or grouping: `24000000` or `12,50`. */
export function centsToInput(cents: number, language: UiLanguage): string {
  const euros = Math.trunc(cents / 100);
  const rest = cents % 100;
  const decimal = language === 'en' ? '.' : ',';
  return rest === 0 ? String(euros) : `${euros}${decimal}${String(rest).padStart(2, '0')}`;
}

const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A calendar date: `1.3.2027` (fi, sv) or `1 Mar 2027` (en). */
export function formatDate(date: IsoDate, language: UiLanguage): string {
  const { year, month, day } = dateParts(date);
  if (language === 'en') return `${day} ${EN_MONTHS[month - 1]} ${year}`;
  return `${day}.${month}.${year}`;
}

/** A timestamp in the user's local time: `22.11.2026 klo 16.04` / `22 Nov 2026 16:04`. */
export function formatDateTime(iso: string, language: UiLanguage): string {
  const d = new Date(iso);
  const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${formatDate(local, language)} ${formatTime(iso, language)}`;
}

/** A local time of day: `16.04` (fi), `16.04` (sv), `16:04` (en). */
export function formatTime(iso: string, language: UiLanguage): string {
  const d = new Date(iso);
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  if (language === 'fi') return `klo ${hh}.${mm}`;
  if (language === 'sv') return `kl. ${hh}.${mm}`;
  return `${hh}:${mm}`;
}

/** A byte count for people: `1,2 Mt` / `1.2 MB`. */
export function formatBytes(bytes: number, language: UiLanguage): string {
  const unit = language === 'fi' ? ['t', 'kt', 'Mt', 'Gt'] : ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < unit.length - 1) {
    value /= 1024;
    i++;
  }
  return `${formatNumber(value, language, i === 0 ? 0 : 1)} ${unit[i]}`;
}
