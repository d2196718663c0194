import type { FeatureTexts } from '../shape';

/**
 * Texts of the planning rules added with the issue 6 corrections: the 48-month service choice,
 * the small-lots exception and the added consequences. Finnish is the source; Swedish follows
 * the act 1397/2016 (upphandlande enhet, småupphandling); English follows directive 2014/24/EU.
 */
const fi = {
  consequences: {
    awardNoticeLabel: 'Jälki-ilmoitus',
    awardNoticeRequired:
      'Sopimuksen tekemisen jälkeen julkaistaan jälki-ilmoitus tehdystä hankinnasta (myös suorahankinnasta).',
    awardNoticeNotRequired: 'Jälki-ilmoitusta ei vaadita.',
    singleTenderer:
      'Odotusaikaa ei tarvitse noudattaa, jos ainoa tarjouksen jättänyt tarjoaja valitaan eikä muita ehdokkaita ole.',
    directAwardLabel: 'Suorahankinnan riski',
    directAwardRisk:
      'Jos suorahankinnasta ei julkaista avoimuusilmoitusta, valitusaika on {{months}} kuukautta päätöksestä.',
    directAwardIneffectiveness:
      'EU-hankinnassa markkinaoikeus voi lisäksi määrätä sopimuksen tehottomaksi. Avoimuusilmoitus ja 14 päivän odotus sen jälkeen poistavat tämän riskin.',
  },
  frame: {
    annexE:
      'Hankintaan sovelletaan hankintalain 12 luvun sosiaali- ja terveyspalveluja ja muita erityisiä palveluja koskevia sääntöjä; EU-menettelyjen vähimmäismääräajat eivät koske sitä.',
    concession:
      'Hankintaan sovelletaan hankintalain 13 luvun käyttöoikeussopimuksia koskevia sääntöjä ja niiden määräaikoja.',
    utility:
      'Hankintaan sovelletaan erityisalojen hankintalakia 1398/2016: sen menettelyt, määräajat, odotusaika ja oikeussuojakeinot.',
  },
  longService: {
    heading: 'Yli 48 kuukauden palvelusopimus ilman kokonaishintaa',
    explain:
      'Sopimuskausi optioineen on {{months}} kuukautta. Kun palvelusopimukselle ei ilmoiteta kokonaishintaa ja kausi on yli 48 kuukautta, laki määrää ennakoiduksi arvoksi kuukausiarvon × 48 ({{source}}). Koko sopimuskauden arvo on suurempi, joten se on varovaisempi valinta: sillä hankinta ei jää liian kevyiden sääntöjen piiriin.',
    label: 'Arvon laskutapa',
    times48: 'Kuukausiarvo × 48: {{amount}} (lain mukainen laskutapa)',
    fullTerm: 'Koko sopimuskausi {{months}} kk: {{amount}} (varovaisempi valinta)',
  },
  smallLots: {
    heading: 'Pienten osien poikkeus',
    explain:
      'EU-kynnysarvon ylittävässä osiin jaetussa hankinnassa osat, joiden arvo on alle {{limit}}, voidaan hankkia kansallisin menettelyin, jos valittujen osien yhteenlaskettu arvo on enintään {{percent}} % kaikkien osien arvosta ({{source}}). Kaikkien osien arvo lasketaan silti kokonaisarvoon.',
    lotLabel: '{{lot}}: {{value}}',
    lotNotQualifying: '{{lot}}: {{value}} – ei alle rajan {{limit}}',
    arithmetic:
      'Valitut osat yhteensä {{chosen}}; kaikki osat {{all}}; {{percent}} % kaikista osista on {{max}}.',
    ok: 'Valinta täyttää ehdot: valitut osat ovat enintään {{percent}} % kaikkien osien arvosta.',
    overLimit:
      'Valittujen osien arvo {{chosen}} ylittää {{percent}} %:n rajan {{max}}. Poista valinta joistakin osista.',
    invalid: 'Osa valituista osista ei ole alle rajan {{limit}} tai ei kuulu enää hankintaan.',
    notApplicable: 'Poikkeusta voi käyttää vain EU-kynnysarvon ylittävässä hankinnassa.',
  },
};

