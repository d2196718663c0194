import type { FeatureTexts } from '../shape';

/**
 * Texts of the input hardening: field issues for out-of-range dates, over-long contract terms
 * and duplicate ids, and the reasons an import file is refused before it is parsed. Spread
 * into `issues` and `errors.invalidImport` of each catalog.
 */
const fi = {
  issues: {
    dateOutOfRange:
      '{{path}}: päivämäärä {{received}} ei ole sallitulla välillä (vuodet {{limit}}). Tarkista vuosi.',
    termTooLong:
      '{{path}}: sopimuskausi optioineen ja jatkoineen on {{received}} kuukautta, kun enintään {{limit}} kuukautta (50 vuotta) hyväksytään.',
    duplicateId:
      '{{path}}: tunniste {{received}} on jo toisella rivillä. Jokaisella osalla ja optiolla on oma tunnisteensa.',
  },
  invalidImport: {
    notAFile:
      'Valittu kohde ei ole tavallinen tiedosto (se on kansio, laite tai nimetty putki), joten sitä ei luettu. Työtilaan ei tehty muutoksia.',
    otherEncoding:
      'Tiedosto on tallennettu {{encoding}}-merkistössä. Hankintapolku lukee vain UTF-8-muotoisia tiedostoja. Työtilaan ei tehty muutoksia.',
    notUtf8:
      'Tiedosto ei ole UTF-8-merkistössä: rivillä {{line}} on tavu, joka ei kelpaa. Työtilaan ei tehty muutoksia.',
    tooDeep:
      'Tiedoston rakenne on liian syvä: kohdassa {{path}} (rivi {{line}}) on yli {{limit}} sisäkkäistä tasoa. Työtilaan ei tehty muutoksia.',
    tooManyEntries:
      'Tiedoston kohdassa {{path}} (rivi {{line}}) on yli {{limit}} alkiota. Työtilaan ei tehty muutoksia.',
    tooManyValues:
      'Tiedostossa on yli {{limit}} arvoa (raja ylittyi rivillä {{line}}). Työtilaan ei tehty muutoksia.',
    stringTooLong:
      'Tiedoston kohdassa {{path}} (rivi {{line}}) on yli {{limit}} merkin teksti. Työtilaan ei tehty muutoksia.',
    numberTooLong:
      'Tiedoston kohdassa {{path}} (rivi {{line}}) on yli {{limit}} merkin luku. Työtilaan ei tehty muutoksia.',
    forbiddenKey:
      'Tiedoston kohdassa {{path}} (rivi {{line}}) on kielletty kentän nimi ”{{key}}”. Työtilaan ei tehty muutoksia.',
    duplicateKey:
      'Tiedoston kohdassa {{path}} (rivi {{line}}) kenttä ”{{key}}” on kahdesti, joten ei tiedetä, kumpi arvo on oikea. Työtilaan ei tehty muutoksia.',
    controlCharacter:
      'Tiedoston kohdassa {{path}} (rivi {{line}}) on tekstiin kuulumaton ohjausmerkki {{code}}. Työtilaan ei tehty muutoksia.',
    loneSurrogate:
      'Tiedoston kohdassa {{path}} (rivi {{line}}) on rikkinäinen merkki. Työtilaan ei tehty muutoksia.',
    replacementCharacter:
      'Tiedoston kohdassa {{path}} (rivi {{line}}) on korvausmerkki �: teksti on vioittunut aiemmin väärässä merkistömuunnoksessa. Työtilaan ei tehty muutoksia.',
  },
};

