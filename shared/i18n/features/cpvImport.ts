import type { FeatureTexts } from '../shape';

const fi = {
  errors: {
    tooLargeUncompressed:
      'Työkirja purkautuisi {{megabytes}} megatavuksi; CPV-luettelo saa purkautua enintään {{limitMegabytes}} megatavuksi. Tiedostoa ei luettu.',
    expandsTooMuch:
      'Työkirja purkautuu enemmän kuin sen sisällysluettelo ilmoittaa tai yli {{limitMegabytes}} megatavun (mahdollinen zip-pommi). Tiedostoa ei luettu.',
    encrypted:
      'Työkirja on salattu tai suojattu salasanalla. Poista salaus Excelissä ja tallenna luettelo uudelleen.',
    xmlDoctype:
      'Työkirjassa on dokumenttityypin määrittely (DTD) tai entiteettejä, joita sovellus ei turvallisuussyistä lue. Tallenna luettelo uudelleen Excelissä.',
    tooManyRows:
      'Taulukko ilmoittaa rivin {{row}}, mutta CPV-luettelossa voi olla enintään {{limit}} riviä. Tarkista, että valitsit oikean tiedoston.',
    tooManyLines:
      'Tiedostossa on yli {{limit}} riviä, enemmän kuin CPV-luettelossa voi olla (myös tyhjät rivit lasketaan).',
    tooManyColumns:
      'Rivillä {{row}} on yli {{limit}} saraketta, enemmän kuin CPV-luettelossa voi olla.',
    tooManySharedStrings:
      'Työkirjassa on yli {{limit}} tekstiä, enemmän kuin CPV-luettelossa voi olla.',
    cellTooLong: 'Rivillä {{row}} on solu, jossa on yli 32 767 merkkiä.',
    formula:
      'Rivillä {{row}} on kaava. Tallenna luettelo arvoina (ilman kaavoja) ja tuo se uudelleen.',
    invalidEncoding:
      'Tiedosto ei ole kelvollista {{encoding}}-tekstiä (ensimmäinen virhe rivillä {{line}}). Tallenna se Excelissä muodossa ”CSV UTF-8”.',
    utf16WithoutBom:
      'Tiedosto näyttää UTF-16-tekstiltä ilman tavujärjestysmerkkiä, joten sen merkistöä ei voi tunnistaa varmasti. Tallenna se muodossa ”CSV UTF-8”.',
    replacementCharacter:
      'Rivillä {{line}} on korvausmerkki �, eli teksti on jo aiemmin vioittunut. Korjaa rivi tai tallenna luettelo uudelleen alkuperäisestä.',
    timeout: 'Tiedoston lukeminen kesti yli {{seconds}} sekuntia, joten se keskeytettiin.',
    outOfMemory:
      'Tiedoston lukeminen vaati enemmän muistia kuin CPV-luettelo voi vaatia, joten se keskeytettiin.',
    importFailed: 'Tiedoston lukeminen epäonnistui odottamatta. Aiempi luettelo on ennallaan.',
  },
  jobs: {
    progressLabel: 'Tuonnin eteneminen',
    reading: 'Luetaan tiedostoa… {{percent}} %',
    waiting: 'Odotetaan tiedoston valintaa…',
    cancel: 'Keskeytä tuonti',
    cancelled: 'Tuonti keskeytettiin. Aiempi luettelo on ennallaan.',
  },
};

