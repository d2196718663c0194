import {
  emptyCriteriaSet,
  type CriteriaSet,
  type ScoredCriterion,
} from '../../../shared/domain/criteria/criteriaPlan';
import {
  emptyTenderComparison,
  type Tender,
  type TenderComparison,
} from '../../../shared/domain/criteria/tenderComparison';

/** Fixed ids so failures are readable. */
export const ITEM = '00000000-0000-4000-8000-000000000001';
export const CRIT_A = '00000000-0000-4000-8000-0000000000a1';
export const CRIT_B = '00000000-0000-4000-8000-0000000000b1';
export const REQ = '00000000-0000-4000-8000-0000000000c1';
export const PROCUREMENT = '00000000-0000-4000-8000-0000000000d1';

/** Tender ids T1, T2, … */
export function tenderId(n: number): string {
  return `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
}

/** A localized name. */
export function name(text: string) {
  return { fi: text, sv: `${text} sv`, en: `${text} en` };
}

/** A yes/no criterion. */
export function yesNo(id: string, weightPercent: number): ScoredCriterion {
  return {
    id,
    kind: 'quality',
    name: name(`Yes/no ${id.slice(-2)}`),
    weightPercent,
    scoring: { kind: 'yesNo' },
  };
}

/** A 0–n scale criterion with every level described. */
export function scale(id: string, weightPercent: number, maxLevel: number): ScoredCriterion {
  return {
    id,
    kind: 'quality',
    name: name(`Scale ${id.slice(-2)}`),
    weightPercent,
    scoring: {
      kind: 'scale',
      maxLevel,
      levels: Array.from({ length: maxLevel + 1 }, (_, level) => ({
        level,
        description: name(`Level ${level}`),
      })),
    },
  };
}

/** A valid set: one client-day item with 1 000 client-days, ratio-to-lowest, given criteria. */
export function makeSet(
  priceWeightPercent: number,
  criteria: ScoredCriterion[],
  patch: Partial<CriteriaSet> = {},
): CriteriaSet {
  return {
    ...emptyCriteriaSet(),
    priceWeightPercent,
    criteria,
    pricingItems: [{ id: ITEM, name: name('Asiakaspäivä'), unit: 'clientDay', quantity: 1000 }],
    tieBreak: ['higherQualityPoints', 'lowerPrice', 'drawingLots'],
    ...patch,
  };
}

/** A tender with a client-day price in euros and answers by criterion id. */
export function makeTender(
  n: number,
  euros: number,
  answers: Record<string, number>,
  patch: Partial<Tender> = {},
): Tender {
  return {
    id: tenderId(n),
    tenderer: { name: `T${n} Oy`, businessId: '0135457-2' },
    prices: [{ itemId: ITEM, unitPriceCents: Math.round(euros * 100) }],
    answers: Object.entries(answers).map(([criterionId, value]) => ({
      criterionId,
      value,
      reason: 'Perustelu',
    })),
    requirements: [],
    exclusion: null,
    ...patch,
  };
}

/** A comparison record holding the tenders. */
export function makeRecord(tenders: Tender[], drawingOrder: string[] = []): TenderComparison {
  return {
    ...emptyTenderComparison(
      '00000000-0000-4000-8000-0000000000e1',
      PROCUREMENT,
      null,
      '2026-12-04T08:00:00+02:00',
    ),
    tenders,
    drawingOrder,
  };
}
