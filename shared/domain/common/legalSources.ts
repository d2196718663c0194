import type { UiLanguage } from '../workspace/organisationProfile';

/**
 * Legal sources as one typed registry: every rule line, notice and UI citation names a source
 * by id, and its citation text in Finnish, Swedish and English is written here once.
 *
 * Checked against the act's structure (hankintalaki 1397/2016: 4 luku kynnysarvot ja
 * ennakoitu arvo 25–32 §, 14 luku päätökset ja sopimus 123–136 §, 15 luku oikeussuojakeinot
 * 132–170 §); where a paragraph (momentti) could not be verified the rule is cited by name
 * with its section only (`rule`), as the brief asks.
 */

/** The acts cited. */
export type ActId =
  | 'hankintalaki'
  | 'erityisalojenHankintalaki'
  | 'kuntalaki'
  | 'hyvinvointialuelaki'
  | 'directive2014_24'
  | 'directive2014_25'
  | 'maaraaikalaki';

const ACT_NAMES: Record<ActId, Record<UiLanguage, string>> = {
  hankintalaki: {
    fi: 'Hankintalaki 1397/2016',
    sv: 'Upphandlingslagen 1397/2016',
    en: 'Act on Public Procurement and Concession Contracts 1397/2016',
  },
  erityisalojenHankintalaki: {
    fi: 'Erityisalojen hankintalaki 1398/2016',
    sv: 'Lagen om upphandling inom försörjningssektorerna 1398/2016',
    en: 'Utilities Procurement Act 1398/2016',
  },
  kuntalaki: {
    fi: 'Kuntalaki 410/2015',
    sv: 'Kommunallagen 410/2015',
    en: 'Local Government Act 410/2015',
  },
  hyvinvointialuelaki: {
    fi: 'Laki hyvinvointialueesta 611/2021',
    sv: 'Lagen om välfärdsområden 611/2021',
    en: 'Act on Wellbeing Services Counties 611/2021',
  },
  directive2014_24: {
    fi: 'Direktiivi 2014/24/EU',
    sv: 'Direktiv 2014/24/EU',
    en: 'Directive 2014/24/EU',
  },
  directive2014_25: {
    fi: 'Direktiivi 2014/25/EU',
    sv: 'Direktiv 2014/25/EU',
    en: 'Directive 2014/25/EU',
  },
  maaraaikalaki: {
    fi: 'Laki säädettyjen määräaikain laskemisesta 150/1930',
    sv: 'Lagen om beräknande av laga tid 150/1930',
    en: 'Act on the Calculation of Statutory Time Limits 150/1930',
  },
};

/** One cited provision: a section (or article) of an act, optionally a paragraph, or a named rule. */
export interface LegalSource {
  act: ActId;
  /** Section (§) or, for a directive, article; a range such as '40–41'. Null = the act itself. */
  section: string | null;
  /** Paragraph (momentti) or, for a directive, point such as '14(b)'. */
  paragraph?: string;
  /** The rule's name, shown when the paragraph is not cited (fi, sv, en). */
  rule?: Record<UiLanguage, string>;
}

const rule = (fi: string, sv: string, en: string) => ({ fi, sv, en });

