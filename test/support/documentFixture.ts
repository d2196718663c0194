import type { AwardInput } from '../../shared/documents/awardData';
import type { DocumentInput } from '../../shared/documents/invitationToTender';
import { emptyCriteriaSet } from '../../shared/domain/criteria/criteriaPlan';
import {
  emptyTenderComparison,
  type TenderComparison,
} from '../../shared/domain/criteria/tenderComparison';
import { emptyEmploymentClause } from '../../shared/domain/employmentClause/employmentClause';
import { analysePlanning } from '../../shared/domain/planning/planningAnalysis';
import { buildSampleProcurement } from '../../shared/domain/procurement/sampleProcurement';
import {
  emptyOrganisationProfile,
  type OrganisationProfile,
} from '../../shared/domain/workspace/organisationProfile';
import { planningTexts } from '../../shared/i18n/features/planning';
import type { DocumentLanguage } from '../../shared/documents/word/blocks';

/** A filled organisation profile, as an officer would have it. */
export const ORGANISATION: OrganisationProfile = {
  ...emptyOrganisationProfile,
  name: 'Esimerkkilän kaupunki',
  businessId: '0135457-2',
  streetAddress: 'Kauppakatu 1',
  postalCode: '33100',
  city: 'Tampere',
  contactPerson: 'Hankintapalvelut',
  contactEmail: 'hankinnat@esimerkkila.fi',
};

/**
 * The sample procurement (four lots, 24 M€, 2 + 1 + 1 years) with its texts in `language`,
 * an employment clause in use (5 % of the annual value at 3 500 € a month) and a document
 * date, ready for any document builder.
 */
export function sampleDocumentInput(language: DocumentLanguage): DocumentInput {
  const s = planningTexts[language].sample;
  const procurement = buildSampleProcurement({
    ids: {
      procurement: '00000000-0000-4000-8000-000000000001',
      lots: [2, 3, 4, 5].map((n) => `00000000-0000-4000-8000-00000000000${n}`),
      options: '00000000-0000-4000-8000-000000000009',
    },
    now: '2026-12-04T10:00:00.000Z',
    today: '2026-12-04',
    texts: {
      title: s.title,
      referenceNumber: s.referenceNumber,
      description: s.description,
      responsiblePerson: s.responsiblePerson,
      lots: [
        { code: '1A', name: s.lot1A, description: s.lot1ADescription },
        { code: '1B', name: s.lot1B, description: s.lot1BDescription },
        { code: '1C', name: s.lot1C, description: s.lot1CDescription },
        { code: '2', name: s.lot2, description: s.lot2Description },
      ],
      valuationNotes: s.valuationNotes,
      screeningNotes: s.screeningNotes,
    },
  });
  const clause = emptyEmploymentClause();
  clause.decision = 'use';
  clause.obligation = {
    method: 'shareOfAnnualValue',
    sharePercent: 5,
    monthlyLabourCostCents: 350_000,
    employerCostsIncluded: true,
  };
  clause.terms.employmentServicesUnit = 'Tampereen seudun työllisyysalue';
  procurement.employmentClause = clause;
  procurement.documents.questionsInstructions = 'hankinnat@esimerkkila.fi';
  return {
    procurement,
    organisation: ORGANISATION,
    analysis: analysePlanning(procurement, ORGANISATION, '2026-12-04'),
    language,
    today: '2026-12-04',
    cpvLabels: {
      '85312510':
        language === 'sv'
          ? 'Yrkesinriktade rehabiliteringstjänster'
          : 'Ammatillisen kuntoutuksen palvelut',
    },
  };
}

const AWARD_IDS = {
  item: '00000000-0000-4000-8000-00000000a001',
  plan: '00000000-0000-4000-8000-00000000a002',
  feedback: '00000000-0000-4000-8000-00000000a003',
  requirement: '00000000-0000-4000-8000-00000000a004',
};

/** The tenderers of every lot: a valid Y-tunnus each (check digit computed). */
const TENDERERS = [
  { name: 'Polku Palvelut Oy', businessId: '0135457-2' },
  { name: 'Askel Valmennus Oy', businessId: '2345678-0' },
  { name: 'Myöhäinen Oy', businessId: '7654321-2' },
];

/** A tender comparison record id per lot. */
export function comparisonId(lot: number): string {
  return `00000000-0000-4000-8000-0000000b000${lot}`;
}

