import type { FeatureTexts } from '../shape';
import { cpvImportTexts } from './cpvImport';

const fi = {
  section: {
    heading: 'CPV-koodit',
    intro:
      'Valitse hankinnalle pääasiallinen CPV-koodi ja tarvittaessa lisäkoodeja. Koodit kuvaavat hankinnan kohteen EU:n yhteisellä hankintasanastolla, ja ne ilmoitetaan hankintailmoituksessa.',
    searchLabel: 'Hae CPV-koodia',
    searchHint:
      'Kirjoita koodin alku (esim. 9091) tai sanojen alkuja nimikkeestä suomeksi, ruotsiksi tai englanniksi. Ä- ja ö-kirjaimet voi kirjoittaa myös a:na ja o:na. Nuoli alas vie tuloksiin.',
    searchPlaceholder: 'Esim. siivous tai 90910000',
    searching: 'Haetaan…',
    resultsLabel: 'Hakutulokset',
    resultCount: 'Löytyi $t(units.codes, {"count": {{total}} }).',
    resultCountLimited: 'Näytetään {{shown}} ensimmäistä {{total}} osumasta. Tarkenna hakua.',
    noResults: 'Haulla ”{{query}}” ei löytynyt koodeja.',
    onlyShipped:
      'Haku kattaa vain sovelluksen mukana tulevat liitteen E koodit. Koko CPV-luettelon voi tuoda asetuksista.',
    setMain: 'Aseta pääkoodiksi',
    addAdditional: 'Lisää lisäkoodiksi',
    mainHeading: 'Pääasiallinen CPV-koodi',
    noMain: 'Pääkoodia ei ole vielä valittu.',
    additionalHeading: 'Lisäkoodit',
    noAdditional: 'Lisäkoodeja ei ole valittu.',
    remove: 'Poista',
    notInCatalog: 'ei haettavassa luettelossa',
    annexEBadge: 'liite E',
    additionalLimit: 'Lisäkoodeja voi olla enintään {{limit}}.',
    mainSet: 'Pääkoodiksi asetettiin {{code}}.',
    additionalAdded: 'Lisäkoodiksi lisättiin {{code}}.',
    removed: 'Koodi {{code}} poistettiin.',
  },
  catalog: {
    heading: 'CPV-nimikkeistö',
    intro: 'CPV-koodihaku käyttää sovelluksen mukana tulevia koodeja ja tuomaasi CPV-luetteloa.',
    shipped:
      'Sovelluksen mukana: {{count}} sosiaali- ja muiden erityisten palvelujen koodia (hankintalain liite E) suomeksi, ruotsiksi ja englanniksi.',
    imported:
      'Tuotu luettelo: $t(units.codes, {"count": {{count}} }) tiedostosta {{file}}, tuotu {{date}}.',
    notImported:
      'Koko CPV-luetteloa (noin 9 500 koodia) ei ole tuotu, joten haku löytää vain liitteen E koodit.',
    importHint:
      'Tuo EU:n virallinen CPV 2008 -luettelo (xlsx) tai oma luettelo. Tiedostossa tulee olla otsikkorivi, jossa on koodisarake (CODE, KOODI tai CPV) ja vähintään yksi nimikesarake (FI, SV tai EN). Uusi tuonti korvaa aiemman; jos tuonti epäonnistuu, aiempi luettelo säilyy.',
    importButton: 'Tuo CPV-luettelo (xlsx tai csv)',
    importing: 'Tuodaan…',
    importDone: 'CPV-luettelosta tuotiin $t(units.codes, {"count": {{count}} }) ({{languages}}).',
    importDoneSkipped:
      'CPV-luettelosta tuotiin $t(units.codes, {"count": {{count}} }) ({{languages}}). $t(units.rows, {"count": {{skipped}} }) ohitettiin (virheellinen koodi, tyhjä nimike tai sama koodi toiseen kertaan).',
    attribution:
      'Liitteen E koodit ja nimikkeet: EU:n eForms SDK 1.16, © Euroopan unioni, Euroopan unionin julkaisutoimisto, lisenssi CC BY 4.0.',
    languageNames: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
  },
  dialogs: {
    importTitle: 'Tuo CPV-luettelo',
    spreadsheetFilter: 'Taulukot (xlsx, csv)',
    allFilesFilter: 'Kaikki tiedostot',
  },
  errors: {
    tooLarge:
      'Tiedosto on liian suuri ({{megabytes}} Mt). CPV-luettelo voi olla enintään {{limitMegabytes}} Mt.',
    empty: 'Tiedosto on tyhjä.',
    oldExcel:
      'Tiedosto on vanhaa Excel-muotoa (.xls), jota sovellus ei lue. Avaa se Excelissä ja tallenna muodossa .xlsx tai .csv.',
    unsupported:
      'Tiedostomuotoa {{extension}} ei voi lukea. Tallenna luettelo muodossa .xlsx tai .csv.',
    unreadableXlsx:
      'Tiedostoa ei voitu lukea Excel-työkirjana (.xlsx); se voi olla vioittunut. Tallenna luettelo uudelleen muodossa .xlsx tai .csv.',
    missingCodeColumn:
      'Tiedostosta ei löytynyt koodisaraketta. Odotettiin otsikkoriviä, jossa on sarake CODE, KOODI, KOD tai CPV. Löytyneet sarakkeet: {{found}}.',
    missingLabelColumns:
      'Tiedostosta ei löytynyt nimikesarakkeita. Odotettiin vähintään yhtä saraketta FI, SV tai EN (myös esim. suomi, svenska, English). Löytyneet sarakkeet: {{found}}.',
    missingColumns:
      'Tiedostosta ei tunnistettu CPV-luettelon sarakkeita. Odotettiin koodisaraketta (CODE, KOODI, KOD tai CPV) ja vähintään yhtä nimikesaraketta (FI, SV tai EN). Löytyneet sarakkeet: {{found}}.',
    noDataRows: 'Tiedostossa on otsikkorivi, mutta ei yhtään koodiriviä.',
    noValidRows:
      'Tiedostossa ei ole yhtään kelvollista riviä: {{skipped}} riviltä puuttui CPV-koodi (8 numeroa, esim. 90910000-9) tai nimike. Ensimmäiset tällaiset rivit: {{rows}}.',
    tooManyCodes:
      'Tiedostossa on yli $t(units.codes, {"count": {{limit}} }), enemmän kuin CPV-luettelossa voi olla. Tarkista, että valitsit oikean tiedoston.',
    ...cpvImportTexts.fi.errors,
  },
};

