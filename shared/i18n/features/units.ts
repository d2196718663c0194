import type { FeatureTexts } from '../shape';

/**
 * Counted units, one i18next plural pair (`_one` / `_other`) each. A text with a number of
 * days, months, codes… nests one of them so that the noun agrees with the number:
 * `'vähintään $t(units.days, {"count": {{days}} })'` gives "vähintään 1 päivä" and
 * "vähintään 30 päivää". Finnish, Swedish and English all have the two forms one / other
 * (CLDR plural rules); 0 and 21 take the "other" form in all three.
 */
const fi = {
  days_one: '{{count}} päivä',
  days_other: '{{count}} päivää',
  months_one: '{{count}} kuukausi',
  months_other: '{{count}} kuukautta',
  procurements_one: '{{count}} hankinta',
  procurements_other: '{{count}} hankintaa',
  codes_one: '{{count}} koodi',
  codes_other: '{{count}} koodia',
  lots_one: '{{count}} osa',
  lots_other: '{{count}} osaa',
  rows_one: '{{count}} rivi',
  rows_other: '{{count}} riviä',
  characters_one: '{{count}} merkki',
  characters_other: '{{count}} merkkiä',
  matches_one: '{{count}} osuma',
  matches_other: '{{count}} osumaa',
};

/** The counted units in fi, sv and en; see the comment on the Finnish texts. */
export const unitTexts: FeatureTexts<typeof fi> = {
  fi,
  sv: {
    days_one: '{{count}} dag',
    days_other: '{{count}} dagar',
    months_one: '{{count}} månad',
    months_other: '{{count}} månader',
    procurements_one: '{{count}} upphandling',
    procurements_other: '{{count}} upphandlingar',
    codes_one: '{{count}} kod',
    codes_other: '{{count}} koder',
    lots_one: '{{count}} del',
    lots_other: '{{count}} delar',
    rows_one: '{{count}} rad',
    rows_other: '{{count}} rader',
    characters_one: '{{count}} tecken',
    characters_other: '{{count}} tecken',
    matches_one: '{{count}} träff',
    matches_other: '{{count}} träffar',
  },
  en: {
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    months_one: '{{count}} month',
    months_other: '{{count}} months',
    procurements_one: '{{count}} procurement',
    procurements_other: '{{count}} procurements',
    codes_one: '{{count}} code',
    codes_other: '{{count}} codes',
    lots_one: '{{count}} lot',
    lots_other: '{{count}} lots',
    rows_one: '{{count}} row',
    rows_other: '{{count}} rows',
    characters_one: '{{count}} character',
    characters_other: '{{count}} characters',
    matches_one: '{{count}} match',
    matches_other: '{{count}} matches',
  },
};
