import { randomUUID } from 'node:crypto';
import { newProcurement, type Procurement } from '../../../shared/domain/procurement/procurement';

/**
 * A realistic procurement as the app itself creates it (so the fixture follows the schema as
 * it grows), with the officer's basic details filled in and any field overridden.
 */
export function sampleProcurement(overrides: Partial<Procurement> = {}): Procurement {
  const base = newProcurement({
    id: randomUUID(),
    title: 'Toimitilojen ylläpitosiivous 2027–2030',
    now: '2027-01-15T08:30:00.000Z',
  });
  return {
    ...base,
    referenceNumber: 'HEL 2026-012345',
    description: 'Ylläpitosiivous kolmeen toimipisteeseen, optiona kaksi lisävuotta.',
    responsiblePerson: 'Liisa Virtanen, hankinta-asiantuntija',
    ...overrides,
  };
}

/** The check characters of the personal identity code (laki 661/2009 11 §). */
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/**
 * Builds a personal identity code from birth date `ddmmyy`, century sign and individual
 * number, computing the check character from the rule itself: DDMMYYZZZ mod 31.
 */
export function identityCode(ddmmyy: string, sign: string, individual: string): string {
  const check = CHECK_CHARS.charAt(Number(`${ddmmyy}${individual}`) % 31);
  return `${ddmmyy}${sign}${individual}${check}`;
}
