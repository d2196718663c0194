import type { IsoDate } from '../common/calendarDate';
import type { AuthorityType, ProcurementCategory } from '../procurement/procurementCategory';

/**
 * Procurement thresholds as dated data, not constants: EU thresholds change every two
 * years, and the table in force on the day the notice is sent decides (hankintalaki 27 §
 * 1 mom.: the value is estimated at the time the notice is sent). Amounts in cents, VAT
 * excluded. A procurement "at or above" a threshold falls under it (25 §, 26 §).
 */

/** One threshold table with its validity and source. */
export interface ThresholdTable {
  id: string;
  kind: 'national' | 'eu';
  validFrom: IsoDate;
  /** Last day in force; null = until changed. */
  validTo: IsoDate | null;
  source: string;
  /** Threshold per authority type and category; null = the table does not apply. */
  values: Readonly<Record<AuthorityType, Readonly<Record<ProcurementCategory, number | null>>>>;
}

const euro = (amount: number): number => amount * 100;

/**
 * National thresholds, hankintalaki 1397/2016 25 § (in force since 1.1.2017): goods and
 * services 60 000 €, works 150 000 €, liite E points 1–4 400 000 €, points 5–15 300 000 €,
 * concessions 500 000 €. Utilities (laki 1398/2016) have no national thresholds.
 */
const nationalValues = {
  goods: euro(60_000),
  services: euro(60_000),
  works: euro(150_000),
  socialHealthServices: euro(400_000),
  otherSpecificServices: euro(300_000),
  serviceConcession: euro(500_000),
  worksConcession: euro(500_000),
};
const noValues = {
  goods: null,
  services: null,
  works: null,
  socialHealthServices: null,
  otherSpecificServices: null,
  serviceConcession: null,
  worksConcession: null,
};

function euTable(
  id: string,
  validFrom: IsoDate,
  validTo: IsoDate,
  source: string,
  v: { works: number; central: number; subCentral: number; utilities: number },
): ThresholdTable {
  const classic = (goodsAndServices: number) => ({
    goods: euro(goodsAndServices),
    services: euro(goodsAndServices),
    works: euro(v.works),
    socialHealthServices: euro(750_000),
    otherSpecificServices: euro(750_000),
    serviceConcession: euro(v.works),
    worksConcession: euro(v.works),
  });
  return {
    id,
    kind: 'eu',
    validFrom,
    validTo,
    source,
    values: {
      central: classic(v.central),
      subCentral: classic(v.subCentral),
      utility: {
        goods: euro(v.utilities),
        services: euro(v.utilities),
        works: euro(v.works),
        socialHealthServices: euro(1_000_000),
        otherSpecificServices: euro(1_000_000),
        serviceConcession: euro(v.works),
        worksConcession: euro(v.works),
      },
    },
  };
}

/** Every table the app knows, oldest first. */
export const THRESHOLD_TABLES: readonly ThresholdTable[] = [
  {
    id: 'national-2017',
    kind: 'national',
    validFrom: '2017-01-01',
    validTo: null,
    source: 'Hankintalaki 1397/2016 25 §',
    values: { central: nationalValues, subCentral: nationalValues, utility: noValues },
  },
  euTable(
    'eu-2024',
    '2024-01-01',
    '2025-12-31',
    'Komission delegoidut asetukset (EU) 2023/2495 (direktiivi 2014/24/EU), 2023/2496 (2014/25/EU) ja 2023/2497 (2014/23/EU)',
    { works: 5_538_000, central: 143_000, subCentral: 221_000, utilities: 443_000 },
  ),
  euTable(
    'eu-2026',
    '2026-01-01',
    '2027-12-31',
    'Komission delegoidut asetukset (EU) 2025/2152 (direktiivi 2014/24/EU), 2025/2150 (2014/25/EU) ja 2025/2151 (2014/23/EU)',
    { works: 5_404_000, central: 140_000, subCentral: 216_000, utilities: 432_000 },
  ),
];

/** The table of a kind in force on `date`, or null when the date is outside every table. */
export function tableInForce(
  kind: ThresholdTable['kind'],
  date: IsoDate,
  tables: readonly ThresholdTable[] = THRESHOLD_TABLES,
): ThresholdTable | null {
  return (
    tables.find(
      (t) => t.kind === kind && t.validFrom <= date && (t.validTo === null || date <= t.validTo),
    ) ?? null
  );
}

/** The first and last day the tables of a kind cover (for "outside every table" messages). */
export function tableCoverage(
  kind: ThresholdTable['kind'],
  tables: readonly ThresholdTable[] = THRESHOLD_TABLES,
): { from: IsoDate; to: IsoDate | null } {
  const ofKind = tables.filter((t) => t.kind === kind);
  const from = ofKind.map((t) => t.validFrom).sort()[0] ?? '';
  const to = ofKind.some((t) => t.validTo === null)
    ? null
    : (ofKind
        .map((t) => t.validTo ?? '')
        .sort()
        .at(-1) ?? null);
  return { from, to };
}

/** The table used for a date, and whether the date lies after the last published table. */
export interface TableForDate {
  table: ThresholdTable;
  /**
   * The last day of the latest published table when `date` is after it: the thresholds for
   * the date are not yet published, so the latest table is used and the officer is told
   * (DOMAIN.md § 2: "thresholds after 31.12.2027 are not yet published: plan with the latest
   * table and say so"). Null when a table is in force on the date.
   */
  notPublishedAfter: IsoDate | null;
}

/**
 * The table of a kind for `date`: the one in force, or, for a date after every published
 * table, the latest table (EU thresholds are revised every two years by Commission delegated
 * regulations; until the next ones are published the latest is the best plan). Null only for
 * a date before every table.
 */
export function tableForDate(
  kind: ThresholdTable['kind'],
  date: IsoDate,
  tables: readonly ThresholdTable[] = THRESHOLD_TABLES,
): TableForDate | null {
  const inForce = tableInForce(kind, date, tables);
  if (inForce) return { table: inForce, notPublishedAfter: null };
  const latest = tables
    .filter((t) => t.kind === kind && t.validTo !== null && t.validTo < date)
    .sort((a, b) => (a.validTo ?? '').localeCompare(b.validTo ?? ''))
    .at(-1);
  return latest ? { table: latest, notPublishedAfter: latest.validTo } : null;
}
