import { randomUUID } from 'node:crypto';
import { newProcurement, type Procurement } from '../../shared/domain/procurement/procurement';

const WORDS = [
  'Kotihoidon',
  'Siivous',
  'Ruokapalvelut',
  'Kuljetus',
  'Tietojärjestelmä',
  'Kalusteet',
];

/**
 * A realistic planned procurement: `lots` lots with values, a description of ~1 kB, a
 * timeline; title "Hankinta <i> <word>" so a search for a digit narrows the list.
 */
export function benchProcurement(i: number, lots = 4): Procurement {
  const p = newProcurement({
    id: randomUUID(),
    title: `Hankinta ${i} ${WORDS[i % WORDS.length]}`,
    now: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
  });
  return {
    ...p,
    referenceNumber: `DNRO ${2026 - (i % 5)}-${String(i).padStart(5, '0')}`,
    responsiblePerson: `Hankinta-asiantuntija ${i % 17}`,
    description: 'Palvelukuvauksen tarkennus ja laatuvaatimukset. '.repeat(20),
    lots: Array.from({ length: lots }, (_, n) => ({
      id: randomUUID(),
      code: String(n + 1),
      name: `Osa ${n + 1}`,
      description: '',
      value: {
        basis: 'annual' as const,
        amountCents: 1_000_000 * (n + 1) + i,
        additionalPurchasesCents: 0,
      },
    })),
    planning: {
      ...p.planning,
      timeline: {
        ...p.planning.timeline,
        noticeSent: `${2026 + (i % 3)}-0${1 + (i % 9)}-15`,
        tenderDeadline: `${2026 + (i % 3)}-0${1 + (i % 9)}-28`,
      },
    },
  };
}
