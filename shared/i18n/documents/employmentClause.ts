import type {
  ClauseForm,
  FulfilmentWay,
  NoCandidatesRule,
  ReportingCadence,
  TargetGroup,
} from '../../domain/employmentClause/employmentClause';
import type { UiLanguage } from '../../domain/workspace/organisationProfile';

/**
 * Document texts of the employment clause (työllistämisehto) in Finnish, Swedish and
 * English: legal and document wording, kept apart from the UI catalogs. Written for this
 * project in plain, careful language; every number is filled in from the calculator.
 * Terms follow the termbase: työllisyyspalvelut / sysselsättningstjänster / employment
 * services (municipal since 1.1.2025), henkilötyökuukausi / personmånad / person-month,
 * sopimussakko / avtalsvite / contractual penalty.
 */

/** The figures a text needs, already formatted for the language where they are shown. */
export interface Figures {
  unit: 'personMonths' | 'persons';
  perFullYear: number;
  perFullYearText: string;
  total: number;
  totalText: string;
  baseTotalText: string;
  optionsTotalText: string;
  hasOptions: boolean;
  /**
   * The contract is until further notice: the 48 months the calculator shows are a valuation
   * figure (hankintalaki 30 §), so the binding text states no total, only that the yearly
   * obligation runs as long as the contract does.
   */
  indefinite: boolean;
  periods: (
    | { kind: 'base'; months: number; amount: number }
    | { kind: 'option'; n: number; months: number; amount: number }
    | { kind: 'extension'; months: number; amount: number }
  )[];
  /** Formats a quantity (persons, person-months) in the language. */
  q: (n: number) => string;
  method:
    | { method: 'fixed'; unit: 'persons' | 'personMonths'; quantityText: string }
    | {
        method: 'shareOfAnnualValue' | 'shareOfWageBill';
        shareText: string;
        annualText: string;
        labourText: string;
        employerCostsIncluded: boolean;
      }
    | { method: 'perValueStep'; stepText: string; annualText: string };
  rounding: 'down' | 'oneDecimal' | 'nearest' | 'fullStepsOnly';
  minMonths: number;
  minHoursText: string;
  fullTimeHoursText: string;
  longTermMonths: number;
  targetGroups: TargetGroup[];
  ways: { way: FulfilmentWay; percent: number }[];
  cadence: ReportingCadence;
  reportDueDays: number;
  waitWeeks: number;
  noCandidatesRule: NoCandidatesRule;
  servicesUnit: string;
  penalty: { amountText: string; capText: string } | null;
  award: { maxPoints: number; capText: string };
  reservedPercent: number;
}

type Variant = 'callForTenders' | 'contract';

/** One language's clause texts. */
export interface ClauseTextPack {
  heading: string;
  basis: (form: ClauseForm, variant: Variant, f: Figures) => string;
  targetGroups: (f: Figures) => string;
  obligation: (variant: Variant, f: Figures) => string;
  periods: (f: Figures) => string;
  counting: (f: Figures) => string;
  ways: (f: Figures) => string;
  award: (variant: Variant, f: Figures) => string;
  candidates: (variant: Variant, f: Figures) => string;
  reporting: (variant: Variant, f: Figures) => string;
  dataProtection: (variant: Variant) => string;
  penalty: (variant: Variant, f: Figures) => string;
}

function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function fiUnit(f: Figures, n: number): string {
  const one = n === 1;
  return `${f.q(n)} ${f.unit === 'persons' ? (one ? 'henkilö' : 'henkilöä') : one ? 'henkilötyökuukausi' : 'henkilötyökuukautta'}`;
}

function svUnit(f: Figures, n: number): string {
  const one = n === 1;
  return `${f.q(n)} ${f.unit === 'persons' ? (one ? 'person' : 'personer') : one ? 'personmånad' : 'personmånader'}`;
}

function enUnit(f: Figures, n: number): string {
  const one = n === 1;
  return `${f.q(n)} ${f.unit === 'persons' ? (one ? 'person' : 'persons') : one ? 'person-month' : 'person-months'}`;
}