/** Every source the planning rules cite, by id. */
export const LEGAL_SOURCES = {
  estimatedValueGeneral: { act: 'hankintalaki', section: '27', paragraph: '1' },
  splittingBan: {
    act: 'hankintalaki',
    section: '27',
    rule: rule('pilkkomiskielto', 'förbud mot uppdelning', 'ban on splitting'),
  },
  lotsValue: {
    act: 'hankintalaki',
    section: '31',
    rule: rule(
      'osiin jaetun hankinnan ennakoitu arvo',
      'uppskattat värde av en upphandling uppdelad i delar',
      'estimated value of a procurement divided into lots',
    ),
  },
  smallLotsDirective: { act: 'directive2014_24', section: '5', paragraph: '10' },
  indefiniteValue: { act: 'hankintalaki', section: '30', paragraph: '1 ja 3' },
  indefiniteLeaseDirective: { act: 'directive2014_24', section: '5', paragraph: '12' },
  indefiniteServiceDirective: { act: 'directive2014_24', section: '5', paragraph: '14' },
  longServiceValue: {
    act: 'hankintalaki',
    section: '30',
    rule: rule(
      'palveluhankinnan ennakoitu arvo ilman kokonaishintaa',
      'uppskattat värde av en tjänsteupphandling utan totalpris',
      'estimated value of a service contract without a total price',
    ),
  },
  longServiceDirective: { act: 'directive2014_24', section: '5', paragraph: '14(b)' },
  nationalThresholds: { act: 'hankintalaki', section: '25' },
  belowNational: { act: 'hankintalaki', section: '25', paragraph: '2' },
  utilitiesAct: { act: 'erityisalojenHankintalaki', section: null },
  standstill: { act: 'hankintalaki', section: '129', paragraph: '1' },
  standstillCallOff: { act: 'hankintalaki', section: '129', paragraph: '2' },
  standstillExceptions: {
    act: 'hankintalaki',
    section: '130',
    rule: rule(
      'odotusajan poikkeukset',
      'undantag från väntetiden',
      'exceptions to the standstill',
    ),
  },
  decisionServed: { act: 'hankintalaki', section: '127' },
  frameworkMaximum: {
    act: 'hankintalaki',
    section: '42',
    rule: rule(
      'puitejärjestelyn enimmäiskesto',
      'ramavtalets längsta giltighetstid',
      'maximum duration of a framework agreement',
    ),
  },
  utilityFrameworkMaximum: {
    act: 'erityisalojenHankintalaki',
    section: null,
    rule: rule(
      'puitejärjestelyn enimmäiskesto 8 vuotta',
      'ramavtalets längsta giltighetstid 8 år',
      'maximum duration of a framework agreement, 8 years',
    ),
  },
  municipalRectification: { act: 'kuntalaki', section: '134' },
  municipalRectificationInstruction: { act: 'kuntalaki', section: '138' },
  municipalAppealPeriod: { act: 'kuntalaki', section: '141' },
  redressInstructions: { act: 'hankintalaki', section: '126' },
  rectificationPeriod: { act: 'hankintalaki', section: '133', paragraph: '2' },
  appealPeriod: { act: 'hankintalaki', section: '147', paragraph: '1' },
  ineffectivenessSanction: {
    act: 'hankintalaki',
    section: '155',
    rule: rule('tehottomuusseuraamus', 'ogiltighetspåföljd', 'ineffectiveness'),
  },
  singleTendererStandstillException: {
    act: 'hankintalaki',
    section: '130',
    rule: rule(
      'ainoa tarjoaja valitaan',
      'den enda anbudsgivaren väljs',
      'the only tenderer is chosen',
    ),
  },
  utilityStandstill: {
    act: 'erityisalojenHankintalaki',
    section: null,
    rule: rule('odotusaika', 'väntetid', 'standstill period'),
  },
  utilityRedress: {
    act: 'erityisalojenHankintalaki',
    section: null,
    rule: rule('oikeussuojakeinot', 'rättsmedel', 'remedies'),
  },
  euNotice: {
    act: 'hankintalaki',
    section: '58',
    rule: rule('hankintailmoitus', 'upphandlingsannons', 'contract notice'),
  },
  nationalNotice: { act: 'hankintalaki', section: '101', paragraph: '1' },
  procedureChapters: {
    act: 'hankintalaki',
    section: '32–52',
    rule: rule('hankintamenettelyt', 'upphandlingsförfaranden', 'procedures'),
  },
  wellbeingRectification: {
    act: 'hyvinvointialuelaki',
    section: null,
    rule: rule('oikaisuvaatimus', 'omprövningsbegäran', 'request for a review (oikaisuvaatimus)'),
  },
  redressProcurementLaw: {
    act: 'hankintalaki',
    section: '132–147',
    rule: rule(
      'hankintaoikaisu ja valitus markkinaoikeuteen',
      'upphandlingsrättelse och besvär hos marknadsdomstolen',
      'rectification and appeal to the Market Court',
    ),
  },
  ineffectiveness: {
    act: 'hankintalaki',
    section: '147',
    rule: rule(
      'valitusaika ilman hankintailmoitusta ja tehottomuusseuraamus',
      'besvärstid utan upphandlingsannons och ogiltighetspåföljd',
      'appeal period without a notice and ineffectiveness',
    ),
  },
  voluntaryTransparency: {
    act: 'hankintalaki',
    section: '131',
    rule: rule(
      'suorahankintaa koskeva avoimuusilmoitus',
      'frivillig förhandsinsynsannons om direktupphandling',
      'voluntary ex ante transparency notice',
    ),
  },
  contractAwardNotice: {
    act: 'hankintalaki',
    section: '58',
    rule: rule(
      'jälki-ilmoitus tehdystä hankinnasta',
      'meddelande om tilldelning av kontrakt',
      'contract award notice',
    ),
  },
  annexEChapter: {
    act: 'hankintalaki',
    section: '107–112',
    rule: rule(
      '12 luku: sosiaali- ja terveyspalvelut ja muut erityiset palvelut',
      '12 kap.: social- och hälsovårdstjänster och andra särskilda tjänster',
      'chapter 12: social, health and other specific services',
    ),
  },
  concessionChapter: {
    act: 'hankintalaki',
    section: '113–122',
    rule: rule(
      '13 luku: käyttöoikeussopimukset',
      '13 kap.: koncessioner',
      'chapter 13: concession contracts',
    ),
  },
  periodEnd: { act: 'maaraaikalaki', section: '5' },
} as const satisfies Record<string, LegalSource>;

/** The id of a cited source. */
export type LegalSourceId = keyof typeof LEGAL_SOURCES;
/** What a rule cites: one or more sources, in order. */
export type LegalRef = readonly LegalSourceId[];

const AND: Record<UiLanguage, string> = { fi: ' ja ', sv: ' och ', en: ' and ' };

