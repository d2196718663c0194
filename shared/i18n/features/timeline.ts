import type { FeatureTexts } from '../shape';

/**
 * Texts of the timeline: milestones, computed dates, the minimum time limits with their rules
 * and notes, and the findings of the timeline check (shared/domain/deadlineCheck.ts). Dates in
 * the parameters are formatted by the UI; `{{day}}` is a day name from `days`, `{{milestone}}`
 * a label from `milestones`.
 */
const fi = {
  heading: 'Aikataulu ja määräajat',
  intro:
    'Anna suunnitellut päivämäärät. Sovellus laskee lain mukaiset vähimmäismääräajat, odotusajan ja sopimuskaudet ja kertoo, jos aikataulussa on ongelmia. Määräaikaa laskettaessa lähetyspäivää ei lueta mukaan.',
  dateHint: 'Muoto p.k.vvvv, esim. 15.3.2027',
  invalidDate: 'Päivämäärä ei kelpaa. Käytä muotoa p.k.vvvv, esim. 15.3.2027.',
  milestones: {
    marketDialogueStart: 'Markkinavuoropuhelun alku',
    marketDialogueEnd: 'Markkinavuoropuhelun päättyminen',
    noticeSent: 'Hankintailmoituksen lähettäminen',
    requestsDeadline: 'Osallistumishakemusten määräaika',
    invitationsSent: 'Tarjouspyyntö ehdokkaille',
    questionsDeadline: 'Lisätietokysymysten määräaika',
    tenderDeadline: 'Tarjousten määräaika',
    evaluationEnd: 'Tarjousten vertailu valmis',
    decision: 'Hankintapäätös',
    contractStart: 'Sopimuskauden alku',
  },
  milestoneHints: {
    noticeSent:
      'Päivä, jona ilmoitus lähetetään julkaistavaksi (HILMA). Määräajat lasketaan tästä.',
    invitationsSent: 'Päivä, jona valituille ehdokkaille lähetetään tarjouspyyntö.',
    decision: 'Päivä, jona päätös ja muutoksenhakuohjeet lähetetään tarjoajille.',
  },
  decisionDelivery: {
    label: 'Päätöksen tiedoksianto',
    electronic: 'Sähköisesti',
    electronicHint: 'Tarjoajan katsotaan saaneen päätöksen tiedoksi lähetyspäivänä.',
    post: 'Kirjeellä',
    postHint:
      'Tarjoajan katsotaan saaneen päätöksen tiedoksi seitsemäntenä päivänä lähettämisestä.',
  },
  computed: {
    earliestAllowed: 'Aikaisin sallittu määräaika: {{date}}',
    earliestOwn: 'Oman vähimmäisajan mukaan aikaisintaan: {{date}}',
    counting:
      '$t(units.days, {"count": {{days}} }) {{countedFrom}} lukien, lähetyspäivää lukuun ottamatta',
    moved:
      'Laskettu päivä {{periodEnd}} on {{day}}, joten määräaika päättyy seuraavana arkipäivänä.',
    waitsFor: 'Lasketaan, kun kohtaan ”{{milestone}}” on annettu päivä.',
    noMinimum: 'Ei lakisääteistä vähimmäisaikaa.',
    lastAnswerDate:
      'Vastaukset lisätietokysymyksiin julkaistava viimeistään {{date}} ($t(units.days, {"count": {{days}} }) ennen tarjousten määräaikaa)',
    standstillReceived: 'Päätös katsotaan tiedoksi saaduksi: {{date}}',
    standstillEnd: 'Odotusaika ($t(units.days, {"count": {{days}} })) päättyy: {{date}}',
    earliestContract: 'Sopimuksen voi tehdä aikaisintaan: {{date}}',
    standstillLastDayMoved:
      'Odotusajan viimeinen päivä on pyhä-, aatto- tai viikonloppupäivä, joten sopimuksen voi tehdä ensimmäisenä arkipäivänä sen jälkeen.',
    noStandstill: 'Odotusaikaa ei sovelleta tähän hankintaan.',
    standstillWaitsForDecision: 'Odotusaika lasketaan, kun hankintapäätöksen päivä on annettu.',
    contractEnd: 'Perusjakso päättyy: {{date}}',
    contractIndefinite: 'Sopimus on voimassa toistaiseksi.',
    latestEnd: 'Päättyy viimeistään (kaikki optiot ja jatkoaika käytetty): {{date}}',
    extension: 'Jatkoaika: {{start}}–{{end}}',
    optionsHeading: 'Optiokaudet ja niiden käyttöpäätökset',
    optionPeriod: 'Optio {{number}}, kausi {{n}}: {{start}}–{{end}} ({{months}} kk)',
    optionDecision: 'Option {{number}} kauden {{n}} käyttöpäätös',
    optionDecisionHint: 'Päätös tehdään ennen kauden alkua {{start}}.',
    contractWaitsForStart: 'Sopimuskaudet lasketaan, kun sopimuskauden alku on annettu.',
  },
  limits: {
    heading: 'Vähimmäismääräajat',
    frames: {
      eu: 'EU-menettelyjen vähimmäismääräajat',
      concession: 'Käyttöoikeussopimusten vähimmäismääräajat',
      national: 'Kansallinen hankinta: kohtuullinen määräaika',
      annexE: 'Liitteen E palvelut: kohtuullinen määräaika',
    },
    requests: 'Osallistumishakemukset',
    tenders: 'Tarjoukset',
    statutory: 'lakisääteinen vähimmäisaika',
    own: 'organisaation oma vähimmäisaika (suositus)',
    noTenderMinimum: 'Tarjouksille ei ole lakisääteistä vähimmäisaikaa.',
    additionalInformation:
      'Lisätietopyyntöihin on vastattava viimeistään $t(units.days, {"count": {{days}} }) ennen tarjousten määräaikaa.',
    notesHeading: 'Huomioitavaa',
    none: {
      belowNational:
        'Hankinta alittaa kansallisen kynnysarvon, joten hankintalain määräajat eivät koske sitä. Varaa silti tarjoajille riittävä aika.',
      utilityBelowEu:
        'Erityisalojen hankinta alittaa EU-kynnysarvon, joten hankintalakien määräajat eivät koske sitä.',
      procedureNotChosen: 'Valitse hankintamenettely, niin vähimmäismääräajat lasketaan.',
      directAward: 'Suorahankinnassa ei ole tarjousaikoja, koska hankintaa ei kilpailuteta.',
      smallProcurement:
        'Pienhankinnassa ei ole lakisääteisiä määräaikoja. Varaa silti tarjoajille riittävä aika.',
    },
    notComputed:
      'Erityisalojen hankintalaissa (1398/2016) on omat vähimmäismääräaikansa, joita tämä sovellus ei laske. Tarkista määräajat laista.',
  },
  rules: {
    euOpen:
      'Avoin menettely: tarjousaika vähintään $t(units.days, {"count": {{days}} }) hankintailmoituksen lähettämisestä.',
    euOpenElectronic:
      'Avoin menettely, tarjoukset sähköisesti: vähintään $t(units.days, {"count": {{days}} }) hankintailmoituksen lähettämisestä (35 päivää lyhennettynä viidellä).',
    euOpenUrgency:
      'Avoin menettely, perusteltu kiire: vähintään $t(units.days, {"count": {{days}} }) hankintailmoituksen lähettämisestä.',
    euOpenPin:
      'Avoin menettely ennakkoilmoituksen jälkeen: vähintään $t(units.days, {"count": {{days}} }) hankintailmoituksen lähettämisestä.',
    euRequests:
      'Osallistumishakemukset: vähintään $t(units.days, {"count": {{days}} }) hankintailmoituksen lähettämisestä.',
    euRequestsUrgency:
      'Osallistumishakemukset, perusteltu kiire: vähintään $t(units.days, {"count": {{days}} }) hankintailmoituksen lähettämisestä.',
    euTenders:
      'Tarjoukset (rajoitettu menettely, neuvottelumenettelyn ja innovaatiokumppanuuden alustavat tarjoukset): vähintään $t(units.days, {"count": {{days}} }) tarjouspyynnön lähettämisestä.',
    euTendersElectronic:
      'Tarjoukset sähköisesti: vähintään $t(units.days, {"count": {{days}} }) tarjouspyynnön lähettämisestä (30 päivää lyhennettynä viidellä).',
    euTendersPin:
      'Tarjoukset ennakkoilmoituksen jälkeen: vähintään $t(units.days, {"count": {{days}} }) tarjouspyynnön lähettämisestä.',
    euTendersUrgency:
      'Tarjoukset, perusteltu kiire: vähintään $t(units.days, {"count": {{days}} }) tarjouspyynnön lähettämisestä.',
    euSubCentralNoAgreement:
      'Rajoitettu menettely, muu kuin valtion keskushallintoviranomainen, tarjousajasta ei ole sovittu ehdokkaiden kanssa: vähintään $t(units.days, {"count": {{days}} }) tarjouspyynnön lähettämisestä.',
    euDpsTenders:
      'Dynaaminen hankintajärjestelmä: tarjoukset vähintään $t(units.days, {"count": {{days}} }) tarjouspyynnön lähettämisestä.',
    concessionSingleStage:
      'Käyttöoikeussopimus: tarjoukset vähintään $t(units.days, {"count": {{days}} }) hankintailmoituksen lähettämisestä.',
    concessionSingleStageElectronic:
      'Käyttöoikeussopimus, tarjoukset sähköisesti: vähintään $t(units.days, {"count": {{days}} }) hankintailmoituksen lähettämisestä (30 päivää lyhennettynä viidellä).',
    concessionRequests:
      'Käyttöoikeussopimus, ehdokkaat valitaan: osallistumishakemukset vähintään $t(units.days, {"count": {{days}} }) hankintailmoituksen lähettämisestä.',
    concessionTenders:
      'Käyttöoikeussopimus, ehdokkaat valitaan: tarjoukset vähintään $t(units.days, {"count": {{days}} }) tarjouspyynnön lähettämisestä.',
    concessionTendersElectronic:
      'Käyttöoikeussopimus, ehdokkaat valitaan, tarjoukset sähköisesti: vähintään $t(units.days, {"count": {{days}} }) tarjouspyynnön lähettämisestä (22 päivää lyhennettynä viidellä).',
    nationalOwnMinimum:
      'Kansallinen hankinta: laki edellyttää kohtuullista määräaikaa. Organisaation oma vähimmäisaika on $t(units.days, {"count": {{days}} }).',
    annexEOwnMinimum:
      'Liitteen E palvelut: laissa ei ole vähimmäismääräaikaa. Organisaation oma vähimmäisaika on $t(units.days, {"count": {{days}} }).',
  },
  notes: {
    tenderDeadlineAgreed:
      'Tarjousten määräaika sovitaan kaikkien valittujen ehdokkaiden kanssa, eikä lakisääteistä vähimmäisaikaa ole. Määräajan on oltava sama kaikille. Jos sopimukseen ei päästä, tarjousaika on vähintään 10 päivää tarjouspyynnön lähettämisestä.',
    noStatutoryTenderMinimum:
      'Kilpailullisessa neuvottelumenettelyssä tarjouksille ei ole lakisääteistä vähimmäisaikaa. Varaa hankinnan laatuun ja laajuuteen nähden riittävä aika.',
    reasonableTimeLimit:
      'Kansallisessa hankinnassa tarjousten ja osallistumishakemusten määräajan on oltava hankinnan kokoon ja laatuun nähden kohtuullinen.',
    annexEReasonable:
      'Liitteen E palveluhankinnoissa laissa ei ole vähimmäismääräaikoja. Määräajan on silti oltava tasapuolisen kohtelun ja suhteellisuuden periaatteiden mukaisesti riittävä.',
    ownMinimumNotSet:
      'Organisaation omaa vähimmäistarjousaikaa ei ole asetettu. Sen voi asettaa organisaation asetuksissa.',
    siteVisits:
      'Jos tarjouksen tekeminen edellyttää tutustumista kohteeseen tai asiakirjoihin paikan päällä, määräaikojen on oltava vähimmäisaikoja pidempiä.',
    electronicNotStacked:
      'Sähköisten tarjousten viiden päivän lyhennys koskee vain perusmääräaikoja, ei kiireen tai ennakkoilmoituksen vuoksi lyhennettyjä määräaikoja.',
    pinConditions:
      'Ennakkoilmoitukseen perustuva lyhennys edellyttää, että ennakkoilmoitus on lähetetty vähintään 35 päivää ja enintään 12 kuukautta ennen hankintailmoitusta ja että siinä on ollut vaaditut tiedot.',
    urgencyNotApplicable:
      'Kiireen perusteella määräaikoja voi lyhentää vain avoimessa ja rajoitetussa menettelyssä sekä neuvottelumenettelyssä. Tässä hankinnassa kiire ei lyhennä määräaikoja.',
    pinNotApplicable:
      'Ennakkoilmoitus lyhentää määräaikoja vain avoimessa ja rajoitetussa menettelyssä sekä neuvottelumenettelyssä. Tässä hankinnassa se ei lyhennä määräaikoja.',
    frameworkCallOffs:
      'Puitejärjestelyn sisäisissä kilpailutuksissa tarjousajan on oltava riittävä; vähimmäispäivämäärää ei ole säädetty.',
  },
  warningsHeading: 'Aikataulun tarkistus',
  noWarnings: 'Aikataulussa ei havaittu ongelmia.',
  severity: { error: 'Virheet', warning: 'Varoitukset', info: 'Huomiot' },
  ruleLabel: 'Sääntö: {{rule}}',
  sourceLabel: 'Lähde: {{source}}',
  warnings: {
    procedureNotAllowed: 'Valittu menettely ({{procedure}}) ei ole käytettävissä: {{regime}}.',
    directAwardWithoutJustification:
      'Suorahankinnan peruste puuttuu. Kirjaa lainkohta ja tosiasiat, joihin suorahankinta perustuu.',
    urgencyWithoutJustification:
      'Kiireen vuoksi lyhennetyt määräajat edellyttävät, että kiire perustellaan asianmukaisesti. Kirjaa perustelu menettelyn tietoihin.',
    timeLimitsNotComputed:
      'Erityisalojen hankintalain vähimmäismääräaikoja ei tarkisteta. Tarkista määräajat laista itse.',
    datesMissingForCheck: 'Osa tarkistuksista odottaa päivämääriä: {{milestones}}.',
    marketDialogueEndBeforeStart:
      'Markkinavuoropuhelu päättyisi ({{end}}) ennen kuin se alkaa ({{start}}).',
    marketDialogueAfterNotice:
      'Markkinavuoropuhelu jatkuu ({{end}}) vielä hankintailmoituksen lähettämisen ({{noticeSent}}) jälkeen. Markkinakartoitus tehdään ennen hankintamenettelyn aloittamista; sen jälkeen tietoa annetaan kaikille samalla tavalla hankinta-asiakirjoissa.',
    requestsDeadlineTooEarly:
      'Osallistumishakemusten määräaika {{date}} on liian aikaisin. Hakemuksille on varattava vähintään $t(units.days, {"count": {{days}} }) {{countedFrom}} lukien, joten määräaika voi olla aikaisintaan {{earliest}}.',
    requestsDeadlineNotAfterNotice:
      'Osallistumishakemusten määräaika {{date}} ei ole hankintailmoituksen lähettämisen ({{previousDate}}) jälkeen.',
    invitationsBeforeNotice:
      'Tarjouspyyntö ehdokkaille ({{date}}) lähtisi ennen hankintailmoitusta ({{previousDate}}).',
    invitationsBeforeRequestsDeadline:
      'Tarjouspyyntö ehdokkaille ({{date}}) lähtisi ennen osallistumishakemusten määräaikaa ({{previousDate}}). Ehdokkaat valitaan vasta, kun kaikki hakemukset on saatu.',
    questionsBeforeNotice:
      'Lisätietokysymysten määräaika {{date}} on ennen hankintailmoituksen lähettämistä ({{noticeSent}}).',
    questionsAfterTenderDeadline:
      'Lisätietokysymysten määräaika {{date}} on tarjousten määräajan ({{tenderDeadline}}) jälkeen.',
    questionsAfterLastAnswerDate:
      'Lisätietokysymysten määräaika {{date}} on myöhemmin kuin viimeinen päivä vastata ({{lastAnswerDate}}, $t(units.days, {"count": {{days}} }) ennen tarjousten määräaikaa). Aikaista kysymysten määräaikaa tai siirrä tarjousten määräaikaa, muuten tarjousaikaa on ehkä jatkettava.',
    tenderDeadlineTooEarly:
      'Tarjousten määräaika {{date}} on liian aikaisin. Tarjousajan on oltava vähintään $t(units.days, {"count": {{days}} }) hankintailmoituksen lähettämisestä ({{countedFrom}}), joten määräaika voi olla aikaisintaan {{earliest}}.',
    tenderPeriodFromInvitationTooShort:
      'Tarjousaika on liian lyhyt. Tarjouksille on varattava vähintään $t(units.days, {"count": {{days}} }) tarjouspyynnön lähettämisestä ({{countedFrom}}), joten määräaika voi olla aikaisintaan {{earliest}}.',
    tenderDeadlineBelowOwnMinimum:
      'Tarjousaika alittaa organisaation oman vähimmäisajan: $t(units.days, {"count": {{days}} }) {{countedFrom}} lukien olisi aikaisintaan {{earliest}}. Laki edellyttää kohtuullista määräaikaa.',
    tenderDeadlineNotAfterNotice:
      'Tarjousten määräaika {{date}} ei ole hankintailmoituksen lähettämisen ({{previousDate}}) jälkeen.',
    tenderDeadlineNotAfterRequestsDeadline:
      'Tarjousten määräaika {{date}} ei ole osallistumishakemusten määräajan ({{previousDate}}) jälkeen.',
    tenderDeadlineNotAfterInvitations:
      'Tarjousten määräaika {{date}} ei ole tarjouspyynnön lähettämisen ({{previousDate}}) jälkeen.',
    deadlineOnNonWorkingDay:
      '{{milestone}} {{date}} on {{day}}. Määräajan ei pitäisi päättyä pyhä- tai vapaapäivänä; harkitse seuraavaa arkipäivää {{suggestion}}.',
    evaluationBeforeTenderDeadline:
      'Vertailu valmistuisi ({{date}}) ennen tarjousten määräaikaa ({{tenderDeadline}}). Tarjoukset avataan ja vertaillaan vasta määräajan päätyttyä.',
    decisionBeforeTenderDeadline:
      'Hankintapäätös ({{date}}) olisi ennen tarjousten määräaikaa ({{tenderDeadline}}).',
    decisionBeforeEvaluationEnd:
      'Hankintapäätös ({{date}}) on ennen kuin vertailu valmistuu ({{evaluationEnd}}). Päätös perustuu valmiiseen vertailuun.',
    contractBeforeDecision:
      'Sopimuskausi alkaisi ({{date}}) ennen hankintapäätöstä ({{decision}}). Hankintasopimus tehdään päätöksen jälkeen.',
    contractBeforeStandstillEnd:
      'Sopimuskausi alkaisi {{date}}, mutta odotusaika ($t(units.days, {"count": {{days}} })) päättyy vasta {{lastDay}}. Sopimuksen voi tehdä aikaisintaan {{earliest}}.',
    milestoneOutOfOrder:
      'Päivät eivät ole järjestyksessä: {{milestone}} {{date}} on ennen vaihetta ”{{previous}}” {{previousDate}}.',
    frameworkLongerThanFourYears:
      'Puitejärjestelyn kesto optioineen on $t(units.months, {"count": {{months}} }). Puitejärjestely voi olla voimassa enintään $t(units.months, {"count": {{max}} }), pidempään vain poikkeuksellisesti, kun hankinnan kohde sitä perustellusti edellyttää.',
    frameworkWithoutEnd:
      'Puitejärjestely on merkitty toistaiseksi voimassa olevaksi. Puitejärjestely voi olla voimassa enintään $t(units.months, {"count": {{max}} }), pidempään vain perustellusta syystä.',
    optionDecisionTooLate:
      'Option {{optionNumber}} kauden {{n}} käyttöpäätös ({{date}}) on vasta optiokauden alkaessa tai sen jälkeen ({{start}}). Optiosta päätetään ennen kauden alkua sopimuksen ehtojen mukaisesti.',
    optionDecisionsMissing:
      'Optiokausia ilman suunniteltua käyttöpäätöksen päivää: {{count}}. Ensimmäinen niistä alkaa {{firstStart}}.',
  },
  days: {
    saturday: 'lauantai',
    sunday: 'sunnuntai',
    newYearsDay: 'uudenvuodenpäivä',
    epiphany: 'loppiainen',
    goodFriday: 'pitkäperjantai',
    easterSunday: 'pääsiäispäivä',
    easterMonday: 'toinen pääsiäispäivä',
    mayDay: 'vappu',
    ascensionDay: 'helatorstai',
    whitSunday: 'helluntaipäivä',
    midsummerEve: 'juhannusaatto',
    midsummerDay: 'juhannuspäivä',
    allSaintsDay: 'pyhäinpäivä',
    independenceDay: 'itsenäisyyspäivä',
    christmasEve: 'jouluaatto',
    christmasDay: 'joulupäivä',
    boxingDay: 'tapaninpäivä',
  },
};

