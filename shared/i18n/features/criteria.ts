import type { FeatureTexts } from '../shape';

const fi = {
  awardBasis: {
    lowestPrice: 'Halvin hinta',
    bestPriceQuality: 'Hinta-laatusuhteeltaan paras',
    costIncludingLifeCycle: 'Kustannuksiltaan edullisin (myös elinkaarikustannukset)',
  },
  priceFormula: {
    ratioToLowest: 'Suhteutus halvimpaan (halvin / tarjottu × enimmäispisteet)',
    linear: 'Lineaarinen (1 − erotus halvimpaan / hintojen vaihteluväli) × enimmäispisteet',
  },
  qualityScaling: {
    toBest: 'Suhteutetaan parhaaseen tarjoukseen',
    toMaximum: 'Suhteutetaan suurimpaan mahdolliseen',
  },
  tieBreakRule: {
    higherQualityPoints: 'enemmän laatupisteitä saanut tarjous',
    lowerPrice: 'vertailuhinnaltaan halvempi tarjous',
    drawingLots: 'arvonta',
  },
  scoringKind: {
    yesNo: 'Kyllä/ei',
    scale: 'Asteikko 0–n kirjallisin tasokuvauksin',
    measured: 'Mitattu arvo suhteutettuna parhaaseen',
  },
  priceUnit: {
    hour: 'tunti',
    clientDay: 'asiakaspäivä',
    month: 'kuukausi',
    lumpSum: 'kertahinta',
    piece: 'kappale',
  },
  outcome: {
    openMarketJob: 'työllistyminen avoimille työmarkkinoille',
    degreeEducation: 'tutkintoon johtava koulutus',
    paySubsidisedCompany: 'palkkatuettu työ yrityksessä',
    paySubsidisedPublicOrThirdSector: 'palkkatuettu työ julkisella tai kolmannella sektorilla',
    workTrialOrPreparatory: 'työkokeilu tai valmentava koulutus',
  },
  riskGroup: {
    easy: 'helposti työllistyvät',
    average: 'keskimääräiset',
    hard: 'vaikeasti työllistyvät',
  },
  describe: {
    basis: {
      lowestPrice:
        'Tarjouksista valitaan kokonaistaloudellisesti edullisin, joka on hinnaltaan halvin.',
      bestPriceQuality:
        'Tarjouksista valitaan kokonaistaloudellisesti edullisin, joka on hinta-laatusuhteeltaan paras.',
      costIncludingLifeCycle:
        'Tarjouksista valitaan kokonaistaloudellisesti edullisin, joka on kustannuksiltaan edullisin elinkaarikustannukset huomioiden.',
    },
    weights:
      'Hinnan painoarvo on {{price}} pistettä ja laadun {{quality}} pistettä, yhteensä 100 pistettä.',
    comparisonPrice:
      'Vertailuhinta on tarjottujen yksikköhintojen ja tarjouspyynnössä ilmoitettujen arvioitujen määrien tulojen summa (alv 0 %).',
    priceRatioToLowest:
      'Hintapisteet = halvin vertailuhinta / tarjouksen vertailuhinta × {{points}}.',
    priceLinear:
      'Hintapisteet = (1 − (tarjouksen vertailuhinta − halvin vertailuhinta) / (kallein vertailuhinta − halvin vertailuhinta)) × {{points}}. Jos kaikkien vertailtavien tarjousten vertailuhinta on sama, kaikki saavat {{points}} hintapistettä.',
    qualityToBest:
      'Laatupisteet suhteutetaan kunkin perusteen osalta parhaaseen vertailtavaan tarjoukseen: paras saa perusteen enimmäispisteet.',
    qualityToMaximum:
      'Laatupisteet lasketaan kunkin perusteen osalta suhteessa suurimpaan mahdolliseen tasoon: enimmäispisteet saa vain enimmäistasosta.',
    criterion: '{{name}}: enintään {{points}} pistettä.',
    yesNo: 'Kyllä: {{points}} pistettä, ei: 0 pistettä.',
    scale: 'Arvioidaan asteikolla 0–{{maxLevel}}.',
    scaleLevel: 'Taso {{level}}: {{description}}',
    measuredHigher:
      'Arvo ({{unit}}) suhteutetaan parhaaseen: pisteet = arvo / suurin arvo × {{points}}.',
    measuredLower:
      'Arvo ({{unit}}) suhteutetaan parhaaseen: pisteet = pienin arvo / arvo × {{points}}.',
    employmentCommitment:
      'Työllistämissitoumus henkilötyökuukausina: {{baseline}} tai vähemmän 0 pistettä, {{cap}} tai enemmän {{points}} pistettä, niiden välillä suoraan suhteessa.',
    employmentCommitmentOpen:
      'Työllistämissitoumuksen pisteytys täsmennetään työllistämisehdon vaiheessa.',
    minimumRequirements:
      'Seuraavat vähimmäisvaatimukset on täytettävä. Niitä ei pisteytetä; tarjous, joka ei täytä jotakin niistä, suljetaan tarjousvertailun ulkopuolelle.',
    minimumRequirement: '– {{text}}',
    tieBreak: 'Jos kokonaispisteet ovat tasan, etusijalla on {{rules}}.',
    tieBreakMissing: 'Tasapisteiden ratkaisusääntö on vielä valitsematta.',
    roundingPresentationOnly:
      'Pisteet lasketaan pyöristämättä ja esitetään {{decimals}} desimaalin tarkkuudella; pyöristys tehdään vain esitettäessä.',
    roundingPerCriterion:
      'Kunkin vertailuperusteen pisteet pyöristetään {{decimals}} desimaalin tarkkuuteen ennen yhteenlaskua.',
    paymentUnitPrice: 'Palvelusta maksetaan tarjottu yksikköhinta ({{unit}}).',
    paymentFixedPrice: 'Palvelusta maksetaan tarjottu kiinteä kuukausihinta.',
    paymentImpactBased:
      'Palveluntuottaja laskuttaa jokaiselta asiakaspäivältä {{share}} % tarjoamastaan asiakaspäivähinnasta. Lisäksi se saa todennetusta vaikuttavuudesta, joka tarkistetaan {{delay}} kuukauden kuluttua palvelun päättymisestä, tarjotun asiakaspäivähinnan kerrannaisen: työllistyminen avoimille työmarkkinoille {{openMarketJob}}-kertainen, tutkintoon johtava koulutus {{degreeEducation}}-kertainen, palkkatuettu työ yrityksessä {{paySubsidisedCompany}}-kertainen, palkkatuettu työ julkisella tai kolmannella sektorilla {{paySubsidisedPublicOrThirdSector}}-kertainen sekä työkokeilu tai valmentava koulutus {{workTrialOrPreparatory}}-kertainen.',
    paymentCapitation:
      'Maksu koostuu kapitaatiosta ja tulospalkkiosta. Asiakkaat jaetaan kolmeen riskiryhmään (helposti työllistyvät, keskimääräiset, vaikeasti työllistyvät). Kuukausittainen kapitaatio = asiakkaat × tarjottu kuukausihinta × ryhmän paino ({{capEasy}} / {{capAverage}} / {{capHard}}). Tulospalkkio maksetaan todennetuilta työllistymistunneilta, {{feePerHourCents}} tunnilta kerrottuna ryhmän painolla ({{feeEasy}} / {{feeAverage}} / {{feeHard}}), ja se laskutetaan {{interval}} kuukauden välein. Yhdellä palveluntuottajalla voi olla enintään {{cap}} asiakasta.',
  },
  issues: {
    weightsNotHundred:
      'Painoarvojen summa on {{total}} (hinta {{price}} + laatu {{quality}}); sen on oltava 100. Erotus: {{difference}}.',
    priceOnlyBasisHasQuality:
      'Kun valintaperuste on halvin hinta tai edullisimmat kustannukset, laatuperusteita ei pisteytetä. Poista ne tai valitse hinta-laatusuhde.',
    noQualityCriteria: 'Hinta-laatusuhteessa tarvitaan vähintään yksi pisteytettävä laatuperuste.',
    tieBreakMissing: 'Valitse tasapisteiden ratkaisusääntö; se on ilmoitettava etukäteen.',
    tieBreakRepeated: 'Ratkaisusääntö on valittu kahdesti.',
    nameMissing: 'Kirjoita nimi tai teksti suomeksi.',
    scaleLevelMissing: 'Asteikon tasolta {{level}} puuttuu kuvaus.',
    employmentParamsMissing:
      'Työllistämissitoumuksen lähtötaso ja katto täytetään työllistämisehdon vaiheessa.',
    employmentCapNotAboveBaseline:
      'Katon ({{cap}} htkk) on oltava suurempi kuin lähtötason ({{baseline}} htkk).',
    noPricingItems: 'Lisää vähintään yksi hinnoiteltava kohta.',
    duplicateId: 'Sama tunniste on kahdesti.',
    priceRangeReversed: 'Hintahaarukan alaraja on suurempi kuin yläraja.',
  },
  tenderIssues: {
    priceNotPositive:
      'Tarjoajan {{tenderer}} hinta on {{cents}} senttiä. Hinnan on oltava suurempi kuin nolla; nolla- tai negatiivista hintaa ei voi vertailla.',
    priceMissing: 'Tarjoajalta {{tenderer}} puuttuu hinta.',
    comparisonPriceTooLarge:
      'Tarjoajan {{tenderer}} vertailuhinta on liian suuri laskettavaksi tarkasti.',
    businessIdInvalid: 'Tarjoajan {{tenderer}} Y-tunnus ei ole kelvollinen.',
    answerOutOfRange: 'Tarjoajan {{tenderer}} arvo {{value}} ei ole sallitulla välillä 0–{{top}}.',
    answerNotPositive: 'Tarjoajan {{tenderer}} arvon on oltava suurempi kuin nolla.',
    answerMissing: 'Tarjoajalta {{tenderer}} puuttuu arvio; se saa perusteesta 0 pistettä.',
    reasonMissing: 'Tarjoajan {{tenderer}} pisteille ei ole kirjoitettu perustelua.',
    requirementReasonMissing:
      'Kirjoita perustelu, miksi tarjoaja {{tenderer}} ei täytä vähimmäisvaatimusta.',
    requirementUnanswered: 'Tarjoajan {{tenderer}} vähimmäisvaatimuksia ei ole kaikkia arvioitu.',
  },
  capitationIssues: {
    clientCapExceeded:
      'Asiakasta {{clientNumber}} ei voi ottaa: yhdellä palveluntuottajalla voi olla enintään {{cap}} asiakasta.',
    priceOutsideRange:
      'Kuukausihinta {{priceCents}} ei ole hankintayksikön asettamalla välillä {{minCents}}–{{maxCents}}.',
    groupMissing: 'Riskiryhmän ehdot puuttuvat.',
  },
  comparisonNotes: {
    allPricesEqualLinear:
      'Kaikkien vertailtavien tarjousten vertailuhinta on sama ({{cents}}). Lineaarinen kaava jakaisi nollalla, joten kaikki saavat täydet hintapisteet: hinnoissa ei ole eroa, jota pisteyttää.',
    noneScored:
      'Yksikään vertailtava tarjous ei saanut perusteesta pisteitä, joten kaikki saavat 0 pistettä.',
    noComparedTenders: 'Vertailtavia tarjouksia ei ole.',
    tieNeedsDrawing:
      '{{count}} tarjousta on tasan kaikkien ratkaisusääntöjen jälkeen; kirjaa arvonnan tulos.',
  },
  sensitivity: {
    noQuality: 'Laatuperusteita ei ole, joten painoarvon herkkyyttä ei voi tarkastella.',
    noTenders: 'Vertailtavia tarjouksia ei ole.',
    stableEverywhere:
      'Voittaja ({{winner}}) on sama, olipa hinnan painoarvo mitä tahansa väliltä 0–100. Tulos ei riipu painoarvoista.',
    stableNear:
      'Voittaja on sama, kun hinnan painoarvo on enintään {{window}} pistettä valitusta ({{chosen}}) kumpaankin suuntaan. Voittaja vaihtuisi vasta painoarvolla {{at}}.',
    winnerFlipsNear:
      'Voittaja vaihtuu, kun hinnan painoarvo on {{at}} (valittu {{chosen}}): {{from}} → {{to}}. Tulos on herkkä painoarvoille; painoarvojen perusteet kannattaa kirjata.',
    orderFlipsNear:
      'Voittaja pysyy samana ±{{window}} pisteen välillä valitusta painoarvosta ({{chosen}}), mutta {{pairs}} tarjousparin järjestys vaihtuu.',
  },
  formulas: {
    comparisonPrice: 'Σ yksikköhinta × arvioitu määrä',
    priceRatioToLowest: 'halvin {{lowestCents}} / tarjottu {{offeredCents}} × {{max}}',
    priceLinear:
      '(1 − ({{offeredCents}} − {{lowestCents}}) / ({{highestCents}} − {{lowestCents}})) × {{max}}',
    priceLinearAllEqual: 'kaikki hinnat samat ({{offeredCents}}) → täydet {{max}} pistettä',
    qualityToMaximum: '{{value}} / {{top}} × {{max}}',
    qualityToBest: '{{value}} / paras {{best}} × {{max}}',
    qualityNoneScored: 'kukaan ei saanut pisteitä → 0',
    measuredHigherToBest: '{{value}} / suurin {{best}} × {{max}}',
    measuredLowerToBest: 'pienin {{best}} / {{value}} × {{max}}',
    employmentCommitment:
      '({{value}} − {{baseline}}) / ({{cap}} − {{baseline}}) × {{max}}, välillä 0–{{max}}',
    qualitySum: 'laatuperusteiden pisteiden summa',
    total: 'hintapisteet {{pricePoints}} + laatupisteet {{qualityPoints}}',
  },
  formulaLines: {
    unitPricePerHour: '{{quantity}} h × {{unitPriceCents}}',
    unitPricePerClientDay: '{{quantity}} asiakaspäivää × {{unitPriceCents}}',
    unitPricePerMonth: '{{quantity}} kk × {{unitPriceCents}}',
    fixedPricePerMonth: '{{months}} kk × {{monthlyPriceCents}}',
    impactBase: '{{clientDays}} asiakaspäivää × {{clientDayPriceCents}} × {{baseSharePercent}} %',
    impactOutcome: {
      openMarketJob: '{{count}} × avoimet työmarkkinat {{multiple}} × {{clientDayPriceCents}}',
      degreeEducation:
        '{{count}} × tutkintoon johtava koulutus {{multiple}} × {{clientDayPriceCents}}',
      paySubsidisedCompany:
        '{{count}} × palkkatuettu työ yrityksessä {{multiple}} × {{clientDayPriceCents}}',
      paySubsidisedPublicOrThirdSector:
        '{{count}} × palkkatuettu työ julkisella tai kolmannella sektorilla {{multiple}} × {{clientDayPriceCents}}',
      workTrialOrPreparatory:
        '{{count}} × työkokeilu tai valmentava koulutus {{multiple}} × {{clientDayPriceCents}}',
    },
    capitationGroup: {
      easy: 'Helposti työllistyvät: {{clients}} × {{monthlyPriceCents}} × {{weight}}',
      average: 'Keskimääräiset: {{clients}} × {{monthlyPriceCents}} × {{weight}}',
      hard: 'Vaikeasti työllistyvät: {{clients}} × {{monthlyPriceCents}} × {{weight}}',
    },
    resultFeeGroup: {
      easy: 'Helposti työllistyvät: {{hours}} h × {{feePerHourCents}} × {{weight}}',
      average: 'Keskimääräiset: {{hours}} h × {{feePerHourCents}} × {{weight}}',
      hard: 'Vaikeasti työllistyvät: {{hours}} h × {{feePerHourCents}} × {{weight}}',
    },
    resultFeeBonus: 'Bonus {{name}}: {{feeCents}} × {{factorPercent}} %',
    resultFeeSanction: 'Sanktio {{name}}: {{feeCents}} × {{factorPercent}} %',
    total: 'Yhteensä',
  },
  libraryIssues: {
    libraryFull: 'Kirjastossa on jo enimmäismäärä perusteita (500).',
    duplicateId: 'Kirjastossa on jo peruste tällä tunnisteella.',
    notFound: 'Perustetta ei löydy kirjastosta; se on ehkä poistettu.',
  },
  library: {
    seed: {
      certificate: {
        name: 'Työtoiminta on opinnollistettu',
        description:
          'Asiakkaan työtoiminnassa oppimat taidot on kuvattu tutkinnon osien mukaisesti, ja asiakas voi saada niistä todistuksen.',
      },
      fields: {
        name: 'Tarjottujen työtoiminta-alojen määrä',
        description: 'Kuinka monella eri alalla asiakas voi tehdä työtoimintaa.',
        unit: 'alaa',
      },
      workAbility: {
        name: 'Työkyvyn arviointi',
        description:
          'Palveluntuottaja pystyy tekemään työkyvyn arvioinnin vähintään 10 %:lle asiakkaista vuodessa.',
      },
      immigrants: {
        name: 'Työtoimintaa maahanmuuttajille',
        description: 'Palveluntuottaja tarjoaa maahanmuuttajille suunniteltua työtoimintaa.',
      },
      clientParticipation: {
        name: 'Asiakkaat kehittävät palvelua',
        description: 'Asiakkaat osallistuvat palvelun kehittämiseen sovitulla, kuvatulla tavalla.',
      },
      establishedMethod: {
        name: 'Vakiintunut menetelmä',
        description:
          'Tarjottua toimintatapaa on käytetty vähintään 12 kuukautta viimeisten kolmen vuoden aikana.',
      },
    },
  },
  ui: {
    stepsLabel: 'Vertailuperusteiden vaiheet',
    steps: {
      builder: 'Vertailuperusteet',
      payment: 'Maksumalli',
      comparison: 'Tarjousvertailu',
      sensitivity: 'Painoarvojen herkkyys',
    },
    scope: {
      label: 'Koko hankinta vai osa',
      hint: 'Osalle voi antaa omat vertailuperusteet, jos ne poikkeavat koko hankinnan perusteista. Tarjousvertailu tehdään valitulle osalle.',
      whole: 'Koko hankinta',
      lot: 'Osa {{code}} {{name}}',
    },
    summary: {
      basis: 'Valintaperuste',
      weights: 'Painoarvot',
      weightsValue: 'hinta {{price}} + laatu {{quality}} = {{total}}',
      payment: 'Maksumalli',
      problems: 'Korjattavaa',
      noProblems: 'Ei korjattavaa',
      problemCount: '{{count}} kohtaa',
    },
    lotSet: {
      heading: 'Osa {{code}} {{name}}',
      own: 'Tällä osalla on omat vertailuperusteet.',
      followsCommon:
        'Osa noudattaa koko hankinnan vertailuperusteita. Jos osan perusteet poikkeavat, anna sille omat (aluksi kopio yhteisistä).',
      makeOwn: 'Anna osalle omat vertailuperusteet',
      followCommon: 'Noudata koko hankinnan perusteita',
    },
    builder: {
      basisHeading: 'Valintaperuste',
      basisLabel: 'Miten kokonaistaloudellisesti edullisin tarjous valitaan',
      priceHeading: 'Hinta',
      priceWeight: 'Hinnan painoarvo (pistettä 100:sta)',
      priceWeightHint: 'Hinnan ja laatuperusteiden painoarvojen summan on oltava 100.',
      priceFormula: 'Hintapisteiden kaava',
      pricingItems: 'Hinnoiteltavat kohdat',
      pricingItemsIntro:
        'Vertailuhinta on yksikköhintojen ja tässä ilmoitettujen arvioitujen määrien tulojen summa.',
      itemName: 'Kohta',
      itemUnit: 'Yksikkö',
      itemQuantity: 'Arvioitu määrä',
      itemQuantityHint: 'Määrä, jolla yksikköhinta painottuu vertailuhinnassa.',
      addPricingItem: 'Lisää hinnoiteltava kohta',
      qualityHeading: 'Laatuperusteet',
      qualityIntro:
        'Pisteytettävät laatuperusteet ja niiden enimmäispisteet. Pidä pisteytys yksinkertaisena: kyllä/ei-perusteet ovat helpoimpia perustella.',
      noCriteria: 'Laatuperusteita ei ole vielä.',
      criterionName: 'Laatuperusteen nimi',
      criterionWeight: 'Enimmäispisteet',
      scoringKind: 'Pisteytystapa',
      maxLevel: 'Asteikon ylin taso',
      levelDescription: 'Tason {{level}} kuvaus',
      direction: 'Kumpi on parempi',
      higherIsBetter: 'Suurempi arvo on parempi',
      lowerIsBetter: 'Pienempi arvo on parempi',
      unit: 'Mittayksikkö',
      remove: 'Poista',
      addCriterion: 'Lisää laatuperuste',
      scaling: 'Laatupisteiden suhteutus',
      scalingHint:
        'Ilmoitetaan tarjouspyynnössä. Mitatut arvot suhteutetaan aina parhaaseen tarjoukseen.',
      employmentName: 'Työllistämissitoumus',
      employmentParams:
        'Lähtötaso {{baseline}} henkilötyökuukautta, katto {{cap}} henkilötyökuukautta (työllistämisehdon vaiheesta).',
      employmentOpen: 'Lähtötaso ja katto asetetaan työllistämisehdon vaiheessa.',
      employmentLink: 'Avaa työllistämisehdon vaihe',
      requirementsHeading: 'Vähimmäisvaatimukset',
      requirementsIntro:
        'Vähimmäisvaatimuksia ei pisteytetä. Tarjous, joka ei täytä jotakin niistä, jätetään tarjousvertailun ulkopuolelle.',
      requirementText: 'Vähimmäisvaatimus {{n}}',
      addRequirement: 'Lisää vähimmäisvaatimus',
      tieHeading: 'Tasapisteet ja pyöristys',
      tieIntro:
        'Tasapisteiden ratkaisusääntö on ilmoitettava etukäteen. Säännöt sovelletaan tässä järjestyksessä.',
      moveUp: 'Siirrä ylös',
      addTieRule: 'Lisää sääntö: {{rule}}',
      decimals: 'Pisteiden desimaalit',
      roundingStage: 'Milloin pisteet pyöristetään',
      roundingPresentationOnly: 'Vain esitettäessä (laskenta pyöristämättömillä pisteillä)',
      roundingPerCriterion: 'Jokaisen perusteen pisteet ennen yhteenlaskua',
      wordsHeading: 'Valinnat sanoin',
      wordsIntro: 'Näin valinnat kuvataan tarjouspyynnössä ja vertailumuistiossa.',
    },
    library: {
      heading: 'Vertailuperusteiden kirjasto ({{count}} valmista perustetta)',
      intro:
        'Organisaation yhteinen kirjasto, aluksi Tampereen työllisyyspalveluiden hankinnan (2017) laatuperusteet. Lisätty peruste kopioidaan tähän hankintaan enimmäispistein 0; aseta pisteet itse. Kirjaston muutokset eivät muuta jo lisättyjä perusteita.',
      add: 'Lisää',
      addNamed: 'Lisää kirjastosta: {{name}}',
      requirement: 'vähimmäisvaatimus',
      removeNamed: 'Poista kirjastosta: {{name}}',
      removed: 'Peruste {{name}} poistettiin kirjastosta.',
      restoreSeeds: 'Palauta valmiit perusteet',
      restored: 'Valmiit perusteet palautettiin kirjastoon.',
      saveCriterion: 'Tallenna kirjastoon',
      saved:
        'Peruste {{name}} tallennettiin kirjastoon; se on nyt kaikkien hankintojen käytettävissä.',
    },
    payment: {
      heading: 'Maksumalli',
      kindLabel: 'Miten palveluntuottajalle maksetaan',
      kinds: {
        none: 'Ei vielä valittu',
        unitPrice: 'Yksikköhinta',
        fixedPrice: 'Kiinteä hinta',
        impactBased: 'Vaikuttavuusperusteinen (Tampere)',
        capitation: 'Kapitaatio ja tulospalkkio (Pohjois-Savo)',
      },
      kindHints: {
        none: 'Maksumallia ei ole vielä päätetty.',
        unitPrice: 'Hinta tunnilta, asiakaspäivältä tai kuukaudelta.',
        fixedPrice: 'Sama hinta joka kuukausi.',
        impactBased:
          'Perusosuus asiakaspäivän hinnasta sekä todennetuista tuloksista hinnan monikerta.',
        capitation:
          'Kuukausihinta asiakasta kohden riskiryhmittäin sekä tulospalkkio todennetuista työtunneista.',
      },
      paramsHeading: 'Maksumallin ehdot',
      fixedPriceNote: 'Kiinteässä hinnassa ei ole muita ehtoja; kuukausihinta annetaan alla.',
      unit: 'Hinnoitteluyksikkö',
      baseShare: 'Perusosuus asiakaspäivän hinnasta (%)',
      baseShareHint: 'Tampereella 85 %.',
      multiple: 'Kerroin: {{outcome}}',
      verificationDelay: 'Tuloksen todentaminen (kuukautta palvelun jälkeen)',
      priceMin: 'Kuukausihinta vähintään',
      priceMax: 'Kuukausihinta enintään',
      capitationWeight: 'Kapitaatiopaino',
      resultFeeWeight: 'Tulospalkkion paino',
      resultFeePerHour: 'Tulospalkkio todennetulta työtunnilta',
      invoicingInterval: 'Tulospalkkion laskutusväli (kuukautta)',
      clientCap: 'Asiakkaita enintään palveluntuottajaa kohden',
      clientCapHint: 'Pohjois-Savossa 700.',
    },
    scenario: {
      heading: 'Kustannusskenaario',
      intro:
        'Arvioi määrät kolmella tasolla. Kustannus lasketaan kuukausittain koko sopimuskaudelle optioineen alkaen {{start}}.',
      startAssumed: 'Sopimuksen alkua ei ole suunniteltu, joten laskenta alkaa tästä päivästä.',
      price: {
        unitPrice: 'Arvioitu yksikköhinta',
        fixedPrice: 'Kuukausihinta',
        impactBased: 'Arvioitu asiakaspäivän hinta',
        capitation: 'Kuukausihinta',
      },
      capitationPrice: 'Kuukausihinta asiakasta kohden: {{group}}',
      levels: { low: 'Matala', expected: 'Odotettu', high: 'Korkea' },
      units: {
        hour: 'Tunteja kuukaudessa',
        clientDay: 'Asiakaspäiviä kuukaudessa',
        month: 'Kuukausia kuukaudessa',
      },
      clientDays: 'Asiakaspäiviä kuukaudessa',
      clientsEnding: 'Palvelun päättäviä asiakkaita kuukaudessa',
      outcomeRate: 'Osuus (%): {{outcome}}',
      clients: 'Asiakkaita: {{group}}',
      hours: 'Työtunteja asiakasta kohden kuukaudessa: {{group}}',
      nothingToVary: 'Kiinteässä hinnassa määrät eivät muuta kustannusta.',
      formulaHeading: 'Odotetun tason kuukausi',
      indefinite: 'Toistaiseksi voimassa oleva sopimus lasketaan 48 kuukaudelta.',
      periodsCaption: 'Kustannus sopimuskausittain',
      period: 'Kausi',
      months: 'Kuukausia',
      monthlyAt: 'Keskim. kuukaudessa, {{level}}',
      totalAt: 'Yhteensä, {{level}}',
      total: 'Koko sopimuskausi optioineen',
      periods: {
        base: 'Perussopimuskausi',
        option: 'Optio {{n}}',
        extension: 'Jatkokausi',
        afterEnd: 'Sopimuskauden jälkeen maksettavat tulospalkkiot',
      },
      chartHeading: 'Kustannus kuukausittain',
      chartAsTable: 'Näytä kuukausittaiset kustannukset taulukkona',
      month: 'Kuukausi',
      monthN: 'kk {{n}}',
    },
    comparison: {
      heading: 'Tarjousvertailu',
      intro:
        'Kirjoita hinnat ja pisteet taulukkoon. Valitse tarjoajan nimi, kun haluat kirjoittaa perustelut, arvioida vähimmäisvaatimukset tai sulkea tarjouksen pois. Napsauta lukua nähdäksesi, miten se laskettiin.',
      caption: 'Tarjoukset, pisteet ja järjestys',
      keyboardHint:
        'Nuolinäppäimet siirtävät riviltä toiselle, sarkain kentästä toiseen. Enter tallentaa kentän arvon.',
      cannotCompare: 'Vertailua ei voi vielä laskea:',
      warnings: 'Huomautuksia: {{count}}',
      rank: 'Sija',
      tenderer: 'Tarjoaja',
      unnamed: '(nimetön)',
      itemN: 'Hinta {{n}}',
      criterionN: 'Peruste {{n}}',
      comparisonPrice: 'Vertailuhinta',
      pricePoints: 'Hintapisteet',
      qualityPoints: 'Laatupisteet',
      total: 'Yhteensä',
      excluded: 'Suljettu pois',
      requirementNotMet: 'Vaatimus ei täyty',
      showFormula: 'Näytä laskutapa: {{what}}, {{tenderer}}',
      formulaNote:
        'Pisteet lasketaan pyöristämättöminä ja pyöristetään esitettäessä ilmoitetulla tavalla.',
      close: 'Sulje',
      addTender: 'Lisää tarjous',
      newTenderer: 'Tarjoaja {{n}}',
      badNumber: 'Kirjoita luku, esimerkiksi 3 tai 12,5.',
      conflict:
        'Tarjousvertailu on tallennettu muualla (esimerkiksi toisessa ikkunassa) tämän muokkauksen aikana. Lataa tallennettu versio; tämän näkymän tallentamattomat muutokset jäävät pois.',
      reload: 'Lataa tallennettu versio',
    },
    tender: {
      heading: 'Tarjous: {{name}}',
      name: 'Tarjoajan nimi',
      nameMissing: 'Kirjoita tarjoajan nimi.',
      businessId: 'Y-tunnus',
      businessIdHint:
        'Muoto 1234567-8. Jätä tyhjäksi, jos ulkomaisella tarjoajalla ei ole Y-tunnusta.',
      reasons: 'Arvioijan perustelut',
      reasonFor: '{{name}} (arvo {{value}})',
      requirements: 'Vähimmäisvaatimukset',
      requirementMet: 'Täyttää: {{text}}',
      requirementReason: 'Miksi vaatimus ei täyty',
      reasonRequired: 'Kirjoita perustelu.',
      exclusion: 'Poissulkeminen',
      excluded: 'Tarjous suljetaan tarjousvertailun ulkopuolelle',
      exclusionReason: 'Poissulkemisen peruste',
      remove: 'Poista tarjous vertailusta',
    },
    languages: {
      other: 'Ruotsiksi ja englanniksi',
      sv: '{{label}} ruotsiksi',
      en: '{{label}} englanniksi',
    },
    drawing: {
      tied: 'Tasapisteet jäivät ratkaisematta: {{names}}. Arvo järjestys ja kirjaa tulos: valitse ensin arvottu tarjous ensimmäisenä.',
      noRule:
        'Tasapisteet jäivät ratkaisematta: {{names}}. Ratkaisusäännöissä ei ole arvontaa; lisää se vertailuperusteisiin ennen tarjouspyynnön julkaisemista.',
      drawnNext: 'Arvottu seuraavaksi: {{name}}',
      recorded: 'Kirjattu arvontajärjestys: {{order}}',
      clear: 'Tyhjennä arvonnan tulos',
    },
    sensitivity: {
      heading: 'Painoarvojen herkkyys',
      intro:
        'Hinnan painoarvo käydään läpi 0–100 ja laatuperusteiden painoarvot skaalataan samassa suhteessa. Jos voittaja vaihtuu {{window}} pisteen sisällä valitusta painoarvosta, siitä varoitetaan.',
      flag: 'Voittaja vaihtuu ±{{window}} pisteen sisällä.',
      forReport: 'Tämän lauseen voi liittää vertailumuistioon.',
      winnerTotal: 'Voittajan kokonaispisteet',
      margin: 'Ero toiseksi parhaaseen',
      priceAxis: 'hinta {{weight}}',
      chosen: 'valittu',
      change: 'Hinnan painoarvolla {{at}} voittaja vaihtuu: {{from}} → {{to}}',
      tableCaption:
        'Voittaja hinnan painoarvon mukaan (5 pisteen välein, valittu ja vaihtumiskohdat)',
      priceWeight: 'Hinnan painoarvo',
      qualityWeight: 'Laadun painoarvo',
      winner: 'Voittaja',
      changed: 'vaihtui',
    },
  },
};