const fi: ClauseTextPack = {
  heading: 'Työllistämisehto',
  basis: (form, variant, f) => {
    switch (form) {
      case 'contractCondition':
        return variant === 'callForTenders'
          ? 'Hankintasopimukseen otetaan sopimuksen toteuttamista koskeva erityinen ehto (hankintalaki 98 §): valittu toimittaja sitoutuu työllistämään sopimuskauden aikana henkilöitä, joiden asema työmarkkinoilla on heikko, tässä kohdassa kuvatulla tavalla. Ehto sitoo kaikkia tarjoajia, eikä sitä pisteytetä.'
          : 'Toimittaja sitoutuu työllistämään sopimuskauden aikana henkilöitä, joiden asema työmarkkinoilla on heikko, tässä kohdassa kuvatulla tavalla. Ehto on sopimuksen toteuttamista koskeva erityinen ehto (hankintalaki 98 §).';
      case 'minimumRequirement':
        return variant === 'callForTenders'
          ? 'Tarjoajan on sitouduttava tarjouksessaan täyttämään alla kuvattu työllistämisvelvoite. Sitoumus on tarjouksen vähimmäisvaatimus: tarjous, jossa sitoumusta ei ole, suljetaan tarjouskilpailusta.'
          : 'Toimittaja on tarjouksessaan sitoutunut täyttämään alla kuvatun työllistämisvelvoitteen, ja sitoumus on osa tätä sopimusta.';
      case 'awardCriterion':
        return variant === 'callForTenders'
          ? 'Valittu toimittaja sitoutuu täyttämään alla kuvatun vähimmäisvelvoitteen. Vähimmäisvelvoitteen ylittävä sitoumus pisteytetään vertailuperusteena (hankintalaki 93 §).'
          : 'Toimittaja sitoutuu täyttämään alla kuvatun vähimmäisvelvoitteen sekä tarjouksessaan ilmoittamansa sitä suuremman sitoumuksen.';
      case 'reservedContract':
        return variant === 'callForTenders'
          ? `Hankinta on varattu sosiaalisille yrityksille ja työkeskuksille, joiden työntekijöistä vähintään ${f.reservedPercent} prosenttia on vammaisia tai muuten heikommassa asemassa olevia työntekijöitä (hankintalaki 18 §). Tarjoajan on osoitettava edellytyksen täyttyminen tarjouksessaan, ja edellytyksen on oltava voimassa koko sopimuskauden.`
          : `Sopimus on tehty varattuna hankintana (hankintalaki 18 §). Toimittaja vakuuttaa, että sen työntekijöistä vähintään ${f.reservedPercent} prosenttia on vammaisia tai muuten heikommassa asemassa olevia työntekijöitä koko sopimuskauden ajan, ja ilmoittaa tilaajalle viipymättä, jos edellytys lakkaa täyttymästä.`;
      default:
        return form satisfies never;
    }
  },
  targetGroups: (f) => {
    const names: Record<TargetGroup, string> = {
      longTermUnemployed: `pitkäaikaistyöttömät (työttömänä vähintään ${f.longTermMonths} kuukautta)`,
      unemployedUnder30: 'alle 30-vuotiaat työttömät',
      partiallyAbleToWork: 'osatyökykyiset',
      immigrants: 'työttömät maahanmuuttajat',
      olderUnemployed: 'yli 55-vuotiaat työttömät',
      rehabilitativeWorkActivity: 'kuntouttavan työtoiminnan asiakkaat',
    };
    return `Velvoitteeseen lasketaan henkilöt, jotka kuuluvat johonkin seuraavista ryhmistä: ${list(
      f.targetGroups.map((g) => names[g]),
      'ja',
    )}. Kohderyhmään kuulumisen vahvistavat kunnan työllisyyspalvelut ennen työsuhteen alkamista.`;
  },
  obligation: (variant, f) => {
    const who = variant === 'callForTenders' ? 'Valitun toimittajan' : 'Toimittajan';
    const amount = fiUnit(f, f.perFullYear);
    const rounding = {
      down: 'Tulos pyöristetään alaspäin kokonaisiksi henkilötyökuukausiksi.',
      oneDecimal: 'Tulos pyöristetään yhden desimaalin tarkkuuteen.',
      nearest: 'Tulos pyöristetään lähimpään kokonaiseen henkilötyökuukauteen.',
      fullStepsOnly: 'Vain täydet arvon osuudet lasketaan.',
    }[f.rounding];
    const m = f.method;
    let how: string;
    switch (m.method) {
      case 'fixed':
        how = '';
        break;
      case 'shareOfAnnualValue':
        how = ` Velvoite vastaa ${m.shareText} prosenttia hankinnan vuotuisesta arvosta (${m.annualText}), muunnettuna henkilötyökuukausiksi viitteellisellä kuukausittaisella työvoimakustannuksella ${m.labourText} (${m.employerCostsIncluded ? 'sisältää työnantajan sivukulut' : 'ilman työnantajan sivukuluja'}). ${rounding}`;
        break;
      case 'shareOfWageBill':
        how = ` Velvoite vastaa ${m.shareText} prosenttia sopimuksen arvioidusta vuotuisesta palkkasummasta (${m.annualText}), muunnettuna henkilötyökuukausiksi viitteellisellä kuukausittaisella työvoimakustannuksella ${m.labourText} (${m.employerCostsIncluded ? 'sisältää työnantajan sivukulut' : 'ilman työnantajan sivukuluja'}). ${rounding}`;
        break;
      case 'perValueStep':
        how = ` Velvoite on yksi henkilötyökuukausi jokaista hankinnan vuotuisen arvon (${m.annualText}) täyttä ${m.stepText}:n osuutta kohden. ${rounding}`;
        break;
      default:
        how = m satisfies never;
    }
    const partial = ' Vajaan sopimusvuoden velvoite lasketaan suhteessa sen kuukausiin.';
    return `${who} on työllistettävä kohderyhmiin kuuluvia henkilöitä ${amount} kutakin täyttä sopimusvuotta kohden.${how}${partial}${f.indefinite ? ' Velvoite on voimassa niin kauan kuin sopimus on voimassa.' : ` Koko sopimuskaudelta velvoite on ${fiUnit(f, f.total)}${f.hasOptions ? ', jos kaikki optiot käytetään' : ''}.`}`;
  },
  periods: (f) =>
    `Velvoite kausittain: ${list(
      f.periods.map((p) => {
        const name =
          p.kind === 'base'
            ? 'perussopimuskausi'
            : p.kind === 'option'
              ? `optiokausi ${p.n}`
              : 'jatkokausi';
        return `${name} (${p.months} kk) ${fiUnit(f, p.amount)}`;
      }),
      'ja',
    )}. Optiokauden velvoite tulee voimaan vain, jos optio käytetään.`,
  counting: (f) =>
    `Yksi henkilötyökuukausi on yhden henkilön kuukauden työ täydellä työajalla (${f.fullTimeHoursText} tuntia viikossa); osa-aikainen työ lasketaan suhteessa työaikaan. Velvoitteeseen lasketaan työsuhde tai muu täyttämistapa, joka kestää vähintään ${f.minMonths} kuukautta ja jossa työaika on vähintään ${f.minHoursText} tuntia viikossa.`,
  ways: (f) => {
    const names: Record<FulfilmentWay, string> = {
      employmentContract: 'työsuhde',
      apprenticeship: 'oppisopimuskoulutus',
      workTrial: 'työkokeilu',
      paySubsidisedWork: 'palkkatuettu työ',
      summerJob: 'kesätyö',
      traineeship: 'harjoittelu',
      socialEnterpriseSubcontracting: 'alihankinta sosiaaliselta yritykseltä',
    };
    return `Velvoitteen voi täyttää seuraavilla tavoilla (suluissa, kuinka suuri osa kuukaudesta lasketaan): ${list(
      f.ways.map((w) => `${names[w.way]} (${w.percent}\u00a0%)`),
      'ja',
    )}. Sopiva tapa etsitään yhdessä kunnan työllisyyspalvelujen kanssa.`;
  },
  award: (variant, f) =>
    variant === 'callForTenders'
      ? `Tarjoaja voi ilmoittaa tarjouksessaan, kuinka monta henkilötyökuukautta sopimusvuodessa se sitoutuu työllistämään vähimmäisvelvoitteen lisäksi. Lisäsitoumus pisteytetään: pisteet = lisäsitoumus ÷ ${f.award.capText} × ${f.award.maxPoints}, enintään ${f.award.maxPoints} pistettä. Yli ${f.award.capText} henkilötyökuukauden lisäsitoumus ei korota pisteitä. Lisäsitoumus on sitova samoin kuin vähimmäisvelvoite.`
      : 'Tarjouksessa ilmoitettu lisäsitoumus lisätään vuotuiseen velvoitteeseen, ja sitä seurataan ja siihen sovelletaan samoja ehtoja kuin vähimmäisvelvoitteeseen.',
  candidates: (variant, f) => {
    const who = variant === 'callForTenders' ? 'Valittu toimittaja' : 'Toimittaja';
    const unit = f.servicesUnit ? ` (${f.servicesUnit})` : '';
    const rule = {
      deferred: 'velvoite siirtyy seuraavalle raportointikaudelle',
      reduced: 'velvoite pienenee vastaavasti',
      effortsShown:
        'velvoite katsotaan täytetyksi siltä osin kuin toimittaja osoittaa toimineensa ehdon mukaisesti',
    }[f.noCandidatesRule];
    return `${who} ilmoittaa avoimista tehtävistä kunnan työllisyyspalveluille${unit}, jotka tarjoavat kohderyhmään kuuluvia ehdokkaita. Työnantaja päättää valinnasta. Jos työllisyyspalvelut eivät ole ${f.waitWeeks} viikon kuluessa ilmoituksesta tarjonneet soveltuvaa ehdokasta, ${rule}.`;
  },
  reporting: (variant, f) => {
    const cadence = {
      quarterly: 'neljännesvuosittain',
      halfYearly: 'puolivuosittain',
      yearly: 'vuosittain',
    }[f.cadence];
    return variant === 'callForTenders'
      ? `Sopimukseen sisältyy velvollisuus raportoida velvoitteen toteutumisesta ${cadence}.`
      : `Toimittaja raportoi velvoitteen toteutumisesta tilaajalle ${cadence} ${f.reportDueDays} päivän kuluessa kunkin raportointikauden päättymisestä. Raportissa ilmoitetaan kustakin työllistetystä henkilöstä tunniste, kohderyhmä, täyttämistapa, alkamis- ja päättymispäivä sekä viikkotyöaika. Tilaajalla on oikeus pyytää toteutumasta muuta selvitystä, kuten työllisyyspalvelujen vahvistus kohderyhmään kuulumisesta.`;
  },
  dataProtection: (variant) =>
    variant === 'callForTenders'
      ? 'Raporteissa ei käsitellä työllistettyjen nimiä eikä henkilötunnuksia.'
      : 'Toimittaja käyttää raporteissa kustakin henkilöstä vain toimittajan antamaa tunnistetta eikä luovuta tilaajalle työllistettyjen nimiä, henkilötunnuksia tai muita tunnistetietoja.',
  penalty: (variant, f) => {
    if (!f.penalty) {
      return 'Velvoitteen täyttämättä jäämisestä ei peritä sopimussakkoa; tilaaja ja toimittaja käsittelevät vajauksen seurantakokouksessa.';
    }
    return variant === 'callForTenders'
      ? `Jos velvoite jää täyttämättä ilman hyväksyttävää syytä, toimittaja maksaa sopimussakkoa ${f.penalty.amountText} kultakin puuttuvalta henkilötyökuukaudelta, enintään ${f.penalty.capText} prosenttia sopimusvuoden arvosta.`
      : `Jos velvoite jää sopimusvuoden aikana täyttämättä muusta kuin toimittajasta riippumattomasta syystä, toimittaja maksaa tilaajalle sopimussakkoa ${f.penalty.amountText} kultakin puuttuvalta henkilötyökuukaudelta, kuitenkin enintään ${f.penalty.capText} prosenttia kyseisen sopimusvuoden arvosta. Sopimussakko ei poista toimittajan velvollisuutta pyrkiä täyttämään velvoite.`;
  },
};

