import type { PlanningAnalysis } from '../domain/planning/planningAnalysis';
import { formatEuro } from '../format';
import { lotAwards, type AwardInput } from './awardData';
import { documentTranslator } from './documentText';
import { documentMeta } from './invitationToTender';
import type { Block, DocumentContent } from './word/blocks';

/**
 * Whether the act requires a written report on the procedure (hankintalaki 121 §, directive
 * 2014/24 art. 84): EU-level procurements, which include the liite E services at or above
 * their own EU threshold (the regime compares each category with its own threshold).
 */
export function procurementReportRequired(analysis: PlanningAnalysis): boolean {
  return analysis.regime.ok && analysis.regime.regime === 'eu';
}

/**
 * The report on the procurement procedure (hankintamenettelystä laadittava kertomus): the
 * contracting authority, the subject and value, the procedure and why it was chosen, the
 * tenderers and the selected supplier with the ground for selection, the rejected tenders
 * and excluded tenderers with their reasons (from the tender comparison), and the matters the
 * officer records by hand (conflicts of interest, electronic means, subcontracting) as marked
 * blanks. Outside the EU regime it still builds, saying the act does not require it.
 */
export function buildProcurementReport(input: AwardInput): DocumentContent {
  const t = documentTranslator(input.language);
  const { procurement: p, organisation: o, language, analysis } = input;
  const lots = lotAwards(input);
  const blocks: Block[] = [];
  blocks.push({
    kind: 'paragraph',
    text: procurementReportRequired(analysis)
      ? t('award.report.intro')
      : t('award.report.notRequired'),
  });

  blocks.push({ kind: 'heading', level: 1, text: t('award.report.headings.authority') });
  blocks.push({
    kind: 'facts',
    rows: [
      { label: t('common.facts.authority'), value: o.name || t('common.facts.notSet') },
      { label: t('common.facts.businessId'), value: o.businessId || t('common.facts.notSet') },
    ],
  });

  blocks.push({ kind: 'heading', level: 1, text: t('award.report.headings.subject') });
  blocks.push({
    kind: 'facts',
    rows: [
      { label: t('common.facts.subject'), value: p.title },
      {
        label: t('common.facts.referenceNumber'),
        value: p.referenceNumber || t('common.facts.notSet'),
      },
      { label: t('common.facts.cpvMain'), value: p.cpv.main ?? t('common.facts.notSet') },
      {
        label: t('common.facts.estimatedValue'),
        value: formatEuro(analysis.estimate.totalCents, language),
      },
      {
        label: t('award.report.lotsFact'),
        value:
          p.lots.length > 0
            ? p.lots.map((l) => `${l.code} ${l.name}`).join('\n')
            : t('award.report.notDivided'),
      },
    ],
  });

  blocks.push({ kind: 'heading', level: 1, text: t('award.report.headings.procedure') });
  const kind = p.planning.procedure.kind;
  const choice = p.planning.procedure;
  const reasons = [
    kind === 'directAward' ? choice.directAwardJustification.trim() : '',
    choice.urgency ? choice.urgencyJustification.trim() : '',
  ].filter((r) => r !== '');
  blocks.push({
    kind: 'facts',
    rows: [
      { label: t('common.facts.procedure'), value: t(`common.procedures.${kind ?? 'notChosen'}`) },
      ...(reasons.length > 0
        ? [{ label: t('award.report.procedureReason'), value: reasons.join('\n') }]
        : []),
    ],
  });

  blocks.push({ kind: 'heading', level: 1, text: t('award.report.headings.tenders') });
  const names = [...new Set(lots.flatMap((l) => l.record.tenders.map((x) => x.tenderer.name)))];
  blocks.push({
    kind: 'paragraph',
    text: t('award.report.tenderersReceived', { names: names.join(', ') || '–' }),
  });
  for (const lot of lots) {
    if (!lot.outcome.ok) continue;
    const first = lot.outcome.ranking[0];
    const winner = lot.outcome.tenders.find((x) => x.tenderId === first);
    if (!winner) continue;
    blocks.push({
      kind: 'paragraph',
      text: t('award.report.chosen', {
        lot: lot.code ? `${t('award.lotHeading', { code: lot.code, name: lot.name })}. ` : '',
        tenderer: winner.tendererName,
      }),
    });
  }

  blocks.push({ kind: 'heading', level: 1, text: t('award.report.headings.excluded') });
  const left = lots.flatMap((lot) =>
    lot.outcome.ok
      ? lot.outcome.tenders
          .filter((x) => x.status !== 'compared')
          .map((x) => [
            lot.code ? `${x.tendererName} (${lot.code})` : x.tendererName,
            t(`award.statuses.${x.status}`),
            x.reasons.join('\n'),
          ])
      : [],
  );
  if (left.length === 0) {
    blocks.push({ kind: 'paragraph', text: t('award.evaluation.noExclusions') });
  } else {
    blocks.push({
      kind: 'table',
      headers: [t('award.columns.tenderer'), t('award.columns.status'), t('award.columns.reason')],
      rows: left,
      widthsPercent: [30, 20, 50],
    });
  }

  blocks.push({ kind: 'heading', level: 1, text: t('award.report.headings.other') });
  blocks.push({
    kind: 'bullets',
    items: [
      t('award.report.conflicts'),
      t('award.report.electronic'),
      t('award.report.subcontracting'),
    ],
  });
  return { meta: documentMeta(input, t('common.titles.procurementReport')), blocks };
}