export const inputSafetyTexts: FeatureTexts<typeof fi> = {
  fi,
  sv: {
    issues: {
      dateOutOfRange:
        '{{path}}: datumet {{received}} ligger utanför de godtagna åren ({{limit}}). Kontrollera året.',
      termTooLong:
        '{{path}}: avtalsperioden med optioner och förlängning är {{received}} månader, men högst {{limit}} månader (50 år) godtas.',
      duplicateId:
        '{{path}}: identifieraren {{received}} används redan på en annan rad. Varje delområde och option har en egen identifierare.',
    },
    invalidImport: {
      notAFile:
        'Det valda objektet är inte en vanlig fil (det är en mapp, en enhet eller ett namngivet rör), så det lästes inte. Inga ändringar gjordes i arbetsytan.',
      otherEncoding:
        'Filen är sparad i teckenkodningen {{encoding}}. Hankintapolku läser endast filer i UTF-8. Inga ändringar gjordes i arbetsytan.',
      notUtf8:
        'Filen är inte i UTF-8: rad {{line}} innehåller en ogiltig byte. Inga ändringar gjordes i arbetsytan.',
      tooDeep:
        'Filens struktur är för djup: vid {{path}} (rad {{line}}) finns fler än {{limit}} nivåer inuti varandra. Inga ändringar gjordes i arbetsytan.',
      tooManyEntries:
        'Vid {{path}} (rad {{line}}) innehåller filen fler än {{limit}} element. Inga ändringar gjordes i arbetsytan.',
      tooManyValues:
        'Filen innehåller fler än {{limit}} värden (gränsen överskreds på rad {{line}}). Inga ändringar gjordes i arbetsytan.',
      stringTooLong:
        'Vid {{path}} (rad {{line}}) innehåller filen en text på över {{limit}} tecken. Inga ändringar gjordes i arbetsytan.',
      numberTooLong:
        'Vid {{path}} (rad {{line}}) innehåller filen ett tal på över {{limit}} tecken. Inga ändringar gjordes i arbetsytan.',
      forbiddenKey:
        'Vid {{path}} (rad {{line}}) innehåller filen det förbjudna fältnamnet ”{{key}}”. Inga ändringar gjordes i arbetsytan.',
      duplicateKey:
        'Vid {{path}} (rad {{line}}) förekommer fältet ”{{key}}” två gånger, så det går inte att veta vilket värde som gäller. Inga ändringar gjordes i arbetsytan.',
      controlCharacter:
        'Vid {{path}} (rad {{line}}) innehåller filen styrtecknet {{code}}, som inte hör hemma i text. Inga ändringar gjordes i arbetsytan.',
      loneSurrogate:
        'Vid {{path}} (rad {{line}}) innehåller filen ett trasigt tecken. Inga ändringar gjordes i arbetsytan.',
      replacementCharacter:
        'Vid {{path}} (rad {{line}}) innehåller filen ersättningstecknet �: texten har skadats vid en tidigare felaktig teckenkonvertering. Inga ändringar gjordes i arbetsytan.',
    },
  },
  en: {
    issues: {
      dateOutOfRange:
        '{{path}}: the date {{received}} is outside the accepted years ({{limit}}). Check the year.',
      termTooLong:
        '{{path}}: the contract term with options and extension is {{received}} months; at most {{limit}} months (50 years) is accepted.',
      duplicateId:
        '{{path}}: the identifier {{received}} is already used on another row. Each lot and option has its own identifier.',
    },
    invalidImport: {
      notAFile:
        'The chosen item is not an ordinary file (it is a folder, a device or a named pipe), so it was not read. The workspace was not changed.',
      otherEncoding:
        'The file is saved in the {{encoding}} encoding. Hankintapolku reads UTF-8 files only. The workspace was not changed.',
      notUtf8:
        'The file is not UTF-8: line {{line}} holds a byte that is not valid. The workspace was not changed.',
      tooDeep:
        'The file nests too deeply: at {{path}} (line {{line}}) there are more than {{limit}} levels. The workspace was not changed.',
      tooManyEntries:
        'At {{path}} (line {{line}}) the file holds more than {{limit}} entries. The workspace was not changed.',
      tooManyValues:
        'The file holds more than {{limit}} values (the limit was passed on line {{line}}). The workspace was not changed.',
      stringTooLong:
        'At {{path}} (line {{line}}) the file holds a text longer than {{limit}} characters. The workspace was not changed.',
      numberTooLong:
        'At {{path}} (line {{line}}) the file holds a number longer than {{limit}} characters. The workspace was not changed.',
      forbiddenKey:
        'At {{path}} (line {{line}}) the file holds the forbidden field name “{{key}}”. The workspace was not changed.',
      duplicateKey:
        'At {{path}} (line {{line}}) the field “{{key}}” is given twice, so it cannot be known which value is meant. The workspace was not changed.',
      controlCharacter:
        'At {{path}} (line {{line}}) the file holds the control character {{code}}, which does not belong in text. The workspace was not changed.',
      loneSurrogate:
        'At {{path}} (line {{line}}) the file holds a broken character. The workspace was not changed.',
      replacementCharacter:
        'At {{path}} (line {{line}}) the file holds the replacement character �: the text was damaged by an earlier wrong encoding conversion. The workspace was not changed.',
    },
  },
};
