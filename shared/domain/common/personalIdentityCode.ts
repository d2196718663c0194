/**
 * Personal-data guard: the app must never become a register of the people a supplier
 * employs, so no Finnish personal identity code (henkilötunnus) may be stored in any field.
 *
 * Format DDMMYYCZZZQ (laki väestötietojärjestelmästä 661/2009 11 §; the century signs
 * were extended on 1.1.2023 by the Digital and Population Data Services Agency's reform):
 *   `+` 1800s; `-` `Y` `X` `W` `V` `U` 1900s; `A` `B` `C` `D` `E` `F` 2000s.
 * The check character is DDMMYYZZZ (as a 9-digit number) mod 31, mapped through
 * `0123456789ABCDEFHJKLMNPRSTUVWXY`.
 *
 * We flag any string with a real birth date and a correct check character, whatever the
 * individual number (temporary 900–999 codes are personal data too). Matching is done on
 * normalised text (see `personalDataScan.ts`) so disguised codes are found as well.
 */
import { normaliseForScan, scanText, validIdentityCode } from './personalDataScan';
import { scanRecord, type PersonalDataFinding } from './personalDataRegistry';

export type { PersonalDataFinding };

/** True when `code` (alone, any case or Unicode disguise) is a valid Finnish personal identity code. */
export function isPersonalIdentityCode(code: string): boolean {
  const m = /^(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(normaliseForScan(code));
  if (!m) return false;
  const [, ddmmyy = '', sign = '', individual = '', check = ''] = m;
  return validIdentityCode(ddmmyy, sign, individual, check) !== null;
}

/** Hides all but the first four digits so that a message never repeats the whole code. */
export function maskIdentityCode(code: string): string {
  return `${code.slice(0, 4)}**${code.charAt(6)}****`;
}

/** One identity code found in a text: where it starts (in the normalised text) and a masked form. */
export interface IdentityCodeHit {
  index: number;
  masked: string;
}

/** Finds every valid personal identity code inside a free text, however disguised. */
export function findIdentityCodesInText(text: string): IdentityCodeHit[] {
  return scanText(text).map((hit) => ({ index: hit.index, masked: hit.masked }));
}

/**
 * Walks any JSON-like value and reports every string field and object key holding a
 * personal identity code (no exemptions applied). Records use `scanRecord` with their kind.
 */
export function findPersonalData(
  value: unknown,
  path: (string | number)[] = [],
): PersonalDataFinding[] {
  return scanRecord('generic', value, path);
}