/** "5(14)(b)" style for an English directive point: "14(b)" → "(14)(b)". */
const enPoint = (point: string): string =>
  point.includes('(') ? `(${point.replace('(', ')(')}` : `(${point})`;

function provision(source: LegalSource, language: UiLanguage): string {
  const parts: string[] = [];
  const paragraph = source.paragraph?.replaceAll(' ja ', AND[language]);
  if (source.section !== null) {
    const directive = source.act.startsWith('directive');
    const section = source.section;
    if (directive && language === 'fi') {
      parts.push(`${section} art.${paragraph ? ` ${paragraph} kohta` : ''}`);
    } else if (directive && language === 'sv') {
      parts.push(`artikel ${section}${paragraph ? `.${paragraph}` : ''}`);
    } else if (directive) {
      parts.push(`Article ${section}${paragraph ? enPoint(paragraph) : ''}`);
    } else if (language === 'en') {
      parts.push(`section ${section}${paragraph ? `(${paragraph})` : ''}`);
    } else {
      parts.push(`${section} §${paragraph ? ` ${paragraph} mom.` : ''}`);
    }
  }
  if (source.rule) parts.push(`(${source.rule[language]})`);
  return parts.join(' ');
}

/**
 * The citation text of one or more sources in a language: sources of the same act are
 * joined after one act name ("Hankintalaki 1397/2016 127 §, 129 § 1 mom."), acts by "; ".
 */
export function cite(ref: LegalRef, language: UiLanguage): string {
  const groups: { act: ActId; provisions: string[] }[] = [];
  for (const id of ref) {
    const source: LegalSource = LEGAL_SOURCES[id];
    const text = provision(source, language);
    const last = groups.at(-1);
    if (last && last.act === source.act) last.provisions.push(text);
    else groups.push({ act: source.act, provisions: [text] });
  }
  return groups
    .map((g) =>
      [ACT_NAMES[g.act][language], g.provisions.filter(Boolean).join(', ')]
        .filter(Boolean)
        .join(' '),
    )
    .join('; ');
}

/** Fixed phrases that rule modules write into their Finnish citation strings. */
const CITATION_PHRASES: readonly [fi: RegExp, sv: string, en: string][] = [
  [/\bHankintalaki 1397\/2016\b/gi, ACT_NAMES.hankintalaki.sv, ACT_NAMES.hankintalaki.en],
  [/\blaki 150\/1930\b/gi, 'lagen 150/1930', 'Act 150/1930'],
  [
    /\bAsetus \(ETY, Euratom\) N:o 1182\/71\b/gi,
    'Förordning (EEG, Euratom) nr 1182/71',
    'Regulation (EEC, Euratom) No 1182/71',
  ],
  [
    /\bKomission delegoidut asetukset\b/g,
    'Kommissionens delegerade förordningar',
    'Commission Delegated Regulations',
  ],
  [/\bdirektiivi\b/gi, 'direktiv', 'Directive'],
  [
    /\bHankintasopimuksen optioehto\b/g,
    'Upphandlingskontraktets optionsvillkor',
    'The option clause of the contract',
  ],
  [
    /\borganisaation oma vähimmäisaika\b/g,
    'organisationens egen minimitid',
    "the organisation's own minimum period",
  ],
];

/**
 * A citation that a rule module wrote as Finnish text ("Hankintalaki 1397/2016 56 § 2 mom.,
 * 70 §"; time limits, procedure guide, threshold tables) in the user's language: the act's
 * name from the registry, "§ / mom." as the Swedish statute book writes them, "section
 * 56(2)" in English, "N art. M kohta" as "artikel N.M" / "Article N(M)". Finnish is returned
 * as it is. A phrase it does not know stays as written (tested over every rule's sources).
 */
export function localiseCitation(text: string, language: UiLanguage): string {
  if (language === 'fi') return text;
  let out = text;
  for (const [fi, sv, en] of CITATION_PHRASES) out = out.replace(fi, language === 'sv' ? sv : en);
  // "3 art. 4 kohta" (a regulation's or directive's article and point).
  out = out.replace(/(\d+) art\.(?: (\d+) kohta)?/g, (_m, article: string, point?: string) =>
    language === 'sv'
      ? `artikel ${article}${point ? `.${point}` : ''}`
      : `Article ${article}${point ? `(${point})` : ''}`,
  );
  // "102 § 1 mom. 10 k." (section, paragraph, point), "56 § 2–3 mom.", "32–52 §".
  out = out.replace(
    /(\d+[a-z]?(?:–\d+[a-z]?)?) §(?: (\d+(?:–\d+)?) mom\.)?(?: (\d+) k\.)?/g,
    (_m, section: string, paragraph?: string, point?: string) =>
      language === 'sv'
        ? `${section} §${paragraph ? ` ${paragraph} mom.` : ''}${point ? ` ${point} punkten` : ''}`
        : `section ${section}${paragraph ? `(${paragraph})` : ''}${point ? `(${point})` : ''}`,
  );
  return out.replaceAll(' ja ', AND[language]);
}
