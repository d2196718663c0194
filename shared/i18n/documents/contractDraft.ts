/**
 * Texts of the procurement contract draft (hankintasopimus / upphandlingskontrakt), written
 * for this project. Placeholders `{{…}}` are filled from the procurement's data.
 */
export const contractDraftTexts = {
  fi: {
    headings: {
      parties: 'Sopijapuolet',
      subject: 'Sopimuksen kohde',
      period: 'Sopimuskausi ja optiot',
      prices: 'Hinnat ja maksuehdot',
      employmentClause: 'Työllistämisehto',
      followUp: 'Sopimuksen seuranta ja kehittäminen',
      documents: 'Sopimusasiakirjat ja niiden pätevyysjärjestys',
      signatures: 'Allekirjoitukset',
    },
    buyer: 'Tilaaja',
    supplier: 'Toimittaja',
    supplierPlaceholder: '[toimittajan nimi, Y-tunnus ja osoite täydennetään valinnan jälkeen]',
    subject:
      'Toimittaja toimittaa tilaajalle tämän sopimuksen, tarjouspyynnön ja toimittajan tarjouksen mukaisesti hankinnan ”{{title}}”{{lots}}.',
    lots: ', osa(t) {{lots}}',
    prices:
      'Hinnat ovat toimittajan tarjouksen mukaiset, ja ne ovat kiinteät ensimmäisen sopimusvuoden ajan. Hinnat ilmoitetaan ilman arvonlisäveroa. Maksuehto on 21 päivää hyväksytyn laskun saapumisesta; laskut lähetetään verkkolaskuina.',
    followUp:
      'Osapuolet pitävät seurantakokouksen vähintään kaksi kertaa vuodessa ja kehittämiskokouksen vähintään kerran vuodessa. Kokouksissa käydään läpi palvelun laatu, mahdolliset poikkeamat, työllistämisehdon toteutuminen ja palvelun kehittäminen. Kokouksista laaditaan muistio.',
    documentsIntro:
      'Sopimukseen kuuluvat seuraavat asiakirjat, joita sovelletaan tässä järjestyksessä:',
    documentsOrder: ['tämä hankintasopimus', 'tarjouspyyntö liitteineen', 'toimittajan tarjous'],
    generalTermsItem: {
      jyse2025services:
        'julkisten hankintojen yleiset sopimusehdot palveluhankinnoissa (JYSE 2025 PALVELUT)',
      jyse2025goods:
        'julkisten hankintojen yleiset sopimusehdot tavarahankinnoissa (JYSE 2025 TAVARAT)',
      jyse2014services:
        'julkisten hankintojen yleiset sopimusehdot palveluhankinnoissa (JYSE 2014 PALVELUT)',
      jyse2014goods:
        'julkisten hankintojen yleiset sopimusehdot tavarahankinnoissa (JYSE 2014 TAVARAT)',
      none: '',
    },
    precedenceNote: 'Tämän sopimuksen ehdot ovat ensisijaisia yleisiin sopimusehtoihin nähden.',
    signaturesIntro:
      'Tätä sopimusta on tehty kaksi samasanaista kappaletta, yksi kummallekin osapuolelle, tai se allekirjoitetaan sähköisesti.',
  },
  sv: {
    headings: {
      parties: 'Avtalsparter',
      subject: 'Kontraktets föremål',
      period: 'Avtalsperiod och optioner',
      prices: 'Priser och betalningsvillkor',
      employmentClause: 'Sysselsättningsvillkor',
      followUp: 'Uppföljning och utveckling av kontraktet',
      documents: 'Avtalshandlingar och deras inbördes ordning',
      signatures: 'Underskrifter',
    },
    buyer: 'Beställare',
    supplier: 'Leverantör',
    supplierPlaceholder: '[leverantörens namn, FO-nummer och adress fylls i efter valet]',
    subject:
      'Leverantören levererar till beställaren upphandlingen ”{{title}}”{{lots}} enligt detta kontrakt, anbudsförfrågan och leverantörens anbud.',
    lots: ', del(ar) {{lots}}',
    prices:
      'Priserna följer leverantörens anbud och är fasta under det första avtalsåret. Priserna anges utan mervärdesskatt. Betalningsvillkoret är 21 dagar från att en godkänd faktura har kommit in; fakturorna skickas som e-fakturor.',
    followUp:
      'Parterna håller uppföljningsmöte minst två gånger per år och utvecklingsmöte minst en gång per år. Vid mötena går man igenom tjänstens kvalitet, eventuella avvikelser, hur sysselsättningsvillkoret fullgjorts och utvecklingen av tjänsten. Över mötena upprättas en promemoria.',
    documentsIntro: 'Till kontraktet hör följande handlingar, som tillämpas i denna ordning:',
    documentsOrder: [
      'detta upphandlingskontrakt',
      'anbudsförfrågan med bilagor',
      'leverantörens anbud',
    ],
    generalTermsItem: {
      jyse2025services:
        'de allmänna avtalsvillkoren för offentliga upphandlingar av tjänster (JYSE 2025 TJÄNSTER)',
      jyse2025goods:
        'de allmänna avtalsvillkoren för offentliga upphandlingar av varor (JYSE 2025 VAROR)',
      jyse2014services:
        'de allmänna avtalsvillkoren för offentliga upphandlingar av tjänster (JYSE 2014 TJÄNSTER)',
      jyse2014goods:
        'de allmänna avtalsvillkoren för offentliga upphandlingar av varor (JYSE 2014 VAROR)',
      none: '',
    },
    precedenceNote: 'Villkoren i detta kontrakt har företräde framför de allmänna avtalsvillkoren.',
    signaturesIntro:
      'Detta kontrakt har upprättats i två likalydande exemplar, ett för vardera parten, eller undertecknas elektroniskt.',
  },
  en: {
    headings: {
      parties: 'Parties',
      subject: 'Subject of the contract',
      period: 'Contract period and options',
      prices: 'Prices and terms of payment',
      employmentClause: 'Employment clause',
      followUp: 'Follow-up and development of the contract',
      documents: 'Contract documents and their order of precedence',
      signatures: 'Signatures',
    },
    buyer: 'Buyer',
    supplier: 'Supplier',
    supplierPlaceholder:
      '[supplier’s name, business ID and address to be completed after the award]',
    subject:
      'The supplier delivers to the buyer the procurement “{{title}}”{{lots}} in accordance with this contract, the invitation to tender and the supplier’s tender.',
    lots: ', lot(s) {{lots}}',
    prices:
      'Prices are as in the supplier’s tender and fixed for the first contract year. Prices exclude VAT. Payment is due 21 days after an approved invoice is received; invoices are sent as e-invoices.',
    followUp:
      'The parties hold a follow-up meeting at least twice a year and a development meeting at least once a year, covering service quality, any deviations, fulfilment of the employment clause and development of the service. Minutes are kept.',
    documentsIntro: 'The following documents form the contract and apply in this order:',
    documentsOrder: [
      'this procurement contract',
      'the invitation to tender with its appendices',
      'the supplier’s tender',
    ],
    generalTermsItem: {
      jyse2025services:
        'the general terms of public procurement in service contracts (JYSE 2025 SERVICES)',
      jyse2025goods:
        'the general terms of public procurement in supply contracts (JYSE 2025 GOODS)',
      jyse2014services:
        'the general terms of public procurement in service contracts (JYSE 2014 SERVICES)',
      jyse2014goods:
        'the general terms of public procurement in supply contracts (JYSE 2014 GOODS)',
      none: '',
    },
    precedenceNote: 'The terms of this contract prevail over the general terms.',
    signaturesIntro:
      'This contract is made in two identical copies, one for each party, or signed electronically.',
  },
} as const;
