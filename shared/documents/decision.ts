import type { IsoDate } from '../domain/common/calendarDate';
import { addDays } from '../domain/common/calendarDate';
import type { RedressKind } from '../domain/planning/regime';
import { standstillDates } from '../domain/planning/standstill';
import { describeCriteriaText } from '../domain/criteria/criteriaText';
import { formatDate, formatEuro } from '../format';
import { awardTexts } from '../i18n/documents/award';
import {
  lastDayOfPeriod,
  lotAwards,
  pointsText,
  rankingTable,
  type AwardInput,
  type LotAward,
} from './awardData';
import { documentTranslator, type DocumentT } from './documentText';
import { documentMeta } from './invitationToTender';
import type { Block, DocumentContent, DocumentLanguage } from './word/blocks';

/** Days of the redress periods: hankintaoikaisu (133 § 2 mom.), appeal (147 § 1 mom.), kuntalaki 134 §. */
export const REDRESS_DAYS = 14;
/** Days after sending when an e-mailed municipal decision counts as received (kuntalaki 139 §). */
export const MUNICIPAL_ELECTRONIC_RECEIPT_DAYS = 3;
/** Days after sending when a posted municipal decision counts as received (kuntalaki 139 §). */
export const MUNICIPAL_POST_RECEIPT_DAYS = 7;

/** The computed last days of the redress periods of a decision sent on `decision`. */
export interface RedressDeadlines {
  received: IsoDate;
  /** hankintaoikaisu (procurement law) or oikaisuvaatimus (municipal, wellbeing county). */
  rectification: IsoDate;
  /** Appeal to the Market Court (procurement and utility law only). */
  appeal: IsoDate | null;
}

/**
 * The last days of the redress periods, counted from when the decision counts as received:
 * under the procurement acts an e-mailed decision the day it is sent and a posted one the 7th
 * day after (hankintalaki 127 § 2 mom.); under kuntalaki (and the wellbeing services county
 * act) the 3rd day after an electronic message and the 7th after a letter (kuntalaki 139 §).
 * Each period is 14 days; a last day that is not a working day moves to the next working day
 * (laki säädettyjen määräaikain laskemisesta 150/1930 5 §). Null where no statutory period.
 */
export function redressDeadlines(
  kind: RedressKind,
  decision: IsoDate,
  delivery: 'electronic' | 'post',
): RedressDeadlines | null {
  switch (kind) {
    case 'procurementLaw':
    case 'utilityLaw': {
      const received = standstillDates(decision, delivery).received;
      const last = lastDayOfPeriod(received, REDRESS_DAYS);
      return { received, rectification: last, appeal: last };
    }
    case 'municipalRectification':
    case 'wellbeingRectification': {
      const received = addDays(
        decision,
        delivery === 'post' ? MUNICIPAL_POST_RECEIPT_DAYS : MUNICIPAL_ELECTRONIC_RECEIPT_DAYS,
      );
      return { received, rectification: lastDayOfPeriod(received, REDRESS_DAYS), appeal: null };
    }
    case 'noStatutoryRedress':
    case 'ownRules':
      return null;
  }
}