const sv: FeatureTexts<typeof fi>['sv'] = {
  section: {
    heading: 'CPV-koder',
    intro:
      'Välj upphandlingens huvudsakliga CPV-kod och vid behov tilläggskoder. Koderna beskriver upphandlingens föremål med EU:s gemensamma terminologi och anges i upphandlingsannonsen.',
    searchLabel: 'Sök CPV-kod',
    searchHint:
      'Skriv början av koden (t.ex. 9091) eller början av ord i benämningen på finska, svenska eller engelska. Å, ä och ö kan också skrivas som a och o. Pil nedåt går till resultaten.',
    searchPlaceholder: 'T.ex. städning eller 90910000',
    searching: 'Söker…',
    resultsLabel: 'Sökresultat',
    resultCount: '$t(units.codes, {"count": {{total}} }) hittades.',
    resultCountLimited:
      'De {{shown}} första av $t(units.matches, {"count": {{total}} }) visas. Precisera sökningen.',
    noResults: 'Sökningen ”{{query}}” gav inga koder.',
    onlyShipped:
      'Sökningen omfattar endast koderna i bilaga E som följer med appen. Hela CPV-förteckningen kan importeras i inställningarna.',
    setMain: 'Ange som huvudkod',
    addAdditional: 'Lägg till som tilläggskod',
    mainHeading: 'Huvudsaklig CPV-kod',
    noMain: 'Ingen huvudkod har valts ännu.',
    additionalHeading: 'Tilläggskoder',
    noAdditional: 'Inga tilläggskoder har valts.',
    remove: 'Ta bort',
    notInCatalog: 'finns inte i den sökbara förteckningen',
    annexEBadge: 'bilaga E',
    additionalLimit: 'Högst {{limit}} tilläggskoder.',
    mainSet: '{{code}} angavs som huvudkod.',
    additionalAdded: '{{code}} lades till som tilläggskod.',
    removed: 'Koden {{code}} togs bort.',
  },
  catalog: {
    heading: 'CPV-nomenklatur',
    intro:
      'CPV-sökningen använder koderna som följer med appen och den CPV-förteckning du importerat.',
    shipped:
      'Följer med appen: $t(units.codes, {"count": {{count}} }) för sociala och andra särskilda tjänster (bilaga E till upphandlingslagen) på finska, svenska och engelska.',
    imported:
      'Importerad förteckning: $t(units.codes, {"count": {{count}} }) från filen {{file}}, importerad {{date}}.',
    notImported:
      'Hela CPV-förteckningen (cirka 9 500 koder) har inte importerats, så sökningen hittar endast koderna i bilaga E.',
    importHint:
      'Importera EU:s officiella CPV 2008-förteckning (xlsx) eller en egen förteckning. Filen ska ha en rubrikrad med en kodkolumn (CODE, KOODI, KOD eller CPV) och minst en benämningskolumn (FI, SV eller EN). En ny import ersätter den tidigare; om importen misslyckas förblir den tidigare förteckningen kvar.',
    importButton: 'Importera CPV-förteckning (xlsx eller csv)',
    importing: 'Importerar…',
    importDone:
      '$t(units.codes, {"count": {{count}} }) importerades från CPV-förteckningen ({{languages}}).',
    importDoneSkipped:
      '$t(units.codes, {"count": {{count}} }) importerades från CPV-förteckningen ({{languages}}). $t(units.rows, {"count": {{skipped}} }) hoppades över (ogiltig kod, tom benämning eller samma kod en gång till).',
    attribution:
      'Koder och benämningar i bilaga E: EU:s eForms SDK 1.16, © Europeiska unionen, Europeiska unionens publikationsbyrå, licens CC BY 4.0.',
    languageNames: { fi: 'finska', sv: 'svenska', en: 'engelska' },
  },
  dialogs: {
    importTitle: 'Importera CPV-förteckning',
    spreadsheetFilter: 'Kalkylblad (xlsx, csv)',
    allFilesFilter: 'Alla filer',
  },
  errors: {
    tooLarge:
      'Filen är för stor ({{megabytes}} MB). En CPV-förteckning får vara högst {{limitMegabytes}} MB.',
    empty: 'Filen är tom.',
    oldExcel:
      'Filen är i det gamla Excel-formatet (.xls), som appen inte läser. Öppna den i Excel och spara den som .xlsx eller .csv.',
    unsupported:
      'Filformatet {{extension}} kan inte läsas. Spara förteckningen som .xlsx eller .csv.',
    unreadableXlsx:
      'Filen kunde inte läsas som en Excel-arbetsbok (.xlsx); den kan vara skadad. Spara förteckningen på nytt som .xlsx eller .csv.',
    missingCodeColumn:
      'Ingen kodkolumn hittades i filen. En rubrikrad med kolumnen CODE, KOODI, KOD eller CPV förväntades. Kolumner som hittades: {{found}}.',
    missingLabelColumns:
      'Inga benämningskolumner hittades i filen. Minst en kolumn FI, SV eller EN förväntades (även t.ex. suomi, svenska, English). Kolumner som hittades: {{found}}.',
    missingColumns:
      'Kolumnerna i en CPV-förteckning kändes inte igen. En kodkolumn (CODE, KOODI, KOD eller CPV) och minst en benämningskolumn (FI, SV eller EN) förväntades. Kolumner som hittades: {{found}}.',
    noDataRows: 'Filen har en rubrikrad men inga kodrader.',
    noValidRows:
      'Filen har inga giltiga rader: $t(units.rows, {"count": {{skipped}} }) saknade en CPV-kod (8 siffror, t.ex. 90910000-9) eller en benämning. De första sådana raderna: {{rows}}.',
    tooManyCodes:
      'Filen har över $t(units.codes, {"count": {{limit}} }), fler än en CPV-förteckning kan ha. Kontrollera att du valde rätt fil.',
    ...cpvImportTexts.sv.errors,
  },
};

