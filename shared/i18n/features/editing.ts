import type { FeatureTexts } from '../shape';

const fi = {
  number: {
    empty: 'Kenttä on tyhjä. Kirjoita luku (0, jos arvoa ei ole).',
    negative: 'Luku ei voi olla negatiivinen: poista miinusmerkki.',
    letterForDigit:
      'Luvussa on kirjain ”{{character}}” numeron paikalla. Tarkoititko numeroa (esim. O → 0, l → 1)?',
    unexpectedCharacter: 'Merkki ”{{character}}” ei kuulu lukuun.',
    exponent: 'Eksponenttimuotoa (esim. 12e5) ei lueta. Kirjoita luku kokonaan, esim. 1 200 000.',
    severalDecimalMarks: 'Luvussa on useampi desimaalierotin. Käytä desimaaleissa yhtä pilkkua.',
    ambiguousComma:
      '”{{text}}” on epäselvä: pilkku on desimaalierotin, eikä summassa ole kolmea desimaalia. Erottele tuhannet välilyönnillä tai pisteellä (1 200 tai 1.200).',
    misplacedGroup:
      '”{{text}}”: tuhaterottimen jälkeen pitää tulla tasan kolme numeroa (esim. 1 200 000 tai 1.200.000).',
    dotWithMultiplier:
      'Kirjoita desimaalit pilkulla, kun käytät sanaa milj. tai t€ (esim. 1,2 milj.).',
    tooManyDecimals: 'Desimaaleja voi olla enintään {{maxDecimals}}.',
    notWhole: 'Anna kokonaisluku ilman desimaaleja.',
    tooLarge: 'Summa on liian suuri: enintään {{max}}.',
    belowMin: 'Luku on liian pieni: vähintään {{min}}.',
    aboveMax: 'Luku on liian suuri: enintään {{max}}. Arvoa ei tallennettu eikä katkaistu.',
    noDigits: 'Luvussa ei ole numeroita.',
  },
  date: {
    invalid: 'Päivämäärää ”{{text}}” ei ole. Kirjoita muodossa p.k.vvvv, esim. 15.3.2027.',
    outOfRange:
      'Päivämäärä ”{{text}}” on sallitun välin ulkopuolella: vuoden on oltava {{min}}–{{max}}.',
  },
  unsaved: {
    heading: 'Tallentamatta',
    field: '{{label}}: {{reason}}',
    keptValue: 'Tallennettuna pysyy edellinen kelvollinen arvo.',
  },
  undo: {
    undo: 'Kumoa',
    redo: 'Tee uudelleen',
    undoHint: 'Kumoa viimeisin muutos (Ctrl+Z)',
    redoHint: 'Tee kumottu muutos uudelleen (Ctrl+Y tai Ctrl+Vaihto+Z)',
    label: 'Muutosten kumoaminen',
  },
  conflict: {
    message:
      'Hankintaa on muutettu muualla (esimerkiksi toisessa ikkunassa tai palautuksessa) sen jälkeen, kun avasit sen. Muutoksiasi ei tallennettu tallennetun version päälle.',
    instruction:
      'Lataa tallennettu versio ja tee muutoksesi uudelleen. Tallentamattomat muutoksesi näkyvät alla kopioitavina.',
    reload: 'Lataa tallennettu versio',
    draftHeading: 'Tallentamattomat muutoksesi',
    draftLabel: 'Muutokset tekstinä (kopioi tarvittaessa)',
    reloaded: 'Tallennettu versio ladattiin. Tee muutoksesi uudelleen.',
  },
  summary: {
    heading: 'Yhteenveto',
    total: 'Ennakoitu arvo',
    regime: 'Sovellettavat säännöt',
    procedure: 'Menettely',
    nextDeadline: 'Seuraava määräaika',
    warnings: 'Varoitukset',
    none: 'Ei valittu',
    noDeadline: 'Ei tulevia päivämääriä',
    noWarnings: 'Ei varoituksia',
    warningCount: '{{count}} kpl',
    regimeMissing: 'Ei voida päätellä',
  },
  steps: {
    label: 'Vaiheen osat',
    previous: 'Edellinen: {{step}}',
    next: 'Seuraava: {{step}}',
  },
};