const sv: FeatureTexts<typeof fi>['sv'] = {
  consequences: {
    awardNoticeLabel: 'Meddelande om tilldelning',
    awardNoticeRequired:
      'Efter att kontraktet ingåtts publiceras ett meddelande om tilldelning av kontrakt (även efter en direktupphandling).',
    awardNoticeNotRequired: 'Inget meddelande om tilldelning krävs.',
    singleTenderer:
      'Väntetiden behöver inte iakttas om den enda anbudsgivaren väljs och det inte finns andra anbudssökande.',
    directAwardLabel: 'Risk vid direktupphandling',
    directAwardRisk:
      'Om ingen frivillig förhandsinsynsannons publiceras om direktupphandlingen är besvärstiden {{months}} månader från beslutet.',
    directAwardIneffectiveness:
      'I en EU-upphandling kan marknadsdomstolen dessutom förklara kontraktet ogiltigt. En förhandsinsynsannons och 14 dagars väntan därefter undanröjer risken.',
  },
  frame: {
    annexE:
      'Upphandlingen omfattas av upphandlingslagens 12 kap. om social- och hälsovårdstjänster och andra särskilda tjänster; EU-förfarandenas minimitidsfrister gäller inte.',
    concession:
      'Upphandlingen omfattas av upphandlingslagens 13 kap. om koncessioner och dess tidsfrister.',
    utility:
      'Upphandlingen omfattas av lagen om upphandling inom försörjningssektorerna 1398/2016: dess förfaranden, tidsfrister, väntetid och rättsmedel.',
  },
  longService: {
    heading: 'Tjänsteavtal över 48 månader utan totalpris',
    explain:
      'Avtalsperioden med optioner är {{months}} månader. När inget totalpris anges för ett tjänsteavtal och perioden är över 48 månader, föreskriver lagen att det uppskattade värdet är månadsvärdet × 48 ({{source}}). Värdet för hela avtalsperioden är högre och därför det försiktigare valet: upphandlingen hamnar då inte under för lätta regler.',
    label: 'Beräkningssätt',
    times48: 'Månadsvärde × 48: {{amount}} (lagens beräkningssätt)',
    fullTerm: 'Hela avtalsperioden {{months}} mån.: {{amount}} (försiktigare val)',
  },
  smallLots: {
    heading: 'Undantaget för små delar',
    explain:
      'I en upphandling som är uppdelad i delar och överstiger EU-tröskelvärdet får delar vars värde understiger {{limit}} upphandlas enligt nationella förfaranden, om de valda delarnas sammanlagda värde är högst {{percent}} % av alla delars värde ({{source}}). Alla delars värde räknas ändå in i det totala värdet.',
    lotLabel: '{{lot}}: {{value}}',
    lotNotQualifying: '{{lot}}: {{value}} – inte under gränsen {{limit}}',
    arithmetic:
      'Valda delar sammanlagt {{chosen}}; alla delar {{all}}; {{percent}} % av alla delar är {{max}}.',
    ok: 'Valet uppfyller villkoren: de valda delarna är högst {{percent}} % av alla delars värde.',
    overLimit:
      'De valda delarnas värde {{chosen}} överstiger gränsen på {{percent}} %, {{max}}. Avmarkera några delar.',
    invalid:
      'Någon av de valda delarna understiger inte gränsen {{limit}} eller hör inte längre till upphandlingen.',
    notApplicable:
      'Undantaget kan användas endast i en upphandling som överstiger EU-tröskelvärdet.',
  },
};

const en: FeatureTexts<typeof fi>['en'] = {
  consequences: {
    awardNoticeLabel: 'Contract award notice',
    awardNoticeRequired:
      'After the contract is concluded, a contract award notice is published (after a direct award too).',
    awardNoticeNotRequired: 'No contract award notice is required.',
    singleTenderer:
      'The standstill need not be observed when the only tenderer is the one chosen and there are no other candidates.',
    directAwardLabel: 'Direct award risk',
    directAwardRisk:
      'Without a voluntary ex ante transparency notice for the direct award, the appeal period is {{months}} months from the decision.',
    directAwardIneffectiveness:
      'In an EU procurement the Market Court may also declare the contract ineffective. A transparency notice followed by a 14-day wait removes this risk.',
  },
  frame: {
    annexE:
      'Chapter 12 of the procurement act on social, health and other specific services applies; the minimum time limits of the EU procedures do not.',
    concession:
      'Chapter 13 of the procurement act on concession contracts and its time limits apply.',
    utility:
      'The Utilities Procurement Act 1398/2016 applies: its procedures, time limits, standstill and remedies.',
  },
  longService: {
    heading: 'Service contract over 48 months without a total price',
    explain:
      'The contract period with options is {{months}} months. When a service contract does not indicate a total price and its term is over 48 months, the law prescribes the monthly value × 48 as the estimated value ({{source}}). The value of the full term is higher and therefore the conservative choice: it never places the procurement under lighter rules than it should be.',
    label: 'Valuation method',
    times48: 'Monthly value × 48: {{amount}} (the method the law prescribes)',
    fullTerm: 'Full term of {{months}} months: {{amount}} (conservative choice)',
  },
  smallLots: {
    heading: 'Small-lots exception',
    explain:
      'In a procurement divided into lots that reaches the EU threshold, lots with a value under {{limit}} may be awarded under national procedures, provided the chosen lots together are at most {{percent}} % of the value of all lots ({{source}}). The value of every lot still counts in the total.',
    lotLabel: '{{lot}}: {{value}}',
    lotNotQualifying: '{{lot}}: {{value}} – not under the limit {{limit}}',
    arithmetic:
      'Chosen lots together {{chosen}}; all lots {{all}}; {{percent}} % of all lots is {{max}}.',
    ok: 'The choice meets the conditions: the chosen lots are at most {{percent}} % of the value of all lots.',
    overLimit:
      'The chosen lots’ value {{chosen}} exceeds the {{percent}} % limit of {{max}}. Deselect some lots.',
    invalid:
      'A chosen lot is not under the limit {{limit}} or no longer belongs to the procurement.',
    notApplicable: 'The exception can only be used in a procurement that reaches the EU threshold.',
  },
};

/** Texts of the planning rule corrections, fi/sv/en. */
export const planningRulesTexts: FeatureTexts<typeof fi> = { fi, sv, en };