const sv: FeatureTexts<typeof fi>['sv'] = {
  awardBasis: {
    lowestPrice: 'Lägsta pris',
    bestPriceQuality: 'Bästa förhållandet mellan pris och kvalitet',
    costIncludingLifeCycle: 'Lägsta kostnad (även livscykelkostnader)',
  },
  priceFormula: {
    ratioToLowest: 'Relativt lägsta pris (lägsta / offererat × maxpoäng)',
    linear: 'Linjär (1 − skillnad mot lägsta / prisintervall) × maxpoäng',
  },
  qualityScaling: {
    toBest: 'Relateras till det bästa anbudet',
    toMaximum: 'Relateras till högsta möjliga',
  },
  tieBreakRule: {
    higherQualityPoints: 'anbudet med flest kvalitetspoäng',
    lowerPrice: 'anbudet med lägre jämförelsepris',
    drawingLots: 'lottning',
  },
  scoringKind: {
    yesNo: 'Ja/nej',
    scale: 'Skala 0–n med skriftliga nivåbeskrivningar',
    measured: 'Uppmätt värde relaterat till det bästa',
  },
  priceUnit: {
    hour: 'timme',
    clientDay: 'klientdag',
    month: 'månad',
    lumpSum: 'engångspris',
    piece: 'styck',
  },
  outcome: {
    openMarketJob: 'sysselsättning på den öppna arbetsmarknaden',
    degreeEducation: 'examensinriktad utbildning',
    paySubsidisedCompany: 'arbete med lönesubvention i ett företag',
    paySubsidisedPublicOrThirdSector:
      'arbete med lönesubvention inom den offentliga eller tredje sektorn',
    workTrialOrPreparatory: 'arbetsprövning eller förberedande utbildning',
  },
  riskGroup: { easy: 'lätt sysselsatta', average: 'genomsnittliga', hard: 'svårt sysselsatta' },
  describe: {
    basis: {
      lowestPrice: 'Det totalekonomiskt mest fördelaktiga anbudet, det med lägsta pris, antas.',
      bestPriceQuality:
        'Det totalekonomiskt mest fördelaktiga anbudet, det med bästa förhållandet mellan pris och kvalitet, antas.',
      costIncludingLifeCycle:
        'Det totalekonomiskt mest fördelaktiga anbudet, det med lägsta kostnad med beaktande av livscykelkostnaderna, antas.',
    },
    weights:
      'Priset viktas med {{price}} poäng och kvaliteten med {{quality}} poäng, sammanlagt 100 poäng.',
    comparisonPrice:
      'Jämförelsepriset är summan av de offererade enhetspriserna multiplicerade med de uppskattade mängder som anges i anbudsförfrågan (moms 0 %).',
    priceRatioToLowest: 'Prispoäng = lägsta jämförelsepris / anbudets jämförelsepris × {{points}}.',
    priceLinear:
      'Prispoäng = (1 − (anbudets jämförelsepris − lägsta jämförelsepris) / (högsta jämförelsepris − lägsta jämförelsepris)) × {{points}}. Om alla jämförda anbud har samma jämförelsepris får alla {{points}} prispoäng.',
    qualityToBest:
      'Kvalitetspoängen relateras för varje jämförelsegrund till det bästa jämförda anbudet: det bästa får grundens maxpoäng.',
    qualityToMaximum:
      'Kvalitetspoängen räknas för varje jämförelsegrund i förhållande till högsta möjliga nivå: maxpoäng ges endast för högsta nivån.',
    criterion: '{{name}}: högst {{points}} poäng.',
    yesNo: 'Ja: {{points}} poäng, nej: 0 poäng.',
    scale: 'Bedöms på skalan 0–{{maxLevel}}.',
    scaleLevel: 'Nivå {{level}}: {{description}}',
    measuredHigher:
      'Värdet ({{unit}}) relateras till det bästa: poäng = värde / högsta värde × {{points}}.',
    measuredLower:
      'Värdet ({{unit}}) relateras till det bästa: poäng = lägsta värde / värde × {{points}}.',
    employmentCommitment:
      'Sysselsättningsåtagande i personmånader: {{baseline}} eller mindre ger 0 poäng, {{cap}} eller mer ger {{points}} poäng, däremellan i direkt proportion.',
    employmentCommitmentOpen:
      'Poängsättningen av sysselsättningsåtagandet preciseras i skedet för sysselsättningsvillkoret.',
    minimumRequirements:
      'Följande minimikrav ska uppfyllas. De poängsätts inte; ett anbud som inte uppfyller något av dem lämnas utanför anbudsjämförelsen.',
    minimumRequirement: '– {{text}}',
    tieBreak: 'Om totalpoängen är lika har {{rules}} företräde.',
    tieBreakMissing: 'Regeln för lika poäng har ännu inte valts.',
    roundingPresentationOnly:
      'Poängen räknas utan avrundning och anges med {{decimals}} decimalers noggrannhet; avrundning sker endast vid presentationen.',
    roundingPerCriterion:
      'Poängen för varje jämförelsegrund avrundas till {{decimals}} decimaler före summeringen.',
    paymentUnitPrice: 'För tjänsten betalas det offererade enhetspriset ({{unit}}).',
    paymentFixedPrice: 'För tjänsten betalas det offererade fasta månadspriset.',
    paymentImpactBased:
      'Tjänsteleverantören fakturerar för varje klientdag {{share}} % av det offererade klientdagspriset. Därtill får den för verifierad effekt, som kontrolleras {{delay}} månader efter att tjänsten avslutats, en multipel av det offererade klientdagspriset: sysselsättning på den öppna arbetsmarknaden {{openMarketJob}} gånger, examensinriktad utbildning {{degreeEducation}} gånger, arbete med lönesubvention i ett företag {{paySubsidisedCompany}} gånger, arbete med lönesubvention inom den offentliga eller tredje sektorn {{paySubsidisedPublicOrThirdSector}} gånger samt arbetsprövning eller förberedande utbildning {{workTrialOrPreparatory}} gånger.',
    paymentCapitation:
      'Ersättningen består av kapitation och resultatarvode. Klienterna delas in i tre riskgrupper (lätt sysselsatta, genomsnittliga, svårt sysselsatta). Månatlig kapitation = klienter × offererat månadspris × gruppens vikt ({{capEasy}} / {{capAverage}} / {{capHard}}). Resultatarvode betalas för verifierade sysselsättningstimmar, {{feePerHourCents}} per timme multiplicerat med gruppens vikt ({{feeEasy}} / {{feeAverage}} / {{feeHard}}), och faktureras med {{interval}} månaders intervall. En tjänsteleverantör kan ha högst {{cap}} klienter.',
  },
  issues: {
    weightsNotHundred:
      'Vikternas summa är {{total}} (pris {{price}} + kvalitet {{quality}}); den ska vara 100. Skillnad: {{difference}}.',
    priceOnlyBasisHasQuality:
      'När grunden är lägsta pris eller lägsta kostnad poängsätts inga kvalitetsgrunder. Ta bort dem eller välj förhållandet mellan pris och kvalitet.',
    noQualityCriteria:
      'Förhållandet mellan pris och kvalitet kräver minst en kvalitetsgrund som poängsätts.',
    tieBreakMissing: 'Välj en regel för lika poäng; den ska anges på förhand.',
    tieBreakRepeated: 'Regeln har valts två gånger.',
    nameMissing: 'Skriv namnet eller texten på finska.',
    scaleLevelMissing: 'Beskrivning saknas för skalans nivå {{level}}.',
    employmentParamsMissing:
      'Utgångsnivån och taket för sysselsättningsåtagandet fylls i under sysselsättningsvillkoret.',
    employmentCapNotAboveBaseline:
      'Taket ({{cap}} personmånader) ska vara större än utgångsnivån ({{baseline}} personmånader).',
    noPricingItems: 'Lägg till minst en post som prissätts.',
    duplicateId: 'Samma identifierare förekommer två gånger.',
    priceRangeReversed: 'Prisintervallets nedre gräns är större än den övre.',
  },
  tenderIssues: {
    priceNotPositive:
      'Anbudsgivaren {{tenderer}} har priset {{cents}} cent. Priset ska vara större än noll; ett pris på noll eller ett negativt pris kan inte jämföras.',
    priceMissing: 'Pris saknas för anbudsgivaren {{tenderer}}.',
    comparisonPriceTooLarge:
      'Jämförelsepriset för anbudsgivaren {{tenderer}} är för stort för att räknas exakt.',
    businessIdInvalid: 'FO-numret för anbudsgivaren {{tenderer}} är inte giltigt.',
    answerOutOfRange: 'Värdet {{value}} för anbudsgivaren {{tenderer}} ligger inte inom 0–{{top}}.',
    answerNotPositive: 'Värdet för anbudsgivaren {{tenderer}} ska vara större än noll.',
    answerMissing: 'Bedömning saknas för anbudsgivaren {{tenderer}}; grunden ger 0 poäng.',
    reasonMissing: 'Ingen motivering har skrivits för poängen till anbudsgivaren {{tenderer}}.',
    requirementReasonMissing:
      'Skriv en motivering till varför anbudsgivaren {{tenderer}} inte uppfyller minimikravet.',
    requirementUnanswered: 'Alla minimikrav för anbudsgivaren {{tenderer}} har inte bedömts.',
  },
  capitationIssues: {
    clientCapExceeded:
      'Klient {{clientNumber}} kan inte tas emot: en tjänsteleverantör kan ha högst {{cap}} klienter.',
    priceOutsideRange:
      'Månadspriset {{priceCents}} ligger inte inom det intervall {{minCents}}–{{maxCents}} som den upphandlande enheten angett.',
    groupMissing: 'Villkoren för riskgruppen saknas.',
  },
  comparisonNotes: {
    allPricesEqualLinear:
      'Alla jämförda anbud har samma jämförelsepris ({{cents}}). Den linjära formeln skulle dividera med noll, så alla får full prispoäng: det finns ingen prisskillnad att poängsätta.',
    noneScored: 'Inget jämfört anbud fick poäng för grunden, så alla får 0 poäng.',
    noComparedTenders: 'Det finns inga anbud att jämföra.',
    tieNeedsDrawing:
      '{{count}} anbud är lika efter alla regler; anteckna resultatet av lottningen.',
  },
  sensitivity: {
    noQuality: 'Det finns inga kvalitetsgrunder, så viktningens känslighet kan inte granskas.',
    noTenders: 'Det finns inga anbud att jämföra.',
    stableEverywhere:
      'Vinnaren ({{winner}}) är densamma oavsett prisets vikt mellan 0 och 100. Resultatet beror inte på vikterna.',
    stableNear:
      'Vinnaren är densamma när prisets vikt avviker högst {{window}} poäng från den valda ({{chosen}}) åt båda hållen. Vinnaren skulle byta först vid vikten {{at}}.',
    winnerFlipsNear:
      'Vinnaren byter när prisets vikt är {{at}} (vald {{chosen}}): {{from}} → {{to}}. Resultatet är känsligt för vikterna; grunderna för vikterna bör dokumenteras.',
    orderFlipsNear:
      'Vinnaren förblir densamma inom ±{{window}} poäng från den valda vikten ({{chosen}}), men {{pairs}} anbudspar byter plats.',
  },
  formulas: {
    comparisonPrice: 'Σ enhetspris × uppskattad mängd',
    priceRatioToLowest: 'lägsta {{lowestCents}} / offererat {{offeredCents}} × {{max}}',
    priceLinear:
      '(1 − ({{offeredCents}} − {{lowestCents}}) / ({{highestCents}} − {{lowestCents}})) × {{max}}',
    priceLinearAllEqual: 'alla priser lika ({{offeredCents}}) → full poäng {{max}}',
    qualityToMaximum: '{{value}} / {{top}} × {{max}}',
    qualityToBest: '{{value}} / bästa {{best}} × {{max}}',
    qualityNoneScored: 'ingen fick poäng → 0',
    measuredHigherToBest: '{{value}} / högsta {{best}} × {{max}}',
    measuredLowerToBest: 'lägsta {{best}} / {{value}} × {{max}}',
    employmentCommitment:
      '({{value}} − {{baseline}}) / ({{cap}} − {{baseline}}) × {{max}}, inom 0–{{max}}',
    qualitySum: 'summan av kvalitetsgrundernas poäng',
    total: 'prispoäng {{pricePoints}} + kvalitetspoäng {{qualityPoints}}',
  },
  formulaLines: {
    unitPricePerHour: '{{quantity}} h × {{unitPriceCents}}',
    unitPricePerClientDay: '{{quantity}} klientdagar × {{unitPriceCents}}',
    unitPricePerMonth: '{{quantity}} mån. × {{unitPriceCents}}',
    fixedPricePerMonth: '{{months}} mån. × {{monthlyPriceCents}}',
    impactBase: '{{clientDays}} klientdagar × {{clientDayPriceCents}} × {{baseSharePercent}} %',
    impactOutcome: {
      openMarketJob: '{{count}} × öppna arbetsmarknaden {{multiple}} × {{clientDayPriceCents}}',
      degreeEducation:
        '{{count}} × examensinriktad utbildning {{multiple}} × {{clientDayPriceCents}}',
      paySubsidisedCompany:
        '{{count}} × arbete med lönesubvention i företag {{multiple}} × {{clientDayPriceCents}}',
      paySubsidisedPublicOrThirdSector:
        '{{count}} × arbete med lönesubvention inom offentliga eller tredje sektorn {{multiple}} × {{clientDayPriceCents}}',
      workTrialOrPreparatory:
        '{{count}} × arbetsprövning eller förberedande utbildning {{multiple}} × {{clientDayPriceCents}}',
    },
    capitationGroup: {
      easy: 'Lätt sysselsatta: {{clients}} × {{monthlyPriceCents}} × {{weight}}',
      average: 'Genomsnittliga: {{clients}} × {{monthlyPriceCents}} × {{weight}}',
      hard: 'Svårt sysselsatta: {{clients}} × {{monthlyPriceCents}} × {{weight}}',
    },
    resultFeeGroup: {
      easy: 'Lätt sysselsatta: {{hours}} h × {{feePerHourCents}} × {{weight}}',
      average: 'Genomsnittliga: {{hours}} h × {{feePerHourCents}} × {{weight}}',
      hard: 'Svårt sysselsatta: {{hours}} h × {{feePerHourCents}} × {{weight}}',
    },
    resultFeeBonus: 'Bonus {{name}}: {{feeCents}} × {{factorPercent}} %',
    resultFeeSanction: 'Sanktion {{name}}: {{feeCents}} × {{factorPercent}} %',
    total: 'Sammanlagt',
  },
  libraryIssues: {
    libraryFull: 'Biblioteket innehåller redan det största antalet grunder (500).',
    duplicateId: 'Biblioteket har redan en grund med denna identifierare.',
    notFound: 'Grunden finns inte i biblioteket; den kan ha tagits bort.',
  },
  library: {
    seed: {
      certificate: {
        name: 'Arbetsverksamheten är studieanpassad',
        description:
          'De färdigheter klienten lär sig i arbetsverksamheten beskrivs enligt examensdelar, och klienten kan få ett intyg över dem.',
      },
      fields: {
        name: 'Antal erbjudna branscher för arbetsverksamhet',
        description: 'Inom hur många olika branscher klienten kan delta i arbetsverksamhet.',
        unit: 'branscher',
      },
      workAbility: {
        name: 'Bedömning av arbetsförmåga',
        description:
          'Tjänsteleverantören kan göra en bedömning av arbetsförmågan för minst 10 % av klienterna per år.',
      },
      immigrants: {
        name: 'Arbetsverksamhet för invandrare',
        description: 'Tjänsteleverantören erbjuder arbetsverksamhet som planerats för invandrare.',
      },
      clientParticipation: {
        name: 'Klienterna utvecklar tjänsten',
        description:
          'Klienterna deltar i utvecklingen av tjänsten på ett överenskommet, beskrivet sätt.',
      },
      establishedMethod: {
        name: 'Etablerad metod',
        description:
          'Det erbjudna arbetssättet har använts i minst 12 månader under de senaste tre åren.',
      },
    },
  },
  ui: {
    stepsLabel: 'Stegen för jämförelsegrunderna',
    steps: {
      builder: 'Jämförelsegrunder',
      payment: 'Betalningsmodell',
      comparison: 'Anbudsjämförelse',
      sensitivity: 'Viktningens känslighet',
    },
    scope: {
      label: 'Hela upphandlingen eller en del',
      hint: 'En del kan få egna jämförelsegrunder om de avviker från upphandlingens. Anbudsjämförelsen görs för den valda delen.',
      whole: 'Hela upphandlingen',
      lot: 'Del {{code}} {{name}}',
    },
    summary: {
      basis: 'Grund för val av anbud',
      weights: 'Viktning',
      weightsValue: 'pris {{price}} + kvalitet {{quality}} = {{total}}',
      payment: 'Betalningsmodell',
      problems: 'Att åtgärda',
      noProblems: 'Inget att åtgärda',
      problemCount: '{{count}} punkter',
    },
    lotSet: {
      heading: 'Del {{code}} {{name}}',
      own: 'Denna del har egna jämförelsegrunder.',
      followsCommon:
        'Delen följer hela upphandlingens jämförelsegrunder. Om delens grunder avviker, ge den egna (först en kopia av de gemensamma).',
      makeOwn: 'Ge delen egna jämförelsegrunder',
      followCommon: 'Följ hela upphandlingens grunder',
    },
    builder: {
      basisHeading: 'Grund för val av anbud',
      basisLabel: 'Hur det ekonomiskt mest fördelaktiga anbudet väljs',
      priceHeading: 'Pris',
      priceWeight: 'Prisets viktning (poäng av 100)',
      priceWeightHint: 'Summan av prisets och kvalitetsgrundernas viktning ska vara 100.',
      priceFormula: 'Formel för prispoäng',
      pricingItems: 'Prissatta poster',
      pricingItemsIntro:
        'Jämförelsepriset är summan av enhetspriserna gånger de uppskattade mängder som anges här.',
      itemName: 'Post',
      itemUnit: 'Enhet',
      itemQuantity: 'Uppskattad mängd',
      itemQuantityHint: 'Mängden som enhetspriset vägs med i jämförelsepriset.',
      addPricingItem: 'Lägg till en prissatt post',
      qualityHeading: 'Kvalitetsgrunder',
      qualityIntro:
        'Kvalitetsgrunder som poängsätts och deras maximipoäng. Håll poängsättningen enkel: ja/nej-grunder är lättast att motivera.',
      noCriteria: 'Inga kvalitetsgrunder ännu.',
      criterionName: 'Kvalitetsgrundens namn',
      criterionWeight: 'Maximipoäng',
      scoringKind: 'Poängsättning',
      maxLevel: 'Skalans högsta nivå',
      levelDescription: 'Beskrivning av nivå {{level}}',
      direction: 'Vilket är bättre',
      higherIsBetter: 'Ett högre värde är bättre',
      lowerIsBetter: 'Ett lägre värde är bättre',
      unit: 'Måttenhet',
      remove: 'Ta bort',
      addCriterion: 'Lägg till en kvalitetsgrund',
      scaling: 'Hur kvalitetspoängen relateras',
      scalingHint:
        'Anges i anbudsförfrågan. Uppmätta värden relateras alltid till det bästa anbudet.',
      employmentName: 'Sysselsättningsåtagande',
      employmentParams:
        'Utgångsnivå {{baseline}} årsverksmånader, tak {{cap}} årsverksmånader (från skedet för sysselsättningsvillkor).',
      employmentOpen: 'Utgångsnivå och tak anges i skedet för sysselsättningsvillkor.',
      employmentLink: 'Öppna skedet för sysselsättningsvillkor',
      requirementsHeading: 'Minimikrav',
      requirementsIntro:
        'Minimikrav poängsätts inte. Ett anbud som inte uppfyller något av dem lämnas utanför anbudsjämförelsen.',
      requirementText: 'Minimikrav {{n}}',
      addRequirement: 'Lägg till ett minimikrav',
      tieHeading: 'Lika poäng och avrundning',
      tieIntro: 'Regeln för lika poäng ska anges på förhand. Reglerna tillämpas i denna ordning.',
      moveUp: 'Flytta upp',
      addTieRule: 'Lägg till regel: {{rule}}',
      decimals: 'Poängens decimaler',
      roundingStage: 'När poängen avrundas',
      roundingPresentationOnly: 'Endast när de visas (beräkningen med oavrundade poäng)',
      roundingPerCriterion: 'Varje grunds poäng före summeringen',
      wordsHeading: 'Valen i ord',
      wordsIntro: 'Så här beskrivs valen i anbudsförfrågan och i jämförelsepromemorian.',
    },
    library: {
      heading: 'Bibliotek med jämförelsegrunder ({{count}} färdiga grunder)',
      intro:
        'Organisationens gemensamma bibliotek, först med kvalitetsgrunderna i Tammerfors upphandling av sysselsättningstjänster (2017). En tillagd grund kopieras till denna upphandling med maximipoäng 0; ange poängen själv. Ändringar i biblioteket ändrar inte redan tillagda grunder.',
      add: 'Lägg till',
      addNamed: 'Lägg till från biblioteket: {{name}}',
      requirement: 'minimikrav',
      removeNamed: 'Ta bort från biblioteket: {{name}}',
      removed: 'Grunden {{name}} togs bort från biblioteket.',
      restoreSeeds: 'Återställ de färdiga grunderna',
      restored: 'De färdiga grunderna återställdes i biblioteket.',
      saveCriterion: 'Spara i biblioteket',
      saved: 'Grunden {{name}} sparades i biblioteket; den kan nu användas i alla upphandlingar.',
    },
    payment: {
      heading: 'Betalningsmodell',
      kindLabel: 'Hur tjänsteleverantören betalas',
      kinds: {
        none: 'Inte valt ännu',
        unitPrice: 'Enhetspris',
        fixedPrice: 'Fast pris',
        impactBased: 'Resultatbaserad (Tammerfors)',
        capitation: 'Kapitation och resultatarvode (Norra Savolax)',
      },
      kindHints: {
        none: 'Betalningsmodellen är inte bestämd ännu.',
        unitPrice: 'Pris per timme, klientdag eller månad.',
        fixedPrice: 'Samma pris varje månad.',
        impactBased:
          'En basandel av klientdagens pris samt en multipel av priset för verifierade resultat.',
        capitation:
          'Månadspris per klient enligt riskgrupp samt resultatarvode för verifierade arbetstimmar.',
      },
      paramsHeading: 'Betalningsmodellens villkor',
      fixedPriceNote: 'Ett fast pris har inga andra villkor; månadspriset anges nedan.',
      unit: 'Prisenhet',
      baseShare: 'Basandel av klientdagens pris (%)',
      baseShareHint: 'I Tammerfors 85 %.',
      multiple: 'Multipel: {{outcome}}',
      verificationDelay: 'Verifiering av resultatet (månader efter tjänsten)',
      priceMin: 'Månadspris minst',
      priceMax: 'Månadspris högst',
      capitationWeight: 'Kapitationsvikt',
      resultFeeWeight: 'Resultatarvodets vikt',
      resultFeePerHour: 'Resultatarvode per verifierad arbetstimme',
      invoicingInterval: 'Resultatarvodets faktureringsintervall (månader)',
      clientCap: 'Högst antal klienter per tjänsteleverantör',
      clientCapHint: 'I Norra Savolax 700.',
    },
    scenario: {
      heading: 'Kostnadsscenario',
      intro:
        'Uppskatta mängderna på tre nivåer. Kostnaden beräknas per månad för hela avtalsperioden med optioner från {{start}}.',
      startAssumed: 'Avtalets början är inte planerad, så beräkningen börjar i dag.',
      price: {
        unitPrice: 'Uppskattat enhetspris',
        fixedPrice: 'Månadspris',
        impactBased: 'Uppskattat pris per klientdag',
        capitation: 'Månadspris',
      },
      capitationPrice: 'Månadspris per klient: {{group}}',
      levels: { low: 'Låg', expected: 'Förväntad', high: 'Hög' },
      units: {
        hour: 'Timmar per månad',
        clientDay: 'Klientdagar per månad',
        month: 'Månader per månad',
      },
      clientDays: 'Klientdagar per månad',
      clientsEnding: 'Klienter vars tjänst upphör per månad',
      outcomeRate: 'Andel (%): {{outcome}}',
      clients: 'Klienter: {{group}}',
      hours: 'Arbetstimmar per klient och månad: {{group}}',
      nothingToVary: 'Vid fast pris ändrar mängderna inte kostnaden.',
      formulaHeading: 'En månad på förväntad nivå',
      indefinite: 'Ett avtal som gäller tills vidare beräknas för 48 månader.',
      periodsCaption: 'Kostnad per avtalsperiod',
      period: 'Period',
      months: 'Månader',
      monthlyAt: 'I medeltal per månad, {{level}}',
      totalAt: 'Totalt, {{level}}',
      total: 'Hela avtalsperioden med optioner',
      periods: {
        base: 'Grundavtalsperiod',
        option: 'Option {{n}}',
        extension: 'Förlängning',
        afterEnd: 'Resultatarvoden som betalas efter avtalsperioden',
      },
      chartHeading: 'Kostnad per månad',
      chartAsTable: 'Visa kostnaderna per månad som tabell',
      month: 'Månad',
      monthN: 'mån {{n}}',
    },
    comparison: {
      heading: 'Anbudsjämförelse',
      intro:
        'Skriv priser och poäng i tabellen. Välj anbudsgivarens namn för att skriva motiveringar, bedöma minimikraven eller utesluta anbudet. Klicka på ett tal för att se hur det beräknades.',
      caption: 'Anbud, poäng och rangordning',
      keyboardHint:
        'Piltangenterna flyttar mellan raderna, tabb mellan fälten. Enter sparar fältets värde.',
      cannotCompare: 'Jämförelsen kan inte beräknas ännu:',
      warnings: 'Anmärkningar: {{count}}',
      rank: 'Plats',
      tenderer: 'Anbudsgivare',
      unnamed: '(namnlös)',
      itemN: 'Pris {{n}}',
      criterionN: 'Grund {{n}}',
      comparisonPrice: 'Jämförelsepris',
      pricePoints: 'Prispoäng',
      qualityPoints: 'Kvalitetspoäng',
      total: 'Totalt',
      excluded: 'Utesluten',
      requirementNotMet: 'Krav uppfylls inte',
      showFormula: 'Visa beräkningen: {{what}}, {{tenderer}}',
      formulaNote: 'Poängen beräknas oavrundade och avrundas när de visas på det sätt som angetts.',
      close: 'Stäng',
      addTender: 'Lägg till ett anbud',
      newTenderer: 'Anbudsgivare {{n}}',
      badNumber: 'Skriv ett tal, till exempel 3 eller 12,5.',
      conflict:
        'Anbudsjämförelsen har sparats någon annanstans (till exempel i ett annat fönster) medan du redigerade. Ladda den sparade versionen; osparade ändringar i denna vy tas inte med.',
      reload: 'Ladda den sparade versionen',
    },
    tender: {
      heading: 'Anbud: {{name}}',
      name: 'Anbudsgivarens namn',
      nameMissing: 'Skriv anbudsgivarens namn.',
      businessId: 'FO-nummer',
      businessIdHint: 'Formen 1234567-8. Lämna tomt om en utländsk anbudsgivare saknar FO-nummer.',
      reasons: 'Bedömarens motiveringar',
      reasonFor: '{{name}} (värde {{value}})',
      requirements: 'Minimikrav',
      requirementMet: 'Uppfyller: {{text}}',
      requirementReason: 'Varför kravet inte uppfylls',
      reasonRequired: 'Skriv en motivering.',
      exclusion: 'Uteslutning',
      excluded: 'Anbudet lämnas utanför anbudsjämförelsen',
      exclusionReason: 'Grund för uteslutningen',
      remove: 'Ta bort anbudet från jämförelsen',
    },
    languages: {
      other: 'På svenska och engelska',
      sv: '{{label}} på svenska',
      en: '{{label}} på engelska',
    },
    drawing: {
      tied: 'Lika poäng förblev oavgjorda: {{names}}. Lotta ordningen och anteckna resultatet: välj först det anbud som lottades först.',
      noRule:
        'Lika poäng förblev oavgjorda: {{names}}. Reglerna för lika poäng omfattar inte lottning; lägg till den i jämförelsegrunderna innan anbudsförfrågan publiceras.',
      drawnNext: 'Lottades som nästa: {{name}}',
      recorded: 'Antecknad lottningsordning: {{order}}',
      clear: 'Töm lottningens resultat',
    },
    sensitivity: {
      heading: 'Viktningens känslighet',
      intro:
        'Prisets viktning gås igenom från 0 till 100 och kvalitetsgrundernas viktning skalas i samma förhållande. Om vinnaren byts inom {{window}} poäng från den valda viktningen varnas du.',
      flag: 'Vinnaren byts inom ±{{window}} poäng.',
      forReport: 'Denna mening kan tas med i jämförelsepromemorian.',
      winnerTotal: 'Vinnarens totalpoäng',
      margin: 'Skillnad till den näst bästa',
      priceAxis: 'pris {{weight}}',
      chosen: 'vald',
      change: 'Med prisets viktning {{at}} byts vinnaren: {{from}} → {{to}}',
      tableCaption:
        'Vinnaren enligt prisets viktning (var 5:e poäng, den valda och bytespunkterna)',
      priceWeight: 'Prisets viktning',
      qualityWeight: 'Kvalitetens viktning',
      winner: 'Vinnare',
      changed: 'byttes',
    },
  },
};

