import type { FeatureTexts } from '../shape';

const fi = {
  sectionsLabel: 'Suunnitteluvaiheen osiot',
  steps: {
    basics: 'Perustiedot',
    lots: 'Osat',
    term: 'Sopimuskausi',
    value: 'Ennakoitu arvo',
    regime: 'Kynnysarvo',
    procedure: 'Menettely',
    timeline: 'Määräajat',
    award: 'Päätös ja sopimus',
    screening: 'Työllistämisehdon soveltuvuus',
  },
  sections: {
    basics: 'Perustiedot',
    cpv: 'CPV-koodit',
    lots: 'Osat',
    term: 'Sopimuskausi',
    value: 'Ennakoitu arvo',
    regime: 'Kynnysarvo ja sovellettavat säännöt',
    procedure: 'Menettely',
    timeline: 'Aikataulu ja määräajat',
    award: 'Hankintapäätös ja sopimus',
    screening: 'Työllistämisehdon soveltuvuus',
  },
  authorityType: {
    label: 'Hankintayksikön tyyppi',
    hint: 'Kunnat ja kuntayhtymät ovat EU-kynnysarvojen kannalta muita kuin valtion keskushallintoviranomaisia.',
    subCentral: 'Kunta tai kuntayhtymä (muu kuin valtion keskushallinto)',
    central: 'Valtion keskushallintoviranomainen',
    utility: 'Erityisalojen hankintayksikkö (vesi, energia, liikenne, posti)',
  },
  category: {
    label: 'Hankintalaji',
    hint: 'Laji ratkaisee, mitä kynnysarvoa hankintaan sovelletaan.',
    goods: 'Tavarahankinta',
    services: 'Palveluhankinta',
    works: 'Rakennusurakka',
    socialHealthServices: 'Sosiaali- ja terveyspalvelut (liite E, kohdat 1–4)',
    otherSpecificServices: 'Muut erityiset palvelut (liite E, kohdat 5–15)',
    serviceConcession: 'Palvelujen käyttöoikeussopimus',
    worksConcession: 'Rakennusurakan käyttöoikeussopimus',
    annexEMismatch:
      'Pääasiallinen CPV-koodi {{code}} on sosiaali- tai muu erityinen palvelu (liite E). Valitse hankintalajiksi liitteen E palvelut, jos hankinnan pääasiallinen kohde on tämä palvelu.',
    annexEConfirmed: 'Pääasiallinen CPV-koodi {{code}} kuuluu liitteen E palveluihin.',
  },
  lots: {
    intro:
      'Kun hankinta jaetaan samanaikaisesti kilpailutettaviin osiin, kaikkien osien arvot lasketaan yhteen ja jokaiseen osaan sovelletaan kokonaisarvon mukaisia sääntöjä.',
    none: 'Hankintaa ei ole jaettu osiin. Anna arvo koko hankinnalle alla.',
    add: 'Lisää osa',
    remove: 'Poista osa',
    removed: 'Osa ”{{name}}” poistettiin.',
    moveUp: 'Siirrä ylös',
    moveDown: 'Siirrä alas',
    code: 'Tunnus',
    codeHint: 'Esim. 1A',
    name: 'Osan nimi',
    description: 'Kuvaus',
    heading: 'Osa {{code}}',
    untitled: 'Nimetön osa',
  },
  amount: {
    basis: 'Arvon peruste',
    annual: 'Vuosiarvo',
    total: 'Kertasumma koko perusjaksolta',
    monthly: 'Kuukausiarvo',
    amount: 'Arvo (€, alv 0 %)',
    amountHint: 'Esim. 1 200 000 tai 1200000,50',
    rowsHint:
      'Arvot euroina ilman arvonlisäveroa, esim. 1 200 000 tai 1200000,50. Lisähankintaoptiot ovat mahdollisia määrällisiä lisähankintoja; ne lasketaan arvoon kokonaan.',
    additionalPurchases: 'Lisähankintaoptiot (€, alv 0 %)',
    additionalPurchasesHint: 'Mahdolliset määrälliset lisähankinnat; lasketaan arvoon kokonaan.',
    invalid: {
      empty: 'Anna summa numeroina.',
      notANumber: 'Summa ei ole luku. Käytä muotoa 1 234 567,89.',
      negative: 'Summa ei voi olla negatiivinen.',
      tooManyDecimals: 'Anna summa sentin tarkkuudella (enintään kaksi desimaalia).',
      tooLarge: 'Summa on liian suuri.',
    },
    wholeProcurement: 'Koko hankinnan arvo',
  },
  term: {
    kind: 'Sopimuksen kesto',
    fixed: 'Määräaikainen',
    indefinite: 'Toistaiseksi voimassa oleva',
    oneOff: 'Kertahankinta (ei sopimuskautta)',
    oneOffHint:
      'Kertaluonteisen hankinnan arvo on hankinnan summa; sopimuskautta ja optioita ei ole.',
    indefiniteHint: 'Toistaiseksi voimassa olevan sopimuksen arvo on kuukausiarvo × 48.',
    baseMonths: 'Perusjakso (kuukautta)',
    options: 'Optiokaudet',
    optionsHint: 'Optiot lasketaan arvoon aina, vaikka niitä ei arvioitaisi käytettävän.',
    noOptions: 'Ei optiokausia.',
    addOption: 'Lisää optiokausi',
    removeOption: 'Poista optiokausi',
    optionRemoved: 'Optiokausi poistettiin.',
    optionCount: 'Kausien määrä',
    optionMonths: 'Kauden pituus (kk)',
    optionLikely: 'Käyttö todennäköistä',
    optionNote: 'Huomautus',
    optionHeading: 'Optio {{number}}',
    extensionMonths: 'Mahdollinen jatkoaika (kuukautta)',
    prizes: 'Palkinnot ja maksut ehdokkaille tai tarjoajille (€)',
    monthsInvalid: 'Anna kokonaisluku väliltä {{min}}–{{max}}.',
    notes: 'Perustelut ja lähteet arviolle',
    notesHint: 'Esim. mihin aiempiin sopimuksiin tai markkinakartoitukseen arvio perustuu.',
  },
  value: {
    heading: 'Ennakoidun arvon laskelma',
    caption: 'Ennakoidun arvon laskelma rivi riviltä',
    columns: { item: 'Erä', rule: 'Laskusääntö', source: 'Lähde', value: 'Arvo' },
    lines: {
      baseAnnual: 'Perusjakso: vuosiarvo {{amount}} × {{months}} kk / 12',
      baseMonthly: 'Perusjakso: kuukausiarvo {{amount}} × {{months}} kk',
      baseTotal: 'Perusjakso ({{months}} kk): kertasumma {{amount}}',
      optionAnnual:
        'Optio {{number}}: {{count}} × {{optionMonths}} kk = {{months}} kk; vuosiarvo {{amount}} × {{months}} / 12',
      optionMonthly:
        'Optio {{number}}: {{count}} × {{optionMonths}} kk = {{months}} kk; kuukausiarvo {{amount}} × {{months}}',
      optionTotal:
        'Optio {{number}}: {{count}} × {{optionMonths}} kk = {{months}} kk; kertasumma {{amount}} × {{months}} / {{baseMonths}} kk',
      extensionAnnual: 'Jatkoaika {{months}} kk: vuosiarvo {{amount}} × {{months}} / 12',
      extensionMonthly: 'Jatkoaika {{months}} kk: kuukausiarvo {{amount}} × {{months}}',
      extensionTotal:
        'Jatkoaika {{months}} kk: kertasumma {{amount}} × {{months}} / {{baseMonths}} kk',
      indefiniteMonthly: 'Toistaiseksi voimassa: kuukausiarvo {{amount}} × 48',
      indefiniteAnnual: 'Toistaiseksi voimassa: vuosiarvo {{amount}} / 12 × 48',
      longServiceMonthly:
        'Palvelusopimus {{termMonths}} kk (yli 48 kk), ei kokonaishintaa: kuukausiarvo {{amount}} × 48',
      longServiceAnnual:
        'Palvelusopimus {{termMonths}} kk (yli 48 kk), ei kokonaishintaa: vuosiarvo {{amount}} / 12 × 48',
      oneOff: 'Kertahankinta: {{amount}}',
      additionalPurchases: 'Lisähankintaoptiot {{amount}}',
      lotSubtotal: 'Osa {{code}} yhteensä',
      prizes: 'Palkinnot ja maksut ehdokkaille tai tarjoajille',
      total: 'Ennakoitu arvo yhteensä (alv 0 %)',
      totalLots: 'Ennakoitu arvo yhteensä, $t(units.lots, {"count": {{count}} }) (alv 0 %)',
    },
    rules: {
      general:
        'Suurin maksettava kokonaiskorvaus ilman arvonlisäveroa, optiot ja pidennykset mukaan lukien',
      lots: 'Samanaikaisesti hankittavien osien arvot lasketaan yhteen',
      indefinite: 'Toistaiseksi voimassa oleva sopimus: kuukausiarvo × 48',
      longService: 'Yli 48 kuukauden palvelusopimus ilman kokonaishintaa: kuukausiarvo × 48',
    },
    unlikelyMarker: 'käyttö epätodennäköistä, lasketaan silti',
    notices: {
      totalWithIndefinite:
        'Toistaiseksi voimassa olevalle sopimukselle ei voi antaa kertasummaa: anna kuukausi- tai vuosiarvo.',
      unlikelyOptionsCounted:
        'Epätodennäköisiksi merkityt optiot ({{months}} kk) on laskettu arvoon, koska laki edellyttää kaikkien optioiden huomioimista.',
      lotsSummed:
        '{{count}} osan arvot on laskettu yhteen. Kynnysarvoa verrataan kokonaisarvoon, ja hankinnan pilkkominen kynnysarvojen välttämiseksi on kielletty ({{source}}).',
      emptyLot: 'Osalle {{code}} ei ole annettu arvoa.',
    },
    totalLabel: 'Ennakoitu arvo yhteensä',
  },
  regime: {
    heading: 'Sovellettavat säännöt',
    outcome: {
      belowNational: 'Pienhankinta – kansallinen kynnysarvo ei ylity',
      national: 'Kansallinen hankinta',
      eu: 'EU-hankinta',
      utilityBelowEu: 'Erityisalojen hankinta alle EU-kynnysarvon – hankintalakeja ei sovelleta',
    },
    outcomeExplained: {
      belowNational:
        'Hankintalakia ei sovelleta. Noudata organisaation omia hankintaohjeita sekä avoimuuden ja tasapuolisuuden periaatteita.',
      national:
        'Hankintaan sovelletaan hankintalain kansallisia menettelysääntöjä ja ilmoitusvelvollisuutta.',
      eu: 'Hankintaan sovelletaan hankintalain EU-menettelyjä, vähimmäismääräaikoja ja EU-laajuista ilmoittamista.',
      utilityBelowEu:
        'Erityisalojen hankintalakia sovelletaan vasta EU-kynnysarvosta alkaen, eikä kansallisia kynnysarvoja ole.',
    },
    dateUsed:
      'Kynnysarvot luettu taulukosta, joka on voimassa {{date}} (suunniteltu ilmoituspäivä).',
    dateToday:
      'Ilmoituspäivää ei ole vielä suunniteltu, joten kynnysarvot luettiin tämän päivän ({{date}}) taulukosta.',
    comparison: '{{label}}: {{threshold}} ({{source}}, voimassa {{from}}–{{to}})',
    comparisonOpen: '{{label}}: {{threshold}} ({{source}}, voimassa {{from}} alkaen)',
    nationalLabel: 'Kansallinen kynnysarvo',
    euLabel: 'EU-kynnysarvo',
    reached: 'ylittyy tai saavutetaan',
    notReached: 'ei ylity',
    atOrAbove: 'Ennakoitu arvo {{total}} on vähintään kynnysarvon suuruinen.',
    noTable:
      'Päivälle {{date}} ei ole kynnysarvotaulukkoa ({{kind}}). Sovellus tuntee taulukot {{from}}–{{to}}. Tarkista ilmoituspäivä tai päivitä sovellus, kun uudet kynnysarvot on julkaistu.',
    noTableOpen:
      'Päivälle {{date}} ei ole kynnysarvotaulukkoa ({{kind}}). Sovellus tuntee taulukot {{from}} alkaen.',
    tableKind: { national: 'kansalliset kynnysarvot', eu: 'EU-kynnysarvot' },
    thresholdsNotPublished:
      'Kynnysarvoja {{date}} jälkeiselle ajalle ei ole vielä julkaistu. Arvio on tehty viimeisimmällä taulukolla ({{source}}); tarkista kynnysarvot, kun uudet on julkaistu.',
    consequencesHeading: 'Mitä tästä seuraa',
    notice: {
      label: 'Ilmoitus',
      none: 'Hankintailmoitusta ei vaadita. Julkinen ilmoitus esimerkiksi Hilmassa on silti hyvä tapa saada tarjouksia.',
      nationalNotice: 'Kansallinen hankintailmoitus HILMAssa ennen kilpailutusta.',
      euNotice: 'EU-hankintailmoitus HILMAn kautta Euroopan unionin virallisessa lehdessä (TED).',
      euAnnexENotice:
        'EU-ilmoitus sosiaali- ja muista erityisistä palveluista (liite E) HILMAn kautta TEDiin.',
      concessionNotice:
        'Käyttöoikeussopimusta koskeva ilmoitus HILMAssa (EU-kynnyksen ylittyessä myös TEDissä).',
      voluntaryTransparency:
        'Suorahankinnasta voi julkaista vapaaehtoisen avoimuusilmoituksen; sopimuksen voi tehdä aikaisintaan 14 päivän kuluttua sen julkaisusta.',
    },
    standstill: {
      label: 'Odotusaika',
      applies:
        'Odotusaika on $t(units.days, {"count": {{days}} }) päätöksen tiedoksisaannista ennen kuin sopimuksen voi tehdä.',
      notApplies: 'Odotusaikaa ei sovelleta.',
      callOff:
        'Puitejärjestelyn tai dynaamisen hankintajärjestelmän sisäisissä hankinnoissa odotusaika on vapaaehtoinen; jos sitä noudatetaan, se on $t(units.days, {"count": {{days}} }).',
    },
    redress: {
      label: 'Muutoksenhakuohjeet päätökseen',
      procurementLaw:
        'Päätökseen liitetään oikaisuohje (hankintaoikaisu 14 päivän kuluessa) ja valitusosoitus markkinaoikeuteen (14 päivää). Päätöksessä perustellaan soveltuvuus, poissulkemiset, vertailu ja pisteet.',
      municipalRectification:
        'Kunnan päätökseen liitetään kuntalain mukainen oikaisuvaatimusohje (14 päivää); hankintaoikaisu ja markkinaoikeus eivät ole käytettävissä.',
      ownRules:
        'Hankintalain muutoksenhakua ei sovelleta; noudata hankintayksikön omia hallinnollisia sääntöjä muutoksenhakuohjeista.',
      utilityLaw:
        'Päätökseen liitetään erityisalojen hankintalain mukainen oikaisuohje (hankintaoikaisu) ja valitusosoitus markkinaoikeuteen.',
      wellbeingRectification:
        'Hyvinvointialueen päätökseen liitetään hyvinvointialueesta annetun lain mukainen oikaisuvaatimusohje (14 päivää); hankintaoikaisu ja markkinaoikeus eivät ole käytettävissä.',
      noStatutoryRedress:
        'Kunnallinen yhtiö ei ole kuntalain tai hankintalain muutoksenhaun piirissä tämän arvoisessa hankinnassa: päätökseen ei liitetä oikaisuvaatimus- eikä valitusohjetta. Päätöksessä voi todeta, ettei siihen voi hakea muutosta.',
    },
    timeLimitsLabel: 'Vähimmäismääräajat',
    sourceLabel: 'Lähde: {{source}}',
  },
  procedure: {
    label: 'Hankintamenettely',
    hint: 'Valitse menettely. Kunkin kohdalla kerrotaan, missä hankinnoissa se on mahdollinen.',
    notChosen: 'Menettelyä ei ole vielä valittu.',
    allowedIn: 'Käytettävissä: {{regimes}}.',
    allowedEverywhere: 'Käytettävissä kaikissa hankinnoissa.',
    notAllowed: 'Ei käytettävissä tässä hankinnassa ({{regime}}).',
    smallProcurementRefused:
      'Pienhankinta ei ole valittavissa: ennakoitu arvo saavuttaa kynnysarvon, joten hankintaan sovelletaan hankintalakia ({{regime}}). Valitse lain mukainen menettely tai tarkista arvo.',
    conditional: 'Käyttö EU-hankinnassa edellyttää laissa säädettyjä perusteita.',
    kinds: {
      open: {
        name: 'Avoin menettely',
        explain: 'Kaikki halukkaat voivat jättää tarjouksen. Yksinkertaisin ja yleisin menettely.',
      },
      restricted: {
        name: 'Rajoitettu menettely',
        explain:
          'Toimittajat hakevat ensin mukaan; hankintayksikkö valitsee soveltuvuuden perusteella ehdokkaat, jotka saavat tarjouspyynnön.',
      },
      negotiated: {
        name: 'Neuvottelumenettely',
        explain:
          'Valittujen ehdokkaiden kanssa neuvotellaan tarjouksista. EU-hankinnoissa vain laissa luetelluissa tilanteissa, esim. kun valmiita ratkaisuja ei ole.',
      },
      competitiveDialogue: {
        name: 'Kilpailullinen neuvottelumenettely',
        explain:
          'Ratkaisu kehitetään vuoropuhelussa valittujen ehdokkaiden kanssa ennen lopullisia tarjouksia. Sopii monimutkaisiin hankintoihin.',
      },
      innovationPartnership: {
        name: 'Innovaatiokumppanuus',
        explain:
          'Kehitetään markkinoilta puuttuva innovatiivinen ratkaisu ja hankitaan se samassa menettelyssä.',
      },
      frameworkAgreement: {
        name: 'Puitejärjestely',
        explain:
          'Yhden tai useamman toimittajan kanssa sovitaan ehdot, joiden perusteella tehdään hankintoja sopimuskauden aikana (enintään 4 vuotta ilman erityistä syytä). Voi sisältää dynaamisen osan.',
      },
      dynamicPurchasingSystem: {
        name: 'Dynaaminen hankintajärjestelmä',
        explain:
          'Sähköinen järjestelmä, johon soveltuvat toimittajat voivat liittyä koko sen voimassaoloajan; hankinnat kilpailutetaan järjestelmän sisällä.',
      },
      directAward: {
        name: 'Suorahankinta',
        explain:
          'Hankinta tehdään kilpailuttamatta. Mahdollinen vain laissa säädetyin perustein, ja peruste on kirjattava.',
      },
      smallProcurement: {
        name: 'Pienhankinta',
        explain:
          'Kansallisen kynnysarvon alittava hankinta organisaation omien ohjeiden mukaan, avoimesti ja tasapuolisesti.',
      },
    },
    regimeNames: {
      belowNational: 'pienhankinnat',
      national: 'kansalliset hankinnat',
      eu: 'EU-hankinnat',
      utilityBelowEu: 'erityisalat alle EU-kynnyksen',
    },
    frameworkProcedure: 'Menettely puitejärjestelyn kilpailuttamiseen',
    frameworkDynamicElement: 'Puitejärjestelyyn sisältyy dynaaminen osa',
    directAwardJustification: 'Suorahankinnan peruste',
    directAwardJustificationHint: 'Kirjaa lainkohta ja tosiasiat, joihin suorahankinta perustuu.',
    directAwardJustificationMissing: 'Suorahankinta edellyttää kirjallista perustetta.',
    electronicTenders: 'Tarjoukset vastaanotetaan sähköisesti',
    urgency: 'Kiireellisyys (nopeutettu menettely)',
    urgencyJustification: 'Kiireellisyyden perustelu',
    urgencyJustificationMissing: 'Kiireellisyys on perusteltava hankinta-asiakirjoissa.',
    priorInformationNotice: 'Ennakkoilmoitus on julkaistu',
    tenderDeadlineAgreed: 'Tarjousaika sovitaan kaikkien valittujen ehdokkaiden kanssa',
    source: 'Lähde: {{source}}',
  },
  screening: {
    intro:
      'Työllistämisehto sopii erityisesti työvoimavaltaisiin palveluihin ja urakoihin, joiden sopimuskausi on vähintään noin vuoden.',
    labourIntensive: 'Onko hankinta työvoimavaltainen?',
    subcontractingPossible:
      'Voiko osan työstä teettää alihankintana, esim. yhteiskunnalliselta yritykseltä?',
    apprenticeshipsPossible:
      'Voiko työtä tarjota oppisopimuksina, työkokeiluina tai palkkatuettuna työnä?',
    answers: { yes: 'Kyllä', no: 'Ei', unknown: 'Ei tiedossa' },
    notes: 'Huomioita',
    resultHeading: 'Suositus',
    recommendation: {
      recommended: 'Työllistämisehtoa suositellaan',
      consider: 'Työllistämisehtoa kannattaa harkita',
      notRecommended: 'Työllistämisehto ei todennäköisesti sovellu',
      incomplete: 'Vastaa kysymyksiin, niin saat suosituksen',
    },
    reasons: {
      labourIntensiveYes: 'Hankinta on työvoimavaltainen.',
      labourIntensiveNo: 'Hankinta ei ole työvoimavaltainen.',
      labourIntensiveUnknown: 'Työvoimavaltaisuutta ei ole arvioitu.',
      durationMet: 'Sopimuskausi on {{months}} kk, vähintään 12 kk.',
      durationShort: 'Sopimuskausi on {{months}} kk, alle 12 kk.',
      durationIndefinite: 'Sopimus on voimassa toistaiseksi.',
      valueMet: 'Ennakoitu arvo {{total}} ylittää organisaation rajan {{limit}}.',
      valueBelow: 'Ennakoitu arvo {{total}} ei ylitä organisaation rajaa {{limit}}.',
      waysAvailable:
        'Ehdon voi täyttää usealla tavalla (alihankinta, oppisopimukset, työkokeilut tai palkkatuki).',
      waysUnavailable: 'Ehdon täyttämiseen ei näytä olevan joustavia tapoja.',
    },
    handover: 'Suositus siirtyy Työllistämisehto-vaiheeseen.',
  },
  sample: {
    offerHeading: 'Haluatko tutustua esimerkkiin?',
    offerBody:
      'Esimerkkihankinta on mallinnettu Tampereen kuntouttavan työtoiminnan hankinnan pohjalta: neljä osaa, kaksivuotinen sopimus ja kaksi optiovuotta. Suunnitteluvaihe on täytetty valmiiksi.',
    open: 'Avaa esimerkkihankinta',
    title: 'Kuntouttava työtoiminta ja sosiaalinen kuntoutus (esimerkki)',
    referenceNumber: 'ESIMERKKI-001',
    description:
      'Esimerkkihankinta opettelua varten. Kunta hankkii kuntouttavaa työtoimintaa ja sosiaalista kuntoutusta yhdistyksiltä ja muilta palveluntuottajilta neljänä osana. Malli perustuu Tampereen vuonna 2017 tekemään hankintaan (kokonaisarvo 24 milj. €, sopimuskausi 2 vuotta + optiot 1 + 1 vuotta). Luvut ovat havainnollistavia.',
    responsiblePerson: 'Hankinta-asiantuntija',
    lot1A: 'Työhön ja koulutukseen suuntaava kuntouttava työtoiminta',
    lot1ADescription: 'Palvelu, jonka tavoitteena on asiakkaan eteneminen työhön tai koulutukseen.',
    lot1B: 'Osallisuutta vahvistava kuntouttava työtoiminta',
    lot1BDescription: 'Palvelu, joka vahvistaa asiakkaan arjen hallintaa ja osallisuutta.',
    lot1C: 'Sosiaalinen kuntoutus',
    lot1CDescription: 'Sosiaalihuoltolain mukainen sosiaalinen kuntoutus.',
    lot2: 'Yksilöohjattu kuntouttava työtoiminta',
    lot2Description:
      'Pienemmille ja uusille palveluntuottajille sopiva yksilöllisesti ohjattu palvelu.',
    valuationNotes:
      'Vuosiarvot perustuvat edellisen sopimuskauden toteutuneisiin asiakasmääriin (esimerkki).',
    screeningNotes:
      'Palvelu on työvoimavaltaista; tuottajat voivat tarjota työkokeiluja ja alihankintaa.',
  },
  profile: {
    organisationKind:
      'Organisaation tyyppi (kansallisen kynnysarvon alittavan päätöksen muutoksenhaku)',
    organisationKinds: {
      municipality: 'Kunta tai kuntayhtymä (kuntalain oikaisuvaatimus)',
      wellbeingServicesCounty: 'Hyvinvointialue (hyvinvointialuelain oikaisuvaatimus)',
      municipalCompany: 'Kunnan yhtiö (ei lakisääteistä oikaisuvaatimusta)',
      other: 'Muu hankintayksikkö',
    },
    heading: 'Suunnittelun oletukset',
    defaultAuthorityType: 'Uusien hankintojen hankintayksikön tyyppi',
    employmentClauseValueLimit: 'Työllistämisehdon arviointiraja (€, alv 0 %)',
    employmentClauseValueLimitHint:
      'Tätä suuremmat hankinnat arvioidaan aina työllistämisehdon kannalta (esim. Helsinki: 200 000 €).',
    nationalMinimumTenderDays: 'Kansallisten hankintojen oma vähimmäistarjousaika (päivää)',
    nationalMinimumTenderDaysHint:
      'Laki ei säädä kansallisille hankinnoille vähimmäisaikaa, vain kohtuullisen ajan. Tämä on organisaation oma linjaus.',
  },
};

