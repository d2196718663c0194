import type { FeatureTexts } from '../shape';

const fi = {
  heading: 'Henkilötunnukselta näyttävät merkinnät',
  intro:
    'Tallennus on estetty, koska näissä kentissä on henkilötunnus. Poista tunnus. Jos merkintä ei ole henkilötunnus (esimerkiksi asiakirjan numero), voit vahvistaa sen perustelulla.',
  finding: 'Kenttä {{path}}: {{masked}}',
  keyFinding: 'Kentän nimi {{path}}: {{masked}} (poista tunnus)',
  notACode: 'Ei ole henkilötunnus',
  dialogHeading: 'Vahvista, ettei merkintä ole henkilötunnus',
  dialogHint:
    'Merkintä {{masked}} kentässä {{path}} on henkilötunnuksen muotoinen ja sen tarkistusmerkki täsmää. Kerro, mikä se on. Perustelu ja vahvistusaika tallennetaan hankintaan; itse merkintää ei tallenneta vahvistukseen.',
  reasonLabel: 'Perustelu',
  reasonRequired: 'Kirjoita perustelu (3–500 merkkiä).',
  confirm: 'Vahvista',
};

const sv = {
  heading: 'Anteckningar som ser ut som personbeteckningar',
  intro:
    'Sparandet har stoppats eftersom dessa fält innehåller en personbeteckning. Ta bort den. Om anteckningen inte är en personbeteckning (till exempel ett dokumentnummer) kan du bekräfta det med en motivering.',
  finding: 'Fältet {{path}}: {{masked}}',
  keyFinding: 'Fältnamnet {{path}}: {{masked}} (ta bort beteckningen)',
  notACode: 'Inte en personbeteckning',
  dialogHeading: 'Bekräfta att anteckningen inte är en personbeteckning',
  dialogHint:
    'Anteckningen {{masked}} i fältet {{path}} har formen av en personbeteckning och kontrolltecknet stämmer. Ange vad den är. Motiveringen och tidpunkten sparas i upphandlingen; själva anteckningen sparas inte i bekräftelsen.',
  reasonLabel: 'Motivering',
  reasonRequired: 'Skriv en motivering (3–500 tecken).',
  confirm: 'Bekräfta',
};

const en = {
  heading: 'Entries that look like personal identity codes',
  intro:
    'Saving is blocked because these fields hold a personal identity code. Remove it. If the entry is not a personal identity code (for example a document number), you can confirm that with a reason.',
  finding: 'Field {{path}}: {{masked}}',
  keyFinding: 'Field name {{path}}: {{masked}} (remove the code)',
  notACode: 'Not a personal identity code',
  dialogHeading: 'Confirm that the entry is not a personal identity code',
  dialogHint:
    'The entry {{masked}} in field {{path}} has the form of a personal identity code and its check character matches. Say what it is. The reason and the time are stored in the procurement; the entry itself is not stored in the confirmation.',
  reasonLabel: 'Reason',
  reasonRequired: 'Write a reason (3–500 characters).',
  confirm: 'Confirm',
};

/** Texts of the personal-data guard's findings and exemption dialog (fi source). */
export const personalDataTexts: FeatureTexts<typeof fi> = { fi, sv, en };
