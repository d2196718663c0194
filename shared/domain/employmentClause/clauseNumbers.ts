import { parseIntegerInput, parsePercentInput, type IntegerParse } from '../common/numberInput';

/**
 * Months and weekly hours of the clause's counting rules as officers type them: the number
 * with or without its unit ("6 kk", "6 kuukautta", "6 mån", "18,5 h", "18,5 t/vko",
 * "37,5 timmar/vecka"). The unit is dropped and the number read by the common parsers
 * (shared/domain/common/numberInput.ts), so grouping, decimal marks and refusals are the same
 * as everywhere. A wrong unit ("6 vuotta", "18,5 %") is refused, never read as months/hours.
 */

/** Month words (fi "kk"/"kuukautta", sv "mån"/"månader", en "months"), optional final dot. */
const MONTH_UNIT =
  /\s*(?:kk|kuukausi|kuukautta|kuukauden|kuuk|mån|månad|månader|mo|month|months)\.?$/i;
/** Weekly-hours words, optionally "per week" (fi "h/vko", "tuntia viikossa", sv, en). */
const HOURS_UNIT =
  /\s*(?:h|t|tuntia|tunti|tuntia viikossa|tim|timme|timmar|hrs|hr|hour|hours)\.?(?:\s*(?:\/|per|i|a|viikossa|\/\s*vko|\/\s*viikko|\/\s*vecka|\/\s*week))?\s*(?:vko|viikko|viikossa|veckan|vecka|v|week|wk)?\.?$/i;

/** Day words (fi "pv"/"päivää"/"vrk", sv "dagar", en "days"). */
const DAY_UNIT = /\s*(?:pv|päivä|päivää|vrk|d|dag|dagar|dygn|day|days)\.?$/i;
/** Week words (fi "vk"/"viikkoa", sv "v"/"veckor", en "weeks"). */
const WEEK_UNIT = /\s*(?:vk|vko|viikko|viikkoa|v|vecka|veckor|wk|week|weeks)\.?$/i;

const WHOLE_UNITS = { months: MONTH_UNIT, days: DAY_UNIT, weeks: WEEK_UNIT } as const;

/** A whole number of months, days or weeks in `min … max`, with or without its unit. */
export function parseClauseWholeInput(
  text: string,
  unit: keyof typeof WHOLE_UNITS,
  range: { min: number; max: number },
): IntegerParse {
  const trimmed = text.trim();
  const body = trimmed.replace(WHOLE_UNITS[unit], '');
  // The unit alone is no number.
  if (body.trim() === '' && trimmed !== '') return { ok: false, refusal: { kind: 'noDigits' } };
  return parseIntegerInput(body, range);
}

/** A whole number of months in `min … max`, with or without the unit. */
export function parseClauseMonthsInput(
  text: string,
  range: { min: number; max: number },
): IntegerParse {
  return parseClauseWholeInput(text, 'months', range);
}

/** Hours per week in `min … max` with at most `maxDecimals` decimals, with or without the unit. */
export function parseClauseHoursInput(
  text: string,
  range: { min: number; max: number; maxDecimals: number },
): IntegerParse {
  const trimmed = text.trim();
  // A percentage is no number of hours (the common percentage reader would drop the sign).
  const percent = /%|prosenttia|procent|percent/i.exec(trimmed);
  if (percent) {
    return { ok: false, refusal: { kind: 'unexpectedCharacter', character: percent[0][0] ?? '%' } };
  }
  const body = trimmed.replace(HOURS_UNIT, '');
  if (body.trim() === '' && trimmed !== '') return { ok: false, refusal: { kind: 'noDigits' } };
  return parsePercentInput(body, range);
}