const sv: FeatureTexts<typeof fi>['sv'] = {
  sectionsLabel: 'Planeringsskedets avsnitt',
  steps: {
    basics: 'Grunduppgifter',
    lots: 'Delar',
    term: 'Avtalsperiod',
    value: 'Uppskattat värde',
    regime: 'Tröskelvärde',
    procedure: 'Förfarande',
    timeline: 'Tidsfrister',
    award: 'Beslut och avtal',
    screening: 'Lämplighet för sysselsättningsvillkor',
  },
  sections: {
    basics: 'Grunduppgifter',
    cpv: 'CPV-koder',
    lots: 'Delar',
    term: 'Avtalsperiod',
    value: 'Uppskattat värde',
    regime: 'Tröskelvärde och tillämpliga regler',
    procedure: 'Förfarande',
    timeline: 'Tidsplan och tidsfrister',
    award: 'Upphandlingsbeslut och avtal',
    screening: 'Lämplighet för sysselsättningsvillkor',
  },
  authorityType: {
    label: 'Typ av upphandlande enhet',
    hint: 'Kommuner och samkommuner är i fråga om EU-tröskelvärden andra än statliga centrala myndigheter.',
    subCentral: 'Kommun eller samkommun (annan än statlig central myndighet)',
    central: 'Statlig central myndighet',
    utility: 'Upphandlande enhet inom försörjningssektorerna (vatten, energi, transporter, post)',
  },
  category: {
    label: 'Upphandlingsslag',
    hint: 'Typen avgör vilket tröskelvärde som gäller.',
    goods: 'Varuupphandling',
    services: 'Tjänsteupphandling',
    works: 'Byggentreprenad',
    socialHealthServices: 'Social- och hälsovårdstjänster (bilaga E, punkterna 1–4)',
    otherSpecificServices: 'Andra särskilda tjänster (bilaga E, punkterna 5–15)',
    serviceConcession: 'Tjänstekoncession',
    worksConcession: 'Byggkoncession',
    annexEMismatch:
      'Den huvudsakliga CPV-koden {{code}} är en social eller annan särskild tjänst (bilaga E). Välj tjänster enligt bilaga E om detta är upphandlingens huvudsakliga föremål.',
    annexEConfirmed: 'Den huvudsakliga CPV-koden {{code}} hör till tjänsterna i bilaga E.',
  },
  lots: {
    intro:
      'När upphandlingen delas upp i delar som upphandlas samtidigt räknas alla delars värden samman, och på varje del tillämpas de regler som gäller för det sammanlagda värdet.',
    none: 'Upphandlingen är inte uppdelad i delar. Ange värdet för hela upphandlingen nedan.',
    add: 'Lägg till del',
    remove: 'Ta bort del',
    removed: 'Delen ”{{name}}” togs bort.',
    moveUp: 'Flytta upp',
    moveDown: 'Flytta ned',
    code: 'Beteckning',
    codeHint: 'T.ex. 1A',
    name: 'Delens namn',
    description: 'Beskrivning',
    heading: 'Del {{code}}',
    untitled: 'Namnlös del',
  },
  amount: {
    basis: 'Värdets grund',
    annual: 'Årsvärde',
    total: 'Engångsbelopp för hela grundperioden',
    monthly: 'Månadsvärde',
    amount: 'Värde (€, moms 0 %)',
    amountHint: 'T.ex. 1 200 000 eller 1200000,50',
    rowsHint:
      'Värdena i euro utan mervärdesskatt, t.ex. 1 200 000 eller 1200000,50. Optioner på tilläggsköp är eventuella tilläggsköp av kvantiteter; de räknas in i värdet i sin helhet.',
    additionalPurchases: 'Optioner på tilläggsköp (€, moms 0 %)',
    additionalPurchasesHint: 'Eventuella tilläggsköp av kvantiteter; räknas in i sin helhet.',
    invalid: {
      empty: 'Ange beloppet med siffror.',
      notANumber: 'Beloppet är inte ett tal. Använd formen 1 234 567,89.',
      negative: 'Beloppet kan inte vara negativt.',
      tooManyDecimals: 'Ange beloppet på centen när (högst två decimaler).',
      tooLarge: 'Beloppet är för stort.',
    },
    wholeProcurement: 'Hela upphandlingens värde',
  },
  term: {
    kind: 'Avtalets längd',
    fixed: 'Tidsbundet',
    indefinite: 'Gäller tills vidare',
    oneOff: 'Engångsupphandling (ingen avtalsperiod)',
    oneOffHint:
      'Värdet av en engångsupphandling är upphandlingens belopp; det finns ingen avtalsperiod eller optioner.',
    indefiniteHint: 'Värdet av ett avtal som gäller tills vidare är månadsvärdet × 48.',
    baseMonths: 'Grundperiod (månader)',
    options: 'Optionsperioder',
    optionsHint: 'Optioner räknas alltid in i värdet, även om de inte väntas bli utnyttjade.',
    noOptions: 'Inga optionsperioder.',
    addOption: 'Lägg till optionsperiod',
    removeOption: 'Ta bort optionsperiod',
    optionRemoved: 'Optionsperioden togs bort.',
    optionCount: 'Antal perioder',
    optionMonths: 'Periodens längd (mån.)',
    optionLikely: 'Sannolikt utnyttjad',
    optionNote: 'Anmärkning',
    optionHeading: 'Option {{number}}',
    extensionMonths: 'Eventuell förlängning (månader)',
    prizes: 'Priser och betalningar till anbudssökande eller anbudsgivare (€)',
    monthsInvalid: 'Ange ett heltal mellan {{min}} och {{max}}.',
    notes: 'Motiveringar och källor för uppskattningen',
    notesHint:
      'T.ex. vilka tidigare avtal eller vilken marknadskartläggning uppskattningen bygger på.',
  },
  value: {
    heading: 'Beräkning av det uppskattade värdet',
    caption: 'Beräkning av det uppskattade värdet rad för rad',
    columns: { item: 'Post', rule: 'Beräkningsregel', source: 'Källa', value: 'Värde' },
    lines: {
      baseAnnual: 'Grundperiod: årsvärde {{amount}} × {{months}} mån. / 12',
      baseMonthly: 'Grundperiod: månadsvärde {{amount}} × {{months}} mån.',
      baseTotal: 'Grundperiod ({{months}} mån.): engångsbelopp {{amount}}',
      optionAnnual:
        'Option {{number}}: {{count}} × {{optionMonths}} mån. = {{months}} mån.; årsvärde {{amount}} × {{months}} / 12',
      optionMonthly:
        'Option {{number}}: {{count}} × {{optionMonths}} mån. = {{months}} mån.; månadsvärde {{amount}} × {{months}}',
      optionTotal:
        'Option {{number}}: {{count}} × {{optionMonths}} mån. = {{months}} mån.; engångsbelopp {{amount}} × {{months}} / {{baseMonths}} mån.',
      extensionAnnual: 'Förlängning {{months}} mån.: årsvärde {{amount}} × {{months}} / 12',
      extensionMonthly: 'Förlängning {{months}} mån.: månadsvärde {{amount}} × {{months}}',
      extensionTotal:
        'Förlängning {{months}} mån.: engångsbelopp {{amount}} × {{months}} / {{baseMonths}} mån.',
      indefiniteMonthly: 'Gäller tills vidare: månadsvärde {{amount}} × 48',
      indefiniteAnnual: 'Gäller tills vidare: årsvärde {{amount}} / 12 × 48',
      longServiceMonthly:
        'Tjänsteavtal {{termMonths}} mån. (över 48 mån.), inget totalpris: månadsvärde {{amount}} × 48',
      longServiceAnnual:
        'Tjänsteavtal {{termMonths}} mån. (över 48 mån.), inget totalpris: årsvärde {{amount}} / 12 × 48',
      oneOff: 'Engångsupphandling: {{amount}}',
      additionalPurchases: 'Optioner på tilläggsköp {{amount}}',
      lotSubtotal: 'Del {{code}} totalt',
      prizes: 'Priser och betalningar till anbudssökande eller anbudsgivare',
      total: 'Uppskattat värde totalt (moms 0 %)',
      totalLots: 'Uppskattat värde totalt, $t(units.lots, {"count": {{count}} }) (moms 0 %)',
    },
    rules: {
      general:
        'Den högsta totala ersättningen exklusive moms, inklusive optioner och förlängningar',
      lots: 'Värdena av delar som upphandlas samtidigt räknas samman',
      indefinite: 'Avtal som gäller tills vidare: månadsvärde × 48',
      longService: 'Tjänsteavtal över 48 månader utan totalpris: månadsvärde × 48',
    },
    unlikelyMarker: 'utnyttjande osannolikt, räknas ändå',
    notices: {
      totalWithIndefinite:
        'För ett avtal som gäller tills vidare kan man inte ange ett engångsbelopp: ange månads- eller årsvärde.',
      unlikelyOptionsCounted:
        'Optioner som markerats som osannolika ({{months}} mån.) har räknats in, eftersom lagen kräver att alla optioner beaktas.',
      lotsSummed:
        'Värdena av $t(units.lots, {"count": {{count}} }) har räknats samman. Tröskelvärdet jämförs med det sammanlagda värdet, och det är förbjudet att dela upp en upphandling för att kringgå tröskelvärdena ({{source}}).',
      emptyLot: 'Del {{code}} saknar värde.',
    },
    totalLabel: 'Uppskattat värde totalt',
  },
  regime: {
    heading: 'Tillämpliga regler',
    outcome: {
      belowNational: 'Småupphandling – det nationella tröskelvärdet överskrids inte',
      national: 'Nationell upphandling',
      eu: 'EU-upphandling',
      utilityBelowEu:
        'Upphandling inom försörjningssektorerna under EU-tröskelvärdet – upphandlingslagarna tillämpas inte',
    },
    outcomeExplained: {
      belowNational:
        'Upphandlingslagen tillämpas inte. Följ organisationens egna anvisningar och principerna om öppenhet och likabehandling.',
      national:
        'Upphandlingslagens nationella förfaranderegler och annonseringsskyldighet tillämpas.',
      eu: 'Upphandlingslagens EU-förfaranden, minimitidsfrister och EU-omfattande annonsering tillämpas.',
      utilityBelowEu:
        'Lagen om upphandling inom försörjningssektorerna tillämpas först från EU-tröskelvärdet, och nationella tröskelvärden finns inte.',
    },
    dateUsed:
      'Tröskelvärdena hämtades ur den tabell som gäller {{date}} (planerad annonseringsdag).',
    dateToday:
      'Annonseringsdagen har ännu inte planerats, så tröskelvärdena hämtades ur den tabell som gäller i dag ({{date}}).',
    comparison: '{{label}}: {{threshold}} ({{source}}, gäller {{from}}–{{to}})',
    comparisonOpen: '{{label}}: {{threshold}} ({{source}}, gäller från {{from}})',
    nationalLabel: 'Nationellt tröskelvärde',
    euLabel: 'EU-tröskelvärde',
    reached: 'överskrids eller uppnås',
    notReached: 'överskrids inte',
    atOrAbove: 'Det uppskattade värdet {{total}} är minst lika stort som tröskelvärdet.',
    noTable:
      'För {{date}} finns ingen tröskelvärdestabell ({{kind}}). Appen känner till tabeller för {{from}}–{{to}}. Kontrollera annonseringsdagen eller uppdatera appen när nya tröskelvärden har publicerats.',
    noTableOpen:
      'För {{date}} finns ingen tröskelvärdestabell ({{kind}}). Appen känner till tabeller från {{from}}.',
    tableKind: { national: 'nationella tröskelvärden', eu: 'EU-tröskelvärden' },
    thresholdsNotPublished:
      'Tröskelvärdena för tiden efter {{date}} har ännu inte publicerats. Bedömningen har gjorts med den senaste tabellen ({{source}}); kontrollera tröskelvärdena när de nya har publicerats.',
    consequencesHeading: 'Vad följer av detta',
    notice: {
      label: 'Annonsering',
      none: 'Ingen upphandlingsannons krävs. En offentlig annons till exempel i Hilma är ändå ett bra sätt att få anbud.',
      nationalNotice: 'Nationell upphandlingsannons i HILMA före konkurrensutsättningen.',
      euNotice: 'EU-upphandlingsannons via HILMA i Europeiska unionens officiella tidning (TED).',
      euAnnexENotice:
        'EU-annons om sociala och andra särskilda tjänster (bilaga E) via HILMA till TED.',
      concessionNotice: 'Annons om koncession i HILMA (över EU-tröskelvärdet även i TED).',
      voluntaryTransparency:
        'För en direktupphandling kan man publicera en frivillig förhandsinsynsannons; avtalet kan ingås tidigast 14 dagar efter publiceringen.',
    },
    standstill: {
      label: 'Väntetid',
      applies:
        'Väntetiden är $t(units.days, {"count": {{days}} }) från delfåendet av beslutet innan avtalet får ingås.',
      notApplies: 'Väntetid tillämpas inte.',
      callOff:
        'Vid upphandlingar inom ett ramavtal eller ett dynamiskt inköpssystem är väntetiden frivillig; om den iakttas är den $t(units.days, {"count": {{days}} }).',
    },
    redress: {
      label: 'Anvisningar om ändringssökande i beslutet',
      procurementLaw:
        'Till beslutet fogas anvisning om upphandlingsrättelse (inom 14 dagar) och besvärsanvisning till marknadsdomstolen (14 dagar). Beslutet ska motivera lämplighet, uteslutningar, jämförelse och poäng.',
      municipalRectification:
        'Till kommunens beslut fogas anvisning om omprövningsbegäran enligt kommunallagen (14 dagar); upphandlingsrättelse och marknadsdomstolen står inte till buds.',
      ownRules:
        'Upphandlingslagens bestämmelser om ändringssökande tillämpas inte; följ enhetens egna förvaltningsregler om anvisningar.',
      utilityLaw:
        'Till beslutet fogas anvisning om upphandlingsrättelse och besvärsanvisning till marknadsdomstolen enligt lagen om upphandling inom försörjningssektorerna.',
      wellbeingRectification:
        'Till välfärdsområdets beslut fogas anvisning om omprövningsbegäran enligt lagen om välfärdsområden (14 dagar); upphandlingsrättelse och marknadsdomstolen står inte till buds.',
      noStatutoryRedress:
        'Ett kommunalt bolag omfattas inte av ändringssökande enligt kommunallagen eller upphandlingslagen i en upphandling av detta värde: ingen anvisning om omprövning eller besvär fogas till beslutet. Beslutet kan ange att ändring inte kan sökas.',
    },
    timeLimitsLabel: 'Minimitidsfrister',
    sourceLabel: 'Källa: {{source}}',
  },
  procedure: {
    label: 'Upphandlingsförfarande',
    hint: 'Välj förfarande. För varje förfarande anges i vilka upphandlingar det kan användas.',
    notChosen: 'Inget förfarande har ännu valts.',
    allowedIn: 'Kan användas: {{regimes}}.',
    allowedEverywhere: 'Kan användas i alla upphandlingar.',
    notAllowed: 'Kan inte användas i denna upphandling ({{regime}}).',
    smallProcurementRefused:
      'Småupphandling kan inte väljas: det uppskattade värdet når tröskelvärdet, så upphandlingslagen tillämpas ({{regime}}). Välj ett förfarande enligt lagen eller kontrollera värdet.',
    conditional: 'I EU-upphandlingar krävs de grunder som anges i lagen.',
    kinds: {
      open: {
        name: 'Öppet förfarande',
        explain: 'Alla intresserade kan lämna anbud. Det enklaste och vanligaste förfarandet.',
      },
      restricted: {
        name: 'Selektivt förfarande',
        explain:
          'Leverantörerna ansöker först om att få delta; enheten väljer utifrån lämplighet de anbudssökande som får anbudsförfrågan.',
      },
      negotiated: {
        name: 'Förhandlat förfarande',
        explain:
          'Man förhandlar om anbuden med utvalda anbudssökande. I EU-upphandlingar endast i de situationer lagen anger, t.ex. när färdiga lösningar saknas.',
      },
      competitiveDialogue: {
        name: 'Konkurrenspräglad dialog',
        explain:
          'Lösningen utvecklas i dialog med utvalda anbudssökande före de slutliga anbuden. Passar komplexa upphandlingar.',
      },
      innovationPartnership: {
        name: 'Innovationspartnerskap',
        explain:
          'En innovativ lösning som saknas på marknaden utvecklas och upphandlas i samma förfarande.',
      },
      frameworkAgreement: {
        name: 'Ramavtal',
        explain:
          'Med en eller flera leverantörer avtalas villkor för upphandlingar under avtalsperioden (högst 4 år utan särskilda skäl). Kan innehålla en dynamisk del.',
      },
      dynamicPurchasingSystem: {
        name: 'Dynamiskt inköpssystem',
        explain:
          'Ett elektroniskt system som lämpliga leverantörer kan ansluta sig till under hela giltighetstiden; upphandlingarna konkurrensutsätts inom systemet.',
      },
      directAward: {
        name: 'Direktupphandling',
        explain:
          'Upphandlingen görs utan konkurrensutsättning. Möjligt endast på grunder som anges i lagen, och grunden ska dokumenteras.',
      },
      smallProcurement: {
        name: 'Småupphandling',
        explain:
          'Upphandling under det nationella tröskelvärdet enligt organisationens egna anvisningar, öppet och jämlikt.',
      },
    },
    regimeNames: {
      belowNational: 'småupphandlingar',
      national: 'nationella upphandlingar',
      eu: 'EU-upphandlingar',
      utilityBelowEu: 'försörjningssektorerna under EU-tröskelvärdet',
    },
    frameworkProcedure: 'Förfarande för att konkurrensutsätta ramavtalet',
    frameworkDynamicElement: 'Ramavtalet innehåller en dynamisk del',
    directAwardJustification: 'Grund för direktupphandling',
    directAwardJustificationHint:
      'Ange lagrummet och de fakta som direktupphandlingen grundar sig på.',
    directAwardJustificationMissing: 'En direktupphandling kräver en skriftlig grund.',
    electronicTenders: 'Anbuden tas emot elektroniskt',
    urgency: 'Brådska (påskyndat förfarande)',
    urgencyJustification: 'Motivering av brådskan',
    urgencyJustificationMissing: 'Brådskan ska motiveras i upphandlingsdokumenten.',
    priorInformationNotice: 'En förhandsannons har publicerats',
    tenderDeadlineAgreed: 'Anbudstiden avtalas med alla utvalda anbudssökande',
    source: 'Källa: {{source}}',
  },
  screening: {
    intro:
      'Ett sysselsättningsvillkor passar särskilt för arbetskraftsintensiva tjänster och entreprenader med en avtalsperiod på minst cirka ett år.',
    labourIntensive: 'Är upphandlingen arbetskraftsintensiv?',
    subcontractingPossible:
      'Kan en del av arbetet läggas ut på underleverantör, t.ex. ett socialt företag?',
    apprenticeshipsPossible:
      'Kan arbetet erbjudas som läroavtal, arbetsprövning eller arbete med lönesubvention?',
    answers: { yes: 'Ja', no: 'Nej', unknown: 'Okänt' },
    notes: 'Anmärkningar',
    resultHeading: 'Rekommendation',
    recommendation: {
      recommended: 'Ett sysselsättningsvillkor rekommenderas',
      consider: 'Ett sysselsättningsvillkor är värt att överväga',
      notRecommended: 'Ett sysselsättningsvillkor passar troligen inte',
      incomplete: 'Svara på frågorna så får du en rekommendation',
    },
    reasons: {
      labourIntensiveYes: 'Upphandlingen är arbetskraftsintensiv.',
      labourIntensiveNo: 'Upphandlingen är inte arbetskraftsintensiv.',
      labourIntensiveUnknown: 'Arbetskraftsintensiteten har inte bedömts.',
      durationMet: 'Avtalsperioden är {{months}} mån., minst 12 mån.',
      durationShort: 'Avtalsperioden är {{months}} mån., under 12 mån.',
      durationIndefinite: 'Avtalet gäller tills vidare.',
      valueMet: 'Det uppskattade värdet {{total}} överstiger organisationens gräns {{limit}}.',
      valueBelow:
        'Det uppskattade värdet {{total}} överstiger inte organisationens gräns {{limit}}.',
      waysAvailable:
        'Villkoret kan uppfyllas på flera sätt (underleverantör, läroavtal, arbetsprövning eller lönesubvention).',
      waysUnavailable: 'Det verkar inte finnas flexibla sätt att uppfylla villkoret.',
    },
    handover: 'Rekommendationen förs över till skedet Sysselsättningsvillkor.',
  },
  sample: {
    offerHeading: 'Vill du bekanta dig med ett exempel?',
    offerBody:
      'Exempelupphandlingen bygger på Tammerfors upphandling av arbetsverksamhet i rehabiliteringssyfte: fyra delar, ett tvåårigt avtal och två optionsår. Planeringsskedet är ifyllt.',
    open: 'Öppna exempelupphandlingen',
    title: 'Arbetsverksamhet i rehabiliteringssyfte och social rehabilitering (exempel)',
    referenceNumber: 'EXEMPEL-001',
    description:
      'En exempelupphandling för att öva. Kommunen köper arbetsverksamhet i rehabiliteringssyfte och social rehabilitering av föreningar och andra tjänsteproducenter i fyra delar. Modellen bygger på Tammerfors upphandling 2017 (totalvärde 24 milj. €, avtalsperiod 2 år + optioner 1 + 1 år). Siffrorna är illustrativa.',
    responsiblePerson: 'Upphandlingsexpert',
    lot1A: 'Arbetsverksamhet i rehabiliteringssyfte inriktad på arbete och utbildning',
    lot1ADescription:
      'En tjänst som syftar till att klienten går vidare till arbete eller utbildning.',
    lot1B: 'Arbetsverksamhet i rehabiliteringssyfte som stärker delaktigheten',
    lot1BDescription: 'En tjänst som stärker klientens vardagskompetens och delaktighet.',
    lot1C: 'Social rehabilitering',
    lot1CDescription: 'Social rehabilitering enligt socialvårdslagen.',
    lot2: 'Individuellt handledd arbetsverksamhet i rehabiliteringssyfte',
    lot2Description:
      'En individuellt handledd tjänst som passar mindre och nya tjänsteproducenter.',
    valuationNotes:
      'Årsvärdena bygger på de faktiska klientvolymerna under föregående avtalsperiod (exempel).',
    screeningNotes:
      'Tjänsten är arbetskraftsintensiv; producenterna kan erbjuda arbetsprövning och underleveranser.',
  },
  profile: {
    organisationKind:
      'Typ av organisation (ändringssökande i beslut under det nationella tröskelvärdet)',
    organisationKinds: {
      municipality: 'Kommun eller samkommun (omprövningsbegäran enligt kommunallagen)',
      wellbeingServicesCounty:
        'Välfärdsområde (omprövningsbegäran enligt lagen om välfärdsområden)',
      municipalCompany: 'Kommunalt bolag (ingen lagstadgad omprövningsbegäran)',
      other: 'Annan upphandlande enhet',
    },
    heading: 'Standardvärden för planeringen',
    defaultAuthorityType: 'Typ av upphandlande enhet för nya upphandlingar',
    employmentClauseValueLimit: 'Bedömningsgräns för sysselsättningsvillkor (€, moms 0 %)',
    employmentClauseValueLimitHint:
      'Upphandlingar över detta belopp bedöms alltid med tanke på sysselsättningsvillkor (t.ex. Helsingfors: 200 000 €).',
    nationalMinimumTenderDays: 'Egen minsta anbudstid för nationella upphandlingar (dagar)',
    nationalMinimumTenderDaysHint:
      'Lagen föreskriver ingen minsta tid för nationella upphandlingar, bara en skälig tid. Detta är organisationens egen linje.',
  },
};