const sv: ClauseTextPack = {
  heading: 'Sysselsättningsvillkor',
  basis: (form, variant, f) => {
    switch (form) {
      case 'contractCondition':
        return variant === 'callForTenders'
          ? 'Upphandlingskontraktet innehåller ett särskilt villkor för fullgörandet av kontraktet (upphandlingslagen 98 §): den valda leverantören förbinder sig att under avtalsperioden sysselsätta personer med svag ställning på arbetsmarknaden på det sätt som beskrivs i detta avsnitt. Villkoret gäller alla anbudsgivare och poängsätts inte.'
          : 'Leverantören förbinder sig att under avtalsperioden sysselsätta personer med svag ställning på arbetsmarknaden på det sätt som beskrivs i detta avsnitt. Villkoret är ett särskilt villkor för fullgörandet av kontraktet (upphandlingslagen 98 §).';
      case 'minimumRequirement':
        return variant === 'callForTenders'
          ? 'Anbudsgivaren ska i sitt anbud förbinda sig att fullgöra den sysselsättningsskyldighet som beskrivs nedan. Förbindelsen är ett minimikrav: ett anbud utan förbindelsen utesluts ur anbudsförfarandet.'
          : 'Leverantören har i sitt anbud förbundit sig att fullgöra den sysselsättningsskyldighet som beskrivs nedan, och förbindelsen ingår i detta kontrakt.';
      case 'awardCriterion':
        return variant === 'callForTenders'
          ? 'Den valda leverantören förbinder sig att fullgöra den minimiskyldighet som beskrivs nedan. En förbindelse utöver minimiskyldigheten poängsätts som jämförelsegrund (upphandlingslagen 93 §).'
          : 'Leverantören förbinder sig att fullgöra den minimiskyldighet som beskrivs nedan samt den större förbindelse som leverantören angett i sitt anbud.';
      case 'reservedContract':
        return variant === 'callForTenders'
          ? `Upphandlingen är reserverad för sociala företag och skyddade verkstäder där minst ${f.reservedPercent} procent av de anställda är personer med funktionsnedsättning eller andra missgynnade arbetstagare (upphandlingslagen 18 §). Anbudsgivaren ska visa i anbudet att villkoret uppfylls, och villkoret ska vara uppfyllt under hela avtalsperioden.`
          : `Kontraktet har ingåtts som en reserverad upphandling (upphandlingslagen 18 §). Leverantören försäkrar att minst ${f.reservedPercent} procent av de anställda under hela avtalsperioden är personer med funktionsnedsättning eller andra missgynnade arbetstagare och meddelar beställaren utan dröjsmål om villkoret upphör att vara uppfyllt.`;
      default:
        return form satisfies never;
    }
  },
  targetGroups: (f) => {
    const names: Record<TargetGroup, string> = {
      longTermUnemployed: `långtidsarbetslösa (arbetslösa i minst ${f.longTermMonths} månader)`,
      unemployedUnder30: 'arbetslösa under 30 år',
      partiallyAbleToWork: 'partiellt arbetsföra',
      immigrants: 'arbetslösa invandrare',
      olderUnemployed: 'arbetslösa över 55 år',
      rehabilitativeWorkActivity: 'klienter inom arbetsverksamhet i rehabiliteringssyfte',
    };
    return `Till skyldigheten räknas personer som hör till någon av följande grupper: ${list(
      f.targetGroups.map((g) => names[g]),
      'och',
    )}. Kommunens sysselsättningstjänster bekräftar att personen hör till målgruppen innan anställningen börjar.`;
  },
  obligation: (variant, f) => {
    const who = variant === 'callForTenders' ? 'Den valda leverantören' : 'Leverantören';
    const amount = svUnit(f, f.perFullYear);
    const rounding = {
      down: 'Resultatet avrundas nedåt till hela personmånader.',
      oneDecimal: 'Resultatet avrundas till en decimal.',
      nearest: 'Resultatet avrundas till närmaste hela personmånad.',
      fullStepsOnly: 'Endast hela andelar av värdet räknas.',
    }[f.rounding];
    const m = f.method;
    let how: string;
    switch (m.method) {
      case 'fixed':
        how = '';
        break;
      case 'shareOfAnnualValue':
        how = ` Skyldigheten motsvarar ${m.shareText} procent av upphandlingens årliga värde (${m.annualText}), omräknat till personmånader med en referenskostnad för arbetskraft på ${m.labourText} per månad (${m.employerCostsIncluded ? 'inklusive arbetsgivarens bikostnader' : 'utan arbetsgivarens bikostnader'}). ${rounding}`;
        break;
      case 'shareOfWageBill':
        how = ` Skyldigheten motsvarar ${m.shareText} procent av kontraktets uppskattade årliga lönesumma (${m.annualText}), omräknat till personmånader med en referenskostnad för arbetskraft på ${m.labourText} per månad (${m.employerCostsIncluded ? 'inklusive arbetsgivarens bikostnader' : 'utan arbetsgivarens bikostnader'}). ${rounding}`;
        break;
      case 'perValueStep':
        how = ` Skyldigheten är en personmånad för varje hel andel om ${m.stepText} av upphandlingens årliga värde (${m.annualText}). ${rounding}`;
        break;
      default:
        how = m satisfies never;
    }
    const partial =
      ' För ett ofullständigt avtalsår beräknas skyldigheten i proportion till dess månader.';
    return `${who} ska sysselsätta personer ur målgrupperna ${amount} per fullt avtalsår.${how}${partial}${f.indefinite ? ' Skyldigheten gäller så länge avtalet är i kraft.' : ` För hela avtalsperioden är skyldigheten ${svUnit(f, f.total)}${f.hasOptions ? ' om alla optioner utnyttjas' : ''}.`}`;
  },
  periods: (f) =>
    `Skyldigheten per period: ${list(
      f.periods.map((p) => {
        const name =
          p.kind === 'base'
            ? 'grundavtalsperioden'
            : p.kind === 'option'
              ? `optionsperiod ${p.n}`
              : 'förlängningsperioden';
        return `${name} (${p.months} mån.) ${svUnit(f, p.amount)}`;
      }),
      'och',
    )}. Skyldigheten för en optionsperiod gäller endast om optionen utnyttjas.`,
  counting: (f) =>
    `En personmånad är en persons arbete under en månad på heltid (${f.fullTimeHoursText} timmar i veckan); deltidsarbete räknas i proportion till arbetstiden. Till skyldigheten räknas en anställning eller ett annat sätt att fullgöra som varar minst ${f.minMonths} månader och där arbetstiden är minst ${f.minHoursText} timmar i veckan.`,
  ways: (f) => {
    const names: Record<FulfilmentWay, string> = {
      employmentContract: 'anställning',
      apprenticeship: 'läroavtalsutbildning',
      workTrial: 'arbetsprövning',
      paySubsidisedWork: 'arbete med lönesubvention',
      summerJob: 'sommarjobb',
      traineeship: 'praktik',
      socialEnterpriseSubcontracting: 'underleverans från ett socialt företag',
    };
    return `Skyldigheten kan fullgöras på följande sätt (inom parentes hur stor del av en månad som räknas): ${list(
      f.ways.map((w) => `${names[w.way]} (${w.percent}\u00a0%)`),
      'och',
    )}. Ett lämpligt sätt söks tillsammans med kommunens sysselsättningstjänster.`;
  },
  award: (variant, f) =>
    variant === 'callForTenders'
      ? `Anbudsgivaren kan i sitt anbud ange hur många personmånader per avtalsår den förbinder sig att sysselsätta utöver minimiskyldigheten. Tilläggsförbindelsen poängsätts: poäng = tilläggsförbindelsen ÷ ${f.award.capText} × ${f.award.maxPoints}, högst ${f.award.maxPoints} poäng. En tilläggsförbindelse över ${f.award.capText} personmånader höjer inte poängen. Tilläggsförbindelsen är lika bindande som minimiskyldigheten.`
      : 'Den tilläggsförbindelse som angetts i anbudet läggs till den årliga skyldigheten, och den följs upp och omfattas av samma villkor som minimiskyldigheten.',
  candidates: (variant, f) => {
    const who = variant === 'callForTenders' ? 'Den valda leverantören' : 'Leverantören';
    const unit = f.servicesUnit ? ` (${f.servicesUnit})` : '';
    const rule = {
      deferred: 'flyttas skyldigheten till följande rapporteringsperiod',
      reduced: 'minskar skyldigheten i motsvarande mån',
      effortsShown:
        'anses skyldigheten fullgjord till den del leverantören visar att den handlat enligt villkoret',
    }[f.noCandidatesRule];
    return `${who} anmäler lediga uppgifter till kommunens sysselsättningstjänster${unit}, som erbjuder kandidater ur målgrupperna. Arbetsgivaren beslutar om valet. Om sysselsättningstjänsterna inte inom ${f.waitWeeks} veckor från anmälan har erbjudit en lämplig kandidat, ${rule}.`;
  },
  reporting: (variant, f) => {
    const cadence = { quarterly: 'kvartalsvis', halfYearly: 'halvårsvis', yearly: 'årligen' }[
      f.cadence
    ];
    return variant === 'callForTenders'
      ? `Kontraktet innehåller en skyldighet att rapportera ${cadence} om hur skyldigheten fullgjorts.`
      : `Leverantören rapporterar ${cadence} till beställaren hur skyldigheten fullgjorts, inom ${f.reportDueDays} dagar från utgången av varje rapporteringsperiod. I rapporten anges för varje sysselsatt person en referens, målgrupp, sätt att fullgöra, start- och slutdag samt veckoarbetstid. Beställaren har rätt att begära annan utredning om fullgörandet, såsom sysselsättningstjänsternas bekräftelse av att personen hör till målgruppen.`;
  },
  dataProtection: (variant) =>
    variant === 'callForTenders'
      ? 'Rapporterna innehåller inte de sysselsatta personernas namn eller personbeteckningar.'
      : 'Leverantören använder i rapporterna endast en referens som leverantören gett varje person och lämnar inte ut de sysselsattas namn, personbeteckningar eller andra identifieringsuppgifter till beställaren.',
  penalty: (variant, f) => {
    if (!f.penalty) {
      return 'Inget avtalsvite tas ut om skyldigheten inte fullgörs; beställaren och leverantören behandlar underskottet vid uppföljningsmötet.';
    }
    return variant === 'callForTenders'
      ? `Om skyldigheten inte fullgörs utan godtagbart skäl betalar leverantören ett avtalsvite på ${f.penalty.amountText} för varje personmånad som fattas, högst ${f.penalty.capText} procent av avtalsårets värde.`
      : `Om skyldigheten under ett avtalsår inte fullgörs av annat skäl än ett som är oberoende av leverantören, betalar leverantören beställaren ett avtalsvite på ${f.penalty.amountText} för varje personmånad som fattas, dock högst ${f.penalty.capText} procent av värdet för avtalsåret i fråga. Avtalsvitet befriar inte leverantören från skyldigheten att sträva efter att fullgöra villkoret.`;
  },
};

