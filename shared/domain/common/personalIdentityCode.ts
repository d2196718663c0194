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
 * individual number (temporary 900–999 codes are personal data too).
 */

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY_BY_SIGN: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

// Candidate: 6 digits, a century sign, 3 digits, a check character, not glued to other
// letters or digits on either side.
const CANDIDATE = /(?<![0-9A-Za-z])(\d{6})([-+A-FU-Ya-fu-y])(\d{3})([0-9A-Ya-y])(?![0-9A-Za-z])/g;

/** True when `code` is a valid Finnish personal identity code (date and check character). */
export function isPersonalIdentityCode(code: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(code.toUpperCase());
  if (!m) return false;
  const [, dd, mm, yy, sign, individual, check] = m as unknown as string[];
  const century = CENTURY_BY_SIGN[sign ?? ''];
  if (century === undefined) return false;
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return false;
  }
  const number = Number(`${dd}${mm}${yy}${individual}`);
  return CHECK_CHARS[number % 31] === check;
}

/** Hides all but the first four digits so that a message never repeats the whole code. */
export function maskIdentityCode(code: string): string {
  return `${code.slice(0, 4)}**${code.charAt(6)}****`;
}

/** One identity code found in a text: where it starts and a masked form to show. */
export interface IdentityCodeHit {
  index: number;
  masked: string;
}

/** Finds every valid personal identity code inside a free text. */
export function findIdentityCodesInText(text: string): IdentityCodeHit[] {
  const hits: IdentityCodeHit[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const code = m[0];
    if (isPersonalIdentityCode(code)) hits.push({ index: m.index, masked: maskIdentityCode(code) });
  }
  return hits;
}

/** A field (by path inside the checked value) that holds an identity code. */
export interface PersonalDataFinding {
  path: (string | number)[];
  masked: string;
}

/**
 * Walks any JSON-like value and reports every string field holding a personal identity
 * code. Used on save and on import, for every free-text field, so no form can forget it.
 */
export function findPersonalData(
  value: unknown,
  path: (string | number)[] = [],
): PersonalDataFinding[] {
  if (typeof value === 'string') {
    return findIdentityCodesInText(value).map((hit) => ({ path, masked: hit.masked }));
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => findPersonalData(item, [...path, i]));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
      findPersonalData(item, [...path, key]),
    );
  }
  return [];
}