const en: FeatureTexts<typeof fi>['en'] = {
  awardBasis: {
    lowestPrice: 'Lowest price',
    bestPriceQuality: 'Best price-quality ratio',
    costIncludingLifeCycle: 'Lowest cost (including life-cycle costs)',
  },
  priceFormula: {
    ratioToLowest: 'Ratio to the lowest (lowest / offered × maximum points)',
    linear: 'Linear (1 − difference to the lowest / price range) × maximum points',
  },
  qualityScaling: {
    toBest: 'Scaled to the best tender',
    toMaximum: 'Scaled to the maximum possible',
  },
  tieBreakRule: {
    higherQualityPoints: 'the tender with more quality points',
    lowerPrice: 'the tender with the lower comparison price',
    drawingLots: 'drawing lots',
  },
  scoringKind: {
    yesNo: 'Yes/no',
    scale: 'Scale 0–n with written level descriptions',
    measured: 'Measured value scaled to the best',
  },
  priceUnit: {
    hour: 'hour',
    clientDay: 'client-day',
    month: 'month',
    lumpSum: 'lump sum',
    piece: 'piece',
  },
  outcome: {
    openMarketJob: 'job on the open labour market',
    degreeEducation: 'education leading to a qualification',
    paySubsidisedCompany: 'pay-subsidised job in a company',
    paySubsidisedPublicOrThirdSector: 'pay-subsidised job in the public or third sector',
    workTrialOrPreparatory: 'work trial or preparatory training',
  },
  riskGroup: { easy: 'easy to employ', average: 'average', hard: 'hard to employ' },
  describe: {
    basis: {
      lowestPrice: 'The most economically advantageous tender is the one with the lowest price.',
      bestPriceQuality:
        'The most economically advantageous tender is the one with the best price-quality ratio.',
      costIncludingLifeCycle:
        'The most economically advantageous tender is the one with the lowest cost, taking life-cycle costs into account.',
    },
    weights:
      'Price is weighted {{price}} points and quality {{quality}} points, 100 points in total.',
    comparisonPrice:
      'The comparison price is the sum of the offered unit prices multiplied by the estimated quantities stated in the invitation to tender (VAT 0 %).',
    priceRatioToLowest:
      'Price points = lowest comparison price / the tender’s comparison price × {{points}}.',
    priceLinear:
      'Price points = (1 − (the tender’s comparison price − lowest comparison price) / (highest comparison price − lowest comparison price)) × {{points}}. If every compared tender has the same comparison price, each receives {{points}} price points.',
    qualityToBest:
      'Quality points are scaled, criterion by criterion, to the best compared tender: the best receives the criterion’s maximum points.',
    qualityToMaximum:
      'Quality points are computed, criterion by criterion, against the highest possible level: only the highest level receives the maximum points.',
    criterion: '{{name}}: at most {{points}} points.',
    yesNo: 'Yes: {{points}} points, no: 0 points.',
    scale: 'Assessed on a scale of 0–{{maxLevel}}.',
    scaleLevel: 'Level {{level}}: {{description}}',
    measuredHigher:
      'The value ({{unit}}) is scaled to the best: points = value / highest value × {{points}}.',
    measuredLower:
      'The value ({{unit}}) is scaled to the best: points = lowest value / value × {{points}}.',
    employmentCommitment:
      'Employment commitment in person-months: {{baseline}} or less gives 0 points, {{cap}} or more gives {{points}} points, in direct proportion in between.',
    employmentCommitmentOpen:
      'The scoring of the employment commitment is set in the employment clause phase.',
    minimumRequirements:
      'The following minimum requirements must be met. They are not scored; a tender that fails any of them is left out of the tender comparison.',
    minimumRequirement: '– {{text}}',
    tieBreak: 'If total points are equal, precedence goes to {{rules}}.',
    tieBreakMissing: 'The tie-break rule has not been chosen yet.',
    roundingPresentationOnly:
      'Points are computed without rounding and shown to {{decimals}} decimals; rounding happens only when they are presented.',
    roundingPerCriterion:
      'Each criterion’s points are rounded to {{decimals}} decimals before they are added up.',
    paymentUnitPrice: 'The service is paid at the offered unit price ({{unit}}).',
    paymentFixedPrice: 'The service is paid at the offered fixed monthly price.',
    paymentImpactBased:
      'The provider invoices {{share}} % of its offered client-day price for every client-day. In addition, for verified impact, checked {{delay}} months after the service ends, it earns a multiple of the offered client-day price: a job on the open labour market {{openMarketJob}} times, education leading to a qualification {{degreeEducation}} times, a pay-subsidised job in a company {{paySubsidisedCompany}} times, a pay-subsidised job in the public or third sector {{paySubsidisedPublicOrThirdSector}} times, and a work trial or preparatory training {{workTrialOrPreparatory}} times.',
    paymentCapitation:
      'Payment consists of capitation and a result fee. Clients are divided into three risk groups (easy to employ, average, hard to employ). Monthly capitation = clients × offered monthly price × the group’s weight ({{capEasy}} / {{capAverage}} / {{capHard}}). The result fee is paid per verified hour of employment, {{feePerHourCents}} per hour multiplied by the group’s weight ({{feeEasy}} / {{feeAverage}} / {{feeHard}}), and invoiced every {{interval}} months. One provider may have at most {{cap}} clients.',
  },
  issues: {
    weightsNotHundred:
      'The weights add up to {{total}} (price {{price}} + quality {{quality}}); they must add up to 100. Difference: {{difference}}.',
    priceOnlyBasisHasQuality:
      'With lowest price or lowest cost as the basis, no quality criteria are scored. Remove them or choose the price-quality ratio.',
    noQualityCriteria: 'The price-quality ratio needs at least one scored quality criterion.',
    tieBreakMissing: 'Choose a tie-break rule; it must be stated in advance.',
    tieBreakRepeated: 'This rule is chosen twice.',
    nameMissing: 'Write the name or text in Finnish.',
    scaleLevelMissing: 'Scale level {{level}} has no description.',
    employmentParamsMissing:
      'The baseline and cap of the employment commitment are filled in the employment clause phase.',
    employmentCapNotAboveBaseline:
      'The cap ({{cap}} person-months) must be greater than the baseline ({{baseline}} person-months).',
    noPricingItems: 'Add at least one item to be priced.',
    duplicateId: 'The same identifier appears twice.',
    priceRangeReversed: 'The lower end of the price range is above the upper end.',
  },
  tenderIssues: {
    priceNotPositive:
      'Tenderer {{tenderer}} has a price of {{cents}} cents. A price must be greater than zero; a zero or negative price cannot be compared.',
    priceMissing: 'A price is missing from tenderer {{tenderer}}.',
    comparisonPriceTooLarge:
      'The comparison price of tenderer {{tenderer}} is too large to compute exactly.',
    businessIdInvalid: 'The Business ID of tenderer {{tenderer}} is not valid.',
    answerOutOfRange: 'Value {{value}} of tenderer {{tenderer}} is not within 0–{{top}}.',
    answerNotPositive: 'The value of tenderer {{tenderer}} must be greater than zero.',
    answerMissing:
      'An assessment is missing for tenderer {{tenderer}}; the criterion gives 0 points.',
    reasonMissing: 'No reason has been written for the points of tenderer {{tenderer}}.',
    requirementReasonMissing:
      'Write why tenderer {{tenderer}} does not meet the minimum requirement.',
    requirementUnanswered:
      'Not every minimum requirement of tenderer {{tenderer}} has been assessed.',
  },
  capitationIssues: {
    clientCapExceeded:
      'Client {{clientNumber}} cannot be admitted: one provider may have at most {{cap}} clients.',
    priceOutsideRange:
      'The monthly price {{priceCents}} is not within the range {{minCents}}–{{maxCents}} the contracting authority set.',
    groupMissing: 'The terms of the risk group are missing.',
  },
  comparisonNotes: {
    allPricesEqualLinear:
      'Every compared tender has the same comparison price ({{cents}}). The linear formula would divide by zero, so all receive full price points: there is no price difference to score.',
    noneScored: 'No compared tender scored on this criterion, so all receive 0 points.',
    noComparedTenders: 'There are no tenders to compare.',
    tieNeedsDrawing:
      '{{count}} tenders are equal after every tie-break rule; record the result of drawing lots.',
  },
  sensitivity: {
    noQuality:
      'There are no quality criteria, so the sensitivity to the weights cannot be examined.',
    noTenders: 'There are no tenders to compare.',
    stableEverywhere:
      'The winner ({{winner}}) is the same whatever the price weight between 0 and 100. The result does not depend on the weights.',
    stableNear:
      'The winner stays the same when the price weight moves up to {{window}} points either way from the chosen {{chosen}}. The winner would change only at a weight of {{at}}.',
    winnerFlipsNear:
      'The winner changes at a price weight of {{at}} (chosen {{chosen}}): {{from}} → {{to}}. The result is sensitive to the weights; record the grounds for them.',
    orderFlipsNear:
      'The winner stays the same within ±{{window}} points of the chosen weight ({{chosen}}), but {{pairs}} pairs of tenders change places.',
  },
  formulas: {
    comparisonPrice: 'Σ unit price × estimated quantity',
    priceRatioToLowest: 'lowest {{lowestCents}} / offered {{offeredCents}} × {{max}}',
    priceLinear:
      '(1 − ({{offeredCents}} − {{lowestCents}}) / ({{highestCents}} − {{lowestCents}})) × {{max}}',
    priceLinearAllEqual: 'all prices equal ({{offeredCents}}) → full {{max}} points',
    qualityToMaximum: '{{value}} / {{top}} × {{max}}',
    qualityToBest: '{{value}} / best {{best}} × {{max}}',
    qualityNoneScored: 'nobody scored → 0',
    measuredHigherToBest: '{{value}} / highest {{best}} × {{max}}',
    measuredLowerToBest: 'lowest {{best}} / {{value}} × {{max}}',
    employmentCommitment:
      '({{value}} − {{baseline}}) / ({{cap}} − {{baseline}}) × {{max}}, within 0–{{max}}',
    qualitySum: 'sum of the quality criteria’s points',
    total: 'price points {{pricePoints}} + quality points {{qualityPoints}}',
  },
  formulaLines: {
    unitPricePerHour: '{{quantity}} h × {{unitPriceCents}}',
    unitPricePerClientDay: '{{quantity}} client-days × {{unitPriceCents}}',
    unitPricePerMonth: '$t(units.months, {"count": {{quantity}} }) × {{unitPriceCents}}',
    fixedPricePerMonth: '$t(units.months, {"count": {{months}} }) × {{monthlyPriceCents}}',
    impactBase: '{{clientDays}} client-days × {{clientDayPriceCents}} × {{baseSharePercent}} %',
    impactOutcome: {
      openMarketJob: '{{count}} × open labour market {{multiple}} × {{clientDayPriceCents}}',
      degreeEducation: '{{count}} × qualification education {{multiple}} × {{clientDayPriceCents}}',
      paySubsidisedCompany:
        '{{count}} × pay-subsidised job in a company {{multiple}} × {{clientDayPriceCents}}',
      paySubsidisedPublicOrThirdSector:
        '{{count}} × pay-subsidised job in the public or third sector {{multiple}} × {{clientDayPriceCents}}',
      workTrialOrPreparatory:
        '{{count}} × work trial or preparatory training {{multiple}} × {{clientDayPriceCents}}',
    },
    capitationGroup: {
      easy: 'Easy to employ: {{clients}} × {{monthlyPriceCents}} × {{weight}}',
      average: 'Average: {{clients}} × {{monthlyPriceCents}} × {{weight}}',
      hard: 'Hard to employ: {{clients}} × {{monthlyPriceCents}} × {{weight}}',
    },
    resultFeeGroup: {
      easy: 'Easy to employ: {{hours}} h × {{feePerHourCents}} × {{weight}}',
      average: 'Average: {{hours}} h × {{feePerHourCents}} × {{weight}}',
      hard: 'Hard to employ: {{hours}} h × {{feePerHourCents}} × {{weight}}',
    },
    resultFeeBonus: 'Bonus {{name}}: {{feeCents}} × {{factorPercent}} %',
    resultFeeSanction: 'Sanction {{name}}: {{feeCents}} × {{factorPercent}} %',
    total: 'Total',
  },
  libraryIssues: {
    libraryFull: 'The library already holds the maximum number of criteria (500).',
    duplicateId: 'The library already has a criterion with this identifier.',
    notFound: 'The criterion is not in the library; it may have been removed.',
  },
  library: {
    seed: {
      certificate: {
        name: 'Work activity leads to recognised learning',
        description:
          'The skills a client learns in work activity are described against parts of a vocational qualification, and the client can get a certificate of them.',
      },
      fields: {
        name: 'Number of fields of work activity offered',
        description: 'In how many different fields the client can take part in work activity.',
        unit: 'fields',
      },
      workAbility: {
        name: 'Work-ability assessment',
        description:
          'The provider can carry out a work-ability assessment for at least 10 % of clients a year.',
      },
      immigrants: {
        name: 'Work activity for immigrants',
        description: 'The provider offers work activity designed for immigrants.',
      },
      clientParticipation: {
        name: 'Clients develop the service',
        description: 'Clients take part in developing the service in an agreed, described way.',
      },
      establishedMethod: {
        name: 'Established method',
        description:
          'The offered way of working has been in use for at least 12 months in the last three years.',
      },
    },
  },
  ui: {
    stepsLabel: 'Steps of the award criteria',
    steps: {
      builder: 'Award criteria',
      payment: 'Payment model',
      comparison: 'Tender comparison',
      sensitivity: 'Weighting sensitivity',
    },
    scope: {
      label: 'Whole procurement or a lot',
      hint: 'A lot can have award criteria of its own when they differ from the procurement’s. The tender comparison is made for the chosen lot.',
      whole: 'Whole procurement',
      lot: 'Lot {{code}} {{name}}',
    },
    summary: {
      basis: 'Award basis',
      weights: 'Weighting',
      weightsValue: 'price {{price}} + quality {{quality}} = {{total}}',
      payment: 'Payment model',
      problems: 'To fix',
      noProblems: 'Nothing to fix',
      problemCount: '{{count}} items',
    },
    lotSet: {
      heading: 'Lot {{code}} {{name}}',
      own: 'This lot has award criteria of its own.',
      followsCommon:
        'The lot follows the award criteria of the whole procurement. If the lot’s criteria differ, give it its own (a copy of the common ones to start with).',
      makeOwn: 'Give the lot its own award criteria',
      followCommon: 'Follow the whole procurement’s criteria',
    },
    builder: {
      basisHeading: 'Award basis',
      basisLabel: 'How the most economically advantageous tender is chosen',
      priceHeading: 'Price',
      priceWeight: 'Price weighting (points out of 100)',
      priceWeightHint: 'The price and quality weightings must add up to 100.',
      priceFormula: 'Price points formula',
      pricingItems: 'Priced items',
      pricingItemsIntro:
        'The comparison price is the sum of the unit prices times the estimated quantities stated here.',
      itemName: 'Item',
      itemUnit: 'Unit',
      itemQuantity: 'Estimated quantity',
      itemQuantityHint: 'The quantity by which the unit price weighs in the comparison price.',
      addPricingItem: 'Add a priced item',
      qualityHeading: 'Quality criteria',
      qualityIntro:
        'Scored quality criteria and their maximum points. Keep the scoring simple: yes/no criteria are the easiest to justify.',
      noCriteria: 'No quality criteria yet.',
      criterionName: 'Name of the quality criterion',
      criterionWeight: 'Maximum points',
      scoringKind: 'Scoring method',
      maxLevel: 'Top level of the scale',
      levelDescription: 'Description of level {{level}}',
      direction: 'Which is better',
      higherIsBetter: 'A higher value is better',
      lowerIsBetter: 'A lower value is better',
      unit: 'Unit of measurement',
      remove: 'Remove',
      addCriterion: 'Add a quality criterion',
      scaling: 'How quality points are scaled',
      scalingHint:
        'Stated in the invitation to tender. Measured values are always scaled to the best tender.',
      employmentName: 'Employment commitment',
      employmentParams:
        'Baseline {{baseline}} person-months, cap {{cap}} person-months (from the employment clause phase).',
      employmentOpen: 'The baseline and cap are set in the employment clause phase.',
      employmentLink: 'Open the employment clause phase',
      requirementsHeading: 'Minimum requirements',
      requirementsIntro:
        'Minimum requirements are not scored. A tender that does not meet one of them is left out of the tender comparison.',
      requirementText: 'Minimum requirement {{n}}',
      addRequirement: 'Add a minimum requirement',
      tieHeading: 'Equal points and rounding',
      tieIntro:
        'The rule for equal points must be stated in advance. The rules apply in this order.',
      moveUp: 'Move up',
      addTieRule: 'Add rule: {{rule}}',
      decimals: 'Decimals of points',
      roundingStage: 'When points are rounded',
      roundingPresentationOnly: 'Only when shown (computed with unrounded points)',
      roundingPerCriterion: 'Each criterion’s points before adding up',
      wordsHeading: 'The choices in words',
      wordsIntro:
        'This is how the choices are described in the invitation to tender and the evaluation report.',
    },
    library: {
      heading: 'Library of award criteria ({{count}} ready criteria)',
      intro:
        'The organisation’s shared library, starting with the quality criteria of Tampere’s procurement of employment services (2017). An added criterion is copied into this procurement with maximum points 0; set the points yourself. Changes to the library do not change criteria already added.',
      add: 'Add',
      addNamed: 'Add from the library: {{name}}',
      requirement: 'minimum requirement',
      removeNamed: 'Remove from the library: {{name}}',
      removed: 'The criterion {{name}} was removed from the library.',
      restoreSeeds: 'Restore the ready criteria',
      restored: 'The ready criteria were restored to the library.',
      saveCriterion: 'Save to the library',
      saved: 'The criterion {{name}} was saved to the library; every procurement can now use it.',
    },
    payment: {
      heading: 'Payment model',
      kindLabel: 'How the service provider is paid',
      kinds: {
        none: 'Not chosen yet',
        unitPrice: 'Unit price',
        fixedPrice: 'Fixed price',
        impactBased: 'Impact-based (Tampere)',
        capitation: 'Capitation and result fee (Pohjois-Savo)',
      },
      kindHints: {
        none: 'The payment model is not decided yet.',
        unitPrice: 'A price per hour, client-day or month.',
        fixedPrice: 'The same price every month.',
        impactBased:
          'A base share of the client-day price plus a multiple of the price for verified outcomes.',
        capitation:
          'A monthly price per client by risk group plus a result fee for verified working hours.',
      },
      paramsHeading: 'Terms of the payment model',
      fixedPriceNote: 'A fixed price has no other terms; the monthly price is given below.',
      unit: 'Pricing unit',
      baseShare: 'Base share of the client-day price (%)',
      baseShareHint: '85 % in Tampere.',
      multiple: 'Multiple: {{outcome}}',
      verificationDelay: 'Verification of the outcome (months after the service)',
      priceMin: 'Monthly price at least',
      priceMax: 'Monthly price at most',
      capitationWeight: 'Capitation weight',
      resultFeeWeight: 'Result fee weight',
      resultFeePerHour: 'Result fee per verified working hour',
      invoicingInterval: 'Result fee invoicing interval (months)',
      clientCap: 'Most clients per service provider',
      clientCapHint: '700 in Pohjois-Savo.',
    },
    scenario: {
      heading: 'Cost scenario',
      intro:
        'Estimate the volumes at three levels. The cost is computed month by month over the whole contract term with options from {{start}}.',
      startAssumed: 'The contract start is not planned, so the computation starts today.',
      price: {
        unitPrice: 'Estimated unit price',
        fixedPrice: 'Monthly price',
        impactBased: 'Estimated client-day price',
        capitation: 'Monthly price',
      },
      capitationPrice: 'Monthly price per client: {{group}}',
      levels: { low: 'Low', expected: 'Expected', high: 'High' },
      units: {
        hour: 'Hours per month',
        clientDay: 'Client-days per month',
        month: 'Months per month',
      },
      clientDays: 'Client-days per month',
      clientsEnding: 'Clients whose service ends per month',
      outcomeRate: 'Share (%): {{outcome}}',
      clients: 'Clients: {{group}}',
      hours: 'Working hours per client per month: {{group}}',
      nothingToVary: 'With a fixed price the volumes do not change the cost.',
      formulaHeading: 'A month at the expected level',
      indefinite: 'A contract until further notice is computed for 48 months.',
      periodsCaption: 'Cost by contract period',
      period: 'Period',
      months: 'Months',
      monthlyAt: 'Monthly average, {{level}}',
      totalAt: 'Total, {{level}}',
      total: 'Whole contract term with options',
      periods: {
        base: 'Base contract period',
        option: 'Option {{n}}',
        extension: 'Extension',
        afterEnd: 'Result fees paid after the contract term',
      },
      chartHeading: 'Cost by month',
      chartAsTable: 'Show the monthly costs as a table',
      month: 'Month',
      monthN: 'month {{n}}',
    },
    comparison: {
      heading: 'Tender comparison',
      intro:
        'Type the prices and scores in the table. Choose a tenderer’s name to write the reasons, assess the minimum requirements or exclude the tender. Click a number to see how it was computed.',
      caption: 'Tenders, points and ranking',
      keyboardHint:
        'The arrow keys move between rows, Tab between fields. Enter stores the field’s value.',
      cannotCompare: 'The comparison cannot be computed yet:',
      warnings: 'Remarks: {{count}}',
      rank: 'Rank',
      tenderer: 'Tenderer',
      unnamed: '(no name)',
      itemN: 'Price {{n}}',
      criterionN: 'Criterion {{n}}',
      comparisonPrice: 'Comparison price',
      pricePoints: 'Price points',
      qualityPoints: 'Quality points',
      total: 'Total',
      excluded: 'Excluded',
      requirementNotMet: 'Requirement not met',
      showFormula: 'Show how it was computed: {{what}}, {{tenderer}}',
      formulaNote: 'Points are computed unrounded and rounded when shown, as stated.',
      close: 'Close',
      addTender: 'Add a tender',
      newTenderer: 'Tenderer {{n}}',
      badNumber: 'Type a number, for example 3 or 12.5.',
      conflict:
        'The tender comparison was saved elsewhere (for example in another window) while you were editing. Load the saved version; unsaved changes in this view are left out.',
      reload: 'Load the saved version',
    },
    tender: {
      heading: 'Tender: {{name}}',
      name: 'Tenderer’s name',
      nameMissing: 'Type the tenderer’s name.',
      businessId: 'Business ID',
      businessIdHint: 'Format 1234567-8. Leave empty when a foreign tenderer has no Business ID.',
      reasons: 'The evaluator’s reasons',
      reasonFor: '{{name}} (value {{value}})',
      requirements: 'Minimum requirements',
      requirementMet: 'Meets: {{text}}',
      requirementReason: 'Why the requirement is not met',
      reasonRequired: 'Write the reason.',
      exclusion: 'Exclusion',
      excluded: 'The tender is left out of the tender comparison',
      exclusionReason: 'Ground for the exclusion',
      remove: 'Remove the tender from the comparison',
    },
    languages: {
      other: 'In Swedish and English',
      sv: '{{label}} in Swedish',
      en: '{{label}} in English',
    },
    drawing: {
      tied: 'Equal points remain unresolved: {{names}}. Draw lots and record the result: choose first the tender drawn first.',
      noRule:
        'Equal points remain unresolved: {{names}}. The rules for equal points do not include drawing lots; add it to the award criteria before the invitation to tender is published.',
      drawnNext: 'Drawn next: {{name}}',
      recorded: 'Recorded drawing order: {{order}}',
      clear: 'Clear the drawing result',
    },
    sensitivity: {
      heading: 'Weighting sensitivity',
      intro:
        'The price weighting is swept from 0 to 100 and the quality weightings are scaled in proportion. You are warned when the winner changes within {{window}} points of the chosen weighting.',
      flag: 'The winner changes within ±{{window}} points.',
      forReport: 'This sentence can go into the evaluation report.',
      winnerTotal: 'Winner’s total points',
      margin: 'Lead over the runner-up',
      priceAxis: 'price {{weight}}',
      chosen: 'chosen',
      change: 'At a price weighting of {{at}} the winner changes: {{from}} → {{to}}',
      tableCaption:
        'Winner by price weighting (every 5 points, the chosen one and the change points)',
      priceWeight: 'Price weighting',
      qualityWeight: 'Quality weighting',
      winner: 'Winner',
      changed: 'changed',
    },
  },
};

/** Texts of the criteria phase: labels, document statements, messages, formula views (fi source). */
export const criteriaTexts: FeatureTexts<typeof fi> = { fi, sv, en };
