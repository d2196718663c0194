/**
 * The termbase: one preferred term per legal or domain concept in Finnish, Swedish and
 * English, with the variants that must not be used. References: the Swedish of the
 * procurement act (lag om offentlig upphandling och koncession 1397/2016), the English of
 * directive 2014/24/EU, DOMAIN.md § 6 (glossary) and, for the municipal remedy, the
 * Local Government Act 410/2015 (kommunallagen) 134 §.
 *
 * `test/unit/i18n/termbase.test.ts` reads every text of every catalog (feature files
 * included) and fails on a forbidden variant, and, for concepts with an `anchor`, on a
 * translation that does not use the preferred term where the Finnish text names the concept.
 * Patterns are regular-expression sources, matched case-insensitively with Unicode.
 */
export interface TermEntry {
  /** Stable id of the concept. */
  readonly id: string;
  /** Preferred term, Finnish (the source language). */
  readonly fi: string;
  /** Preferred term in the Finland-Swedish of act 1397/2016. */
  readonly sv: string;
  /** Preferred term in the English of directive 2014/24/EU (or DOMAIN.md § 6). */
  readonly en: string;
  /** Variants that must not appear in texts of that language. */
  readonly forbidden: {
    readonly fi?: readonly string[];
    readonly sv?: readonly string[];
    readonly en?: readonly string[];
  };
  /**
   * Where the Finnish text matches `fi`, the Swedish must match `sv` and the English `en`
   * (catches a false friend that is a valid term for another concept).
   */
  readonly anchor?: { readonly fi: string; readonly sv: string; readonly en: string };
  /** Where the term comes from and why the choice. */
  readonly source: string;
}

