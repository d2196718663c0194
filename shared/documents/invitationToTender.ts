import type { IsoDate } from '../domain/common/calendarDate';
import type { PlanningAnalysis } from '../domain/planning/planningAnalysis';
import type { Procurement } from '../domain/procurement/procurement';
import type { OrganisationProfile } from '../domain/workspace/organisationProfile';
import { formatDate, formatEuro } from '../format';
import { invitationToTenderTexts } from '../i18n/documents/invitationToTender';
import { documentTranslator } from './documentText';
import { employmentClauseBlocks, termBlocks } from './sections';
import type { Block, DocumentContent, DocumentLanguage, DocumentMeta } from './word/blocks';

/** Everything a document of the package is built from (pure data; no I/O). */
export interface DocumentInput {
  procurement: Procurement;
  organisation: OrganisationProfile;
  analysis: PlanningAnalysis;
  language: DocumentLanguage;
  /** The document's date. */
  today: IsoDate;
  /** CPV code → label in the document language, for the codes the procurement uses. */
  cpvLabels: Readonly<Record<string, string>>;
}

/** The cover, header and footer facts common to every document of the package. */
export function documentMeta(input: DocumentInput, documentTitle: string): DocumentMeta {
  const { procurement: p, organisation: o, language } = input;
  return {
    language,
    documentTitle,
    organisationName: o.name,
    procurementTitle: p.title,
    referenceNumber: p.referenceNumber,
    dateText: formatDate(input.today, language),
  };
}

function cpvText(code: string, labels: DocumentInput['cpvLabels']): string {
  const label = labels[code];
  return label ? `${code} ${label}` : code;
}

/**
 * The invitation to tender (tarjouspyyntö): contracting authority; subject, CPV and lots;
 * procedure and timetable with the validity of tenders; estimated value when published;
 * requirements for tenderers with the Contractor's Obligations Act documents (1233/2006
 * 5 §); award criteria; pricing; the employment clause's call-for-tenders section; contract
 * terms with the general terms chosen (JYSE) and the order of precedence; submission and
 * appendices. Every number comes from the planning analysis or the clause calculator.
 */
