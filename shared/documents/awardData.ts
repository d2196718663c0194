import { addDays, type IsoDate } from '../domain/common/calendarDate';
import { isWorkingDay, nextWorkingDayOnOrAfter } from '../domain/common/finnishHolidays';
import {
  compareTenders,
  presentPoints,
  type ComparisonOutcome,
} from '../domain/criteria/compareTenders';
import { criteriaForLot, type CriteriaSet } from '../domain/criteria/criteriaPlan';
import { describeSensitivity, sweepPriceWeight } from '../domain/criteria/sensitivity';
import type { TenderComparison } from '../domain/criteria/tenderComparison';
import { translate } from '../i18n';
import type { DocumentT } from './documentText';
import type { DocumentInput } from './invitationToTender';
import type { Block } from './word/blocks';

/** What the award documents are built from: the document input and the tender comparisons. */
export interface AwardInput extends DocumentInput {
  /** The procurement's tender comparison records: one per lot, or one with `lotId` null. */
  comparisons: readonly TenderComparison[];
}

/** One lot's (or the undivided procurement's) comparison, as the documents show it. */
export interface LotAward {
  lotId: string | null;
  /** `1A` and the lot's name; empty for an undivided procurement. */
  code: string;
  name: string;
  set: CriteriaSet;
  record: TenderComparison;
  /** From {@link compareTenders}: the documents never recompute a point. */
  outcome: ComparisonOutcome;
  /** The sensitivity finding in the document language, or null when it cannot be made. */
  sensitivity: string | null;
}

/**
 * The comparisons of the procurement in the order of its lots (an undivided procurement's
 * record has `lotId` null). Each is compared with the criteria of its lot by
 * {@link compareTenders}; the sensitivity finding comes from `sweepPriceWeight`.
 */
export function lotAwards(input: AwardInput): LotAward[] {
  const p = input.procurement;
  const byLot = new Map(input.comparisons.map((c) => [c.lotId, c]));
  const keys: { lotId: string | null; code: string; name: string }[] =
    p.lots.length > 0
      ? p.lots.map((l) => ({ lotId: l.id, code: l.code, name: l.name }))
      : [{ lotId: null, code: '', name: '' }];
  const out: LotAward[] = [];
  for (const key of keys) {
    const record = byLot.get(key.lotId);
    if (!record) continue;
    const set = criteriaForLot(p.criteria, key.lotId);
    const outcome = compareTenders(set, record);
    const sweep = outcome.ok ? sweepPriceWeight(set, record) : null;
    out.push({
      ...key,
      set,
      record,
      outcome,
      sensitivity: sweep?.ok ? describeSensitivity(sweep.finding, input.language) : null,
    });
  }
  return out;
}

/** The lots (or the undivided procurement) that have no comparison record yet. */
export function lotsWithoutComparison(input: AwardInput): string[] {
  const have = new Set(input.comparisons.map((c) => c.lotId));
  const p = input.procurement;
  if (p.lots.length === 0) return have.has(null) ? [] : [''];
  return p.lots.filter((l) => !have.has(l.id)).map((l) => l.code);
}

/** A last day of a time limit moved to the next working day (laki 150/1930 5 §). */
export function lastDayOfPeriod(received: IsoDate, days: number): IsoDate {
  const end = addDays(received, days);
  return isWorkingDay(end) ? end : nextWorkingDayOnOrAfter(end);
}

/** Points as shown: rounded once, at presentation, with the language's decimal mark. */
export function pointsText(set: CriteriaSet, points: number, language: string): string {
  const text = presentPoints(set, points);
  return language === 'en' ? text : text.replace('.', ',');
}

/** Heading and blocks of the award section of one lot, when the procurement has lots. */
export function lotHeading(t: DocumentT, lot: LotAward, level: 2 | 3): Block[] {
  return lot.code
    ? [{ kind: 'heading', level, text: t('award.lotHeading', { code: lot.code, name: lot.name }) }]
    : [];
}

/** Tie-break rule name in the document language (criteria catalog). */
export function tieBreakRuleText(rule: string, language: DocumentInput['language']): string {
  return translate(language, `criteria.tieBreakRule.${rule}`);
}

/** The ranking table of one lot: rank, tenderer, comparison price, price, quality and total points. */
export function rankingTable(
  t: DocumentT,
  lot: LotAward,
  euro: (cents: number) => string,
  language: DocumentInput['language'],
): Block[] {
  if (!lot.outcome.ok) return [{ kind: 'note', text: t('award.noComparison') }];
  const ranked = lot.outcome.tenders
    .filter((x) => x.status === 'compared' && x.ranking)
    .sort((a, b) => a.ranking!.rank - b.ranking!.rank);
  const pts = (n: number) => pointsText(lot.set, n, language);
  const blocks: Block[] = [
    {
      kind: 'table',
      headers: [
        t('award.columns.rank'),
        t('award.columns.tenderer'),
        t('award.columns.comparisonPrice'),
        t('award.columns.pricePoints'),
        t('award.columns.qualityPoints'),
        t('award.columns.total'),
      ],
      rows: ranked.map((x) => [
        String(x.ranking!.rank),
        x.tendererName,
        euro(x.comparisonPrice!.result),
        pts(x.pricePoints!.result),
        pts(x.qualityPoints!.result),
        pts(x.totalPoints!.result),
      ]),
      widthsPercent: [9, 21, 20, 15, 19, 16],
      alignRight: [true, false, true, true, true, true],
    },
  ];
  const byRule = new Map<string, string[]>();
  for (const x of ranked) {
    const rule = x.ranking!.tieBrokenBy;
    if (rule) byRule.set(rule, [...(byRule.get(rule) ?? []), x.tendererName]);
  }
  for (const [rule, names] of byRule) {
    blocks.push({
      kind: 'paragraph',
      text: t('award.tieBrokenBy', {
        tenderers: names.join(', '),
        rule: tieBreakRuleText(rule, language),
      }),
    });
  }
  blocks.push({
    kind: 'note',
    text: t('award.rounding', { decimals: lot.set.rounding.decimals }),
  });
  return blocks;
}
