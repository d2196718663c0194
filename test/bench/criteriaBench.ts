import { compareTenders } from '../../shared/domain/criteria/compareTenders';
import {
  emptyCriteriaSet,
  type CriteriaSet,
  type ScoredCriterion,
} from '../../shared/domain/criteria/criteriaPlan';
import { sweepPriceWeight } from '../../shared/domain/criteria/sensitivity';
import {
  emptyTenderComparison,
  type TenderComparison,
} from '../../shared/domain/criteria/tenderComparison';
import { percentile, round, timeSync } from './measure';

/** A deterministic pseudo-random sequence (LCG), so every run measures the same data. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return s / 4_294_967_296;
  };
}

const uuid = (prefix: string, n: number) =>
  `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const text = (t: string) => ({ fi: t, sv: t, en: t });

/** 200 tenders × 40 criteria (yes/no, 0–5 scales, measured values), three priced items. */
export function buildCriteriaBenchData(
  tenders = 200,
  criteriaCount = 40,
): { set: CriteriaSet; record: TenderComparison } {
  const random = lcg(42);
  const criteria: ScoredCriterion[] = Array.from({ length: criteriaCount }, (_, i) => ({
    id: uuid('0000000c', i),
    kind: 'quality',
    name: text(`Criterion ${i + 1}`),
    weightPercent: 1,
    scoring:
      i % 3 === 0
        ? { kind: 'yesNo' }
        : i % 3 === 1
          ? {
              kind: 'scale',
              maxLevel: 5,
              levels: Array.from({ length: 6 }, (_, level) => ({
                level,
                description: text(`Level ${level}`),
              })),
            }
          : { kind: 'measured', direction: 'higherIsBetter', unit: text('kpl') },
  }));
  const items = [0, 1, 2].map((i) => ({
    id: uuid('0000000a', i),
    name: text(`Item ${i}`),
    unit: 'hour' as const,
    quantity: 1000 * (i + 1),
  }));
  const set: CriteriaSet = {
    ...emptyCriteriaSet(),
    priceWeightPercent: 100 - criteriaCount,
    qualityScaling: 'toBest',
    pricingItems: items,
    criteria,
    tieBreak: ['higherQualityPoints', 'lowerPrice', 'drawingLots'],
  };
  const record: TenderComparison = {
    ...emptyTenderComparison(
      uuid('0000000e', 1),
      uuid('0000000d', 1),
      null,
      '2026-12-04T08:00:00+02:00',
    ),
    tenders: Array.from({ length: tenders }, (_, t) => ({
      id: uuid('0000000f', t),
      tenderer: { name: `Tarjoaja ${t + 1} Oy`, businessId: '' },
      prices: items.map((item) => ({
        itemId: item.id,
        unitPriceCents: 4_000 + Math.floor(random() * 6_000),
      })),
      answers: criteria.map((c, i) => ({
        criterionId: c.id,
        value:
          i % 3 === 0
            ? random() < 0.5
              ? 0
              : 1
            : i % 3 === 1
              ? Math.floor(random() * 6)
              : Math.floor(random() * 100),
        reason: 'Perustelu',
      })),
      requirements: [],
      exclusion: t % 50 === 7 ? { reason: 'Poissuljettu' } : null,
    })),
  };
  return { set, record };
}

function stats(label: string, runs: number[], goalMs: number): Record<string, number> {
  const min = round(Math.min(...runs));
  const median = percentile(runs, 50);
  const max = round(Math.max(...runs));
  console.log(`${label}: min ${min} ms, median ${median} ms, max ${max} ms (goal ≤ ${goalMs} ms)`);
  return { [`${label}MinMs`]: min, [`${label}MedianMs`]: median, [`${label}MaxMs`]: max };
}

/**
 * Criteria bench (issue 10): the comparison of 200 tenders × 40 criteria (goal ≤ 20 ms) and a
 * full price-weight sweep 0–100 (goal ≤ 200 ms), printing min / median / max.
 */
export function benchCriteria(): Record<string, number> {
  const { set, record } = buildCriteriaBenchData();
  const first = compareTenders(set, record);
  if (!first.ok) throw new Error('Bench data is invalid');
  for (let i = 0; i < 5; i++) compareTenders(set, record);
  const compare = Array.from({ length: 50 }, () => timeSync(() => compareTenders(set, record)));
  const sweep = Array.from({ length: 20 }, () => timeSync(() => sweepPriceWeight(set, record)));
  return { ...stats('compare200x40', compare, 20), ...stats('sweep0to100', sweep, 200) };
}
