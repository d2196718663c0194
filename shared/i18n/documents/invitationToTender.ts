/**
 * Texts of the invitation to tender (tarjouspyyntö / anbudsförfrågan), written for this
 * project. Headings are numbered by the document's style; placeholders `{{…}}` are filled
 * from the procurement's data.
 */
export const invitationToTenderTexts = {
  fi: {
    intro:
      '{{authority}} pyytää tarjousta tämän tarjouspyynnön ja sen liitteiden mukaisesti. Tarjous on tehtävä tarjouspyynnön mukaisena; tarjouspyynnöstä poikkeava tarjous voidaan sulkea tarjouskilpailusta.',
    headings: {
      authority: 'Hankintayksikkö',
      subject: 'Hankinnan kohde',
      lots: 'Osat',
      procedure: 'Hankintamenettely ja aikataulu',
      requirements: 'Tarjoajia koskevat vaatimukset',
      award: 'Tarjousten vertailu',
      pricing: 'Hinnoittelu ja maksumalli',
      employmentClause: 'Työllistämisehto',
      contractTerms: 'Sopimusehdot',
      submission: 'Tarjouksen jättäminen',
      appendices: 'Liitteet',
    },
    lotsIntro: 'Hankinta on jaettu osiin. Tarjouksen voi tehdä yhteen tai useampaan osaan.',
    lotsColumns: { code: 'Osa', name: 'Nimi', value: 'Ennakoitu arvo (alv 0 %)' },
    notDivided: 'Hankintaa ei ole jaettu osiin.',
    timetable: {
      noticeSent: 'Hankintailmoitus lähetetty',
      questionsDeadline: 'Lisäkysymykset viimeistään',
      tenderDeadline: 'Tarjoukset viimeistään',
      validity: 'Tarjouksen voimassaolo',
      validityValue: '{{months}} tarjousten jättämisen määräajan päättymisestä',
      notSet: 'ilmoitetaan myöhemmin',
    },
    requirementsIntro:
      'Tarjoajan on täytettävä seuraavat vaatimukset. Ennen sopimuksen tekemistä valitun tarjoajan on toimitettava tilaajavastuulain (1233/2006) mukaiset selvitykset, jotka eivät saa olla kolmea kuukautta vanhempia:',
    contractorsObligations: [
      'ote ennakkoperintärekisteristä, työnantajarekisteristä ja arvonlisäverovelvollisten rekisteristä',
      'kaupparekisteriote',
      'todistus verojen maksamisesta tai verovelkatodistus',
      'todistus eläkevakuutusten ottamisesta ja maksamisesta',
      'tieto työhön sovellettavasta työehtosopimuksesta tai keskeisistä työehdoista',
      'selvitys työterveyshuollon järjestämisestä',
    ],
    awardPending:
      'Vertailuperusteet ja niiden painoarvot määritellään vertailuperustevaiheessa, ja ne tulevat tähän kohtaan.',
    pricingPending: 'Hinnoittelu tehdään liitteenä olevalla hinnoittelulomakkeella.',
    term: {
      fixed: 'Sopimuskausi on {{months}} sopimuksen alkamisesta.',
      fixedWithStart: 'Sopimuskausi on {{months}} alkaen {{start}}.',
      indefinite: 'Sopimus on voimassa toistaiseksi.',
      oneOff: 'Hankinta on kertaluonteinen toimitus.',
      option:
        'Hankintayksiköllä on oikeus jatkaa sopimusta {{count}} kertaa {{months}} kerrallaan (optio). Option käytöstä ilmoitetaan toimittajalle kirjallisesti ennen kuluvan sopimuskauden päättymistä.',
      extension: 'Sopimusta voidaan lisäksi jatkaa enintään {{months}}.',
    },
    generalTerms: {
      jyse2025services:
        'Sopimukseen sovelletaan julkisten hankintojen yleisiä sopimusehtoja palveluhankinnoissa (JYSE 2025 PALVELUT).',
      jyse2025goods:
        'Sopimukseen sovelletaan julkisten hankintojen yleisiä sopimusehtoja tavarahankinnoissa (JYSE 2025 TAVARAT).',
      jyse2014services:
        'Sopimukseen sovelletaan julkisten hankintojen yleisiä sopimusehtoja palveluhankinnoissa (JYSE 2014 PALVELUT).',
      jyse2014goods:
        'Sopimukseen sovelletaan julkisten hankintojen yleisiä sopimusehtoja tavarahankinnoissa (JYSE 2014 TAVARAT).',
      none: 'Sopimukseen ei sovelleta yleisiä sopimusehtoja; sopimusehdot ovat liitteenä olevassa sopimusluonnoksessa.',
    },
    precedence:
      'Jos sopimusasiakirjat ovat ristiriidassa keskenään, niitä sovelletaan seuraavassa järjestyksessä: hankintasopimus, tarjouspyyntö liitteineen, tarjous ja yleiset sopimusehdot.',
    languages: 'Tarjouksen saa laatia seuraavilla kielillä: {{languages}}.',
    languageNames: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
    questions: 'Lisäkysymykset: {{instructions}}',
    submissionDefault: 'Tarjous jätetään hankintailmoituksessa mainitulla tavalla.',
    appendices: ['Hinnoittelulomake', 'Hankintasopimuksen luonnos'],
  },
  sv: {
    intro:
      '{{authority}} begär in anbud enligt denna anbudsförfrågan och dess bilagor. Anbudet ska motsvara anbudsförfrågan; ett anbud som avviker från den kan uteslutas ur anbudsförfarandet.',
    headings: {
      authority: 'Upphandlande enhet',
      subject: 'Föremål för upphandlingen',
      lots: 'Delar',
      procedure: 'Upphandlingsförfarande och tidtabell',
      requirements: 'Krav på anbudsgivarna',
      award: 'Jämförelse av anbud',
      pricing: 'Prissättning och betalningsmodell',
      employmentClause: 'Sysselsättningsvillkor',
      contractTerms: 'Avtalsvillkor',
      submission: 'Inlämnande av anbud',
      appendices: 'Bilagor',
    },
    lotsIntro: 'Upphandlingen är uppdelad i delar. Anbud kan lämnas på en eller flera delar.',
    lotsColumns: { code: 'Del', name: 'Namn', value: 'Uppskattat värde (moms 0 %)' },
    notDivided: 'Upphandlingen är inte uppdelad i delar.',
    timetable: {
      noticeSent: 'Upphandlingsannonsen skickad',
      questionsDeadline: 'Tilläggsfrågor senast',
      tenderDeadline: 'Anbud senast',
      validity: 'Anbudets giltighetstid',
      validityValue: '{{months}} från utgången av tidsfristen för anbud',
      notSet: 'meddelas senare',
    },
    requirementsIntro:
      'Anbudsgivaren ska uppfylla följande krav. Innan kontraktet ingås ska den valda anbudsgivaren lämna de utredningar som avses i lagen om beställarens utredningsskyldighet (1233/2006), högst tre månader gamla:',
    contractorsObligations: [
      'utdrag ur förskottsuppbördsregistret, arbetsgivarregistret och registret över mervärdesskatteskyldiga',
      'handelsregisterutdrag',
      'intyg över betalda skatter eller skatteskuldsintyg',
      'intyg över tecknade och betalda pensionsförsäkringar',
      'uppgift om det kollektivavtal eller de centrala arbetsvillkor som tillämpas på arbetet',
      'utredning om ordnandet av företagshälsovård',
    ],
    awardPending:
      'Jämförelsegrunderna och deras viktning fastställs i skedet för jämförelsegrunder och införs i detta avsnitt.',
    pricingPending: 'Prissättningen görs på den bifogade prissättningsblanketten.',
    term: {
      fixed: 'Avtalsperioden är {{months}} från att kontraktet börjar gälla.',
      fixedWithStart: 'Avtalsperioden är {{months}} från och med {{start}}.',
      indefinite: 'Kontraktet gäller tills vidare.',
      oneOff: 'Upphandlingen är en engångsleverans.',
      option:
        'Den upphandlande enheten har rätt att förlänga kontraktet {{count}} gånger med {{months}} åt gången (option). Om optionen utnyttjas meddelas leverantören skriftligen före utgången av den löpande avtalsperioden.',
      extension: 'Kontraktet kan därtill förlängas med högst {{months}}.',
    },
    generalTerms: {
      jyse2025services:
        'På kontraktet tillämpas de allmänna avtalsvillkoren för offentliga upphandlingar av tjänster (JYSE 2025 TJÄNSTER).',
      jyse2025goods:
        'På kontraktet tillämpas de allmänna avtalsvillkoren för offentliga upphandlingar av varor (JYSE 2025 VAROR).',
      jyse2014services:
        'På kontraktet tillämpas de allmänna avtalsvillkoren för offentliga upphandlingar av tjänster (JYSE 2014 TJÄNSTER).',
      jyse2014goods:
        'På kontraktet tillämpas de allmänna avtalsvillkoren för offentliga upphandlingar av varor (JYSE 2014 VAROR).',
      none: 'Inga allmänna avtalsvillkor tillämpas på kontraktet; avtalsvillkoren finns i det bifogade kontraktsutkastet.',
    },
    precedence:
      'Om avtalshandlingarna strider mot varandra tillämpas de i följande ordning: upphandlingskontraktet, anbudsförfrågan med bilagor, anbudet och de allmänna avtalsvillkoren.',
    languages: 'Anbudet får avfattas på följande språk: {{languages}}.',
    languageNames: { fi: 'finska', sv: 'svenska', en: 'engelska' },
    questions: 'Tilläggsfrågor: {{instructions}}',
    submissionDefault: 'Anbudet lämnas in på det sätt som anges i upphandlingsannonsen.',
    appendices: ['Prissättningsblankett', 'Utkast till upphandlingskontrakt'],
  },
  en: {
    intro:
      '{{authority}} invites tenders in accordance with this invitation to tender and its appendices. A tender must comply with the invitation to tender; a tender that departs from it may be excluded from the competition.',
    headings: {
      authority: 'Contracting authority',
      subject: 'Subject of the procurement',
      lots: 'Lots',
      procedure: 'Procedure and timetable',
      requirements: 'Requirements for tenderers',
      award: 'Evaluation of tenders',
      pricing: 'Pricing and payment model',
      employmentClause: 'Employment clause',
      contractTerms: 'Contract terms',
      submission: 'Submitting a tender',
      appendices: 'Appendices',
    },
    lotsIntro:
      'The procurement is divided into lots. A tender may be submitted for one or more lots.',
    lotsColumns: { code: 'Lot', name: 'Name', value: 'Estimated value (excl. VAT)' },
    notDivided: 'The procurement is not divided into lots.',
    timetable: {
      noticeSent: 'Contract notice sent',
      questionsDeadline: 'Questions by',
      tenderDeadline: 'Tenders by',
      validity: 'Validity of tenders',
      validityValue: '{{months}} from the tender deadline',
      notSet: 'to be announced',
    },
    requirementsIntro:
      'Tenderers must meet the following requirements. Before the contract is signed, the selected tenderer must provide the documents required by the Act on the Contractor’s Obligations (1233/2006), no more than three months old:',
    contractorsObligations: [
      'extracts from the prepayment register, the employer register and the VAT register',
      'a trade register extract',
      'a certificate of paid taxes or a tax debt certificate',
      'a certificate of pension insurance taken out and paid',
      'the collective agreement or the main terms of employment applied to the work',
      'an account of the occupational health care arrangements',
    ],
    awardPending:
      'The award criteria and their weighting are set in the criteria phase and will be inserted here.',
    pricingPending: 'Prices are given on the pricing form appended.',
    term: {
      fixed: 'The contract period is {{months}} from the start of the contract.',
      fixedWithStart: 'The contract period is {{months}} starting on {{start}}.',
      indefinite: 'The contract is valid until further notice.',
      oneOff: 'The procurement is a one-off delivery.',
      option:
        'The contracting authority may extend the contract {{count}} times by {{months}} at a time (option). The supplier is notified in writing before the current contract period ends if an option is exercised.',
      extension: 'The contract may further be extended by at most {{months}}.',
    },
    generalTerms: {
      jyse2025services:
        'The general terms of public procurement in service contracts (JYSE 2025 SERVICES) apply to the contract.',
      jyse2025goods:
        'The general terms of public procurement in supply contracts (JYSE 2025 GOODS) apply to the contract.',
      jyse2014services:
        'The general terms of public procurement in service contracts (JYSE 2014 SERVICES) apply to the contract.',
      jyse2014goods:
        'The general terms of public procurement in supply contracts (JYSE 2014 GOODS) apply to the contract.',
      none: 'No general terms apply; the contract terms are in the appended contract draft.',
    },
    precedence:
      'If the contract documents conflict, they apply in this order: the procurement contract, the invitation to tender with its appendices, the tender, and the general terms.',
    languages: 'Tenders may be written in the following languages: {{languages}}.',
    languageNames: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
    questions: 'Questions: {{instructions}}',
    submissionDefault: 'Tenders are submitted as stated in the contract notice.',
    appendices: ['Pricing form', 'Draft procurement contract'],
  },
} as const;