const sv = {
  heading: 'Tidsplan och tidsfrister',
  intro:
    'Ange de planerade datumen. Appen räknar ut de lagstadgade minimitidsfristerna, väntetiden och avtalsperioderna och berättar om tidsplanen har problem. Avsändningsdagen räknas inte in i tidsfristen.',
  dateHint: 'Format d.m.åååå, t.ex. 15.3.2027',
  invalidDate: 'Datumet godtas inte. Använd formatet d.m.åååå, t.ex. 15.3.2027.',
  milestones: {
    marketDialogueStart: 'Marknadsdialogen börjar',
    marketDialogueEnd: 'Marknadsdialogen avslutas',
    noticeSent: 'Upphandlingsannonsen skickas',
    requestsDeadline: 'Sista dag för anbudsansökningar',
    invitationsSent: 'Anbudsförfrågan till anbudssökandena',
    questionsDeadline: 'Sista dag för frågor',
    tenderDeadline: 'Sista dag för anbud',
    evaluationEnd: 'Jämförelsen av anbuden klar',
    decision: 'Upphandlingsbeslut',
    contractStart: 'Avtalsperioden börjar',
  },
  milestoneHints: {
    noticeSent: 'Den dag annonsen skickas för publicering (HILMA). Tidsfristerna räknas härifrån.',
    invitationsSent: 'Den dag anbudsförfrågan skickas till de utvalda anbudssökandena.',
    decision:
      'Den dag beslutet och anvisningarna om upphandlingsrättelse och besvär skickas till anbudsgivarna.',
  },
  decisionDelivery: {
    label: 'Delgivning av beslutet',
    electronic: 'Elektroniskt',
    electronicHint: 'Anbudsgivaren anses ha fått del av beslutet samma dag som det skickades.',
    post: 'Per brev',
    postHint:
      'Anbudsgivaren anses ha fått del av beslutet den sjunde dagen efter att det skickades.',
  },
  computed: {
    earliestAllowed: 'Tidigast tillåtna tidsfrist: {{date}}',
    earliestOwn: 'Enligt den egna minimitiden tidigast: {{date}}',
    counting:
      '$t(units.days, {"count": {{days}} }) räknat från {{countedFrom}}, avsändningsdagen oräknad',
    moved: 'Den uträknade dagen {{periodEnd}} är {{day}}, så fristen går ut följande vardag.',
    waitsFor: 'Räknas ut när ett datum har angetts för ”{{milestone}}”.',
    noMinimum: 'Ingen lagstadgad minimitid.',
    lastAnswerDate:
      'Svaren på frågor ska publiceras senast {{date}} ($t(units.days, {"count": {{days}} }) före sista dag för anbud)',
    standstillReceived: 'Beslutet anses delgivet: {{date}}',
    standstillEnd: 'Väntetiden ($t(units.days, {"count": {{days}} })) går ut: {{date}}',
    earliestContract: 'Avtal kan ingås tidigast: {{date}}',
    standstillLastDayMoved:
      'Väntetidens sista dag är en helgdag, afton eller veckoslutsdag, så avtalet kan ingås den första vardagen därefter.',
    noStandstill: 'Väntetid tillämpas inte på denna upphandling.',
    standstillWaitsForDecision:
      'Väntetiden räknas ut när datumet för upphandlingsbeslutet har angetts.',
    contractEnd: 'Grundperioden upphör: {{date}}',
    contractIndefinite: 'Avtalet gäller tills vidare.',
    latestEnd: 'Upphör senast (alla optioner och förlängningen utnyttjade): {{date}}',
    extension: 'Förlängning: {{start}}–{{end}}',
    optionsHeading: 'Optionsperioder och beslut om att utnyttja dem',
    optionPeriod: 'Option {{number}}, period {{n}}: {{start}}–{{end}} ({{months}} mån.)',
    optionDecision: 'Beslut om option {{number}}, period {{n}}',
    optionDecisionHint: 'Beslutet fattas före periodens början {{start}}.',
    contractWaitsForStart: 'Avtalsperioderna räknas ut när avtalsperiodens början har angetts.',
  },
  limits: {
    heading: 'Minimitidsfrister',
    frames: {
      eu: 'Minimitidsfrister i EU-förfaranden',
      concession: 'Minimitidsfrister för koncessioner',
      national: 'Nationell upphandling: skälig tidsfrist',
      annexE: 'Tjänster enligt bilaga E: skälig tidsfrist',
    },
    requests: 'Anbudsansökningar',
    tenders: 'Anbud',
    statutory: 'lagstadgad minimitid',
    own: 'organisationens egen minimitid (rekommendation)',
    noTenderMinimum: 'Det finns ingen lagstadgad minimitid för anbud.',
    additionalInformation:
      'Begärda tilläggsuppgifter ska lämnas senast $t(units.days, {"count": {{days}} }) före sista dag för anbud.',
    notesHeading: 'Att beakta',
    none: {
      belowNational:
        'Upphandlingen understiger det nationella tröskelvärdet, så upphandlingslagens tidsfrister gäller inte. Ge ändå anbudsgivarna tillräckligt med tid.',
      utilityBelowEu:
        'Upphandlingen inom försörjningssektorerna understiger EU-tröskelvärdet, så upphandlingslagarnas tidsfrister gäller inte.',
      procedureNotChosen: 'Välj upphandlingsförfarande, så räknas minimitidsfristerna ut.',
      directAward:
        'Vid direktupphandling finns inga anbudstider eftersom ingen konkurrensutsättning sker.',
      smallProcurement:
        'För en småupphandling finns inga lagstadgade tidsfrister. Ge ändå anbudsgivarna tillräckligt med tid.',
    },
    notComputed:
      'Lagen om upphandling inom försörjningssektorerna (1398/2016) har egna minimitidsfrister som appen inte räknar ut. Kontrollera fristerna i lagen.',
  },
  rules: {
    euOpen:
      'Öppet förfarande: anbudstid minst $t(units.days, {"count": {{days}} }) från att annonsen skickades.',
    euOpenElectronic:
      'Öppet förfarande, elektroniska anbud: minst $t(units.days, {"count": {{days}} }) från att annonsen skickades (35 dagar förkortat med fem).',
    euOpenUrgency:
      'Öppet förfarande, motiverad brådska: minst $t(units.days, {"count": {{days}} }) från att annonsen skickades.',
    euOpenPin:
      'Öppet förfarande efter förhandsannons: minst $t(units.days, {"count": {{days}} }) från att annonsen skickades.',
    euRequests:
      'Anbudsansökningar: minst $t(units.days, {"count": {{days}} }) från att annonsen skickades.',
    euRequestsUrgency:
      'Anbudsansökningar, motiverad brådska: minst $t(units.days, {"count": {{days}} }) från att annonsen skickades.',
    euTenders:
      'Anbud (selektivt förfarande, första anbud i förhandlat förfarande och innovationspartnerskap): minst $t(units.days, {"count": {{days}} }) från att anbudsförfrågan skickades.',
    euTendersElectronic:
      'Elektroniska anbud: minst $t(units.days, {"count": {{days}} }) från att anbudsförfrågan skickades (30 dagar förkortat med fem).',
    euTendersPin:
      'Anbud efter förhandsannons: minst $t(units.days, {"count": {{days}} }) från att anbudsförfrågan skickades.',
    euTendersUrgency:
      'Anbud, motiverad brådska: minst $t(units.days, {"count": {{days}} }) från att anbudsförfrågan skickades.',
    euSubCentralNoAgreement:
      'Selektivt förfarande, annan än central statlig myndighet, ingen överenskommelse om anbudstiden med anbudssökandena: minst $t(units.days, {"count": {{days}} }) från att anbudsförfrågan skickades.',
    euDpsTenders:
      'Dynamiskt inköpssystem: anbud minst $t(units.days, {"count": {{days}} }) från att anbudsförfrågan skickades.',
    concessionSingleStage:
      'Koncession: anbud minst $t(units.days, {"count": {{days}} }) från att annonsen skickades.',
    concessionSingleStageElectronic:
      'Koncession, elektroniska anbud: minst $t(units.days, {"count": {{days}} }) från att annonsen skickades (30 dagar förkortat med fem).',
    concessionRequests:
      'Koncession med urval av anbudssökande: ansökningar minst $t(units.days, {"count": {{days}} }) från att annonsen skickades.',
    concessionTenders:
      'Koncession med urval av anbudssökande: anbud minst $t(units.days, {"count": {{days}} }) från att anbudsförfrågan skickades.',
    concessionTendersElectronic:
      'Koncession med urval av anbudssökande, elektroniska anbud: minst $t(units.days, {"count": {{days}} }) från att anbudsförfrågan skickades (22 dagar förkortat med fem).',
    nationalOwnMinimum:
      'Nationell upphandling: lagen kräver en skälig tidsfrist. Organisationens egen minimitid är $t(units.days, {"count": {{days}} }).',
    annexEOwnMinimum:
      'Tjänster enligt bilaga E: lagen har ingen minimitid. Organisationens egen minimitid är $t(units.days, {"count": {{days}} }).',
  },
  notes: {
    tenderDeadlineAgreed:
      'Sista dag för anbud avtalas med samtliga utvalda anbudssökande och någon lagstadgad minimitid finns inte. Fristen ska vara densamma för alla. Om ingen överenskommelse nås är anbudstiden minst 10 dagar från att anbudsförfrågan skickades.',
    noStatutoryTenderMinimum:
      'I konkurrenspräglad dialog finns ingen lagstadgad minimitid för anbud. Ge tid som står i proportion till upphandlingens art och omfattning.',
    reasonableTimeLimit:
      'Vid nationell upphandling ska tidsfristen för anbud och ansökningar vara skälig med hänsyn till upphandlingens omfattning och art.',
    annexEReasonable:
      'För tjänster enligt bilaga E finns inga minimitidsfrister i lagen. Tidsfristen ska ändå vara tillräcklig enligt principerna om likabehandling och proportionalitet.',
    ownMinimumNotSet:
      'Organisationens egen minimitid för anbud har inte angetts. Den kan anges i organisationens inställningar.',
    siteVisits:
      'Om anbudet förutsätter platsbesök eller granskning av handlingar på plats ska tidsfristerna vara längre än minimitiderna.',
    electronicNotStacked:
      'Förkortningen med fem dagar för elektroniska anbud gäller endast de grundläggande fristerna, inte frister som förkortats på grund av brådska eller förhandsannons.',
    pinConditions:
      'Förkortning på grund av förhandsannons förutsätter att förhandsannonsen skickades minst 35 dagar och högst 12 månader före upphandlingsannonsen och innehöll de uppgifter som krävs.',
    urgencyNotApplicable:
      'Brådska förkortar tidsfristerna endast vid öppet och selektivt förfarande och förhandlat förfarande. I denna upphandling förkortar brådska inte fristerna.',
    pinNotApplicable:
      'En förhandsannons förkortar tidsfristerna endast vid öppet och selektivt förfarande och förhandlat förfarande. I denna upphandling förkortar den inte fristerna.',
    frameworkCallOffs:
      'Vid förnyad konkurrensutsättning inom ramavtalet ska anbudstiden vara tillräcklig; någon minimitid har inte föreskrivits.',
  },
  warningsHeading: 'Kontroll av tidsplanen',
  noWarnings: 'Inga problem hittades i tidsplanen.',
  severity: { error: 'Fel', warning: 'Varningar', info: 'Observationer' },
  ruleLabel: 'Regel: {{rule}}',
  sourceLabel: 'Källa: {{source}}',
  warnings: {
    procedureNotAllowed: 'Det valda förfarandet ({{procedure}}) kan inte användas: {{regime}}.',
    directAwardWithoutJustification:
      'Grunden för direktupphandlingen saknas. Anteckna lagrummet och de faktiska omständigheter som direktupphandlingen grundar sig på.',
    urgencyWithoutJustification:
      'Tidsfrister som förkortats på grund av brådska kräver att brådskan motiveras på behörigt sätt. Anteckna motiveringen i uppgifterna om förfarandet.',
    timeLimitsNotComputed:
      'Minimitidsfristerna enligt lagen om upphandling inom försörjningssektorerna kontrolleras inte. Kontrollera fristerna i lagen.',
    datesMissingForCheck: 'En del av kontrollerna väntar på datum: {{milestones}}.',
    marketDialogueEndBeforeStart:
      'Marknadsdialogen skulle avslutas ({{end}}) innan den börjar ({{start}}).',
    marketDialogueAfterNotice:
      'Marknadsdialogen fortsätter ({{end}}) efter att upphandlingsannonsen skickats ({{noticeSent}}). Marknadsundersökningen görs innan upphandlingsförfarandet inleds; därefter får alla samma information i upphandlingsdokumenten.',
    requestsDeadlineTooEarly:
      'Sista dag för anbudsansökningar {{date}} är för tidig. Ansökningarna ska ges minst $t(units.days, {"count": {{days}} }) räknat från {{countedFrom}}, så fristen kan gå ut tidigast {{earliest}}.',
    requestsDeadlineNotAfterNotice:
      'Sista dag för anbudsansökningar {{date}} infaller inte efter att annonsen skickats ({{previousDate}}).',
    invitationsBeforeNotice:
      'Anbudsförfrågan till anbudssökandena ({{date}}) skulle skickas före annonsen ({{previousDate}}).',
    invitationsBeforeRequestsDeadline:
      'Anbudsförfrågan till anbudssökandena ({{date}}) skulle skickas före sista dag för anbudsansökningar ({{previousDate}}). Anbudssökandena väljs först när alla ansökningar har kommit in.',
    questionsBeforeNotice:
      'Sista dag för frågor {{date}} infaller före att annonsen skickas ({{noticeSent}}).',
    questionsAfterTenderDeadline:
      'Sista dag för frågor {{date}} infaller efter sista dag för anbud ({{tenderDeadline}}).',
    questionsAfterLastAnswerDate:
      'Sista dag för frågor {{date}} infaller senare än sista dag att svara ({{lastAnswerDate}}, $t(units.days, {"count": {{days}} }) före sista dag för anbud). Tidigarelägg sista dag för frågor eller flytta sista dag för anbud, annars kan anbudstiden behöva förlängas.',
    tenderDeadlineTooEarly:
      'Sista dag för anbud {{date}} är för tidig. Anbudstiden ska vara minst $t(units.days, {"count": {{days}} }) från att annonsen skickades ({{countedFrom}}), så fristen kan gå ut tidigast {{earliest}}.',
    tenderPeriodFromInvitationTooShort:
      'Anbudstiden är för kort. Anbuden ska ges minst $t(units.days, {"count": {{days}} }) från att anbudsförfrågan skickades ({{countedFrom}}), så fristen kan gå ut tidigast {{earliest}}.',
    tenderDeadlineBelowOwnMinimum:
      'Anbudstiden understiger organisationens egen minimitid: $t(units.days, {"count": {{days}} }) räknat från {{countedFrom}} vore tidigast {{earliest}}. Lagen kräver en skälig tidsfrist.',
    tenderDeadlineNotAfterNotice:
      'Sista dag för anbud {{date}} infaller inte efter att annonsen skickats ({{previousDate}}).',
    tenderDeadlineNotAfterRequestsDeadline:
      'Sista dag för anbud {{date}} infaller inte efter sista dag för anbudsansökningar ({{previousDate}}).',
    tenderDeadlineNotAfterInvitations:
      'Sista dag för anbud {{date}} infaller inte efter att anbudsförfrågan skickats ({{previousDate}}).',
    deadlineOnNonWorkingDay:
      '{{milestone}} {{date}} är {{day}}. En tidsfrist bör inte gå ut på en helg- eller fridag; överväg följande vardag {{suggestion}}.',
    evaluationBeforeTenderDeadline:
      'Jämförelsen skulle bli klar ({{date}}) före sista dag för anbud ({{tenderDeadline}}). Anbuden öppnas och jämförs först när fristen har gått ut.',
    decisionBeforeTenderDeadline:
      'Upphandlingsbeslutet ({{date}}) skulle fattas före sista dag för anbud ({{tenderDeadline}}).',
    decisionBeforeEvaluationEnd:
      'Upphandlingsbeslutet ({{date}}) fattas innan jämförelsen är klar ({{evaluationEnd}}). Beslutet ska grunda sig på en färdig jämförelse.',
    contractBeforeDecision:
      'Avtalsperioden skulle börja ({{date}}) före upphandlingsbeslutet ({{decision}}). Upphandlingskontraktet ingås efter beslutet.',
    contractBeforeStandstillEnd:
      'Avtalsperioden skulle börja {{date}}, men väntetiden ($t(units.days, {"count": {{days}} })) går ut först {{lastDay}}. Avtal kan ingås tidigast {{earliest}}.',
    milestoneOutOfOrder:
      'Datumen är inte i ordning: {{milestone}} {{date}} infaller före ”{{previous}}” {{previousDate}}.',
    frameworkLongerThanFourYears:
      'Ramavtalets längd med optioner är $t(units.months, {"count": {{months}} }). Ett ramavtal får gälla högst $t(units.months, {"count": {{max}} }), längre endast i undantagsfall när föremålet för upphandlingen motiverar det.',
    frameworkWithoutEnd:
      'Ramavtalet är angivet att gälla tills vidare. Ett ramavtal får gälla högst $t(units.months, {"count": {{max}} }), längre endast av motiverat skäl.',
    optionDecisionTooLate:
      'Beslutet om option {{optionNumber}}, period {{n}} ({{date}}) fattas först när optionsperioden börjar eller senare ({{start}}). Beslut om optionen fattas före periodens början enligt avtalsvillkoren.',
    optionDecisionsMissing:
      'Optionsperioder utan planerat beslutsdatum: {{count}}. Den första av dem börjar {{firstStart}}.',
  },
  days: {
    saturday: 'en lördag',
    sunday: 'en söndag',
    newYearsDay: 'nyårsdagen',
    epiphany: 'trettondagen',
    goodFriday: 'långfredagen',
    easterSunday: 'påskdagen',
    easterMonday: 'annandag påsk',
    mayDay: 'första maj',
    ascensionDay: 'Kristi himmelsfärds dag',
    whitSunday: 'pingstdagen',
    midsummerEve: 'midsommaraftonen',
    midsummerDay: 'midsommardagen',
    allSaintsDay: 'alla helgons dag',
    independenceDay: 'självständighetsdagen',
    christmasEve: 'julafton',
    christmasDay: 'juldagen',
    boxingDay: 'annandag jul',
  },
};