/** The project's termbase; add the terms of every new phase here before writing its texts. */
export const TERMBASE: readonly TermEntry[] = [
  // Parties and the procurement itself
  {
    id: 'procurement',
    fi: 'hankinta',
    sv: 'upphandling',
    en: 'procurement',
    forbidden: { sv: ['anskaffning'] },
    source: '1397/2016 1 § (sv upphandling); directive 2014/24 art. 1; DOMAIN.md § 6',
  },
  {
    id: 'contractingAuthority',
    fi: 'hankintayksikkö',
    sv: 'upphandlande enhet',
    en: 'contracting authority',
    forbidden: { sv: ['upphandlande myndighet'], en: ['procuring entity', 'purchasing authority'] },
    source: '1397/2016 5 § (sv upphandlande enheter); directive 2014/24 art. 2(1)(1)',
  },
  {
    id: 'tenderer',
    fi: 'tarjoaja',
    sv: 'anbudsgivare',
    en: 'tenderer',
    forbidden: { en: ['bidders?\\b'], sv: ['anbudslämnare'] },
    source: '1397/2016 4 § (sv anbudsgivare); directive 2014/24 art. 2(1)(11)',
  },
  {
    id: 'candidate',
    fi: 'ehdokas',
    sv: 'anbudssökande',
    en: 'candidate',
    forbidden: {},
    source: '1397/2016 4 § (sv anbudssökande); directive 2014/24 art. 2(1)(12)',
  },
  {
    id: 'workspace',
    fi: 'työtila',
    sv: 'arbetsyta',
    en: 'workspace',
    forbidden: { sv: ['arbetsutrymme'] },
    source: 'app term (the folder of procurement files); one Swedish word chosen',
  },
  {
    id: 'phase',
    fi: 'vaihe',
    sv: 'skede',
    en: 'phase',
    forbidden: { sv: ['\\bfas(en|er|erna|ens|s)?\\b'] },
    source: 'app term (planning, market dialogue, criteria…); one Swedish word chosen',
  },
  {
    id: 'procurementCategory',
    fi: 'hankintalaji',
    sv: 'upphandlingsslag',
    en: 'procurement category',
    forbidden: { sv: ['typ av upphandling'], en: ['type of procurement'] },
    source: 'goods, services, works, concessions (1397/2016 4 §, 25 §); one term chosen',
  },
  // Value and thresholds
  {
    id: 'estimatedValue',
    fi: 'ennakoitu arvo',
    sv: 'uppskattat värde',
    en: 'estimated value',
    forbidden: {
      sv: ['beräknat värde', 'förväntat värde'],
      en: ['expected value', 'forecast value'],
    },
    anchor: { fi: 'ennakoi', sv: 'uppskatta', en: 'estimated' },
    source: '1397/2016 27 § (sv uppskattat värde); directive 2014/24 art. 5',
  },
  {
    id: 'threshold',
    fi: 'kynnysarvo',
    sv: 'tröskelvärde',
    en: 'threshold',
    forbidden: { sv: ['gränsvärde'] },
    anchor: { fi: 'kynnysarvo', sv: 'tröskelvärde', en: 'threshold' },
    source: '1397/2016 25–26 § (sv tröskelvärden); directive 2014/24 art. 4',
  },
  {
    id: 'smallProcurement',
    fi: 'pienhankinta',
    sv: 'småupphandling',
    en: 'small procurement',
    forbidden: {
      sv: ['smärre upphandling', 'lågvärdesupphandling'],
      en: ['low-value procurement'],
    },
    anchor: { fi: 'pienhankin', sv: 'småupphandl', en: 'small procurement' },
    source:
      'a procurement below the national threshold (1397/2016 25 §, outside the act). Never "direktupphandling": that is suorahankinta',
  },
  {
    id: 'directAward',
    fi: 'suorahankinta',
    sv: 'direktupphandling',
    en: 'direct award',
    forbidden: {},
    anchor: { fi: 'suorahankin', sv: 'direktupphandl', en: 'direct award' },
    source:
      '1397/2016 40–41 § (sv direktupphandling); directive 2014/24 art. 32 (negotiated procedure without prior publication)',
  },
  {
    id: 'annexE',
    fi: 'liite E',
    sv: 'bilaga E',
    en: 'Annex E',
    forbidden: { sv: ['liite E'], en: ['liite E'] },
    source: '1397/2016 liite E (sv bilaga E); directive 2014/24 Annex XIV',
  },
  {
    id: 'nationalProcurement',
    fi: 'kansallinen hankinta',
    sv: 'nationell upphandling',
    en: 'national procurement',
    forbidden: {},
    source: '1397/2016 100–101 §',
  },
  {
    id: 'utilities',
    fi: 'erityisalat',
    sv: 'försörjningssektorerna',
    en: 'utilities',
    forbidden: {},
    source:
      'laki 1398/2016 (sv lag om upphandling … inom försörjningssektorerna); directive 2014/25',
  },
  // Procedures and notices
  {
    id: 'procurementProcedure',
    fi: 'hankintamenettely',
    sv: 'upphandlingsförfarande',
    en: 'procurement procedure',
    forbidden: {},
    source: '1397/2016 32 §; directive 2014/24 art. 26',
  },
  {
    id: 'restrictedProcedure',
    fi: 'rajoitettu menettely',
    sv: 'selektivt förfarande',
    en: 'restricted procedure',
    forbidden: { sv: ['begränsat förfarande'] },
    source: '1397/2016 33 § (sv selektivt förfarande); directive 2014/24 art. 28',
  },
  {
    id: 'negotiatedProcedure',
    fi: 'neuvottelumenettely',
    sv: 'förhandlat förfarande',
    en: 'competitive procedure with negotiation',
    forbidden: {},
    source: '1397/2016 34 § (sv förhandlat förfarande); directive 2014/24 art. 29',
  },
  {
    id: 'competitiveDialogue',
    fi: 'kilpailullinen neuvottelumenettely',
    sv: 'konkurrenspräglad dialog',
    en: 'competitive dialogue',
    forbidden: {},
    source: '1397/2016 36 §; directive 2014/24 art. 30',
  },
  {
    id: 'frameworkAgreement',
    fi: 'puitejärjestely',
    sv: 'ramavtal',
    en: 'framework agreement',
    forbidden: {},
    anchor: { fi: 'puitejärjeste', sv: 'ramavtal', en: 'framework agreement' },
    source: '1397/2016 42 §; directive 2014/24 art. 33',
  },
  {
    id: 'dynamicPurchasingSystem',
    fi: 'dynaaminen hankintajärjestelmä',
    sv: 'dynamiskt inköpssystem',
    en: 'dynamic purchasing system',
    forbidden: {},
    source: '1397/2016 50 §; directive 2014/24 art. 34',
  },
  {
    id: 'concession',
    fi: 'käyttöoikeussopimus',
    sv: 'koncession',
    en: 'concession',
    forbidden: {},
    source: '1397/2016 4 § (sv koncession); directive 2014/23',
  },
  {
    id: 'contractNotice',
    fi: 'hankintailmoitus',
    sv: 'upphandlingsannons',
    en: 'contract notice',
    forbidden: {},
    source: '1397/2016 58 § (sv upphandlingsannons); directive 2014/24 art. 49',
  },
  {
    id: 'invitationToTender',
    fi: 'tarjouspyyntö',
    sv: 'anbudsförfrågan',
    en: 'invitation to tender',
    forbidden: {
      sv: ['anbudsbegäran', 'offertförfrågan'],
      en: ['calls? for tenders?', 'requests? for tenders?'],
    },
    anchor: { fi: 'tarjouspyyn', sv: 'anbudsförfråg', en: 'invitations? to tender' },
    source: '1397/2016 67 § (sv anbudsförfrågan); DOMAIN.md § 6',
  },
  {
    id: 'procurementDocuments',
    fi: 'hankinta-asiakirjat',
    sv: 'upphandlingsdokument',
    en: 'procurement documents',
    forbidden: {},
    source: '1397/2016 4 §; directive 2014/24 art. 2(1)(13)',
  },
  {
    id: 'timeLimit',
    fi: 'määräaika',
    sv: 'tidsfrist',
    en: 'time limit',
    forbidden: {},
    source: '1397/2016 56–57 § (sv tidsfrister); directive 2014/24 art. 27–28',
  },
  // Market dialogue, criteria and evaluation
  {
    id: 'marketDialogue',
    fi: 'markkinavuoropuhelu',
    sv: 'marknadsdialog',
    en: 'market dialogue',
    forbidden: {},
    source: '1397/2016 65 § (sv marknadsundersökningar); DOMAIN.md § 6',
  },
  {
    id: 'requestForInformation',
    fi: 'tietopyyntö',
    sv: 'informationsbegäran',
    en: 'request for information',
    forbidden: {},
    source: 'DOMAIN.md § 6',
  },
  {
    id: 'awardCriteria',
    fi: 'vertailuperusteet',
    sv: 'jämförelsegrunder',
    en: 'award criteria',
    forbidden: { sv: ['tilldelningskriter', 'utvärderingskriter'] },
    source: '1397/2016 93 § (sv jämförelsegrunder); directive 2014/24 art. 67',
  },
  {
    id: 'priceQualityRatio',
    fi: 'hinta-laatusuhde',
    sv: 'förhållandet mellan pris och kvalitet',
    en: 'price-quality ratio',
    forbidden: {},
    source: '1397/2016 93 §; directive 2014/24 art. 67(2)',
  },
  {
    id: 'weighting',
    fi: 'painotus',
    sv: 'viktning',
    en: 'weighting',
    forbidden: {},
    source: '1397/2016 93 § 3 mom. (sv relativa viktning); directive 2014/24 art. 67(5)',
  },
  {
    id: 'minimumRequirement',
    fi: 'vähimmäisvaatimus',
    sv: 'minimikrav',
    en: 'minimum requirement',
    forbidden: {},
    source: '1397/2016 71 §; DOMAIN.md § 6',
  },
  {
    id: 'selectionCriteria',
    fi: 'soveltuvuusvaatimukset',
    sv: 'lämplighetskrav',
    en: 'selection criteria',
    forbidden: {},
    source:
      '1397/2016 83 § (sv krav på anbudssökandes och anbudsgivares lämplighet); directive 2014/24 art. 58',
  },
  {
    id: 'exclusionGround',
    fi: 'poissulkemisperuste',
    sv: 'uteslutningsgrund',
    en: 'exclusion ground',
    forbidden: {},
    source: '1397/2016 80–81 §; directive 2014/24 art. 57',
  },
  {
    id: 'tenderComparison',
    fi: 'tarjousvertailu',
    sv: 'anbudsjämförelse',
    en: 'tender comparison',
    forbidden: {},
    source: 'DOMAIN.md § 6',
  },
  // Decision and remedies
  {
    id: 'procurementDecision',
    fi: 'hankintapäätös',
    sv: 'upphandlingsbeslut',
    en: 'procurement decision',
    forbidden: { sv: ['tilldelningsbeslut'], en: ['(contract )?award decision'] },
    anchor: {
      fi: 'hankintapäätö',
      sv: 'upphandlingsbeslut|beslut',
      en: 'procurement decision|decision',
    },
    source: '1397/2016 123 § (sv upphandlingsbeslut); DOMAIN.md § 6',
  },
  {
    id: 'standstill',
    fi: 'odotusaika',
    sv: 'väntetid',
    en: 'standstill period',
    forbidden: { sv: ['karenstid', 'vänteperiod'], en: ['waiting period'] },
    anchor: { fi: 'odotusai', sv: 'väntetid', en: 'standstill' },
    source: '1397/2016 129 § (sv väntetid); directive 2007/66 art. 2a',
  },
  {
    id: 'procurementRectification',
    fi: 'hankintaoikaisu',
    sv: 'upphandlingsrättelse',
    en: 'procurement rectification',
    forbidden: { sv: ['(?<!upphandlings)rättelse'], en: ['(?<!procurement )rectification'] },
    anchor: { fi: 'hankintaoikaisu', sv: 'upphandlingsrättelse', en: 'procurement rectification' },
    source:
      '1397/2016 132–135 § (sv upphandlingsrättelse); never plain "rectification", which was also used for oikaisuvaatimus',
  },
  {
    id: 'requestForReview',
    fi: 'oikaisuvaatimus',
    sv: 'omprövningsbegäran',
    en: 'request for review',
    forbidden: {
      sv: ['rättelseyrkande'],
      en: ['claims? for rectification', 'requests? for rectification'],
    },
    anchor: { fi: 'oikaisuvaati', sv: 'omprövning', en: 'request for review' },
    source:
      'kuntalaki 410/2015 134 § (sv omprövningsbegäran); a municipal remedy, distinct from hankintaoikaisu',
  },
  {
    id: 'appealInstructions',
    fi: 'valitusosoitus',
    sv: 'besvärsanvisning',
    en: 'appeal instructions',
    forbidden: {},
    source: '1397/2016 124 §; DOMAIN.md § 6',
  },
  {
    id: 'marketCourt',
    fi: 'markkinaoikeus',
    sv: 'marknadsdomstolen',
    en: 'Market Court',
    forbidden: {},
    source: '1397/2016 145 §; DOMAIN.md § 6',
  },
  // Contract and follow-up
  {
    id: 'procurementContract',
    fi: 'hankintasopimus',
    sv: 'upphandlingskontrakt',
    en: 'procurement contract',
    forbidden: { sv: ['upphandlingsavtal'] },
    source:
      '1397/2016 4 § (sv upphandlingskontrakt); directive 2014/24 art. 2(1)(5); DOMAIN.md § 6',
  },
  {
    id: 'option',
    fi: 'optio',
    sv: 'option',
    en: 'option',
    forbidden: {},
    source: '1397/2016 27 §; directive 2014/24 art. 5(1)',
  },
  {
    id: 'contractualPenalty',
    fi: 'sopimussakko',
    sv: 'avtalsvite',
    en: 'contractual penalty',
    forbidden: {},
    source: 'DOMAIN.md § 6',
  },
  {
    id: 'contractPeriodFollowUp',
    fi: 'sopimusaikainen seuranta',
    sv: 'uppföljning under avtalsperioden',
    en: 'contract-period follow-up',
    forbidden: {},
    source: 'DOMAIN.md § 6',
  },
  // Employment clause
  {
    id: 'employmentClause',
    fi: 'työllistämisehto',
    sv: 'sysselsättningsvillkor',
    en: 'employment clause',
    forbidden: { sv: ['sysselsättningsklausul'], en: ['employment condition'] },
    anchor: { fi: 'työllistämisehto', sv: 'sysselsättningsvillkor', en: 'employment clause' },
    source:
      'DOMAIN.md § 5–6 (sosiaalinen ehto, 1397/2016 88 § special conditions; directive 2014/24 art. 70)',
  },
  {
    id: 'longTermUnemployed',
    fi: 'pitkäaikaistyötön',
    sv: 'långtidsarbetslös',
    en: 'long-term unemployed',
    forbidden: {},
    source: 'DOMAIN.md § 6',
  },
  {
    id: 'partiallyAbleToWork',
    fi: 'osatyökykyinen',
    sv: 'partiellt arbetsför',
    en: 'partially able to work',
    forbidden: {},
    source: 'DOMAIN.md § 6',
  },
  {
    id: 'apprenticeship',
    fi: 'oppisopimus',
    sv: 'läroavtal',
    en: 'apprenticeship',
    forbidden: { sv: ['lärlingsavtal'] },
    source: 'DOMAIN.md § 6',
  },
  {
    id: 'workTrial',
    fi: 'työkokeilu',
    sv: 'arbetsprövning',
    en: 'work trial',
    forbidden: {},
    source: 'DOMAIN.md § 6',
  },
  {
    id: 'paySubsidy',
    fi: 'palkkatuki',
    sv: 'lönesubvention',
    en: 'pay subsidy',
    forbidden: { sv: ['lönestöd'] },
    source: 'DOMAIN.md § 6',
  },
  {
    id: 'personMonth',
    fi: 'henkilötyökuukausi',
    sv: 'personmånad',
    en: 'person-month',
    forbidden: {},
    source: 'DOMAIN.md § 6',
  },
];