function redressBlocks(
  input: AwardInput,
  t: DocumentT,
  kind: RedressKind,
  date: (d: IsoDate) => string,
): Block[] {
  const { language } = input;
  const texts = awardTexts[language].redress;
  const blocks: Block[] = texts[kind].map((text) => ({
    kind: 'paragraph' as const,
    text: text.replaceAll('{{days}}', String(REDRESS_DAYS)),
  }));
  if (kind === 'procurementLaw' || kind === 'utilityLaw') {
    blocks.push({ kind: 'paragraph', text: t('award.redress.marketCourt') });
  }
  const risk = input.analysis.consequences?.directAwardRisk;
  if (risk) {
    blocks.push({
      kind: 'paragraph',
      text: t('award.redress.directAward', { months: risk.appealPeriodMonths }),
    });
  }
  const tl = input.procurement.planning.timeline;
  if (kind === 'noStatutoryRedress' || kind === 'ownRules') return blocks;
  const deadlines = tl.decision ? redressDeadlines(kind, tl.decision, tl.decisionDelivery) : null;
  if (!deadlines || !tl.decision) {
    blocks.push({ kind: 'note', text: t('award.redress.deadlineUnknown') });
    return blocks;
  }
  const rows =
    deadlines.appeal !== null
      ? [
          t('award.redress.deadlineRectification', { date: date(deadlines.rectification) }),
          t('award.redress.deadlineAppeal', { date: date(deadlines.appeal) }),
        ]
      : [t('award.redress.deadlineMunicipal', { date: date(deadlines.rectification) })];
  blocks.push({ kind: 'bullets', items: rows });
  blocks.push({
    kind: 'note',
    text: t('award.redress.deadlineNote', {
      delivery: t(
        tl.decisionDelivery === 'post'
          ? 'award.decision.deliveryPost'
          : 'award.decision.deliveryElectronic',
      ),
      decision: date(tl.decision),
    }),
  });
  return blocks;
}

function awardSentence(t: DocumentT, lot: LotAward, language: DocumentLanguage): string {
  const first = lot.outcome.ok ? lot.outcome.ranking[0] : undefined;
  const winner = first
    ? lot.outcome.ok
      ? lot.outcome.tenders.find((x) => x.tenderId === first)
      : undefined
    : undefined;
  if (!winner || !winner.totalPoints) {
    return lot.code
      ? t('award.decision.noAward', { code: lot.code, name: lot.name })
      : t('award.decision.noAwardWhole');
  }
  const tender = lot.record.tenders.find((x) => x.id === winner.tenderId);
  const id = tender?.tenderer.businessId ?? '';
  const params = {
    tenderer: winner.tendererName,
    businessId: id ? t('award.decision.businessId', { id }) : '',
    points: pointsText(lot.set, winner.totalPoints.result, language),
    code: lot.code,
    name: lot.name,
  };
  return lot.code ? t('award.decision.awardedLot', params) : t('award.decision.awarded', params);
}

/**
 * The procurement decision (hankintapäätös, hankintalaki 123 §): the decision for each lot,
 * the facts of the procurement, the reasons — the award criteria, the ranking and points from
 * the tender comparison ({@link lotAwards}, computed by `compareTenders`), tenders left out
 * with their reasons —, the standstill with its end and the earliest contract date
 * (`standstillDates`, 129 §) where it applies, and the redress instructions the regime
 * requires (`consequences.redress.kind`): hankintaoikaisu and appeal to the Market Court with
 * their 14-day periods and computed last days (126 §, 133 §, 147 §), the municipal or wellbeing
 * county oikaisuvaatimus below the thresholds, the utilities act's remedies, or none.
 */
