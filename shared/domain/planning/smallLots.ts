import type { ProcurementCategory } from '../procurement/procurementCategory';

/**
 * The small-lots exception (directive 2014/24/EU art. 5(10); hankintalaki 1397/2016 31 §,
 * the estimated value of a procurement divided into lots; DOMAIN.md § 2): when a procurement
 * divided into lots reaches the EU threshold, the authority may award lots whose own value is
 * under 80 000 € (goods and services) or 1 000 000 € (works) under national rules, provided
 * the lots so chosen are together at most 20 % of the value of all lots. The value of every
 * lot still counts in the total that decides the regime.
 */

/** Lot value limit for goods and services, VAT excluded (art. 5(10)(b)): under 80 000 €. */
export const SMALL_LOT_LIMIT_GOODS_SERVICES_CENTS = 8_000_000;
/** Lot value limit for works, VAT excluded (art. 5(10)(c)): under 1 000 000 €. */
export const SMALL_LOT_LIMIT_WORKS_CENTS = 100_000_000;
/** The chosen lots may be at most this share of all lots' value (art. 5(10)). */
export const SMALL_LOTS_MAX_PERCENT = 20;

/** One lot's place in the arithmetic. */
export interface SmallLotRow {
  lotId: string;
  valueCents: number;
  /** Under the per-lot limit, so it may be chosen. */
  qualifies: boolean;
  chosen: boolean;
}

/** The arithmetic shown to the officer. */
export interface SmallLotsResult {
  /** Per-lot limit (lots must be strictly under it). */
  lotLimitCents: number;
  rows: SmallLotRow[];
  /** All lots together. */
  allLotsCents: number;
  /** The chosen lots together. */
  chosenCents: number;
  /** 20 % of all lots, rounded down to the cent (the chosen sum may equal it). */
  maxChosenCents: number;
  /** Chosen lots that are not under the per-lot limit (ids of removed lots are ignored). */
  invalidChoices: string[];
  /** True when every chosen lot qualifies and their sum is at most 20 % of all lots. */
  ok: boolean;
}

/** The per-lot limit for a category: works and works concessions 1 000 000 €, others 80 000 €. */
export function smallLotLimitCents(category: ProcurementCategory): number {
  return category === 'works' || category === 'worksConcession'
    ? SMALL_LOT_LIMIT_WORKS_CENTS
    : SMALL_LOT_LIMIT_GOODS_SERVICES_CENTS;
}

/**
 * Checks the officer's choice of lots for the small-lots exception. `lotTotals` are the lot
 * values from the estimated value (options included); `chosenLotIds` the stored choice.
 * Hand check: lots 500 000 + 70 000 + 60 000 = 630 000 €; 20 % = 126 000 €; choosing both
 * small lots gives 130 000 € > 126 000 € → not ok; choosing the 70 000 € lot alone → ok.
 */
export function smallLotsException(input: {
  category: ProcurementCategory;
  lotTotals: readonly { lotId: string; totalCents: number }[];
  chosenLotIds: readonly string[];
}): SmallLotsResult {
  const lotLimitCents = smallLotLimitCents(input.category);
  const chosen = new Set(input.chosenLotIds);
  const rows = input.lotTotals.map((l) => ({
    lotId: l.lotId,
    valueCents: l.totalCents,
    qualifies: l.totalCents < lotLimitCents,
    chosen: chosen.has(l.lotId),
  }));
  const allLotsCents = rows.reduce((sum, r) => sum + r.valueCents, 0);
  const chosenCents = rows.filter((r) => r.chosen).reduce((sum, r) => sum + r.valueCents, 0);
  // Integer arithmetic: 20 % of the total, rounded down, so "at most 20 %" is never exceeded.
  const maxChosenCents = Math.floor((allLotsCents * SMALL_LOTS_MAX_PERCENT) / 100);
  // A chosen id of a lot removed since is ignored (the lot no longer exists to be procured).
  const invalidChoices = rows.filter((r) => r.chosen && !r.qualifies).map((r) => r.lotId);
  return {
    lotLimitCents,
    rows,
    allLotsCents,
    chosenCents,
    maxChosenCents,
    invalidChoices,
    ok: invalidChoices.length === 0 && chosenCents <= maxChosenCents,
  };
}