const en: FeatureTexts<typeof fi>['en'] = {
  section: {
    heading: 'CPV codes',
    intro:
      "Choose the procurement's main CPV code and, if needed, additional codes. The codes describe the subject matter in the EU's Common Procurement Vocabulary and are given in the contract notice.",
    searchLabel: 'Search CPV codes',
    searchHint:
      'Type the start of a code (e.g. 9091) or the start of words of the label in Finnish, Swedish or English. Letters ä, ö and å may be typed as a and o. Arrow down moves to the results.',
    searchPlaceholder: 'E.g. cleaning or 90910000',
    searching: 'Searching…',
    resultsLabel: 'Search results',
    resultCount: '$t(units.codes, {"count": {{total}} }) found.',
    resultCountLimited:
      'Showing the first {{shown}} of $t(units.matches, {"count": {{total}} }). Refine the search.',
    noResults: 'No codes found for “{{query}}”.',
    onlyShipped:
      'The search only covers the Annex E codes shipped with the app. The full CPV list can be imported in Settings.',
    setMain: 'Set as main code',
    addAdditional: 'Add as additional code',
    mainHeading: 'Main CPV code',
    noMain: 'No main code chosen yet.',
    additionalHeading: 'Additional codes',
    noAdditional: 'No additional codes chosen.',
    remove: 'Remove',
    notInCatalog: 'not in the searchable list',
    annexEBadge: 'Annex E',
    additionalLimit: 'At most {{limit}} additional codes.',
    mainSet: '{{code}} set as the main code.',
    additionalAdded: '{{code}} added as an additional code.',
    removed: 'Code {{code}} removed.',
  },
  catalog: {
    heading: 'CPV vocabulary',
    intro: 'The CPV search uses the codes shipped with the app and the CPV list you imported.',
    shipped:
      'Shipped with the app: $t(units.codes, {"count": {{count}} }) of social and other specific services (Annex E of the Procurement Act) in Finnish, Swedish and English.',
    imported:
      'Imported list: $t(units.codes, {"count": {{count}} }) from the file {{file}}, imported {{date}}.',
    notImported:
      'The full CPV list (about 9,500 codes) has not been imported, so the search finds only the Annex E codes.',
    importHint:
      "Import the EU's official CPV 2008 list (xlsx) or a list of your own. The file needs a header row with a code column (CODE, KOODI, KOD or CPV) and at least one label column (FI, SV or EN). A new import replaces the previous one; if an import fails, the previous list stays.",
    importButton: 'Import CPV list (xlsx or csv)',
    importing: 'Importing…',
    importDone:
      'Imported $t(units.codes, {"count": {{count}} }) from the CPV list ({{languages}}).',
    importDoneSkipped:
      'Imported $t(units.codes, {"count": {{count}} }) from the CPV list ({{languages}}). $t(units.rows, {"count": {{skipped}} }) were skipped (invalid code, empty label or a repeated code).',
    attribution:
      'Annex E codes and labels: EU eForms SDK 1.16, © European Union, Publications Office of the European Union, licence CC BY 4.0.',
    languageNames: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
  },
  dialogs: {
    importTitle: 'Import CPV list',
    spreadsheetFilter: 'Spreadsheets (xlsx, csv)',
    allFilesFilter: 'All files',
  },
  errors: {
    tooLarge:
      'The file is too large ({{megabytes}} MB). A CPV list may be at most {{limitMegabytes}} MB.',
    empty: 'The file is empty.',
    oldExcel:
      'The file is in the old Excel format (.xls), which the app does not read. Open it in Excel and save it as .xlsx or .csv.',
    unsupported: 'Files of type {{extension}} cannot be read. Save the list as .xlsx or .csv.',
    unreadableXlsx:
      'The file could not be read as an Excel workbook (.xlsx); it may be damaged. Save the list again as .xlsx or .csv.',
    missingCodeColumn:
      'No code column was found. Expected a header row with a column CODE, KOODI, KOD or CPV. Columns found: {{found}}.',
    missingLabelColumns:
      'No label columns were found. Expected at least one column FI, SV or EN (also e.g. suomi, svenska, English). Columns found: {{found}}.',
    missingColumns:
      'The columns of a CPV list were not recognised. Expected a code column (CODE, KOODI, KOD or CPV) and at least one label column (FI, SV or EN). Columns found: {{found}}.',
    noDataRows: 'The file has a header row but no code rows.',
    noValidRows:
      'The file has no valid rows: $t(units.rows, {"count": {{skipped}} }) lacked a CPV code (8 digits, e.g. 90910000-9) or a label. The first such rows: {{rows}}.',
    tooManyCodes:
      'The file has more than $t(units.codes, {"count": {{limit}} }), more than a CPV list can have. Check that you chose the right file.',
    ...cpvImportTexts.en.errors,
  },
};

/** Texts of the CPV search, the chosen codes and the CPV list import (fi source, sv, en). */
export const cpvTexts: FeatureTexts<typeof fi> = { fi, sv, en };
