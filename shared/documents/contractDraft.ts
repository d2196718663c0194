import { contractDraftTexts } from '../i18n/documents/contractDraft';
import { documentTranslator } from './documentText';
import { documentMeta, type DocumentInput } from './invitationToTender';
import { employmentClauseBlocks, termBlocks } from './sections';
import type { Block, DocumentContent } from './word/blocks';

/**
 * The procurement contract draft (hankintasopimus): parties, subject, period and options,
 * prices and terms of payment, the employment clause's contract section with its reporting
 * duty and penalty, follow-up and development meetings, the contract documents in their
 * order of precedence — this contract's own terms before the general terms (JYSE) — and
 * signatures. The supplier's details are left to fill in after the award.
 */
export function buildContractDraft(input: DocumentInput): DocumentContent {
  const t = documentTranslator(input.language);
  const { procurement: p, organisation: o, language } = input;
  const texts = contractDraftTexts[language];
  const blocks: Block[] = [];
  const address = [o.streetAddress, [o.postalCode, o.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');

  blocks.push({ kind: 'heading', level: 1, text: t('contractDraft.headings.parties') });
  blocks.push({
    kind: 'facts',
    rows: [
      {
        label: t('contractDraft.buyer'),
        value: [o.name, o.businessId && `${t('common.facts.businessId')} ${o.businessId}`, address]
          .filter(Boolean)
          .join('\n'),
      },
      { label: t('contractDraft.supplier'), value: t('contractDraft.supplierPlaceholder') },
    ],
  });

  blocks.push({ kind: 'heading', level: 1, text: t('contractDraft.headings.subject') });
  blocks.push({
    kind: 'paragraph',
    text: t('contractDraft.subject', {
      title: p.title,
      lots:
        p.lots.length > 0
          ? t('contractDraft.lots', { lots: p.lots.map((l) => l.code).join(', ') })
          : '',
    }),
  });

  blocks.push({ kind: 'heading', level: 1, text: t('contractDraft.headings.period') });
  blocks.push(...termBlocks(input, t, 'invitationToTender'));

  blocks.push({ kind: 'heading', level: 1, text: t('contractDraft.headings.prices') });
  blocks.push({ kind: 'paragraph', text: t('contractDraft.prices') });

  const clause = employmentClauseBlocks(input, 'contract');
  if (clause.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: t('contractDraft.headings.employmentClause') });
    blocks.push(...clause);
  }

  blocks.push({ kind: 'heading', level: 1, text: t('contractDraft.headings.followUp') });
  blocks.push({ kind: 'paragraph', text: t('contractDraft.followUp') });

  blocks.push({ kind: 'heading', level: 1, text: t('contractDraft.headings.documents') });
  blocks.push({ kind: 'paragraph', text: t('contractDraft.documentsIntro') });
  const general = texts.generalTermsItem[p.documents.generalTerms];
  blocks.push({
    kind: 'bullets',
    items: [...texts.documentsOrder, ...(general ? [general] : [])],
  });
  if (general) blocks.push({ kind: 'paragraph', text: t('contractDraft.precedenceNote') });

  blocks.push({ kind: 'heading', level: 1, text: t('contractDraft.headings.signatures') });
  blocks.push({ kind: 'paragraph', text: t('contractDraft.signaturesIntro') });
  blocks.push({
    kind: 'signatures',
    parties: [o.name || t('contractDraft.buyer'), t('contractDraft.supplier')],
    placeAndDateLabel: t('common.placeAndDate'),
    signatureLabel: t('common.signature'),
  });

  return { meta: documentMeta(input, t('common.titles.contractDraft')), blocks };
}
