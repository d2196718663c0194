import type { FeatureTexts } from '../shape';

/**
 * Texts of the employment clause phase (työllistämisehto, issue 11): the decision and form,
 * target groups, the obligation and its arithmetic, ways to fulfil and terms, the clause
 * preview and the notice fields. The clause wording itself is in
 * `shared/i18n/documents/employmentClause.ts`; these are the UI's own texts. The municipal
 * employment services are named throughout (the TE offices ceased on 1.1.2025).
 */
const fi = {
  sectionsLabel: 'Työllistämisehtovaiheen osiot',
  steps: {
    decision: 'Päätös ja muoto',
    targetGroups: 'Kohderyhmät',
    obligation: 'Velvoitteen laskenta',
    terms: 'Täyttötavat ja ehdot',
    text: 'Ehdon teksti',
    notice: 'Ilmoituksen kentät',
  },
  decision: {
    heading: 'Käytetäänkö työllistämisehtoa?',
    intro:
      'Suunnitteluvaiheen soveltuvuusarvio on lähtökohta. Päätä, käytetäänkö ehtoa, tai kirjaa, miksi sitä ei käytetä.',
    label: 'Päätös',
    undecided: 'Ei vielä päätetty',
    use: 'Käytetään työllistämisehtoa',
    notUsed: 'Ei käytetä',
    notUsedReason: 'Miksi ehtoa ei käytetä',
    notUsedReasonHint:
      'Perustelu jää hankinnan asiakirjoihin. Älä kirjoita henkilöiden nimiä tai henkilötunnuksia.',
    reasonMissing: 'Kirjaa perustelu, jotta päätös on valmis.',
    inUseUndecided:
      'Käytöstä ei ole vielä päätetty. Voit valmistella ehdon jo nyt; se tulee asiakirjoihin, kun päätät käyttää sitä.',
    inUseNotUsed: 'Työllistämisehtoa ei käytetä, joten nämä valinnat eivät tule asiakirjoihin.',
  },
  form: {
    heading: 'Ehdon muoto',
    label: 'Miten ehto otetaan käyttöön',
    contractCondition: 'Sopimuksen erityisehto',
    contractConditionExplain:
      'Velvoite kuuluu sopimukseen ja sitoo valittua toimittajaa. Kaikki tarjoajat hyväksyvät sen tarjoamalla. Seuranta ja sopimussakko voidaan sopia. Yleisin ja selkein tapa.',
    minimumRequirement: 'Vähimmäisvaatimus',
    minimumRequirementExplain:
      'Tarjoajan on sitouduttava velvoitteeseen, tai tarjous suljetaan pois. Vaikutus on sama kuin sopimusehdolla, mutta sitoutuminen varmistetaan jo tarjousvaiheessa.',
    awardCriterion: 'Vertailuperuste',
    awardCriterionExplain:
      'Vähimmäisvelvoitteen lisäksi tarjoaja saa pisteitä suuremmasta sitoumuksesta, enintään kattoon asti. Vertailuperuste lisätään hankinnan vertailuperusteisiin; sen painotus asetetaan vertailuperusteiden vaiheessa. Kattoa suurempi sitoumus ei tuo lisää pisteitä.',
    reservedContract: 'Varattu hankinta',
    reservedContractExplain:
      'Vain sosiaaliset yritykset tai työkeskukset, joiden työntekijöistä vähintään {{percent}} % on vammaisia tai heikommassa asemassa olevia, voivat osallistua (hankintalaki 18 §). Erillistä henkilötyökuukausien velvoitetta ei lasketa. Kilpailu rajautuu, joten selvitä markkinat ensin.',
  },
  award: {
    heading: 'Vertailuperusteen pisteytys',
    maxPoints: 'Enimmäispisteet',
    cap: 'Katto: lisähenkilötyökuukautta sopimusvuodessa',
    capHint: 'Tällä lisäsitoumuksella saa täydet pisteet. Pidä katto realistisena.',
    criterionName: 'Työllistämissitoumus',
    inPlan:
      'Vertailuperuste ”{{name}}” on hankinnan vertailuperusteissa. Aseta sen painotus vertailuperusteiden vaiheessa; ehdon tekstissä enimmäispisteet ovat {{points}}.',
    removedNote:
      'Jos muoto vaihdetaan pois vertailuperusteesta, työllistämissitoumus poistetaan vertailuperusteista.',
    weightDiffers:
      'Vertailuperusteiden vaiheessa painotus on nyt {{weight}} pistettä, mutta ehdon tekstissä enimmäispisteet ovat {{points}}. Yhdenmukaista luvut.',
  },
  lots: {
    label: 'Osat, joita ehto koskee',
    hint: 'Jos mitään ei valita, ehto koskee kaikkia osia.',
  },
  screening: {
    heading: 'Suunnitteluvaiheen soveltuvuusarvio',
  },
  targetGroups: {
    heading: 'Kohderyhmät',
    intro:
      'Valitse yksi tai useampi ryhmä. Kuka tahansa valituista ryhmistä kerryttää velvoitetta.',
    groups: {
      longTermUnemployed: 'Pitkäaikaistyöttömät',
      unemployedUnder30: 'Alle 30-vuotiaat työttömät',
      partiallyAbleToWork: 'Osatyökykyiset',
      immigrants: 'Maahanmuuttajat',
      olderUnemployed: 'Ikääntyneet työttömät',
      rehabilitativeWorkActivity: 'Kuntouttavan työtoiminnan asiakkaat',
    },
    longTermMonths: 'Pitkäaikaistyöttömyyden vähimmäiskesto (kuukautta)',
    longTermMonthsHint: 'Esimerkiksi 12 kuukautta yhtäjaksoista työttömyyttä.',
    noneChosen: 'Valitse vähintään yksi kohderyhmä.',
    confirmHeading: 'Kuka vahvistaa kelpoisuuden',
    confirmText:
      'Kunnan työllisyyspalvelut (työllisyysalue) vahvistavat, että henkilö kuuluu kohderyhmään, ja tarjoavat ehdokkaita. Työvoimapalvelut siirtyivät kunnille 1.1.2025.',
    servicesUnit: 'Kunnan työllisyyspalvelujen yksikkö',
    servicesUnitHint:
      'Esimerkiksi työllisyysalueen nimi. Yksikkö, ei henkilö: älä kirjoita henkilöiden nimiä.',
    servicesUnitMissing: 'Nimeä yksikkö, jonka kanssa toimittaja tekee yhteistyötä.',
  },
  obligation: {
    heading: 'Velvoitteen koko',
    method: 'Laskentatapa',
    methods: {
      fixed: 'Kiinteä määrä sopimusvuodessa',
      shareOfAnnualValue: 'Osuus sopimuksen vuosiarvosta',
      shareOfWageBill: 'Osuus palkkasummasta',
      perValueStep: 'Yksi henkilötyökuukausi jokaista täyttä arvoporrasta kohden',
    },
    methodExplain: {
      fixed:
        'Esimerkiksi vähintään yksi palkkatuettu työntekijä tai oppisopimusopiskelija kalenterivuodessa. Selkeä pienissä ja keskisuurissa sopimuksissa.',
      shareOfAnnualValue:
        'Sovittu prosentti vuosiarvosta käytetään kohderyhmän palkkoihin ja muunnetaan henkilötyökuukausiksi viitekuukausikustannuksella.',
      shareOfWageBill:
        'Prosentti toimittajan tämän sopimuksen palkkasummasta. Sopii pääomavaltaisiin sopimuksiin, joissa vuosiarvo ei kuvaa työn määrää.',
      perValueStep:
        'Yksi henkilötyökuukausi jokaista vuosiarvon täyttä porrasta kohden. Vajaa porras ei kerrytä velvoitetta.',
    },
    annualValue: 'Vuosiarvo, jota ehto koskee (alv 0 %): {{value}}',
    annualValueFrom: 'Vuosiarvo ja sopimuskausi tulevat suunnitteluvaiheesta.',
    unit: 'Yksikkö',
    units: { persons: 'henkilöä', personMonths: 'henkilötyökuukautta' },
    quantity: 'Määrä sopimusvuodessa',
    share: 'Osuus (%)',
    labourCost: 'Viitekuukausikustannus (€ / kk)',
    labourCostHint:
      'Yhden kohderyhmään kuuluvan työntekijän kuukausikustannus, jonka hankintayksikkö asettaa.',
    employerCosts: 'Viitekustannus sisältää työnantajan sivukulut',
    wageBill: 'Arvioitu palkkasumma vuodessa (€)',
    step: 'Arvoporras (€)',
    includeExtension: 'Lasketaan velvoite myös jatkokaudelle',
    countingHeading: 'Mikä lasketaan',
    minMonths: 'Yhden työsuhteen vähimmäiskesto (kuukautta)',
    minHours: 'Vähimmäistyöaika (tuntia viikossa)',
    fullTimeHours: 'Kokoaikainen työaika alalla (tuntia viikossa)',
    partTimeNote: 'Osa-aikainen työ lasketaan suhteessa kokoaikaiseen työaikaan.',
    rounding: 'Pyöristys',
    roundings: {
      down: 'Alaspäin kokonaisiin henkilötyökuukausiin',
      oneDecimal: 'Yhden desimaalin tarkkuuteen',
      nearest: 'Lähimpään kokonaiseen henkilötyökuukauteen',
    },
    fullStepsOnly: 'Arvoportaittain laskettaessa vain täydet portaat lasketaan (aina alaspäin).',
    tableHeading: 'Laskelma sopimusvuosittain',
    tableCaption: 'Velvoite sopimusvuosittain, pyöristetty vuosittain ilmoitetulla säännöllä',
    columns: {
      year: 'Sopimusvuosi',
      period: 'Kausi',
      months: 'Kuukausia',
      arithmetic: 'Laskutoimitus',
      amount: 'Velvoite',
    },
    periods: {
      base: 'Perussopimuskausi',
      option: 'Optio {{n}}',
      extension: 'Jatkokausi',
    },
    totals: {
      base: 'Perussopimuskausi yhteensä',
      options: 'Optiot yhteensä',
      extension: 'Jatkokausi yhteensä',
      total: 'Koko sopimus yhteensä',
      perFullYear: 'Täysi sopimusvuosi',
    },
    steps: {
      fixedYear: '{{quantity}} × {{months}} / 12',
      shareOfValueEuros: '{{annual}} × {{share}} % × {{months}} / 12 = {{euros}}',
      shareOfWageBillEuros: '{{annual}} × {{share}} % × {{months}} / 12 = {{euros}}',
      eurosToPersonMonths: '{{euros}} / {{labour}} {{equals}} {{exact}}',
      valueStepYear:
        '{{annual}} × {{months}} / 12 = {{yearValue}}; täysiä {{step}} portaita {{amount}}',
      rounded: '{{exact}} → {{amount}}',
    },
    issues: {
      noContractTerm: 'Sopimuskausi puuttuu suunnitteluvaiheesta.',
      oneOffPurchase:
        'Kertahankinnalla ei ole sopimusvuosia, joille velvoite laskettaisiin. Jos toimitus kestää kuukausia, merkitse suunnitteluvaiheeseen määräaikainen sopimuskausi.',
      annualValueMissing: 'Vuosiarvo puuttuu suunnitteluvaiheesta.',
      labourCostMissing: 'Anna viitekuukausikustannus.',
      wageBillMissing: 'Anna arvioitu palkkasumma.',
      stepMissing: 'Anna arvoporras.',
      zeroObligation: 'Velvoite on nolla. Muuta laskentatapaa tai lukuja.',
      indefiniteShownFor48Months:
        'Toistaiseksi voimassa oleva sopimus näytetään 48 kuukauden ajalta.',
    },
  },
  fulfilment: {
    heading: 'Täyttötavat',
    intro:
      'Valitse, millä tavoin velvoitteen voi täyttää ja kuinka paljon kukin kuukausi lasketaan.',
    ways: {
      employmentContract: 'Työsopimus',
      apprenticeship: 'Oppisopimus',
      workTrial: 'Työkokeilu',
      paySubsidisedWork: 'Palkkatuettu työ',
      summerJob: 'Kesätyö',
      traineeship: 'Harjoittelu',
      socialEnterpriseSubcontracting: 'Alihankinta sosiaaliselta yritykseltä',
    },
    counts: 'Lasketaan (% henkilötyökuukaudesta)',
    noneAllowed: 'Salli vähintään yksi täyttötapa.',
  },
  terms: {
    heading: 'Raportointi ja seuranta',
    cadence: 'Raportointiväli',
    cadences: {
      quarterly: 'Neljännesvuosittain',
      halfYearly: 'Puolivuosittain',
      yearly: 'Vuosittain',
    },
    reportDueDays: 'Raportti viimeistään (päivää kauden päättymisestä)',
    reportContent:
      'Raportissa: kunkin työsuhteen pseudonyymi tunniste, täyttötapa, alkamis- ja päättymispäivä, viikkotyöaika ja kertyneet henkilötyökuukaudet. Näyttönä työsopimukset tai työllisyyspalvelujen vahvistus pyydettäessä.',
    candidatesHeading: 'Yhteistyö työllisyyspalvelujen kanssa',
    waitWeeks: 'Aika, jonka toimittaja odottaa ehdokkaita (viikkoa)',
    noCandidates: 'Jos sopivia ehdokkaita ei tarjota',
    noCandidatesRules: {
      deferred: 'Velvoite siirtyy seuraavalle kaudelle',
      reduced: 'Velvoite pienenee vastaavasti',
      effortsShown: 'Velvoite katsotaan täytetyksi, kun toimittaja osoittaa yrittäneensä',
    },
    penaltyHeading: 'Sopimussakko',
    penalty: 'Sopimussakko perusteettomasta vajauksesta',
    penaltyNone: 'Ei sopimussakkoa',
    penaltyPer: 'Sakko jokaisesta puuttuvasta henkilötyökuukaudesta',
    penaltyAmount: 'Sakko / puuttuva henkilötyökuukausi (€)',
    penaltyCap: 'Enintään (% vuosiarvosta sopimusvuodessa)',
    penaltyAmountMissing: 'Anna sopimussakon määrä.',
    dataProtectionHeading: 'Tietosuoja',
    dataProtection:
      'Toimittaja raportoi vain pseudonyymit tunnisteet (esim. T-01). Nimiä tai henkilötunnuksia ei pyydetä eikä tallenneta tähän sovellukseen.',
    notes: 'Muistiinpanot',
    notesHint: 'Omat muistiinpanot, eivät tule ehdon tekstiin. Älä kirjoita henkilötietoja.',
  },
  preview: {
    heading: 'Ehdon teksti',
    variant: 'Versio',
    variants: { callForTenders: 'Tarjouspyyntö', contract: 'Sopimus' },
    language: 'Tekstin kieli',
    languages: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
    copy: 'Kopioi teksti',
    copied: 'Teksti kopioitiin leikepöydälle.',
    copyFailed: 'Kopiointi ei onnistunut. Valitse teksti ja kopioi se näppäimillä Ctrl+C.',
    notUsed: 'Työllistämisehtoa ei käytetä, joten tekstiä ei ole.',
    undecided: 'Päätä ensin, käytetäänkö työllistämisehtoa.',
    intro:
      'Teksti päivittyy valintojen mukaan, ja kaikki luvut tulevat laskelmasta. Kielen voi valita käyttöliittymän kielestä riippumatta.',
  },
  notice: {
    heading: 'Hilma-ilmoituksen kentät (eForms)',
    intro: 'Kopioi nämä tiedot hankintailmoitukseen suomeksi ja ruotsiksi.',
    bt06: 'BT-06 Strateginen hankinta',
    bt06Value: 'Sosiaalinen tavoite (koodi soc-obj)',
    bt775: 'BT-775 Sosiaalisesti vastuullinen hankinta',
    bt777: 'BT-777 Strategisen hankinnan kuvaus',
    language: { fi: 'Suomeksi', sv: 'Ruotsiksi' },
    copy: 'Kopioi',
    copyLabel: 'Kopioi {{field}} ({{language}})',
    notUsed: 'Ilmoitukseen ei tarvita näitä kenttiä, koska työllistämisehtoa ei käytetä.',
  },
  summary: {
    heading: 'Yhteenveto',
    decision: 'Päätös',
    form: 'Muoto',
    perFullYear: 'Täysi sopimusvuosi',
    base: 'Perussopimuskausi',
    options: 'Optiot',
    extension: 'Jatkokausi',
    total: 'Yhteensä',
    amount_persons: '{{amount}} henkilöä',
    amount_personMonths: '{{amount}} htkk',
    problemsHeading: 'Vielä tehtävää',
    ready: 'Ehto on valmis asiakirjoihin.',
    problems: {
      undecided: 'Päätös käyttämisestä puuttuu.',
      reasonMissing: 'Perustelu puuttuu.',
      noTargetGroups: 'Kohderyhmä puuttuu.',
      noFulfilmentWay: 'Täyttötapa puuttuu.',
      penaltyAmountMissing: 'Sopimussakon määrä puuttuu.',
      penaltyCapZero:
        'Sopimussakon enimmäismäärä on 0 % vuosiarvosta, joten sakkoa ei voisi periä. Anna enimmäismäärä tai valitse, ettei sakkoa ole.',
      servicesUnitMissing: 'Työllisyyspalvelujen yksikkö on nimeämättä.',
      coveredLotsDeleted:
        'Kaikki osat, joita ehto koski, on poistettu. Valitse ensimmäisessä vaiheessa, mitä osia ehto koskee.',
      minHoursAboveFullTime:
        'Vähimmäistyöaika on suurempi kuin kokoaikaisen työn tuntimäärä. Korjaa jompikumpi.',
    },
  },
};