export function buildInvitationToTender(input: DocumentInput): DocumentContent {
  const t = documentTranslator(input.language);
  const { procurement: p, organisation: o, analysis, language } = input;
  const texts = invitationToTenderTexts[language];
  const settings = p.documents;
  const euro = (c: number) => formatEuro(c, language);
  const date = (d: string | null) =>
    d ? formatDate(d, language) : t('invitationToTender.timetable.notSet');
  const blocks: Block[] = [];

  blocks.push({
    kind: 'paragraph',
    text: t('invitationToTender.intro', { authority: o.name || '—' }),
  });

  blocks.push({ kind: 'heading', level: 1, text: t('invitationToTender.headings.authority') });
  const address = [o.streetAddress, [o.postalCode, o.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  blocks.push({
    kind: 'facts',
    rows: [
      { label: t('common.facts.authority'), value: o.name || t('common.facts.notSet') },
      { label: t('common.facts.businessId'), value: o.businessId || t('common.facts.notSet') },
      { label: t('common.facts.address'), value: address || t('common.facts.notSet') },
      {
        label: t('common.facts.contact'),
        value:
          [o.contactPerson, o.contactEmail, o.contactPhone].filter(Boolean).join(', ') ||
          t('common.facts.notSet'),
      },
    ],
  });

  blocks.push({ kind: 'heading', level: 1, text: t('invitationToTender.headings.subject') });
  if (p.description.trim()) blocks.push({ kind: 'paragraph', text: p.description.trim() });
  const subjectFacts = [
    {
      label: t('common.facts.referenceNumber'),
      value: p.referenceNumber || t('common.facts.notSet'),
    },
    {
      label: t('common.facts.cpvMain'),
      value: p.cpv.main ? cpvText(p.cpv.main, input.cpvLabels) : t('common.facts.notSet'),
    },
  ];
  if (p.cpv.additional.length > 0) {
    subjectFacts.push({
      label: t('common.facts.cpvAdditional'),
      value: p.cpv.additional.map((c) => cpvText(c, input.cpvLabels)).join('\n'),
    });
  }
  subjectFacts.push({
    label: t('common.facts.estimatedValue'),
    value: settings.publishEstimatedValue
      ? euro(analysis.estimate.totalCents)
      : t('common.facts.notPublished'),
  });
  blocks.push({ kind: 'facts', rows: subjectFacts });

  blocks.push({ kind: 'heading', level: 2, text: t('invitationToTender.headings.lots') });
  if (p.lots.length === 0) {
    blocks.push({ kind: 'paragraph', text: t('invitationToTender.notDivided') });
  } else {
    blocks.push({ kind: 'paragraph', text: t('invitationToTender.lotsIntro') });
    const totals = new Map(analysis.estimate.lotTotals.map((l) => [l.lotId, l.totalCents]));
    blocks.push({
      kind: 'table',
      headers: [
        t('invitationToTender.lotsColumns.code'),
        t('invitationToTender.lotsColumns.name'),
        ...(settings.publishEstimatedValue ? [t('invitationToTender.lotsColumns.value')] : []),
      ],
      rows: p.lots.map((lot) => [
        lot.code,
        lot.name,
        ...(settings.publishEstimatedValue ? [euro(totals.get(lot.id) ?? 0)] : []),
      ]),
      widthsPercent: settings.publishEstimatedValue ? [12, 58, 30] : [15, 85],
      alignRight: [false, false, true],
    });
  }

  blocks.push({ kind: 'heading', level: 1, text: t('invitationToTender.headings.procedure') });
  const tl = p.planning.timeline;
  const kind = p.planning.procedure.kind;
  blocks.push({
    kind: 'facts',
    rows: [
      { label: t('common.facts.procedure'), value: t(`common.procedures.${kind ?? 'notChosen'}`) },
      { label: t('invitationToTender.timetable.noticeSent'), value: date(tl.noticeSent) },
      {
        label: t('invitationToTender.timetable.questionsDeadline'),
        value: date(tl.questionsDeadline),
      },
      { label: t('invitationToTender.timetable.tenderDeadline'), value: date(tl.tenderDeadline) },
      {
        label: t('invitationToTender.timetable.validity'),
        value: t('invitationToTender.timetable.validityValue', {
          months: t('common.months', { count: settings.tenderValidityMonths }),
        }),
      },
    ],
  });

  blocks.push({ kind: 'heading', level: 1, text: t('invitationToTender.headings.requirements') });
  blocks.push({ kind: 'paragraph', text: t('invitationToTender.requirementsIntro') });
  blocks.push({ kind: 'bullets', items: [...texts.contractorsObligations] });

  blocks.push({ kind: 'heading', level: 1, text: t('invitationToTender.headings.award') });
  blocks.push({ kind: 'paragraph', text: t('invitationToTender.awardPending') });

  blocks.push({ kind: 'heading', level: 1, text: t('invitationToTender.headings.pricing') });
  blocks.push({ kind: 'paragraph', text: t('invitationToTender.pricingPending') });

  const clause = employmentClauseBlocks(input, 'callForTenders');
  if (clause.length > 0) {
    blocks.push({
      kind: 'heading',
      level: 1,
      text: t('invitationToTender.headings.employmentClause'),
    });
    blocks.push(...clause);
  }

  blocks.push({ kind: 'heading', level: 1, text: t('invitationToTender.headings.contractTerms') });
  blocks.push(...termBlocks(input, t, 'invitationToTender'));
  blocks.push({
    kind: 'paragraph',
    text: t(`invitationToTender.generalTerms.${settings.generalTerms}`),
  });
  blocks.push({ kind: 'paragraph', text: t('invitationToTender.precedence') });

  blocks.push({ kind: 'heading', level: 1, text: t('invitationToTender.headings.submission') });
  blocks.push({
    kind: 'paragraph',
    text: settings.submissionInstructions || t('invitationToTender.submissionDefault'),
  });
  blocks.push({
    kind: 'paragraph',
    text: t('invitationToTender.languages', {
      languages: settings.tenderLanguages.map((l) => texts.languageNames[l]).join(', '),
    }),
  });
  if (settings.questionsInstructions) {
    blocks.push({
      kind: 'paragraph',
      text: t('invitationToTender.questions', { instructions: settings.questionsInstructions }),
    });
  }

  blocks.push({ kind: 'heading', level: 1, text: t('invitationToTender.headings.appendices') });
  blocks.push({ kind: 'bullets', items: [...texts.appendices] });

  const meta = documentMeta(input, t('common.titles.invitationToTender'));
  const procedureName = t(`common.procedures.${kind ?? 'notChosen'}`);
  meta.subtitle = procedureName.charAt(0).toLocaleUpperCase(language) + procedureName.slice(1);
  return { meta, blocks };
}