/** Tender id of tenderer `n` (0–2) in lot `lot` (0–3). */
export function awardTenderId(lot: number, n: number): string {
  return `00000000-0000-4000-8000-0000000c00${lot}${n}`;
}

/**
 * The sample with award criteria and a tender comparison per lot, as the award documents
 * need: price 60 (ratio to lowest, 10 000 client-days), a 0–5 plan scored to the maximum
 * (30) and a yes/no criterion (10), tie-break quality then price; per lot Polku 100 €/day,
 * scale 5, yes → 48 + 30 + 10 = 88,00; Askel 80 €/day, scale 3, no → 60 + 18 + 0 = 78,00;
 * Myöhäinen excluded (late). Decision e-mailed Fri 11.6.2027: the 14th day is Midsummer
 * Eve 25.6.2027, so the earliest contract day and the last redress day are Mon 28.6.2027.
 */
export function sampleAwardInput(language: DocumentLanguage): AwardInput {
  const input = sampleDocumentInput(language);
  const p = input.procurement;
  const name = (fi: string, sv: string, en: string) => ({ fi, sv, en });
  p.criteria = {
    common: {
      ...emptyCriteriaSet(),
      priceWeightPercent: 60,
      pricingItems: [
        {
          id: AWARD_IDS.item,
          name: name('Asiakaspäivä', 'Klientdag', 'Client day'),
          unit: 'clientDay',
          quantity: 10_000,
        },
      ],
      qualityScaling: 'toMaximum',
      criteria: [
        {
          id: AWARD_IDS.plan,
          kind: 'quality',
          name: name('Toteutussuunnitelma', 'Genomförandeplan', 'Delivery plan'),
          weightPercent: 30,
          scoring: {
            kind: 'scale',
            maxLevel: 5,
            levels: Array.from({ length: 6 }, (_, level) => ({
              level,
              description: name(`Taso ${level}`, `Nivå ${level}`, `Level ${level}`),
            })),
          },
        },
        {
          id: AWARD_IDS.feedback,
          kind: 'quality',
          name: name('Asiakaspalautejärjestelmä', 'Kundresponssystem', 'Client feedback system'),
          weightPercent: 10,
          scoring: { kind: 'yesNo' },
        },
      ],
      minimumRequirements: [
        {
          id: AWARD_IDS.requirement,
          text: name('Nimetty vastuuhenkilö', 'En namngiven ansvarsperson', 'A named lead'),
        },
      ],
      tieBreak: ['higherQualityPoints', 'lowerPrice', 'drawingLots'],
    },
    lotOverrides: [],
  };
  p.planning.timeline.decision = '2027-06-11';
  p.planning.timeline.decisionDelivery = 'electronic';
  const met = [{ requirementId: AWARD_IDS.requirement, met: true, reason: '' }];
  const comparisons: TenderComparison[] = p.lots.map((lot, li) => ({
    ...emptyTenderComparison(comparisonId(li), p.id, lot.id, '2027-06-01T08:00:00.000Z'),
    tenders: [
      {
        id: awardTenderId(li, 0),
        tenderer: TENDERERS[0]!,
        prices: [{ itemId: AWARD_IDS.item, unitPriceCents: 10_000 }],
        answers: [
          { criterionId: AWARD_IDS.plan, value: 5, reason: 'Suunnitelma kattaa kaikki vaiheet.' },
          { criterionId: AWARD_IDS.feedback, value: 1, reason: 'Sähköinen palaute kuukausittain.' },
        ],
        requirements: met,
        exclusion: null,
      },
      {
        id: awardTenderId(li, 1),
        tenderer: TENDERERS[1]!,
        prices: [{ itemId: AWARD_IDS.item, unitPriceCents: 8_000 }],
        answers: [
          { criterionId: AWARD_IDS.plan, value: 3, reason: 'Seuranta on kuvattu yleisesti.' },
          { criterionId: AWARD_IDS.feedback, value: 0, reason: 'Ei palautejärjestelmää.' },
        ],
        requirements: met,
        exclusion: null,
      },
      {
        id: awardTenderId(li, 2),
        tenderer: TENDERERS[2]!,
        prices: [],
        answers: [],
        requirements: [],
        exclusion: { reason: 'Tarjous saapui määräajan jälkeen.' },
      },
    ],
  }));
  return { ...input, analysis: analysePlanning(p, ORGANISATION, '2026-12-04'), comparisons };
}