/** The employment clause phase's texts in fi, sv and en. */
export const employmentClauseTexts: FeatureTexts<typeof fi> = {
  fi,
  sv: {
    sectionsLabel: 'Delar av skedet för sysselsättningsvillkor',
    steps: {
      decision: 'Beslut och form',
      targetGroups: 'Målgrupper',
      obligation: 'Beräkning av skyldigheten',
      terms: 'Sätt att uppfylla och villkor',
      text: 'Villkorets text',
      notice: 'Fält i annonsen',
    },
    decision: {
      heading: 'Används ett sysselsättningsvillkor?',
      intro:
        'Lämplighetsbedömningen i planeringsskedet är utgångspunkten. Besluta om villkoret används, eller anteckna varför det inte används.',
      label: 'Beslut',
      undecided: 'Inte beslutat ännu',
      use: 'Sysselsättningsvillkor används',
      notUsed: 'Används inte',
      notUsedReason: 'Varför villkoret inte används',
      notUsedReasonHint:
        'Motiveringen sparas i upphandlingens handlingar. Skriv inte namn eller personbeteckningar.',
      reasonMissing: 'Anteckna motiveringen så att beslutet är klart.',
      inUseUndecided:
        'Användningen är inte beslutad ännu. Du kan förbereda villkoret redan nu; det kommer med i handlingarna när du beslutar att använda det.',
      inUseNotUsed:
        'Sysselsättningsvillkor används inte, så dessa val kommer inte med i handlingarna.',
    },
    form: {
      heading: 'Villkorets form',
      label: 'Hur villkoret tas i bruk',
      contractCondition: 'Särskilt kontraktsvillkor',
      contractConditionExplain:
        'Skyldigheten ingår i kontraktet och binder den valda leverantören. Alla anbudsgivare godkänner den genom sitt anbud. Uppföljning och avtalsvite kan avtalas. Det vanligaste och tydligaste sättet.',
      minimumRequirement: 'Minimikrav',
      minimumRequirementExplain:
        'Anbudsgivaren ska förbinda sig till skyldigheten, annars utesluts anbudet. Verkan är densamma som med ett kontraktsvillkor, men förbindelsen säkerställs redan i anbudsskedet.',
      awardCriterion: 'Jämförelsegrund',
      awardCriterionExplain:
        'Utöver minimiskyldigheten får anbudsgivaren poäng för en större förbindelse, upp till ett tak. Jämförelsegrunden läggs till upphandlingens jämförelsegrunder; dess viktning ställs in i skedet för jämförelsegrunder. En förbindelse över taket ger inga fler poäng.',
      reservedContract: 'Reserverad upphandling',
      reservedContractExplain:
        'Endast sociala företag eller arbetscentraler där minst {{percent}} % av arbetstagarna är personer med funktionsnedsättning eller mindre gynnade arbetstagare kan delta (upphandlingslagen 18 §). Ingen separat skyldighet i personmånader beräknas. Konkurrensen begränsas, så utred marknaden först.',
    },
    award: {
      heading: 'Poängsättning av jämförelsegrunden',
      maxPoints: 'Maximipoäng',
      cap: 'Tak: extra personmånader per avtalsår',
      capHint: 'Denna tilläggsförbindelse ger full poäng. Håll taket realistiskt.',
      criterionName: 'Sysselsättningsåtagande',
      inPlan:
        'Jämförelsegrunden ”{{name}}” finns bland upphandlingens jämförelsegrunder. Ställ in dess viktning i skedet för jämförelsegrunder; i villkorets text är maximipoängen {{points}}.',
      removedNote:
        'Om formen ändras från jämförelsegrund tas sysselsättningsåtagandet bort från jämförelsegrunderna.',
      weightDiffers:
        'I skedet för jämförelsegrunder är viktningen nu {{weight}} poäng, men i villkorets text är maximipoängen {{points}}. Samordna talen.',
    },
    lots: {
      label: 'Delar som villkoret gäller',
      hint: 'Om ingen väljs gäller villkoret alla delar.',
    },
    screening: {
      heading: 'Lämplighetsbedömningen i planeringsskedet',
    },
    targetGroups: {
      heading: 'Målgrupper',
      intro:
        'Välj en eller flera grupper. Var och en som hör till de valda grupperna räknas in i skyldigheten.',
      groups: {
        longTermUnemployed: 'Långtidsarbetslösa',
        unemployedUnder30: 'Arbetslösa under 30 år',
        partiallyAbleToWork: 'Partiellt arbetsföra',
        immigrants: 'Invandrare',
        olderUnemployed: 'Äldre arbetslösa',
        rehabilitativeWorkActivity: 'Klienter inom arbetsverksamhet i rehabiliteringssyfte',
      },
      longTermMonths: 'Långtidsarbetslöshetens minimilängd (månader)',
      longTermMonthsHint: 'Till exempel 12 månaders oavbruten arbetslöshet.',
      noneChosen: 'Välj minst en målgrupp.',
      confirmHeading: 'Vem bekräftar behörigheten',
      confirmText:
        'Kommunens sysselsättningstjänster (sysselsättningsområdet) bekräftar att personen hör till målgruppen och erbjuder kandidater. Arbetskraftsservicen överfördes till kommunerna 1.1.2025.',
      servicesUnit: 'Enhet inom kommunens sysselsättningstjänster',
      servicesUnitHint:
        'Till exempel sysselsättningsområdets namn. En enhet, inte en person: skriv inte personnamn.',
      servicesUnitMissing: 'Ange den enhet som leverantören samarbetar med.',
    },
    obligation: {
      heading: 'Skyldighetens storlek',
      method: 'Beräkningssätt',
      methods: {
        fixed: 'Fast antal per avtalsår',
        shareOfAnnualValue: 'Andel av kontraktets årsvärde',
        shareOfWageBill: 'Andel av lönesumman',
        perValueStep: 'En personmånad för varje fullt värdesteg',
      },
      methodExplain: {
        fixed:
          'Till exempel minst en arbetstagare med lönesubvention eller en läroavtalsstuderande per kalenderår. Tydligt i små och medelstora kontrakt.',
        shareOfAnnualValue:
          'En avtalad procent av årsvärdet används till målgruppens löner och räknas om till personmånader med en referenskostnad per månad.',
        shareOfWageBill:
          'En procent av leverantörens lönesumma för detta kontrakt. Passar kapitalintensiva kontrakt där årsvärdet inte speglar arbetsmängden.',
        perValueStep:
          'En personmånad för varje fullt steg av årsvärdet. Ett ofullständigt steg ger ingen skyldighet.',
      },
      annualValue: 'Årsvärde som villkoret gäller (moms 0 %): {{value}}',
      annualValueFrom: 'Årsvärdet och avtalsperioden kommer från planeringsskedet.',
      unit: 'Enhet',
      units: { persons: 'personer', personMonths: 'personmånader' },
      quantity: 'Antal per avtalsår',
      share: 'Andel (%)',
      labourCost: 'Referenskostnad per månad (€ / mån.)',
      labourCostHint:
        'Månadskostnaden för en arbetstagare i målgruppen, som den upphandlande enheten fastställer.',
      employerCosts: 'Referenskostnaden omfattar arbetsgivarens bikostnader',
      wageBill: 'Uppskattad lönesumma per år (€)',
      step: 'Värdesteg (€)',
      includeExtension: 'Skyldigheten beräknas också för förlängningsperioden',
      countingHeading: 'Vad som räknas',
      minMonths: 'Minimilängd för en anställning (månader)',
      minHours: 'Minsta arbetstid (timmar per vecka)',
      fullTimeHours: 'Heltidsarbetstid i branschen (timmar per vecka)',
      partTimeNote: 'Deltidsarbete räknas i proportion till heltidsarbetstiden.',
      rounding: 'Avrundning',
      roundings: {
        down: 'Nedåt till hela personmånader',
        oneDecimal: 'Till en decimal',
        nearest: 'Till närmaste hela personmånad',
      },
      fullStepsOnly: 'Vid beräkning per värdesteg räknas endast fulla steg (alltid nedåt).',
      tableHeading: 'Beräkning per avtalsår',
      tableCaption: 'Skyldigheten per avtalsår, avrundad per år enligt den angivna regeln',
      columns: {
        year: 'Avtalsår',
        period: 'Period',
        months: 'Månader',
        arithmetic: 'Räkneoperation',
        amount: 'Skyldighet',
      },
      periods: {
        base: 'Grundavtalsperiod',
        option: 'Option {{n}}',
        extension: 'Förlängningsperiod',
      },
      totals: {
        base: 'Grundavtalsperioden totalt',
        options: 'Optionerna totalt',
        extension: 'Förlängningsperioden totalt',
        total: 'Hela kontraktet totalt',
        perFullYear: 'Fullt avtalsår',
      },
      steps: {
        fixedYear: '{{quantity}} × {{months}} / 12',
        shareOfValueEuros: '{{annual}} × {{share}} % × {{months}} / 12 = {{euros}}',
        shareOfWageBillEuros: '{{annual}} × {{share}} % × {{months}} / 12 = {{euros}}',
        eurosToPersonMonths: '{{euros}} / {{labour}} {{equals}} {{exact}}',
        valueStepYear:
          '{{annual}} × {{months}} / 12 = {{yearValue}}; fulla steg à {{step}}: {{amount}}',
        rounded: '{{exact}} → {{amount}}',
      },
      issues: {
        noContractTerm: 'Avtalsperioden saknas i planeringsskedet.',
        oneOffPurchase:
          'En engångsupphandling har inga avtalsår som skyldigheten kan beräknas för. Om leveransen pågår i flera månader, ange en tidsbestämd avtalsperiod i planeringsskedet.',
        annualValueMissing: 'Årsvärdet saknas i planeringsskedet.',
        labourCostMissing: 'Ange referenskostnaden per månad.',
        wageBillMissing: 'Ange den uppskattade lönesumman.',
        stepMissing: 'Ange värdesteget.',
        zeroObligation: 'Skyldigheten är noll. Ändra beräkningssättet eller talen.',
        indefiniteShownFor48Months: 'Ett kontrakt som gäller tills vidare visas för 48 månader.',
      },
    },
    fulfilment: {
      heading: 'Sätt att uppfylla',
      intro: 'Välj hur skyldigheten kan uppfyllas och hur mycket varje månad räknas.',
      ways: {
        employmentContract: 'Arbetsavtal',
        apprenticeship: 'Läroavtal',
        workTrial: 'Arbetsprövning',
        paySubsidisedWork: 'Arbete med lönesubvention',
        summerJob: 'Sommarjobb',
        traineeship: 'Praktik',
        socialEnterpriseSubcontracting: 'Underleverans från ett socialt företag',
      },
      counts: 'Räknas (% av en personmånad)',
      noneAllowed: 'Tillåt minst ett sätt att uppfylla.',
    },
    terms: {
      heading: 'Rapportering och uppföljning',
      cadence: 'Rapporteringsintervall',
      cadences: {
        quarterly: 'Kvartalsvis',
        halfYearly: 'Halvårsvis',
        yearly: 'Årligen',
      },
      reportDueDays: 'Rapporten senast (dagar efter periodens slut)',
      reportContent:
        'I rapporten: en pseudonym referens för varje anställning, sättet att uppfylla, start- och slutdatum, arbetstid per vecka och intjänade personmånader. Som bevis arbetsavtal eller sysselsättningstjänsternas bekräftelse på begäran.',
      candidatesHeading: 'Samarbete med sysselsättningstjänsterna',
      waitWeeks: 'Väntetid för kandidater (veckor)',
      noCandidates: 'Om lämpliga kandidater inte erbjuds',
      noCandidatesRules: {
        deferred: 'Skyldigheten flyttas till följande period',
        reduced: 'Skyldigheten minskar i motsvarande mån',
        effortsShown: 'Skyldigheten anses uppfylld när leverantören visar att den har försökt',
      },
      penaltyHeading: 'Avtalsvite',
      penalty: 'Avtalsvite för obefogad brist',
      penaltyNone: 'Inget avtalsvite',
      penaltyPer: 'Vite för varje saknad personmånad',
      penaltyAmount: 'Vite per saknad personmånad (€)',
      penaltyCap: 'Högst (% av årsvärdet per avtalsår)',
      penaltyAmountMissing: 'Ange avtalsvitets belopp.',
      dataProtectionHeading: 'Dataskydd',
      dataProtection:
        'Leverantören rapporterar endast pseudonyma referenser (t.ex. T-01). Namn eller personbeteckningar begärs inte och sparas inte i denna applikation.',
      notes: 'Anteckningar',
      notesHint:
        'Egna anteckningar, kommer inte med i villkorets text. Skriv inga personuppgifter.',
    },
    preview: {
      heading: 'Villkorets text',
      variant: 'Version',
      variants: { callForTenders: 'Anbudsförfrågan', contract: 'Kontrakt' },
      language: 'Textens språk',
      languages: { fi: 'finska', sv: 'svenska', en: 'engelska' },
      copy: 'Kopiera texten',
      copied: 'Texten kopierades till urklipp.',
      copyFailed: 'Kopieringen misslyckades. Markera texten och kopiera den med Ctrl+C.',
      notUsed: 'Sysselsättningsvillkor används inte, så det finns ingen text.',
      undecided: 'Besluta först om ett sysselsättningsvillkor används.',
      intro:
        'Texten uppdateras enligt valen, och alla tal kommer från beräkningen. Språket kan väljas oberoende av användargränssnittets språk.',
    },
    notice: {
      heading: 'Fält i Hilma-annonsen (eForms)',
      intro: 'Kopiera dessa uppgifter till upphandlingsannonsen på finska och svenska.',
      bt06: 'BT-06 Strategisk upphandling',
      bt06Value: 'Socialt mål (kod soc-obj)',
      bt775: 'BT-775 Socialt ansvarsfull upphandling',
      bt777: 'BT-777 Beskrivning av strategisk upphandling',
      language: { fi: 'På finska', sv: 'På svenska' },
      copy: 'Kopiera',
      copyLabel: 'Kopiera {{field}} ({{language}})',
      notUsed: 'Dessa fält behövs inte i annonsen eftersom sysselsättningsvillkor inte används.',
    },
    summary: {
      heading: 'Sammanfattning',
      decision: 'Beslut',
      form: 'Form',
      perFullYear: 'Fullt avtalsår',
      base: 'Grundavtalsperiod',
      options: 'Optioner',
      extension: 'Förlängningsperiod',
      total: 'Totalt',
      amount_persons: '{{amount}} personer',
      amount_personMonths: '{{amount}} personmånader',
      problemsHeading: 'Att göra',
      ready: 'Villkoret är klart för handlingarna.',
      problems: {
        undecided: 'Beslut om användning saknas.',
        reasonMissing: 'Motivering saknas.',
        noTargetGroups: 'Målgrupp saknas.',
        noFulfilmentWay: 'Sätt att uppfylla saknas.',
        penaltyAmountMissing: 'Avtalsvitets belopp saknas.',
        penaltyCapZero:
          'Avtalsvitets maximibelopp är 0 % av årsvärdet, så vitet kan aldrig tas ut. Ange ett maximibelopp eller välj att inget vite tillämpas.',
        servicesUnitMissing: 'Enheten inom sysselsättningstjänsterna är inte angiven.',
        coveredLotsDeleted:
          'Alla delar som villkoret gällde har tagits bort. Välj i första steget vilka delar villkoret gäller.',
        minHoursAboveFullTime:
          'Minimiarbetstiden är längre än arbetstiden för heltidsarbete. Rätta den ena.',
      },
    },
  },
  en: {
    sectionsLabel: 'Parts of the employment clause phase',
    steps: {
      decision: 'Decision and form',
      targetGroups: 'Target groups',
      obligation: 'Obligation',
      terms: 'Ways to fulfil and terms',
      text: 'Clause text',
      notice: 'Notice fields',
    },
    decision: {
      heading: 'Is an employment clause used?',
      intro:
        'The suitability screening of the planning phase is the starting point. Decide whether the clause is used, or record why it is not.',
      label: 'Decision',
      undecided: 'Not decided yet',
      use: 'An employment clause is used',
      notUsed: 'Not used',
      notUsedReason: 'Why the clause is not used',
      notUsedReasonHint:
        'The reason stays in the procurement records. Do not write names or personal identity codes.',
      reasonMissing: 'Record the reason so the decision is complete.',
      inUseUndecided:
        'The use is not decided yet. You can prepare the clause now; it goes into the documents once you decide to use it.',
      inUseNotUsed: 'No employment clause is used, so these choices do not go into the documents.',
    },
    form: {
      heading: 'Form of the clause',
      label: 'How the clause is applied',
      contractCondition: 'Special contract condition',
      contractConditionExplain:
        'The obligation is part of the contract and binds the selected supplier. Every tenderer accepts it by tendering. Follow-up and a contractual penalty can be agreed. The most common and clearest way.',
      minimumRequirement: 'Minimum requirement',
      minimumRequirementExplain:
        'The tenderer must commit to the obligation or the tender is excluded. The effect is the same as a contract condition, but the commitment is secured at the tendering stage.',
      awardCriterion: 'Award criterion',
      awardCriterionExplain:
        'On top of the minimum obligation, the tenderer earns points for a higher commitment, up to a cap. The criterion is added to the award criteria of the procurement; its weighting is set in the criteria phase. A commitment above the cap earns no more points.',
      reservedContract: 'Reserved contract',
      reservedContractExplain:
        'Only social enterprises or sheltered workshops where at least {{percent}} % of the employees are disabled or disadvantaged workers may take part (Act on Public Procurement 1397/2016, section 18). No separate obligation in person-months is computed. Competition narrows, so study the market first.',
    },
    award: {
      heading: 'Scoring of the award criterion',
      maxPoints: 'Maximum points',
      cap: 'Cap: extra person-months per contract year',
      capHint: 'This extra commitment earns full points. Keep the cap realistic.',
      criterionName: 'Employment commitment',
      inPlan:
        'The criterion “{{name}}” is in the award criteria of the procurement. Set its weighting in the criteria phase; the clause text states {{points}} maximum points.',
      removedNote:
        'If the form is changed away from an award criterion, the employment commitment is removed from the award criteria.',
      weightDiffers:
        'In the criteria phase the weighting is now {{weight}} points, but the clause text states {{points}} maximum points. Make them agree.',
    },
    lots: {
      label: 'Lots the clause covers',
      hint: 'If none is chosen, the clause covers every lot.',
    },
    screening: {
      heading: 'Suitability screening of the planning phase',
    },
    targetGroups: {
      heading: 'Target groups',
      intro:
        'Choose one or more groups. Anyone in the chosen groups counts towards the obligation.',
      groups: {
        longTermUnemployed: 'Long-term unemployed',
        unemployedUnder30: 'Unemployed under 30',
        partiallyAbleToWork: 'Partially able to work',
        immigrants: 'Immigrants',
        olderUnemployed: 'Older unemployed',
        rehabilitativeWorkActivity: 'Clients of rehabilitative work activity',
      },
      longTermMonths: 'Minimum length of long-term unemployment (months)',
      longTermMonthsHint: 'For example 12 months of continuous unemployment.',
      noneChosen: 'Choose at least one target group.',
      confirmHeading: 'Who confirms eligibility',
      confirmText:
        'The municipal employment services (the employment area) confirm that a person belongs to a target group and offer candidates. Public employment services moved to the municipalities on 1.1.2025.',
      servicesUnit: 'Unit of the municipal employment services',
      servicesUnitHint:
        'For example the name of the employment area. A unit, not a person: do not write personal names.',
      servicesUnitMissing: 'Name the unit the supplier works with.',
    },
    obligation: {
      heading: 'Size of the obligation',
      method: 'Method',
      methods: {
        fixed: 'Fixed number per contract year',
        shareOfAnnualValue: 'Share of the annual contract value',
        shareOfWageBill: 'Share of the wage bill',
        perValueStep: 'One person-month for every full value step',
      },
      methodExplain: {
        fixed:
          'For example at least one employee on pay subsidy or one apprentice per calendar year. Clear in small and medium contracts.',
        shareOfAnnualValue:
          'An agreed percentage of the annual value is spent on target-group wages and turned into person-months with a reference monthly labour cost.',
        shareOfWageBill:
          'A percentage of the supplier’s wage bill on this contract. Suits capital-intensive contracts where the annual value does not reflect the amount of work.',
        perValueStep:
          'One person-month for every full step of the annual value. A step not completed adds nothing.',
      },
      annualValue: 'Annual value covered by the clause (VAT excluded): {{value}}',
      annualValueFrom: 'The annual value and the contract term come from the planning phase.',
      unit: 'Unit',
      units: { persons: 'persons', personMonths: 'person-months' },
      quantity: 'Quantity per contract year',
      share: 'Share (%)',
      labourCost: 'Reference monthly labour cost (€ / month)',
      labourCostHint:
        'The monthly cost of one employee of the target group, set by the contracting authority.',
      employerCosts: 'The reference cost includes the employer’s costs',
      wageBill: 'Estimated wage bill per year (€)',
      step: 'Value step (€)',
      includeExtension: 'Compute the obligation for the extension period too',
      countingHeading: 'What counts',
      minMonths: 'Minimum length of one employment (months)',
      minHours: 'Minimum working time (hours per week)',
      fullTimeHours: 'Full-time hours in the sector (hours per week)',
      partTimeNote: 'Part-time work counts in proportion to full-time hours.',
      rounding: 'Rounding',
      roundings: {
        down: 'Down to whole person-months',
        oneDecimal: 'To one decimal',
        nearest: 'To the nearest whole person-month',
      },
      fullStepsOnly: 'With value steps, only full steps count (always rounded down).',
      tableHeading: 'Arithmetic per contract year',
      tableCaption: 'The obligation per contract year, rounded each year by the stated rule',
      columns: {
        year: 'Contract year',
        period: 'Period',
        months: 'Months',
        arithmetic: 'Arithmetic',
        amount: 'Obligation',
      },
      periods: {
        base: 'Base period',
        option: 'Option {{n}}',
        extension: 'Extension period',
      },
      totals: {
        base: 'Base period in total',
        options: 'Options in total',
        extension: 'Extension period in total',
        total: 'Whole contract in total',
        perFullYear: 'Full contract year',
      },
      steps: {
        fixedYear: '{{quantity}} × {{months}} / 12',
        shareOfValueEuros: '{{annual}} × {{share}} % × {{months}} / 12 = {{euros}}',
        shareOfWageBillEuros: '{{annual}} × {{share}} % × {{months}} / 12 = {{euros}}',
        eurosToPersonMonths: '{{euros}} / {{labour}} {{equals}} {{exact}}',
        valueStepYear:
          '{{annual}} × {{months}} / 12 = {{yearValue}}; full steps of {{step}}: {{amount}}',
        rounded: '{{exact}} → {{amount}}',
      },
      issues: {
        noContractTerm: 'The contract term is missing in the planning phase.',
        oneOffPurchase:
          'A one-off purchase has no contract years to compute the obligation for. If delivery takes months, enter a fixed contract term in the planning phase.',
        annualValueMissing: 'The annual value is missing in the planning phase.',
        labourCostMissing: 'Enter the reference monthly labour cost.',
        wageBillMissing: 'Enter the estimated wage bill.',
        stepMissing: 'Enter the value step.',
        zeroObligation: 'The obligation is zero. Change the method or the figures.',
        indefiniteShownFor48Months: 'A contract until further notice is shown for 48 months.',
      },
    },
    fulfilment: {
      heading: 'Ways to fulfil',
      intro: 'Choose how the obligation may be fulfilled and how much each month counts.',
      ways: {
        employmentContract: 'Employment contract',
        apprenticeship: 'Apprenticeship',
        workTrial: 'Work trial',
        paySubsidisedWork: 'Work with pay subsidy',
        summerJob: 'Summer job',
        traineeship: 'Traineeship',
        socialEnterpriseSubcontracting: 'Subcontracting to a social enterprise',
      },
      counts: 'Counts (% of a person-month)',
      noneAllowed: 'Allow at least one way to fulfil.',
    },
    terms: {
      heading: 'Reporting and follow-up',
      cadence: 'Reporting interval',
      cadences: {
        quarterly: 'Quarterly',
        halfYearly: 'Half-yearly',
        yearly: 'Yearly',
      },
      reportDueDays: 'Report due (days after the end of the period)',
      reportContent:
        'The report holds a pseudonymous reference for each employment, the way to fulfil, start and end dates, weekly hours and the person-months earned. As evidence, employment contracts or a confirmation of the employment services on request.',
      candidatesHeading: 'Cooperation with the employment services',
      waitWeeks: 'Waiting time for candidates (weeks)',
      noCandidates: 'If no suitable candidates are offered',
      noCandidatesRules: {
        deferred: 'The obligation moves to the next period',
        reduced: 'The obligation is reduced accordingly',
        effortsShown: 'The obligation counts as fulfilled when the supplier shows its efforts',
      },
      penaltyHeading: 'Contractual penalty',
      penalty: 'Contractual penalty for an unjustified shortfall',
      penaltyNone: 'No contractual penalty',
      penaltyPer: 'A penalty for each missing person-month',
      penaltyAmount: 'Penalty per missing person-month (€)',
      penaltyCap: 'At most (% of the annual value per contract year)',
      penaltyAmountMissing: 'Enter the amount of the contractual penalty.',
      dataProtectionHeading: 'Data protection',
      dataProtection:
        'The supplier reports pseudonymous references only (e.g. T-01). Names or personal identity codes are neither asked for nor stored in this application.',
      notes: 'Notes',
      notesHint: 'Your own notes, not part of the clause text. Do not write personal data.',
    },
    preview: {
      heading: 'Clause text',
      variant: 'Version',
      variants: { callForTenders: 'Invitation to tender', contract: 'Contract' },
      language: 'Language of the text',
      languages: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
      copy: 'Copy the text',
      copied: 'The text was copied to the clipboard.',
      copyFailed: 'Copying failed. Select the text and copy it with Ctrl+C.',
      notUsed: 'No employment clause is used, so there is no text.',
      undecided: 'First decide whether an employment clause is used.',
      intro:
        'The text follows your choices and every number comes from the calculation. Its language is independent of the interface language.',
    },
    notice: {
      heading: 'Fields of the Hilma notice (eForms)',
      intro: 'Copy these into the contract notice in Finnish and Swedish.',
      bt06: 'BT-06 Strategic procurement',
      bt06Value: 'Social objective (code soc-obj)',
      bt775: 'BT-775 Social procurement',
      bt777: 'BT-777 Strategic procurement description',
      language: { fi: 'In Finnish', sv: 'In Swedish' },
      copy: 'Copy',
      copyLabel: 'Copy {{field}} ({{language}})',
      notUsed: 'The notice needs none of these fields, because no employment clause is used.',
    },
    summary: {
      heading: 'Summary',
      decision: 'Decision',
      form: 'Form',
      perFullYear: 'Full contract year',
      base: 'Base period',
      options: 'Options',
      extension: 'Extension period',
      total: 'Total',
      amount_persons: '{{amount}} persons',
      amount_personMonths: '{{amount}} person-months',
      problemsHeading: 'Still to do',
      ready: 'The clause is ready for the documents.',
      problems: {
        undecided: 'The decision on use is missing.',
        reasonMissing: 'The reason is missing.',
        noTargetGroups: 'A target group is missing.',
        noFulfilmentWay: 'A way to fulfil is missing.',
        penaltyAmountMissing: 'The amount of the contractual penalty is missing.',
        penaltyCapZero:
          'The cap of the contractual penalty is 0 % of the annual value, so it could never be charged. Enter a cap or choose no penalty.',
        servicesUnitMissing: 'The unit of the employment services is not named.',
        coveredLotsDeleted:
          'Every lot the clause covered has been deleted. Choose the lots it covers in the first step.',
        minHoursAboveFullTime:
          'The minimum working time exceeds the full-time hours. Correct one of them.',
      },
    },
  },
};
