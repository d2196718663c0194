import type { TFunction } from 'i18next';
import { assertNever } from '../../../../shared/assertNever';
import type { NumberRefusal } from '../../../../shared/domain/common/numberInput';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import { formatEuro, formatNumber } from '../../../../shared/format';

/**
 * A refused number in words, in the user's language. `unit` says how limits are printed:
 * euro amounts (cents → `10 000 000 000,00 €`) or plain numbers.
 */
export function describeNumberRefusal(
  t: TFunction,
  refusal: NumberRefusal,
  language: UiLanguage,
  unit: 'cents' | 'number' = 'number',
): string {
  const limit = (n: number) =>
    unit === 'cents' ? formatEuro(n, language) : formatNumber(n, language, n % 1 === 0 ? 0 : 1);
  switch (refusal.kind) {
    case 'empty':
      return t('editing.number.empty');
    case 'negative':
      return t('editing.number.negative');
    case 'letterForDigit':
      return t('editing.number.letterForDigit', { character: refusal.character });
    case 'unexpectedCharacter':
      return t('editing.number.unexpectedCharacter', { character: refusal.character });
    case 'exponent':
      return t('editing.number.exponent');
    case 'severalDecimalMarks':
      return t('editing.number.severalDecimalMarks');
    case 'ambiguousComma':
      return t('editing.number.ambiguousComma', { text: refusal.text });
    case 'misplacedGroup':
      return t('editing.number.misplacedGroup', { text: refusal.text });
    case 'dotWithMultiplier':
      return t('editing.number.dotWithMultiplier');
    case 'tooManyDecimals':
      return t('editing.number.tooManyDecimals', { maxDecimals: refusal.maxDecimals });
    case 'notWhole':
      return t('editing.number.notWhole');
    case 'tooLarge':
      return t('editing.number.tooLarge', { max: limit(refusal.max) });
    case 'belowMin':
      return t('editing.number.belowMin', { min: limit(refusal.min) });
    case 'aboveMax':
      return t('editing.number.aboveMax', { max: limit(refusal.max) });
    case 'noDigits':
      return t('editing.number.noDigits');
    default:
      return assertNever(refusal);
  }
}
