import { organisationLogoTexts } from './features/organisationLogo';
import { accessibilityTexts } from './features/accessibility';
import { calendarTexts } from './features/calendar';
import { listTexts } from './features/list';
import { cpvTexts } from './features/cpv';
import { inputSafetyTexts } from './features/inputSafety';
import { cpvImportTexts } from './features/cpvImport';
import { personalDataTexts } from './features/personalData';
import { datePickerTexts } from './features/datePicker';
import { editingTexts } from './features/editing';
import { criteriaTexts } from './features/criteria';
import { employmentClauseTexts } from './features/employmentClause';
import { planningTexts } from './features/planning';
import { documentsTexts } from './features/documents';
import { planningRulesTexts } from './features/planningRules';
import { timelineTexts } from './features/timeline';
import { unitTexts } from './features/units';
import type { Messages } from './fi';

/** Swedish text catalog (same keys as Finnish). */
export const sv: Messages = {
  app: {
    name: 'Hankintapolku',
    tagline: 'Planering av offentlig upphandling, sysselsättningsvillkor och uppföljning av avtal',
    loading: 'Laddar…',
    skipToContent: 'Gå till innehållet',
    mainNavigation: 'Huvudmeny',
    language: 'Språk',
    languageMenu: 'Byt språk',
  },
  languages: { fi: 'Suomi', sv: 'Svenska', en: 'English' },
  units: unitTexts.sv,
  datePicker: datePickerTexts.sv,
  nav: {
    procurements: 'Upphandlingar',
    calendar: 'Upphandlingskalender',
    settings: 'Inställningar och säkerhetskopior',
  },
  common: {
    save: 'Spara',
    cancel: 'Avbryt',
    close: 'Stäng',
    delete: 'Radera',
    undo: 'Ångra',
    create: 'Skapa',
    rename: 'Byt namn',
    duplicate: 'Kopiera',
    archive: 'Arkivera',
    unarchive: 'Återställ från arkivet',
    export: 'Exportera till fil',
    import: 'Importera från fil',
    open: 'Öppna',
    back: 'Tillbaka',
    actions: 'Åtgärder',
    yes: 'Ja',
    no: 'Nej',
    notSet: 'Inte angivet',
    optional: '(frivilligt)',
    clear: 'Töm',
    search: 'Sök',
    dismiss: 'Stäng meddelandet',
    charactersRemaining: '{{count}} tecken kvar',
    charactersExceeded: 'Teckengränsen överskrids med {{count}} tecken',
  },
  saveState: {
    invalid: 'Rätta de felaktiga fälten så sparas ändringarna.',
    saved: 'Sparat {{time}}',
    savedNever: 'Alla ändringar är sparade',
    saving: 'Sparar…',
    pending: 'Osparade ändringar',
    error: 'Det gick inte att spara',
    retry: 'Försök igen',
    shortcut: 'Spara nu (Ctrl+S)',
  },
  status: {
    planning: 'Planering',
    marketDialogue: 'Marknadsdialog',
    tendering: 'Konkurrensutsättning',
    evaluation: 'Utvärdering av anbud',
    contractPeriod: 'Avtalsperiod',
    completed: 'Avslutad',
    cancelled: 'Avbruten',
  },
  list: {
    title: 'Upphandlingar',
    intro:
      'Alla upphandlingar i arbetsytan. Varje upphandling sparas i en egen fil och säkerhetskopieras dagligen.',
    newProcurement: 'Ny upphandling',
    searchLabel: 'Sök upphandlingar',
    searchPlaceholder: 'Namn, diarienummer eller ansvarsperson',
    statusFilter: 'Status',
    allStatuses: 'Alla statusar',
    showArchived: 'Visa arkiverade',
    caption: 'Upphandlingar ({{count}})',
    columns: {
      title: 'Upphandling',
      referenceNumber: 'Diarienummer',
      status: 'Status',
      responsiblePerson: 'Ansvarsperson',
      updatedAt: 'Ändrad',
      actions: 'Åtgärder',
    },
    archivedTag: 'Arkiverad',
    actionsFor: 'Åtgärder: {{title}}',
    empty: 'Arbetsytan har ännu inga upphandlingar.',
    emptyHint:
      'Börja med att skapa en ny upphandling eller importera en upphandlingsfil som någon annan exporterat.',
    noMatches: 'Sökningen gav inga upphandlingar.',
    created: 'Upphandlingen ”{{title}}” skapades.',
    renamed: 'Upphandlingen fick ett nytt namn: ”{{title}}”.',
    duplicated: 'En kopia av upphandlingen skapades: ”{{title}}”.',
    archived: 'Upphandlingen ”{{title}}” arkiverades.',
    unarchived: 'Upphandlingen ”{{title}}” återställdes från arkivet.',
    deleted: 'Upphandlingen ”{{title}}” raderades.',
    restored: 'Upphandlingen ”{{title}}” återställdes.',
    exported: 'Upphandlingen exporterades till filen {{path}}',
    imported: 'Upphandlingen ”{{title}}” importerades.',
    importedAsCopy:
      'Arbetsytan hade redan samma upphandling, så den importerades som kopia: ”{{title}}”.',
    importedMigrated:
      'Filen var gjord med en äldre version av appen (datamodell {{version}}) och uppdaterades.',
  },
  dialogs: {
    unsavedTitle: 'Osparade ändringar',
    unsavedMessage:
      'De senaste ändringarna håller på att sparas. Om du stänger nu kan de gå förlorade.',
    unsavedLeave: 'Stäng ändå',
    unsavedStay: 'Vänta tills det sparats',
    createTitle: 'Ny upphandling',
    createHint: 'Ge upphandlingen ett beskrivande namn. Du kan ändra det senare.',
    titleLabel: 'Upphandlingens namn',
    renameTitle: 'Byt namn på upphandlingen',
    duplicateTitle: 'Kopiera upphandlingen',
    duplicateHint: 'Kopian får alla uppgifter om upphandlingen. Originalet förblir oförändrat.',
    copyOf: '{{title}} (kopia)',
    deleteTitle: 'Radera upphandlingen?',
    deleteBody:
      'Upphandlingen ”{{title}}” tas bort från arbetsytan. Du kan ångra direkt efteråt, och den raderade upphandlingen finns kvar i säkerhetskopiorna.',
    deleteConfirm: 'Radera upphandlingen',
    titleRequired: 'Ge upphandlingen ett namn.',
    titleTooLong: 'Namnet får vara högst 200 tecken.',
    exportProcurement: 'Exportera upphandlingen till fil',
    importProcurement: 'Importera upphandling från fil',
    procurementFiles: 'Upphandlingsfiler (.hankinta.json)',
    importedCopySuffix: 'importerad kopia',
  },
  phases: {
    navigationLabel: 'Upphandlingens skeden',
    heading: 'Skeden',
    planning: {
      title: 'Planering',
      holds:
        'Uppskattat värde med delar och optioner, tröskelvärde och tillämpligt förfarande, CPV-koder, tidsplan med kontroll av tidsfrister samt bedömning av om ett sysselsättningsvillkor passar.',
    },
    marketDialogue: {
      title: 'Marknadsdialog',
      holds:
        'Plan för dialogen (informationsbegäran, informationsmöte, enskilda möten, utkast på remiss), frågebank, deltagare och svar, kontroll av likabehandling, beslutslogg och en sammanfattning som publiceras för alla.',
    },
    criteria: {
      title: 'Jämförelsegrunder',
      holds:
        'Jämförelsegrunder och viktning (t.ex. pris 80 / kvalitet 20), kvalitetskriterier och poängsättning, minimikrav, prisformler, regel vid lika poäng, betalningsmodeller och anbudsjämförelse per del.',
    },
    employmentClause: {
      title: 'Sysselsättningsvillkor',
      holds:
        'Beslut om villkoret och dess form, målgrupper, beräkning av förpliktelsen i personmånader, sätt att uppfylla den, rapportering, bevis och avtalsvite samt villkorets text för anbudsförfrågan och avtalet.',
    },
    documents: {
      title: 'Dokument',
      holds:
        'Anbudsförfrågan som Word-dokument: anbudsförfrågan, prisblankett, avtalsutkast, jämförelsepromemoria och upphandlingsbeslut med besvärsanvisning.',
    },
    followUp: {
      title: 'Uppföljning under avtalsperioden',
      holds:
        'Avtal, uppfyllelse av sysselsättningsvillkoret i personmånader med pseudonymer, rapporter och förseningar, betalningar, mätare och utvecklingsmöten samt rapporter till Word, Excel och OCDS.',
    },
    screeningCarried: 'Lämplighetsbedömningen i planeringsskedet: {{result}}.',
    screeningLink: 'Se motiveringarna i planeringsskedet',
    comingTitle: 'Detta skede kommer senare',
    comingBody: 'Skedet byggs i kommande versioner. Det kommer att innehålla:',
    next: 'Nästa skede: {{phase}}',
    previous: 'Föregående skede: {{phase}}',
  },
  procurement: {
    backToList: 'Tillbaka till upphandlingarna',
    notFound: 'Upphandlingen hittades inte. Den kan ha raderats.',
    basics: 'Grunduppgifter',
    title: 'Upphandlingens namn',
    referenceNumber: 'Diarienummer',
    referenceNumberHint: 'Ärendehanteringens beteckning, t.ex. TRE:1234/02.08.01/2026',
    description: 'Beskrivning',
    descriptionHint: 'Vad som upphandlas och varför. Skriv inga personuppgifter här.',
    responsiblePerson: 'Ansvarsperson',
    status: 'Status',
  },
  settings: {
    logo: organisationLogoTexts.sv,
    title: 'Inställningar och säkerhetskopior',
    languageHeading: 'Språk',
    languageHint:
      'Användargränssnittets språk. Dokumentens standardspråk anges i organisationens uppgifter.',
    organisationHeading: 'Organisationens uppgifter',
    organisationIntro: 'Uppgifterna används i dokumenten och som standard för nya upphandlingar.',
    organisationSaved: 'Organisationens uppgifter sparades.',
    fields: {
      name: 'Den upphandlande enhetens namn',
      businessId: 'FO-nummer',
      businessIdHint: 'Formen 1234567-8',
      streetAddress: 'Gatuadress',
      postalCode: 'Postnummer',
      city: 'Postanstalt',
      contactPerson: 'Kontaktperson',
      contactEmail: 'E-post',
      contactPhone: 'Telefon',
      defaultDocumentLanguage: 'Dokumentens standardspråk',
    },
    errors: {
      businessIdFormat:
        'FO-numret har formen 1234567-8 (sju siffror, bindestreck och kontrollsiffra).',
      businessIdNeverIssued:
        'Ett sådant FO-nummer ges inte ut (resten i kontrollräkningen är 1). Kontrollera siffrorna.',
      businessIdCheckDigit:
        'FO-numrets kontrollsiffra stämmer inte: för siffrorna {{digits}} ska den vara {{expected}}.',
      postalCode: 'Postnumret består av fem siffror.',
      email: 'E-postadressen är inte giltig.',
    },
    dataHeading: 'Data och säkerhetskopior',
    dataFolder: 'Uppgifterna sparas i mappen {{path}}',
    backupsIntro:
      'Appen säkerhetskopierar arbetsytan en gång per dag och sparar de 14 senaste. Du kan också själv ta en säkerhetskopia. Återställning ersätter alla nuvarande upphandlingar med säkerhetskopians innehåll; innan dess tas alltid en skyddskopia av nuläget.',
    working: 'Säkerhetskopian behandlas…',
    backupNow: 'Ta en säkerhetskopia nu',
    backupCreated: 'Säkerhetskopian togs ($t(units.procurements, {"count": {{count}} })).',
    backupsCaption: 'Säkerhetskopior',
    noBackups: 'Inga säkerhetskopior har tagits ännu.',
    backupColumns: {
      createdAt: 'Tagen',
      reason: 'Orsak',
      count: 'Upphandlingar',
      size: 'Storlek',
      actions: 'Åtgärder',
    },
    backupReason: {
      daily: 'Daglig',
      manual: 'Manuell',
      beforeRestore: 'Skyddskopia före återställning',
    },
    restore: 'Återställ',
    restoreTitle: 'Återställa säkerhetskopian?',
    restoreBody:
      'Alla nuvarande upphandlingar i arbetsytan ersätts med upphandlingarna i säkerhetskopian från {{date}} ($t(units.procurements, {"count": {{count}} })). Först tas en skyddskopia av nuläget, med vilken återställningen kan ångras.',
    restoreConfirm: 'Återställ säkerhetskopian',
    restored:
      'Säkerhetskopian återställdes: $t(units.procurements, {"count": {{count}} }). Det tidigare läget sparades som skyddskopia.',
  },
  errors: {
    title: 'Åtgärden misslyckades',
    invalidRequest: 'Appen skickade en felaktig begäran ({{channel}}).',
    unknownChannel: 'Okänd åtgärd: {{channel}}.',
    forbiddenSender: 'Begäran avvisades eftersom den inte kom från appens egen sida.',
    notFound: 'Upphandlingen hittades inte. Den kan ha raderats eller flyttats.',
    conflict:
      'Upphandlingen har ändrats på annat håll under tiden (sparad version {{stored}}, redigerad version {{given}}). Ladda om upphandlingen.',
    personalData:
      'Sparandet förhindrades: fältet {{firstPath}} innehåller en finsk personbeteckning. Hankintapolku sparar inte personbeteckningar för sysselsatta eller andra personer. Ta bort beteckningen och använd vid behov en pseudonym.',
    personalDataField:
      'Fältet innehåller en personbeteckning ({{masked}}). Ta bort den innan du sparar.',
    invalidImport: {
      notJson: 'Filen är inte giltig JSON: {{detail}}. Inga ändringar gjordes i arbetsytan.',
      notAnExport:
        'Filen är inte en upphandlingsfil som exporterats från Hankintapolku (.hankinta.json). Inga ändringar gjordes i arbetsytan.',
      noSchemaVersion:
        'Filen saknar datamodellens version (schemaVersion). Inga ändringar gjordes i arbetsytan.',
      badExportDate:
        'Filens exporttid (exportedAt) saknas eller är felaktig. Inga ändringar gjordes i arbetsytan.',
      newerVersion:
        'Filen är gjord med en nyare version av appen (datamodell {{version}}). Uppdatera Hankintapolku och försök igen. Inga ändringar gjordes i arbetsytan.',
      tooLarge:
        'Filen är för stor ({{megabytes}} MB, högst {{limitMegabytes}} MB). Inga ändringar gjordes i arbetsytan.',
      invalid:
        'Upphandlingen i filen innehåller felaktiga uppgifter (datamodell {{version}}). Inga ändringar gjordes i arbetsytan.',
      ...inputSafetyTexts.sv.invalidImport,
    },
    invalidBackup: {
      unreadable: 'Säkerhetskopian kunde inte läsas. Ingenting återställdes.',
      notABackup: 'Filen är inte en säkerhetskopia från Hankintapolku. Ingenting återställdes.',
      invalidEntry:
        'Upphandling nummer {{entry}} i säkerhetskopian innehåller felaktiga uppgifter, så säkerhetskopian återställdes inte. De nuvarande uppgifterna är oförändrade.',
    },
    storageFailure: {
      generic:
        'Det gick inte att spara på disken ({{reason}}). Dina ändringar syns fortfarande; försök igen.',
      ENOSPC:
        'Disken är full, så det gick inte att spara. Frigör utrymme; dina ändringar syns fortfarande.',
      EACCES:
        'Du saknar skrivrätt till mappen. Dina ändringar syns fortfarande; kontakta IT-stödet.',
      EBUSY:
        'Filen används av ett annat program, till exempel öppen i Excel. Stäng den och försök igen.',
      ENOENT: 'Filen eller mappen hittades inte. Välj en annan plats och försök igen.',
      EPERM: 'Filen används av ett annat program eller är skrivskyddad. Försök igen om en stund.',
      newerVersion:
        'Upphandlingen har sparats med en nyare version av appen och kan inte ändras med denna version.',
      quarantined:
        'Upphandlingsfilen var skadad och flyttades åt sidan. Se meddelandet i upphandlingslistan.',
    },
    internal: 'Oväntat fel ({{detail}}). Dina ändringar syns fortfarande. Felet har loggats.',
    unreachable: 'Ingen kontakt med appens bakgrundstjänst.',
    fieldIssues: 'Felaktiga fält:',
  },
  issues: {
    missing: '{{path}}: uppgift saknas',
    wrongType: '{{path}}: typen {{expected}} förväntades, var {{received}}',
    tooShort: '{{path}}: för kort (minst {{limit}})',
    tooLong: '{{path}}: för lång (högst {{limit}})',
    tooSmall: '{{path}}: för liten (minst {{limit}})',
    tooLarge: '{{path}}: för stor (högst {{limit}})',
    notAllowed: '{{path}}: värdet ”{{received}}” är inte tillåtet (tillåtna: {{expected}})',
    invalidFormat: '{{path}}: fel format ({{expected}})',
    unknownField: '{{path}}: okända fält ({{detail}})',
    other: '{{path}}: {{detail}}',
    ...inputSafetyTexts.sv.issues,
  },
  valueTypes: {
    number: 'tal',
    int: 'heltal',
    decimal: 'decimaltal',
    string: 'text',
    boolean: 'ja/nej-värde',
    object: 'post',
    array: 'lista',
    null: 'tomt värde (null)',
    nothing: 'ingenting',
  },
  problems: {
    heading: 'Problem upptäcktes i arbetsytans filer',
    invalidFile:
      'Filen {{file}} klarade inte kontrollen och flyttades därför till {{movedTo}}. Andra upphandlingar påverkas inte.',
    newerVersion:
      'Filen {{file}} är gjord med en nyare version av appen (datamodell {{version}}), så den visas inte och ändras inte. Uppdatera appen.',
    indexRebuilt: 'Upphandlingslistans index byggdes upp på nytt från filerna.',
    settingsReset: 'Felaktiga inställningar återställdes till standardvärden: {{detail}}.',
    settingsUnreadable:
      'Inställningsfilen kunde inte läsas, så den flyttades till {{movedTo}} och standardinställningarna togs i bruk.',
    entrySetAside:
      'I arbetsytan fanns {{file}}, som inte är en läsbar fil ({{detail}}). Den flyttades till {{movedTo}} och påverkar inga andra uppgifter.',
    entrySkipped:
      '{{file}} i arbetsytan kunde varken läsas eller flyttas undan ({{detail}}) och hoppades därför över. Övriga uppgifter kan användas.',
    entryFaults: {
      file: 'en fil i stället för en mapp',
      directory: 'en mapp i stället för en fil',
      symlink: 'en genväg eller länk',
      special: 'en enhetsfil eller pipe',
      tooLarge: 'en för stor fil',
      other: 'ingen läsbehörighet eller annat diskfel',
    },
  },
  planning: planningTexts.sv,
  accessibility: accessibilityTexts.sv,
  documents: documentsTexts.sv,
  personalDataGuard: personalDataTexts.sv,
  planningRules: planningRulesTexts.sv,
  editing: editingTexts.sv,
  cpv: cpvTexts.sv,
  jobs: cpvImportTexts.sv.jobs,
  criteria: criteriaTexts.sv,
  employmentClause: employmentClauseTexts.sv,
  timeline: timelineTexts.sv,
  calendar: calendarTexts.sv,
  procurementList: listTexts.sv,
  menu: {
    file: 'Arkiv',
    quit: 'Avsluta',
    edit: 'Redigera',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    view: 'Visa',
    resetZoom: 'Verklig storlek',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    fullScreen: 'Helskärm',
  },
};