const en = {
  heading: 'Timeline and time limits',
  intro:
    'Enter the planned dates. The app works out the minimum time limits set by law, the standstill period and the contract periods, and tells you if something in the timeline is wrong. The day of sending is not counted in a time limit.',
  dateHint: 'Format d.m.yyyy, e.g. 15.3.2027',
  invalidDate: 'This is not a valid date. Use the format d.m.yyyy, e.g. 15.3.2027.',
  milestones: {
    marketDialogueStart: 'Market dialogue starts',
    marketDialogueEnd: 'Market dialogue ends',
    noticeSent: 'Contract notice sent',
    requestsDeadline: 'Deadline for requests to participate',
    invitationsSent: 'Invitation to tender sent to candidates',
    questionsDeadline: 'Deadline for questions',
    tenderDeadline: 'Tender deadline',
    evaluationEnd: 'Evaluation finished',
    decision: 'Procurement decision',
    contractStart: 'Contract period starts',
  },
  milestoneHints: {
    noticeSent: 'The day the notice is sent for publication (HILMA). Time limits count from here.',
    invitationsSent: 'The day the invitation to tender is sent to the selected candidates.',
    decision: 'The day the decision and the redress instructions are sent to the tenderers.',
  },
  decisionDelivery: {
    label: 'How the decision is delivered',
    electronic: 'Electronically',
    electronicHint: 'Tenderers are deemed to have received the decision on the day it is sent.',
    post: 'By post',
    postHint:
      'Tenderers are deemed to have received the decision on the seventh day after sending.',
  },
  computed: {
    earliestAllowed: 'Earliest allowed deadline: {{date}}',
    earliestOwn: 'Earliest under your own minimum: {{date}}',
    counting:
      '$t(units.days, {"count": {{days}} }) from {{countedFrom}}, not counting the day of sending',
    moved:
      'The calculated day {{periodEnd}} is {{day}}, so the time limit ends on the next working day.',
    waitsFor: 'Calculated once a date is entered for “{{milestone}}”.',
    noMinimum: 'No minimum set by law.',
    lastAnswerDate:
      'Answers to questions must be published by {{date}} ($t(units.days, {"count": {{days}} }) before the tender deadline)',
    standstillReceived: 'Decision deemed received: {{date}}',
    standstillEnd: 'Standstill period ($t(units.days, {"count": {{days}} })) ends: {{date}}',
    earliestContract: 'Contract can be concluded from: {{date}}',
    standstillLastDayMoved:
      'The last day of the standstill period is a weekend day, a public holiday or a holiday eve, so the contract can be concluded on the first working day after it.',
    noStandstill: 'No standstill period applies to this procurement.',
    standstillWaitsForDecision:
      'The standstill is calculated once the procurement decision date is entered.',
    contractEnd: 'Base period ends: {{date}}',
    contractIndefinite: 'The contract runs until further notice.',
    latestEnd: 'Ends at the latest (all options and the extension used): {{date}}',
    extension: 'Extension: {{start}}–{{end}}',
    optionsHeading: 'Option periods and decisions to use them',
    optionPeriod:
      'Option {{number}}, period {{n}}: {{start}}–{{end}} ($t(units.months, {"count": {{months}} }))',
    optionDecision: 'Decision on option {{number}}, period {{n}}',
    optionDecisionHint: 'Decide before the period starts on {{start}}.',
    contractWaitsForStart: 'Contract periods are calculated once the contract start is entered.',
  },
  limits: {
    heading: 'Minimum time limits',
    frames: {
      eu: 'Minimum time limits of EU procedures',
      concession: 'Minimum time limits for concessions',
      national: 'National procurement: a reasonable time limit',
      annexE: 'Annex E services: a reasonable time limit',
    },
    requests: 'Requests to participate',
    tenders: 'Tenders',
    statutory: 'minimum set by law',
    own: 'your organisation’s own minimum (advice)',
    noTenderMinimum: 'There is no minimum set by law for tenders.',
    additionalInformation:
      'Requested additional information must be given at least $t(units.days, {"count": {{days}} }) before the tender deadline.',
    notesHeading: 'Good to know',
    none: {
      belowNational:
        'The procurement is below the national threshold, so the time limits of the Procurement Act do not apply. Still give tenderers enough time.',
      utilityBelowEu:
        'This utilities procurement is below the EU threshold, so the time limits of the procurement acts do not apply.',
      procedureNotChosen: 'Choose a procedure to see the minimum time limits.',
      directAward: 'A direct award has no tender period because there is no competition.',
      smallProcurement:
        'A small procurement has no time limits set by law. Still give tenderers enough time.',
    },
    notComputed:
      'The Utilities Procurement Act (1398/2016) has its own minimum time limits, which this app does not calculate. Check them in the Act.',
  },
  rules: {
    euOpen:
      'Open procedure: at least $t(units.days, {"count": {{days}} }) from sending the contract notice.',
    euOpenElectronic:
      'Open procedure, electronic tenders: at least $t(units.days, {"count": {{days}} }) from sending the contract notice (35 days less five).',
    euOpenUrgency:
      'Open procedure, substantiated urgency: at least $t(units.days, {"count": {{days}} }) from sending the contract notice.',
    euOpenPin:
      'Open procedure after a prior information notice: at least $t(units.days, {"count": {{days}} }) from sending the contract notice.',
    euRequests:
      'Requests to participate: at least $t(units.days, {"count": {{days}} }) from sending the contract notice.',
    euRequestsUrgency:
      'Requests to participate, substantiated urgency: at least $t(units.days, {"count": {{days}} }) from sending the contract notice.',
    euTenders:
      'Tenders (restricted procedure; initial tenders in the negotiated procedure and innovation partnership): at least $t(units.days, {"count": {{days}} }) from sending the invitation to tender.',
    euTendersElectronic:
      'Electronic tenders: at least $t(units.days, {"count": {{days}} }) from sending the invitation to tender (30 days less five).',
    euTendersPin:
      'Tenders after a prior information notice: at least $t(units.days, {"count": {{days}} }) from sending the invitation to tender.',
    euTendersUrgency:
      'Tenders, substantiated urgency: at least $t(units.days, {"count": {{days}} }) from sending the invitation to tender.',
    euSubCentralNoAgreement:
      'Restricted procedure, authority other than central government, tender period not agreed with the candidates: at least $t(units.days, {"count": {{days}} }) from sending the invitation to tender.',
    euDpsTenders:
      'Dynamic purchasing system: tenders at least $t(units.days, {"count": {{days}} }) from sending the invitation to tender.',
    concessionSingleStage:
      'Concession: tenders at least $t(units.days, {"count": {{days}} }) from sending the concession notice.',
    concessionSingleStageElectronic:
      'Concession, electronic tenders: at least $t(units.days, {"count": {{days}} }) from sending the concession notice (30 days less five).',
    concessionRequests:
      'Concession with selected candidates: applications at least $t(units.days, {"count": {{days}} }) from sending the concession notice.',
    concessionTenders:
      'Concession with selected candidates: tenders at least $t(units.days, {"count": {{days}} }) from sending the invitation to tender.',
    concessionTendersElectronic:
      'Concession with selected candidates, electronic tenders: at least $t(units.days, {"count": {{days}} }) from sending the invitation to tender (22 days less five).',
    nationalOwnMinimum:
      'National procurement: the law requires a reasonable time limit. Your organisation’s own minimum is $t(units.days, {"count": {{days}} }).',
    annexEOwnMinimum:
      'Annex E services: the law sets no minimum. Your organisation’s own minimum is $t(units.days, {"count": {{days}} }).',
  },
  notes: {
    tenderDeadlineAgreed:
      'The tender deadline is agreed with all selected candidates and there is no minimum set by law. It must be the same for everyone. If no agreement is reached, the tender period is at least 10 days from sending the invitation to tender.',
    noStatutoryTenderMinimum:
      'Competitive dialogue has no minimum set by law for tenders. Allow enough time for the nature and scale of the procurement.',
    reasonableTimeLimit:
      'In a national procurement the time limit for tenders and requests to participate must be reasonable for the size and nature of the procurement.',
    annexEReasonable:
      'Annex E services have no minimum time limits in the law. The time limit must still be sufficient under the principles of equal treatment and proportionality.',
    ownMinimumNotSet:
      'Your organisation has not set its own minimum tender period. You can set it in the organisation settings.',
    siteVisits:
      'If tendering requires a site visit or inspecting documents on the spot, the time limits must be longer than the minimums.',
    electronicNotStacked:
      'The five-day reduction for electronic tenders applies only to the basic time limits, not to limits already shortened for urgency or a prior information notice.',
    pinConditions:
      'The reduction after a prior information notice requires that the notice was sent at least 35 days and at most 12 months before the contract notice and contained the required information.',
    urgencyNotApplicable:
      'Urgency shortens time limits only in the open, restricted and negotiated procedures. Here it does not shorten them.',
    pinNotApplicable:
      'A prior information notice shortens time limits only in the open, restricted and negotiated procedures. Here it does not shorten them.',
    frameworkCallOffs:
      'Mini-competitions under the framework agreement need a sufficient tender period; no minimum number of days is set.',
  },
  warningsHeading: 'Timeline check',
  noWarnings: 'No problems found in the timeline.',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  ruleLabel: 'Rule: {{rule}}',
  sourceLabel: 'Source: {{source}}',
  warnings: {
    procedureNotAllowed: 'The chosen procedure ({{procedure}}) is not available: {{regime}}.',
    directAwardWithoutJustification:
      'The ground for the direct award is missing. Record the provision and the facts the direct award relies on.',
    urgencyWithoutJustification:
      'Time limits shortened for urgency require the urgency to be properly substantiated. Record the justification with the procedure.',
    timeLimitsNotComputed:
      'The minimum time limits of the Utilities Procurement Act are not checked. Check them in the Act yourself.',
    datesMissingForCheck: 'Some checks are waiting for dates: {{milestones}}.',
    marketDialogueEndBeforeStart:
      'The market dialogue would end ({{end}}) before it starts ({{start}}).',
    marketDialogueAfterNotice:
      'The market dialogue continues ({{end}}) after the contract notice is sent ({{noticeSent}}). Market consultation happens before the procedure starts; after that, everyone gets the same information in the procurement documents.',
    requestsDeadlineTooEarly:
      'The deadline for requests to participate, {{date}}, is too early. Allow at least $t(units.days, {"count": {{days}} }) from {{countedFrom}}, so the deadline can be {{earliest}} at the earliest.',
    requestsDeadlineNotAfterNotice:
      'The deadline for requests to participate, {{date}}, is not after the contract notice is sent ({{previousDate}}).',
    invitationsBeforeNotice:
      'The invitation to tender ({{date}}) would be sent before the contract notice ({{previousDate}}).',
    invitationsBeforeRequestsDeadline:
      'The invitation to tender ({{date}}) would be sent before the deadline for requests to participate ({{previousDate}}). Candidates are selected only once all requests are in.',
    questionsBeforeNotice:
      'The deadline for questions, {{date}}, is before the contract notice is sent ({{noticeSent}}).',
    questionsAfterTenderDeadline:
      'The deadline for questions, {{date}}, is after the tender deadline ({{tenderDeadline}}).',
    questionsAfterLastAnswerDate:
      'The deadline for questions, {{date}}, is later than the last day to answer ({{lastAnswerDate}}, $t(units.days, {"count": {{days}} }) before the tender deadline). Move the questions deadline earlier or the tender deadline later, or the tender period may have to be extended.',
    tenderDeadlineTooEarly:
      'The tender deadline {{date}} is too early. The tender period must be at least $t(units.days, {"count": {{days}} }) from sending the contract notice ({{countedFrom}}), so the deadline can be {{earliest}} at the earliest.',
    tenderPeriodFromInvitationTooShort:
      'The tender period is too short. Allow at least $t(units.days, {"count": {{days}} }) from sending the invitation to tender ({{countedFrom}}), so the deadline can be {{earliest}} at the earliest.',
    tenderDeadlineBelowOwnMinimum:
      'The tender period is shorter than your organisation’s own minimum: $t(units.days, {"count": {{days}} }) from {{countedFrom}} would be {{earliest}} at the earliest. The law requires a reasonable time limit.',
    tenderDeadlineNotAfterNotice:
      'The tender deadline {{date}} is not after the contract notice is sent ({{previousDate}}).',
    tenderDeadlineNotAfterRequestsDeadline:
      'The tender deadline {{date}} is not after the deadline for requests to participate ({{previousDate}}).',
    tenderDeadlineNotAfterInvitations:
      'The tender deadline {{date}} is not after the invitation to tender is sent ({{previousDate}}).',
    deadlineOnNonWorkingDay:
      '{{milestone}}: {{date}} is {{day}}. A time limit should not end on a weekend or public holiday; consider the next working day, {{suggestion}}.',
    evaluationBeforeTenderDeadline:
      'Evaluation would finish ({{date}}) before the tender deadline ({{tenderDeadline}}). Tenders are opened and compared only after the deadline.',
    decisionBeforeTenderDeadline:
      'The procurement decision ({{date}}) would come before the tender deadline ({{tenderDeadline}}).',
    decisionBeforeEvaluationEnd:
      'The procurement decision ({{date}}) comes before evaluation finishes ({{evaluationEnd}}). The decision rests on a finished evaluation.',
    contractBeforeDecision:
      'The contract period would start ({{date}}) before the procurement decision ({{decision}}). The contract is concluded after the decision.',
    contractBeforeStandstillEnd:
      'The contract period would start on {{date}}, but the standstill period ($t(units.days, {"count": {{days}} })) ends only on {{lastDay}}. The contract can be concluded from {{earliest}}.',
    milestoneOutOfOrder:
      'The dates are out of order: {{milestone}} {{date}} is before “{{previous}}” {{previousDate}}.',
    frameworkLongerThanFourYears:
      'The framework agreement lasts $t(units.months, {"count": {{months}} }) with its options. A framework agreement may last at most $t(units.months, {"count": {{max}} }), longer only exceptionally when the subject matter justifies it.',
    frameworkWithoutEnd:
      'The framework agreement is marked to run until further notice. A framework agreement may last at most $t(units.months, {"count": {{max}} }), longer only for a justified reason.',
    optionDecisionTooLate:
      'The decision on option {{optionNumber}}, period {{n}} ({{date}}) comes only when the option period starts or later ({{start}}). Decide on the option before the period starts, as the contract terms require.',
    optionDecisionsMissing:
      'Option periods without a planned decision date: {{count}}. The first of them starts on {{firstStart}}.',
  },
  days: {
    saturday: 'a Saturday',
    sunday: 'a Sunday',
    newYearsDay: 'New Year’s Day',
    epiphany: 'Epiphany',
    goodFriday: 'Good Friday',
    easterSunday: 'Easter Sunday',
    easterMonday: 'Easter Monday',
    mayDay: 'May Day',
    ascensionDay: 'Ascension Day',
    whitSunday: 'Whit Sunday',
    midsummerEve: 'Midsummer Eve',
    midsummerDay: 'Midsummer Day',
    allSaintsDay: 'All Saints’ Day',
    independenceDay: 'Independence Day',
    christmasEve: 'Christmas Eve',
    christmasDay: 'Christmas Day',
    boxingDay: 'Boxing Day',
  },
};

/** Texts of the timeline feature (fi source, sv and en with the same keys). */
export const timelineTexts: FeatureTexts<typeof fi> = { fi, sv, en };