export function buildDecision(input: AwardInput): DocumentContent {
  const t = documentTranslator(input.language);
  const { procurement: p, language, analysis } = input;
  const texts = awardTexts[language].decision;
  const euro = (c: number) => formatEuro(c, language);
  const date = (d: IsoDate) => formatDate(d, language);
  const lots = lotAwards(input);
  const tl = p.planning.timeline;
  const blocks: Block[] = [];

  blocks.push({ kind: 'heading', level: 1, text: t('award.decision.headings.decision') });
  if (lots.length === 0) blocks.push({ kind: 'paragraph', text: t('award.decision.noAwardWhole') });
  for (const lot of lots) blocks.push({ kind: 'paragraph', text: awardSentence(t, lot, language) });

  blocks.push({ kind: 'heading', level: 1, text: t('award.decision.headings.background') });
  const received = lots.reduce((s, l) => s + l.record.tenders.length, 0);
  const kind = p.planning.procedure.kind;
  blocks.push({
    kind: 'facts',
    rows: [
      { label: t('common.facts.subject'), value: p.title },
      {
        label: t('common.facts.referenceNumber'),
        value: p.referenceNumber || t('common.facts.notSet'),
      },
      { label: t('common.facts.procedure'), value: t(`common.procedures.${kind ?? 'notChosen'}`) },
      { label: t('common.facts.estimatedValue'), value: euro(analysis.estimate.totalCents) },
      {
        label: t('award.decision.tenderDeadline'),
        value: tl.tenderDeadline ? date(tl.tenderDeadline) : t('common.facts.notSet'),
      },
      { label: t('award.decision.receivedFact'), value: String(received) },
      {
        label: t('award.decision.decisionDate'),
        value: tl.decision ? date(tl.decision) : date(input.today),
      },
    ],
  });

  blocks.push({ kind: 'heading', level: 1, text: t('award.decision.headings.reasons') });
  blocks.push({ kind: 'paragraph', text: t('award.decision.received', { count: received }) });
  blocks.push({ kind: 'paragraph', text: t('award.decision.reasonsIntro') });
  const sets = new Set(lots.map((l) => l.set));
  for (const set of sets) {
    if (sets.size > 1) {
      const codes = lots.filter((l) => l.set === set).map((l) => l.code);
      blocks.push({ kind: 'heading', level: 3, text: codes.join(', ') });
    }
    for (const text of describeCriteriaText(set, language))
      blocks.push({ kind: 'paragraph', text });
  }

  blocks.push({ kind: 'heading', level: 2, text: t('award.decision.headings.ranking') });
  blocks.push({ kind: 'paragraph', text: t('award.decision.rankingIntro') });
  for (const lot of lots) {
    if (lot.code) {
      blocks.push({
        kind: 'heading',
        level: 3,
        text: t('award.lotHeading', { code: lot.code, name: lot.name }),
      });
    }
    blocks.push(...rankingTable(t, lot, euro, language));
  }

  const left = lots.flatMap((lot) =>
    lot.outcome.ok
      ? lot.outcome.tenders
          .filter((x) => x.status !== 'compared')
          .map((x) =>
            t('award.decision.excludedLine', {
              tenderer: lot.code ? `${x.tendererName} (${lot.code})` : x.tendererName,
              reason: x.reasons.join('; '),
            }),
          )
      : [],
  );
  if (left.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t('award.decision.headings.excluded') });
    blocks.push({ kind: 'bullets', items: left });
  }

  blocks.push({ kind: 'heading', level: 1, text: t('award.decision.headings.standstill') });
  const standstill = analysis.consequences?.standstill;
  if (standstill?.applies) {
    blocks.push({
      kind: 'paragraph',
      text: t('award.decision.standstillApplies', { days: standstill.days }),
    });
    if (tl.decision) {
      const s = standstillDates(tl.decision, tl.decisionDelivery, standstill.days);
      blocks.push({
        kind: 'paragraph',
        text: t('award.decision.standstillDates', {
          delivery: t(
            tl.decisionDelivery === 'post'
              ? 'award.decision.deliveryPost'
              : 'award.decision.deliveryElectronic',
          ),
          decision: date(tl.decision),
          received: date(s.received),
          lastDay: date(s.lastDay),
          earliest: date(s.earliestContract),
        }),
      });
    } else {
      blocks.push({ kind: 'note', text: t('award.decision.standstillNoDate') });
    }
  } else {
    blocks.push({ kind: 'paragraph', text: t('award.decision.noStandstill') });
  }

  const redress = analysis.consequences?.redress.kind ?? 'ownRules';
  blocks.push({ kind: 'heading', level: 1, text: t('award.decision.headings.redress') });
  blocks.push(...redressBlocks(input, t, redress, date));

  blocks.push({ kind: 'heading', level: 1, text: t('award.decision.attachmentsHeading') });
  blocks.push({ kind: 'bullets', items: [...texts.attachments] });

  blocks.push({ kind: 'heading', level: 1, text: t('award.decision.headings.signature') });
  blocks.push({
    kind: 'signatures',
    parties: [input.organisation.name || t('common.facts.authority')],
    placeAndDateLabel: t('common.placeAndDate'),
    signatureLabel: t('common.signature'),
  });

  return { meta: documentMeta(input, t('common.titles.decision')), blocks };
}
