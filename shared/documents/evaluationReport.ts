import { textIn } from '../domain/criteria/localizedText';
import { describeCriteriaText, renderStatement } from '../domain/criteria/criteriaText';
import { formatEuro, formatNumber } from '../format';
import { lotAwards, pointsText, rankingTable, type AwardInput, type LotAward } from './awardData';
import { documentTranslator, type DocumentT } from './documentText';
import { documentMeta } from './invitationToTender';
import type { Block, DocumentContent, DocumentLanguage } from './word/blocks';

function valueText(value: number | null, language: DocumentLanguage): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? formatNumber(value, language) : formatNumber(value, language, 2);
}

function lotBlocks(t: DocumentT, lot: LotAward, language: DocumentLanguage, level: 1 | 2): Block[] {
  const euro = (c: number) => formatEuro(c, language);
  const sub = level === 1 ? 2 : 3;
  const blocks: Block[] = [];
  blocks.push({ kind: 'heading', level, text: t('award.evaluation.headings.received') });
  const outcome = lot.outcome;
  const statusOf = new Map(outcome.ok ? outcome.tenders.map((x) => [x.tenderId, x.status]) : []);
  blocks.push({
    kind: 'table',
    headers: [
      t('award.columns.tenderer'),
      t('award.columns.businessId'),
      t('award.columns.status'),
    ],
    rows: lot.record.tenders.map((x) => [
      x.tenderer.name,
      x.tenderer.businessId || '–',
      statusOf.has(x.id) ? t(`award.statuses.${statusOf.get(x.id)!}`) : '–',
    ]),
    widthsPercent: [45, 20, 35],
  });
  if (!outcome.ok) {
    blocks.push({ kind: 'note', text: t('award.noComparison') });
    return blocks;
  }

  blocks.push({ kind: 'heading', level, text: t('award.evaluation.headings.exclusions') });
  const left = outcome.tenders.filter((x) => x.status !== 'compared');
  if (left.length === 0) {
    blocks.push({ kind: 'paragraph', text: t('award.evaluation.noExclusions') });
  } else {
    blocks.push({
      kind: 'table',
      headers: [t('award.columns.tenderer'), t('award.columns.status'), t('award.columns.reason')],
      rows: left.map((x) => [
        x.tendererName,
        t(`award.statuses.${x.status}`),
        x.reasons.join('\n'),
      ]),
      widthsPercent: [30, 20, 50],
    });
  }

  const compared = outcome.tenders.filter((x) => x.status === 'compared');
  const tenderById = new Map(lot.record.tenders.map((x) => [x.id, x]));
  blocks.push({ kind: 'heading', level, text: t('award.evaluation.headings.perCriterion') });
  if (lot.set.priceWeightPercent > 0) {
    blocks.push({
      kind: 'heading',
      level: sub,
      text: t('award.evaluation.priceHeading', {
        points: formatNumber(lot.set.priceWeightPercent, language, 0),
      }),
    });
    blocks.push({
      kind: 'table',
      headers: [
        t('award.columns.tenderer'),
        t('award.columns.comparisonPrice'),
        t('award.columns.points'),
        t('award.columns.reason'),
      ],
      rows: compared.map((x) => [
        x.tendererName,
        euro(x.comparisonPrice!.result),
        pointsText(lot.set, x.pricePoints!.result, language),
        renderStatement(
          { key: `formulas.${x.pricePoints!.formula}`, params: x.pricePoints!.inputs },
          language,
        ),
      ]),
      widthsPercent: [26, 20, 12, 42],
      alignRight: [false, true, true, false],
    });
  }
  lot.set.criteria.forEach((criterion, ci) => {
    blocks.push({
      kind: 'heading',
      level: sub,
      text: t('award.evaluation.criterionHeading', {
        name: textIn(criterion.name, language),
        points: formatNumber(criterion.weightPercent, language, 0),
      }),
    });
    blocks.push({
      kind: 'table',
      headers: [
        t('award.columns.tenderer'),
        t('award.columns.value'),
        t('award.columns.points'),
        t('award.columns.reason'),
      ],
      rows: compared.map((x) => {
        const answer = tenderById
          .get(x.tenderId)
          ?.answers.find((a) => a.criterionId === criterion.id);
        return [
          x.tendererName,
          valueText(answer?.value ?? null, language),
          pointsText(lot.set, x.criterionPoints[ci]?.points.result ?? 0, language),
          answer?.reason.trim() || '–',
        ];
      }),
      widthsPercent: [26, 16, 12, 46],
      alignRight: [false, true, true, false],
    });
  });

  blocks.push({ kind: 'heading', level, text: t('award.evaluation.headings.points') });
  blocks.push(...rankingTable(t, lot, euro, language));

  if (outcome.notes.length > 0) {
    blocks.push({ kind: 'heading', level, text: t('award.evaluation.headings.notes') });
    blocks.push({
      kind: 'bullets',
      items: outcome.notes.map((n) => {
        const params = { ...n.params };
        if (n.code === 'noneScored') {
          const c = lot.set.criteria.find((x) => x.id === n.params.criterionId);
          if (c) params.criterionId = textIn(c.name, language);
        }
        return renderStatement({ key: `comparisonNotes.${n.code}`, params }, language);
      }),
    });
  }

  if (lot.sensitivity) {
    blocks.push({ kind: 'heading', level, text: t('award.evaluation.headings.sensitivity') });
    blocks.push({ kind: 'paragraph', text: t('award.evaluation.sensitivityIntro') });
    blocks.push({ kind: 'paragraph', text: lot.sensitivity });
  }
  return blocks;
}

/**
 * The evaluation report (tarjousvertailu): the tenders received, the tenders left out with
 * their reasons, the award criteria with their weights and formulas, the points per criterion
 * with the evaluator's reason for each score (the price points with their formula), totals
 * and ranking with the tie-break when it was applied, the comparison's notes and the
 * sensitivity finding — every figure from `compareTenders` and `sweepPriceWeight`, never
 * recomputed here.
 */
export function buildEvaluationReport(input: AwardInput): DocumentContent {
  const t = documentTranslator(input.language);
  const { language } = input;
  const lots = lotAwards(input);
  const blocks: Block[] = [];
  blocks.push({ kind: 'paragraph', text: t('award.evaluation.intro') });

  blocks.push({ kind: 'heading', level: 1, text: t('award.evaluation.headings.criteria') });
  const sets = new Set(lots.map((l) => l.set));
  for (const set of sets) {
    if (sets.size > 1) {
      const codes = lots.filter((l) => l.set === set).map((l) => l.code);
      blocks.push({ kind: 'heading', level: 2, text: codes.join(', ') });
    }
    for (const text of describeCriteriaText(set, language))
      blocks.push({ kind: 'paragraph', text });
  }

  for (const lot of lots) {
    if (lot.code) {
      blocks.push({ kind: 'pageBreak' });
      blocks.push({
        kind: 'heading',
        level: 1,
        text: t('award.lotHeading', { code: lot.code, name: lot.name }),
      });
      blocks.push(...lotBlocks(t, lot, language, 2));
    } else {
      blocks.push(...lotBlocks(t, lot, language, 1));
    }
  }
  return { meta: documentMeta(input, t('common.titles.evaluationReport')), blocks };
}
