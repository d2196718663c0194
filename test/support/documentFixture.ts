import type { DocumentInput } from '../../shared/documents/invitationToTender';
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