const sv: FeatureTexts<typeof fi>['sv'] = {
  errors: {
    tooLargeUncompressed:
      'Arbetsboken skulle packas upp till {{megabytes}} MB; en CPV-förteckning får packas upp till högst {{limitMegabytes}} MB. Filen lästes inte.',
    expandsTooMuch:
      'Arbetsboken packas upp till mer än dess innehållsförteckning anger eller över {{limitMegabytes}} MB (möjlig zip-bomb). Filen lästes inte.',
    encrypted:
      'Arbetsboken är krypterad eller lösenordsskyddad. Ta bort krypteringen i Excel och spara förteckningen på nytt.',
    xmlDoctype:
      'Arbetsboken innehåller en dokumenttypsdefinition (DTD) eller entiteter, som appen av säkerhetsskäl inte läser. Spara förteckningen på nytt i Excel.',
    tooManyRows:
      'Tabellen anger rad {{row}}, men en CPV-förteckning kan ha högst {{limit}} rader. Kontrollera att du valde rätt fil.',
    tooManyLines:
      'Filen har över {{limit}} rader, fler än en CPV-förteckning kan ha (också tomma rader räknas).',
    tooManyColumns: 'Rad {{row}} har över {{limit}} kolumner, fler än en CPV-förteckning kan ha.',
    tooManySharedStrings:
      'Arbetsboken innehåller över {{limit}} texter, fler än en CPV-förteckning kan ha.',
    cellTooLong: 'Rad {{row}} har en cell med över 32 767 tecken.',
    formula:
      'Rad {{row}} innehåller en formel. Spara förteckningen som värden (utan formler) och importera den på nytt.',
    invalidEncoding:
      'Filen är inte giltig {{encoding}}-text (första felet på rad {{line}}). Spara den i Excel som ”CSV UTF-8”.',
    utf16WithoutBom:
      'Filen ser ut som UTF-16-text utan byteordningsmärke, så dess teckenkodning kan inte fastställas säkert. Spara den som ”CSV UTF-8”.',
    replacementCharacter:
      'Rad {{line}} innehåller ersättningstecknet �, dvs. texten har redan tidigare skadats. Rätta raden eller spara förteckningen på nytt från originalet.',
    timeout: 'Läsningen av filen tog över {{seconds}} sekunder och avbröts.',
    outOfMemory: 'Läsningen av filen krävde mer minne än en CPV-förteckning kan kräva och avbröts.',
    importFailed:
      'Läsningen av filen misslyckades oväntat. Den tidigare förteckningen är oförändrad.',
  },
  jobs: {
    progressLabel: 'Importens förlopp',
    reading: 'Filen läses… {{percent}} %',
    waiting: 'Väntar på att en fil väljs…',
    cancel: 'Avbryt importen',
    cancelled: 'Importen avbröts. Den tidigare förteckningen är oförändrad.',
  },
};

const en: FeatureTexts<typeof fi>['en'] = {
  errors: {
    tooLargeUncompressed:
      'The workbook would unpack to {{megabytes}} MB; a CPV list may unpack to at most {{limitMegabytes}} MB. The file was not read.',
    expandsTooMuch:
      'The workbook unpacks to more than its table of contents declares or beyond {{limitMegabytes}} MB (a possible zip bomb). The file was not read.',
    encrypted:
      'The workbook is encrypted or password-protected. Remove the encryption in Excel and save the list again.',
    xmlDoctype:
      'The workbook contains a document type definition (DTD) or entities, which the app does not read for security reasons. Save the list again in Excel.',
    tooManyRows:
      'The sheet declares row {{row}}, but a CPV list has at most {{limit}} rows. Check that you chose the right file.',
    tooManyLines:
      'The file has more than {{limit}} lines, more than a CPV list can have (empty lines count too).',
    tooManyColumns: 'Row {{row}} has more than {{limit}} columns, more than a CPV list can have.',
    tooManySharedStrings:
      'The workbook holds more than {{limit}} texts, more than a CPV list can have.',
    cellTooLong: 'Row {{row}} has a cell of more than 32,767 characters.',
    formula:
      'Row {{row}} contains a formula. Save the list as values (without formulas) and import it again.',
    invalidEncoding:
      'The file is not valid {{encoding}} text (first error on line {{line}}). Save it in Excel as “CSV UTF-8”.',
    utf16WithoutBom:
      'The file looks like UTF-16 text without a byte order mark, so its encoding cannot be told for certain. Save it as “CSV UTF-8”.',
    replacementCharacter:
      'Line {{line}} holds the replacement character �, so the text was already damaged earlier. Correct the line or save the list again from the original.',
    timeout: 'Reading the file took more than {{seconds}} seconds and was stopped.',
    outOfMemory: 'Reading the file needed more memory than a CPV list can need and was stopped.',
    importFailed: 'Reading the file failed unexpectedly. The previous list is unchanged.',
  },
  jobs: {
    progressLabel: 'Import progress',
    reading: 'Reading the file… {{percent}} %',
    waiting: 'Waiting for a file to be chosen…',
    cancel: 'Cancel the import',
    cancelled: 'The import was cancelled. The previous list is unchanged.',
  },
};

/** Texts of the CPV import's limits and of long-running jobs (fi source). */
export const cpvImportTexts: FeatureTexts<typeof fi> = { fi, sv, en };