const sv = {
  number: {
    empty: 'Fältet är tomt. Skriv ett tal (0 om det inte finns något värde).',
    negative: 'Talet kan inte vara negativt: ta bort minustecknet.',
    letterForDigit:
      'Talet innehåller bokstaven ”{{character}}” i stället för en siffra. Menade du en siffra (t.ex. O → 0, l → 1)?',
    unexpectedCharacter: 'Tecknet ”{{character}}” hör inte till ett tal.',
    exponent: 'Exponentform (t.ex. 12e5) läses inte. Skriv ut talet, t.ex. 1 200 000.',
    severalDecimalMarks: 'Talet har flera decimaltecken. Använd ett kommatecken för decimaler.',
    ambiguousComma:
      '”{{text}}” är oklart: kommatecknet är decimaltecken och ett belopp har inte tre decimaler. Skilj tusental åt med mellanslag eller punkt (1 200 eller 1.200).',
    misplacedGroup:
      '”{{text}}”: efter en tusentalsavgränsare ska det komma exakt tre siffror (t.ex. 1 200 000 eller 1.200.000).',
    dotWithMultiplier:
      'Skriv decimaler med kommatecken när du använder milj. eller t€ (t.ex. 1,2 milj.).',
    tooManyDecimals: 'Högst {{maxDecimals}} decimaler.',
    notWhole: 'Ange ett heltal utan decimaler.',
    tooLarge: 'Beloppet är för stort: högst {{max}}.',
    belowMin: 'Talet är för litet: minst {{min}}.',
    aboveMax: 'Talet är för stort: högst {{max}}. Värdet sparades inte och kortades inte.',
    noDigits: 'Talet innehåller inga siffror.',
  },
  date: {
    invalid: 'Datumet ”{{text}}” finns inte. Skriv i formen d.m.åååå, t.ex. 15.3.2027.',
    outOfRange:
      'Datumet ”{{text}}” ligger utanför det tillåtna intervallet: året ska vara {{min}}–{{max}}.',
  },
  unsaved: {
    heading: 'Osparat',
    field: '{{label}}: {{reason}}',
    keptValue: 'Det senaste giltiga värdet förblir sparat.',
  },
  undo: {
    undo: 'Ångra',
    redo: 'Gör om',
    undoHint: 'Ångra den senaste ändringen (Ctrl+Z)',
    redoHint: 'Gör om den ångrade ändringen (Ctrl+Y eller Ctrl+Skift+Z)',
    label: 'Ångra ändringar',
  },
  conflict: {
    message:
      'Upphandlingen har ändrats på annat håll (t.ex. i ett annat fönster eller genom återställning) efter att du öppnade den. Dina ändringar sparades inte över den sparade versionen.',
    instruction:
      'Ladda den sparade versionen och gör om dina ändringar. Dina osparade ändringar visas nedan så att du kan kopiera dem.',
    reload: 'Ladda den sparade versionen',
    draftHeading: 'Dina osparade ändringar',
    draftLabel: 'Ändringarna som text (kopiera vid behov)',
    reloaded: 'Den sparade versionen laddades. Gör om dina ändringar.',
  },
  summary: {
    heading: 'Sammanfattning',
    total: 'Uppskattat värde',
    regime: 'Tillämpliga regler',
    procedure: 'Förfarande',
    nextDeadline: 'Nästa tidsfrist',
    warnings: 'Varningar',
    none: 'Inte valt',
    noDeadline: 'Inga kommande datum',
    noWarnings: 'Inga varningar',
    warningCount: '{{count}} st.',
    regimeMissing: 'Kan inte avgöras',
  },
  steps: {
    label: 'Skedets delar',
    previous: 'Föregående: {{step}}',
    next: 'Nästa: {{step}}',
  },
};

const en = {
  number: {
    empty: 'The field is empty. Enter a number (0 if there is no value).',
    negative: 'The number cannot be negative: remove the minus sign.',
    letterForDigit:
      'The number has the letter “{{character}}” where a digit should be. Did you mean a digit (e.g. O → 0, l → 1)?',
    unexpectedCharacter: 'The character “{{character}}” is not part of a number.',
    exponent: 'Exponent notation (e.g. 12e5) is not read. Write the number out, e.g. 1 200 000.',
    severalDecimalMarks: 'The number has more than one decimal mark. Use one comma for decimals.',
    ambiguousComma:
      '“{{text}}” is ambiguous: the comma is the decimal mark and an amount has no three decimals. Group thousands with a space or a dot (1 200 or 1.200).',
    misplacedGroup:
      '“{{text}}”: a thousands separator must be followed by exactly three digits (e.g. 1 200 000 or 1.200.000).',
    dotWithMultiplier: 'Write decimals with a comma when you use milj. or t€ (e.g. 1,2 milj.).',
    tooManyDecimals: 'At most {{maxDecimals}} decimals.',
    notWhole: 'Enter a whole number without decimals.',
    tooLarge: 'The amount is too large: at most {{max}}.',
    belowMin: 'The number is too small: at least {{min}}.',
    aboveMax: 'The number is too large: at most {{max}}. It was not saved or cut short.',
    noDigits: 'The number has no digits.',
  },
  date: {
    invalid: 'There is no date “{{text}}”. Write it as d.m.yyyy, e.g. 15.3.2027.',
    outOfRange:
      'The date “{{text}}” is outside the allowed range: the year must be {{min}}–{{max}}.',
  },
  unsaved: {
    heading: 'Not saved',
    field: '{{label}}: {{reason}}',
    keptValue: 'The last valid value stays saved.',
  },
  undo: {
    undo: 'Undo',
    redo: 'Redo',
    undoHint: 'Undo the last change (Ctrl+Z)',
    redoHint: 'Redo the undone change (Ctrl+Y or Ctrl+Shift+Z)',
    label: 'Undoing changes',
  },
  conflict: {
    message:
      'The procurement was changed elsewhere (e.g. in another window or by a restore) after you opened it. Your changes were not saved over the stored version.',
    instruction:
      'Reload the stored version and make your changes again. Your unsaved changes are shown below for copying.',
    reload: 'Reload the stored version',
    draftHeading: 'Your unsaved changes',
    draftLabel: 'The changes as text (copy if needed)',
    reloaded: 'The stored version was loaded. Make your changes again.',
  },
  summary: {
    heading: 'Summary',
    total: 'Estimated value',
    regime: 'Applicable rules',
    procedure: 'Procedure',
    nextDeadline: 'Next deadline',
    warnings: 'Warnings',
    none: 'Not chosen',
    noDeadline: 'No coming dates',
    noWarnings: 'No warnings',
    warningCount: '{{count}}',
    regimeMissing: 'Cannot be determined',
  },
  steps: {
    label: 'Parts of the phase',
    previous: 'Previous: {{step}}',
    next: 'Next: {{step}}',
  },
};

/** Texts of the shared editing machinery: number fields, undo, save conflict, phase layout. */
export const editingTexts: FeatureTexts<typeof fi> = { fi, sv, en };