const en: ClauseTextPack = {
  heading: 'Employment clause',
  basis: (form, variant, f) => {
    switch (form) {
      case 'contractCondition':
        return variant === 'callForTenders'
          ? 'The contract will include a special condition relating to its performance (Finnish Act on Public Procurement 1397/2016, section 98): the selected supplier undertakes to employ, during the contract period, people in a weak position in the labour market as described in this section. The condition binds all tenderers and is not scored.'
          : 'The supplier undertakes to employ, during the contract period, people in a weak position in the labour market as described in this section. This is a special condition relating to the performance of the contract (Act on Public Procurement 1397/2016, section 98).';
      case 'minimumRequirement':
        return variant === 'callForTenders'
          ? 'In its tender, the tenderer must commit to fulfilling the employment obligation described below. The commitment is a minimum requirement: a tender without it will be excluded from the competition.'
          : 'In its tender, the supplier committed to fulfilling the employment obligation described below, and the commitment forms part of this contract.';
      case 'awardCriterion':
        return variant === 'callForTenders'
          ? 'The selected supplier undertakes to fulfil the minimum obligation described below. A commitment above the minimum obligation is scored as an award criterion (Act on Public Procurement 1397/2016, section 93).'
          : 'The supplier undertakes to fulfil the minimum obligation described below and the higher commitment it stated in its tender.';
      case 'reservedContract':
        return variant === 'callForTenders'
          ? `This procurement is reserved for social enterprises and sheltered workshops in which at least ${f.reservedPercent} per cent of the employees are persons with disabilities or otherwise disadvantaged workers (Act on Public Procurement 1397/2016, section 18). The tenderer must show in its tender that it meets this condition, and the condition must be met throughout the contract period.`
          : `This contract was awarded as a reserved contract (Act on Public Procurement 1397/2016, section 18). The supplier confirms that at least ${f.reservedPercent} per cent of its employees are persons with disabilities or otherwise disadvantaged workers throughout the contract period, and informs the buyer without delay if this ceases to be the case.`;
      default:
        return form satisfies never;
    }
  },
  targetGroups: (f) => {
    const names: Record<TargetGroup, string> = {
      longTermUnemployed: `long-term unemployed people (unemployed for at least ${f.longTermMonths} months)`,
      unemployedUnder30: 'unemployed people under 30',
      partiallyAbleToWork: 'people partially able to work',
      immigrants: 'unemployed immigrants',
      olderUnemployed: 'unemployed people over 55',
      rehabilitativeWorkActivity: 'clients of rehabilitative work activity',
    };
    return `The obligation counts people who belong to one of the following groups: ${list(
      f.targetGroups.map((g) => names[g]),
      'and',
    )}. The municipal employment services confirm that a person belongs to a target group before the employment begins.`;
  },
  obligation: (variant, f) => {
    const who = variant === 'callForTenders' ? 'The selected supplier' : 'The supplier';
    const amount = enUnit(f, f.perFullYear);
    const rounding = {
      down: 'The result is rounded down to whole person-months.',
      oneDecimal: 'The result is rounded to one decimal place.',
      nearest: 'The result is rounded to the nearest whole person-month.',
      fullStepsOnly: 'Only full steps of the value count.',
    }[f.rounding];
    const m = f.method;
    let how: string;
    switch (m.method) {
      case 'fixed':
        how = '';
        break;
      case 'shareOfAnnualValue':
        how = ` The obligation equals ${m.shareText} per cent of the annual value of the contract (${m.annualText}), converted into person-months at a reference monthly labour cost of ${m.labourText} (${m.employerCostsIncluded ? "including the employer's social costs" : "excluding the employer's social costs"}). ${rounding}`;
        break;
      case 'shareOfWageBill':
        how = ` The obligation equals ${m.shareText} per cent of the contract's estimated annual wage bill (${m.annualText}), converted into person-months at a reference monthly labour cost of ${m.labourText} (${m.employerCostsIncluded ? "including the employer's social costs" : "excluding the employer's social costs"}). ${rounding}`;
        break;
      case 'perValueStep':
        how = ` The obligation is one person-month for every full ${m.stepText} of the annual value of the contract (${m.annualText}). ${rounding}`;
        break;
      default:
        how = m satisfies never;
    }
    const partial =
      ' For a contract year shorter than twelve months, the obligation is pro rata to its months.';
    return `${who} shall employ people from the target groups for ${amount} in each full contract year.${how}${partial}${f.indefinite ? ' The obligation applies for as long as the contract is in force.' : ` Over the whole contract period the obligation is ${enUnit(f, f.total)}${f.hasOptions ? ' if all options are exercised' : ''}.`}`;
  },
  periods: (f) =>
    `The obligation by period: ${list(
      f.periods.map((p) => {
        const name =
          p.kind === 'base'
            ? 'the base period'
            : p.kind === 'option'
              ? `option period ${p.n}`
              : 'the extension period';
        return `${name} (${p.months} months) ${enUnit(f, p.amount)}`;
      }),
      'and',
    )}. The obligation of an option period applies only if the option is exercised.`,
  counting: (f) =>
    `One person-month is one person's work for one month at full time (${f.fullTimeHoursText} hours a week); part-time work counts in proportion to working time. An employment or other way of fulfilment counts if it lasts at least ${f.minMonths} months with at least ${f.minHoursText} working hours a week.`,
  ways: (f) => {
    const names: Record<FulfilmentWay, string> = {
      employmentContract: 'an employment contract',
      apprenticeship: 'apprenticeship training',
      workTrial: 'a work trial',
      paySubsidisedWork: 'pay-subsidised work',
      summerJob: 'a summer job',
      traineeship: 'a traineeship',
      socialEnterpriseSubcontracting: 'subcontracting to a social enterprise',
    };
    return `The obligation can be fulfilled in the following ways (in brackets, how much of a month counts): ${list(
      f.ways.map((w) => `${names[w.way]} (${w.percent}\u00a0%)`),
      'and',
    )}. A suitable way is sought together with the municipal employment services.`;
  },
  award: (variant, f) =>
    variant === 'callForTenders'
      ? `In its tender, the tenderer may state how many person-months per contract year it commits to employ in addition to the minimum obligation. The additional commitment is scored: points = additional commitment ÷ ${f.award.capText} × ${f.award.maxPoints}, at most ${f.award.maxPoints} points. An additional commitment above ${f.award.capText} person-months earns no further points. The additional commitment is as binding as the minimum obligation.`
      : 'The additional commitment stated in the tender is added to the annual obligation and is followed up under the same terms as the minimum obligation.',
  candidates: (variant, f) => {
    const who = variant === 'callForTenders' ? 'The selected supplier' : 'The supplier';
    const unit = f.servicesUnit ? ` (${f.servicesUnit})` : '';
    const rule = {
      deferred: 'the obligation moves to the next reporting period',
      reduced: 'the obligation is reduced accordingly',
      effortsShown:
        'the obligation is considered fulfilled to the extent that the supplier shows it acted as the clause requires',
    }[f.noCandidatesRule];
    return `${who} notifies vacancies to the municipal employment services${unit}, which offer candidates from the target groups. The employer decides whom to hire. If the employment services have not offered a suitable candidate within ${f.waitWeeks} weeks of the notification, ${rule}.`;
  },
  reporting: (variant, f) => {
    const cadence = { quarterly: 'quarterly', halfYearly: 'every six months', yearly: 'yearly' }[
      f.cadence
    ];
    return variant === 'callForTenders'
      ? `The contract will include a duty to report ${cadence} on how the obligation has been fulfilled.`
      : `The supplier reports to the buyer ${cadence} on how the obligation has been fulfilled, within ${f.reportDueDays} days of the end of each reporting period. For each person employed the report states a reference, the target group, the way of fulfilment, the start and end dates and the weekly working hours. The buyer may ask for further evidence of fulfilment, such as the employment services' confirmation that a person belongs to a target group.`;
  },
  dataProtection: (variant) =>
    variant === 'callForTenders'
      ? 'Reports do not contain the names or personal identity codes of the people employed.'
      : 'In its reports the supplier identifies each person only by a reference it assigns, and does not disclose to the buyer the names, personal identity codes or other identifying data of the people employed.',
  penalty: (variant, f) => {
    if (!f.penalty) {
      return 'No contractual penalty applies to a shortfall; the buyer and the supplier discuss any shortfall at the follow-up meeting.';
    }
    return variant === 'callForTenders'
      ? `If the obligation is not fulfilled without an acceptable reason, the supplier pays a contractual penalty of ${f.penalty.amountText} for each missing person-month, at most ${f.penalty.capText} per cent of the value of the contract year.`
      : `If the obligation is not fulfilled in a contract year for a reason other than one beyond the supplier's control, the supplier pays the buyer a contractual penalty of ${f.penalty.amountText} for each missing person-month, up to ${f.penalty.capText} per cent of the value of that contract year. The penalty does not release the supplier from the duty to strive to fulfil the obligation.`;
  },
};

/** The clause texts in every document language. */
export const CLAUSE_TEXTS: Readonly<Record<UiLanguage, ClauseTextPack>> = { fi, sv, en };