const en: FeatureTexts<typeof fi>['en'] = {
  sectionsLabel: 'Sections of the planning phase',
  steps: {
    basics: 'Basic details',
    lots: 'Lots',
    term: 'Contract period',
    value: 'Estimated value',
    regime: 'Threshold',
    procedure: 'Procedure',
    timeline: 'Time limits',
    award: 'Decision and contract',
    screening: 'Employment clause suitability',
  },
  sections: {
    basics: 'Basics',
    cpv: 'CPV codes',
    lots: 'Lots',
    term: 'Contract period',
    value: 'Estimated value',
    regime: 'Threshold and applicable rules',
    procedure: 'Procedure',
    timeline: 'Timeline and time limits',
    award: 'Procurement decision and contract',
    screening: 'Employment clause suitability',
  },
  authorityType: {
    label: 'Contracting authority type',
    hint: 'For EU thresholds, municipalities and joint municipal authorities are sub-central authorities.',
    subCentral: 'Municipality or joint authority (sub-central)',
    central: 'Central government authority',
    utility: 'Utility (water, energy, transport, postal services)',
  },
  category: {
    label: 'Procurement category',
    hint: 'The category decides which threshold applies.',
    goods: 'Goods',
    services: 'Services',
    works: 'Works',
    socialHealthServices: 'Social and health services (Annex E, points 1–4)',
    otherSpecificServices: 'Other specific services (Annex E, points 5–15)',
    serviceConcession: 'Service concession',
    worksConcession: 'Works concession',
    annexEMismatch:
      'The main CPV code {{code}} is a social or other specific service (Annex E). Choose Annex E services as the procurement category if this service is the main subject of the procurement.',
    annexEConfirmed: 'The main CPV code {{code}} is one of the Annex E services.',
  },
  lots: {
    intro:
      'When a procurement is divided into lots procured at the same time, the values of all lots are added together and every lot follows the rules of the total value.',
    none: 'The procurement is not divided into lots. Give the value of the whole procurement below.',
    add: 'Add lot',
    remove: 'Remove lot',
    removed: 'Lot “{{name}}” removed.',
    moveUp: 'Move up',
    moveDown: 'Move down',
    code: 'Label',
    codeHint: 'E.g. 1A',
    name: 'Lot name',
    description: 'Description',
    heading: 'Lot {{code}}',
    untitled: 'Untitled lot',
  },
  amount: {
    basis: 'Value given as',
    annual: 'Annual value',
    total: 'One-off total for the base period',
    monthly: 'Monthly value',
    amount: 'Value (€, VAT 0 %)',
    amountHint: 'E.g. 1 200 000 or 1200000.50',
    rowsHint:
      'Values in euros excluding VAT, e.g. 1 200 000 or 1200000.50. Additional purchase options are possible extra quantities; they count in full towards the value.',
    additionalPurchases: 'Additional purchase options (€, VAT 0 %)',
    additionalPurchasesHint: 'Possible additional quantities; counted in full.',
    invalid: {
      empty: 'Enter the amount in figures.',
      notANumber: 'The amount is not a number. Use the form 1 234 567.89.',
      negative: 'The amount cannot be negative.',
      tooManyDecimals: 'Give the amount to the cent (at most two decimals).',
      tooLarge: 'The amount is too large.',
    },
    wholeProcurement: 'Value of the whole procurement',
  },
  term: {
    kind: 'Contract duration',
    fixed: 'Fixed term',
    indefinite: 'Until further notice',
    oneOff: 'One-off purchase (no contract period)',
    oneOffHint:
      'The value of a one-off purchase is its amount; there is no contract period and no options.',
    indefiniteHint: 'A contract until further notice is valued at its monthly value × 48.',
    baseMonths: 'Base period (months)',
    options: 'Option periods',
    optionsHint: 'Options always count in the value, even if they are not expected to be used.',
    noOptions: 'No option periods.',
    addOption: 'Add option period',
    removeOption: 'Remove option period',
    optionRemoved: 'Option period removed.',
    optionCount: 'Number of periods',
    optionMonths: 'Period length (months)',
    optionLikely: 'Likely to be used',
    optionNote: 'Note',
    optionHeading: 'Option {{number}}',
    extensionMonths: 'Possible extension (months)',
    prizes: 'Prizes and payments to candidates or tenderers (€)',
    monthsInvalid: 'Enter a whole number from {{min}} to {{max}}.',
    notes: 'Grounds and sources of the estimate',
    notesHint: 'E.g. which earlier contracts or market survey the estimate is based on.',
  },
  value: {
    heading: 'Computation of the estimated value',
    caption: 'Estimated value, line by line',
    columns: { item: 'Item', rule: 'Rule', source: 'Source', value: 'Value' },
    lines: {
      baseAnnual:
        'Base period: annual value {{amount}} × $t(units.months, {"count": {{months}} }) / 12',
      baseMonthly:
        'Base period: monthly value {{amount}} × $t(units.months, {"count": {{months}} })',
      baseTotal: 'Base period ($t(units.months, {"count": {{months}} })): one-off total {{amount}}',
      optionAnnual:
        'Option {{number}}: {{count}} × $t(units.months, {"count": {{optionMonths}} }) = $t(units.months, {"count": {{months}} }); annual value {{amount}} × {{months}} / 12',
      optionMonthly:
        'Option {{number}}: {{count}} × $t(units.months, {"count": {{optionMonths}} }) = $t(units.months, {"count": {{months}} }); monthly value {{amount}} × {{months}}',
      optionTotal:
        'Option {{number}}: {{count}} × $t(units.months, {"count": {{optionMonths}} }) = $t(units.months, {"count": {{months}} }); one-off total {{amount}} × {{months}} / $t(units.months, {"count": {{baseMonths}} })',
      extensionAnnual:
        'Extension $t(units.months, {"count": {{months}} }): annual value {{amount}} × {{months}} / 12',
      extensionMonthly:
        'Extension $t(units.months, {"count": {{months}} }): monthly value {{amount}} × {{months}}',
      extensionTotal:
        'Extension $t(units.months, {"count": {{months}} }): one-off total {{amount}} × {{months}} / $t(units.months, {"count": {{baseMonths}} })',
      indefiniteMonthly: 'Until further notice: monthly value {{amount}} × 48',
      indefiniteAnnual: 'Until further notice: annual value {{amount}} / 12 × 48',
      longServiceMonthly:
        'Service contract of {{termMonths}} months (over 48), no total price: monthly value {{amount}} × 48',
      longServiceAnnual:
        'Service contract of {{termMonths}} months (over 48), no total price: annual value {{amount}} / 12 × 48',
      oneOff: 'One-off purchase: {{amount}}',
      additionalPurchases: 'Additional purchase options {{amount}}',
      lotSubtotal: 'Lot {{code}} in total',
      prizes: 'Prizes and payments to candidates or tenderers',
      total: 'Estimated value in total (VAT 0 %)',
      totalLots: 'Estimated value in total, $t(units.lots, {"count": {{count}} }) (VAT 0 %)',
    },
    rules: {
      general: 'The largest total payable excluding VAT, including options and extensions',
      lots: 'The values of lots procured at the same time are added together',
      indefinite: 'Contract until further notice: monthly value × 48',
      longService: 'Service contract over 48 months without a total price: monthly value × 48',
    },
    unlikelyMarker: 'use unlikely, counted anyway',
    notices: {
      totalWithIndefinite:
        'A contract until further notice cannot be given as a one-off total: give a monthly or annual value.',
      unlikelyOptionsCounted:
        'Options marked unlikely ($t(units.months, {"count": {{months}} })) are counted, because the law requires every option to be included.',
      lotsSummed:
        'The values of $t(units.lots, {"count": {{count}} }) are added together. The threshold is compared with the total, and splitting a procurement to avoid the thresholds is forbidden ({{source}}).',
      emptyLot: 'Lot {{code}} has no value.',
    },
    totalLabel: 'Estimated value in total',
  },
  regime: {
    heading: 'Applicable rules',
    outcome: {
      belowNational: 'Small procurement – below the national threshold',
      national: 'National procurement',
      eu: 'EU procurement',
      utilityBelowEu:
        'Utility procurement below the EU threshold – the procurement acts do not apply',
    },
    outcomeExplained: {
      belowNational:
        'The Procurement Act does not apply. Follow your organisation’s own procurement rules and the principles of transparency and equal treatment.',
      national: 'The Act’s national procedure rules and the duty to publish a notice apply.',
      eu: 'The Act’s EU procedures, minimum time limits and EU-wide publication apply.',
      utilityBelowEu:
        'The utilities act applies only from the EU threshold, and there are no national thresholds.',
    },
    dateUsed: 'Thresholds taken from the table in force on {{date}} (the planned notice date).',
    dateToday:
      'No notice date is planned yet, so the thresholds were taken from today’s table ({{date}}).',
    comparison: '{{label}}: {{threshold}} ({{source}}, in force {{from}}–{{to}})',
    comparisonOpen: '{{label}}: {{threshold}} ({{source}}, in force from {{from}})',
    nationalLabel: 'National threshold',
    euLabel: 'EU threshold',
    reached: 'reached',
    notReached: 'not reached',
    atOrAbove: 'The estimated value {{total}} is at least the threshold.',
    noTable:
      'There is no threshold table ({{kind}}) for {{date}}. The app knows the tables for {{from}}–{{to}}. Check the notice date, or update the app once new thresholds are published.',
    noTableOpen:
      'There is no threshold table ({{kind}}) for {{date}}. The app knows the tables from {{from}}.',
    tableKind: { national: 'national thresholds', eu: 'EU thresholds' },
    thresholdsNotPublished:
      'The thresholds after {{date}} have not yet been published. The assessment uses the latest table ({{source}}); check the thresholds once the new ones are published.',
    consequencesHeading: 'What follows',
    notice: {
      label: 'Notice',
      none: 'No contract notice is required. A public notice, for example in Hilma, is still a good way to get tenders.',
      nationalNotice: 'A national contract notice in HILMA before tendering.',
      euNotice: 'An EU contract notice through HILMA in the Official Journal of the EU (TED).',
      euAnnexENotice:
        'An EU notice for social and other specific services (Annex E) through HILMA to TED.',
      concessionNotice: 'A concession notice in HILMA (above the EU threshold also in TED).',
      voluntaryTransparency:
        'A voluntary transparency notice may be published for a direct award; the contract can be signed at the earliest 14 days after it is published.',
    },
    standstill: {
      label: 'Standstill',
      applies:
        'The standstill is $t(units.days, {"count": {{days}} }) from the tenderers receiving the decision before the contract can be signed.',
      notApplies: 'No standstill applies.',
      callOff:
        'For call-offs under a framework agreement or a dynamic purchasing system the standstill is optional; if observed, it is $t(units.days, {"count": {{days}} }).',
    },
    redress: {
      label: 'Redress instructions in the decision',
      procurementLaw:
        'The decision carries instructions for procurement rectification (hankintaoikaisu, within 14 days) and for appeal to the Market Court (14 days). It gives reasons: suitability, exclusions, ranking and points.',
      municipalRectification:
        'The municipality’s decision carries instructions for a request for review under the Local Government Act (oikaisuvaatimus, 14 days); procurement rectification and the Market Court are not available.',
      ownRules:
        'The Act’s redress rules do not apply; follow the authority’s own administrative rules on instructions.',
      utilityLaw:
        'The decision carries instructions for procurement rectification and for appeal to the Market Court under the Utilities Procurement Act.',
      wellbeingRectification:
        'The wellbeing services county’s decision carries the request for review instruction of the Act on Wellbeing Services Counties (14 days); procurement rectification and the Market Court are not available.',
      noStatutoryRedress:
        'A municipal company is outside the redress of the Local Government Act and of the procurement act at this value: the decision carries no request for review or appeal instruction. It may state that no appeal lies.',
    },
    timeLimitsLabel: 'Minimum time limits',
    sourceLabel: 'Source: {{source}}',
  },
  procedure: {
    label: 'Procedure',
    hint: 'Choose the procedure. Each option says in which procurements it can be used.',
    notChosen: 'No procedure chosen yet.',
    allowedIn: 'Available in: {{regimes}}.',
    allowedEverywhere: 'Available in every procurement.',
    notAllowed: 'Not available in this procurement ({{regime}}).',
    smallProcurementRefused:
      'A small procurement cannot be chosen: the estimated value reaches the threshold, so the procurement act applies ({{regime}}). Choose a procedure under the act or check the value.',
    conditional: 'In EU procurements it requires the grounds set out in the Act.',
    kinds: {
      open: {
        name: 'Open procedure',
        explain: 'Anyone interested may submit a tender. The simplest and most common procedure.',
      },
      restricted: {
        name: 'Restricted procedure',
        explain:
          'Suppliers first request to participate; the authority selects the candidates who receive the invitation to tender.',
      },
      negotiated: {
        name: 'Negotiated procedure',
        explain:
          'Tenders are negotiated with selected candidates. In EU procurements only in the situations the Act lists, e.g. when no ready-made solutions exist.',
      },
      competitiveDialogue: {
        name: 'Competitive dialogue',
        explain:
          'The solution is developed in dialogue with selected candidates before final tenders. For complex procurements.',
      },
      innovationPartnership: {
        name: 'Innovation partnership',
        explain:
          'An innovative solution the market lacks is developed and purchased in the same procedure.',
      },
      frameworkAgreement: {
        name: 'Framework agreement',
        explain:
          'Terms are agreed with one or more suppliers for purchases during the agreement (at most 4 years without special reason). Can include a dynamic element.',
      },
      dynamicPurchasingSystem: {
        name: 'Dynamic purchasing system',
        explain:
          'An electronic system suitable suppliers can join throughout its validity; purchases are competed within the system.',
      },
      directAward: {
        name: 'Direct award',
        explain:
          'The contract is awarded without competition. Only on grounds the Act sets out, and the grounds must be recorded.',
      },
      smallProcurement: {
        name: 'Small procurement',
        explain:
          'A procurement below the national threshold under the organisation’s own rules, openly and fairly.',
      },
    },
    regimeNames: {
      belowNational: 'small procurements',
      national: 'national procurements',
      eu: 'EU procurements',
      utilityBelowEu: 'utilities below the EU threshold',
    },
    frameworkProcedure: 'Procedure used to award the framework agreement',
    frameworkDynamicElement: 'The framework agreement has a dynamic element',
    directAwardJustification: 'Grounds for the direct award',
    directAwardJustificationHint: 'Record the provision and the facts the direct award relies on.',
    directAwardJustificationMissing: 'A direct award requires written grounds.',
    electronicTenders: 'Tenders are received electronically',
    urgency: 'Urgency (accelerated procedure)',
    urgencyJustification: 'Grounds for urgency',
    urgencyJustificationMissing: 'Urgency must be substantiated in the procurement documents.',
    priorInformationNotice: 'A prior information notice has been published',
    tenderDeadlineAgreed: 'The tender deadline is agreed with all selected candidates',
    source: 'Source: {{source}}',
  },
  screening: {
    intro:
      'An employment clause suits labour-intensive services and works especially, with a contract period of at least about a year.',
    labourIntensive: 'Is the procurement labour-intensive?',
    subcontractingPossible: 'Can part of the work be subcontracted, e.g. to a social enterprise?',
    apprenticeshipsPossible:
      'Can the work be offered as apprenticeships, work trials or pay-subsidised work?',
    answers: { yes: 'Yes', no: 'No', unknown: 'Not known' },
    notes: 'Notes',
    resultHeading: 'Recommendation',
    recommendation: {
      recommended: 'An employment clause is recommended',
      consider: 'An employment clause is worth considering',
      notRecommended: 'An employment clause probably does not fit',
      incomplete: 'Answer the questions to get a recommendation',
    },
    reasons: {
      labourIntensiveYes: 'The procurement is labour-intensive.',
      labourIntensiveNo: 'The procurement is not labour-intensive.',
      labourIntensiveUnknown: 'Labour intensity has not been assessed.',
      durationMet: 'The contract period is $t(units.months, {"count": {{months}} }), at least 12.',
      durationShort: 'The contract period is $t(units.months, {"count": {{months}} }), under 12.',
      durationIndefinite: 'The contract runs until further notice.',
      valueMet: 'The estimated value {{total}} exceeds the organisation’s limit {{limit}}.',
      valueBelow:
        'The estimated value {{total}} does not exceed the organisation’s limit {{limit}}.',
      waysAvailable:
        'The clause can be fulfilled in several ways (subcontracting, apprenticeships, work trials or pay subsidy).',
      waysUnavailable: 'There seem to be no flexible ways to fulfil the clause.',
    },
    handover: 'The recommendation carries over to the Employment clause phase.',
  },
  sample: {
    offerHeading: 'Would you like to explore a sample?',
    offerBody:
      'The sample is modelled on Tampere’s purchase of rehabilitative work activity: four lots, a two-year contract and two option years. The planning phase is filled in.',
    open: 'Open the sample procurement',
    title: 'Rehabilitative work activity and social rehabilitation (sample)',
    referenceNumber: 'SAMPLE-001',
    description:
      'A sample procurement for practice. The municipality buys rehabilitative work activity and social rehabilitation from associations and other providers in four lots. Modelled on Tampere’s 2017 purchase (total value 24 M€, contract 2 years + options 1 + 1 years). The figures are illustrative.',
    responsiblePerson: 'Procurement specialist',
    lot1A: 'Rehabilitative work activity towards work and education',
    lot1ADescription: 'A service whose aim is the client moving on to work or education.',
    lot1B: 'Rehabilitative work activity strengthening participation',
    lot1BDescription: 'A service that strengthens the client’s everyday skills and participation.',
    lot1C: 'Social rehabilitation',
    lot1CDescription: 'Social rehabilitation under the Social Welfare Act.',
    lot2: 'Individually guided rehabilitative work activity',
    lot2Description: 'An individually guided service suited to smaller and new providers.',
    valuationNotes:
      'The annual values are based on the client volumes of the previous contract period (sample).',
    screeningNotes:
      'The service is labour-intensive; providers can offer work trials and subcontracting.',
  },
  profile: {
    organisationKind: 'Kind of organisation (redress for decisions below the national threshold)',
    organisationKinds: {
      municipality:
        'Municipality or joint municipal authority (request for review under the Local Government Act)',
      wellbeingServicesCounty:
        'Wellbeing services county (request for review under the Wellbeing Services Counties Act)',
      municipalCompany: 'Municipal company (no statutory request for review)',
      other: 'Other contracting authority',
    },
    heading: 'Planning defaults',
    defaultAuthorityType: 'Contracting authority type of new procurements',
    employmentClauseValueLimit: 'Employment clause screening limit (€, VAT 0 %)',
    employmentClauseValueLimitHint:
      'Procurements above this amount are always screened for an employment clause (e.g. Helsinki: 200 000 €).',
    nationalMinimumTenderDays: 'Own minimum tender period for national procurements (days)',
    nationalMinimumTenderDaysHint:
      'The Act sets no minimum period for national procurements, only a reasonable one. This is the organisation’s own policy.',
  },
};

/** Texts of the planning phase (fi source, sv and en with the same keys). */
export const planningTexts: FeatureTexts<typeof fi> = { fi, sv, en };
