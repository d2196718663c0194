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
import type { Shape } from './shape';
/**
 * Finnish text catalog: the source language. Swedish and English must have exactly the same
 * keys (enforced by the {@link Messages} type and a unit test).
 */
export const fi = {
  app: {
    name: 'Hankintapolku',
    tagline: 'Julkisen hankinnan suunnittelu, työllistämisehto ja sopimusseuranta',
    loading: 'Ladataan…',
    skipToContent: 'Siirry sisältöön',
    mainNavigation: 'Päävalikko',
    language: 'Kieli',
    languageMenu: 'Vaihda kieli',
  },
  languages: { fi: 'Suomi', sv: 'Svenska', en: 'English' },
  units: unitTexts.fi,
  datePicker: datePickerTexts.fi,
  nav: {
    procurements: 'Hankinnat',
    calendar: 'Hankintakalenteri',
    settings: 'Asetukset ja varmuuskopiot',
  },
  common: {
    save: 'Tallenna',
    cancel: 'Peruuta',
    close: 'Sulje',
    delete: 'Poista',
    undo: 'Kumoa',
    create: 'Luo',
    rename: 'Nimeä uudelleen',
    duplicate: 'Monista',
    archive: 'Arkistoi',
    unarchive: 'Palauta arkistosta',
    export: 'Vie tiedostoon',
    import: 'Tuo tiedostosta',
    open: 'Avaa',
    back: 'Takaisin',
    actions: 'Toiminnot',
    yes: 'Kyllä',
    no: 'Ei',
    notSet: 'Ei asetettu',
    optional: '(valinnainen)',
    clear: 'Tyhjennä',
    search: 'Hae',
    dismiss: 'Sulje ilmoitus',
    charactersRemaining: 'Merkkejä jäljellä {{count}}',
    charactersExceeded: 'Merkkimäärä ylittyy {{count}} merkillä',
  },
  saveState: {
    invalid: 'Korjaa virheelliset kentät, niin muutokset tallentuvat.',
    saved: 'Tallennettu {{time}}',
    savedNever: 'Kaikki muutokset tallennettu',
    saving: 'Tallennetaan…',
    pending: 'Muutoksia tallentamatta',
    error: 'Tallennus epäonnistui',
    retry: 'Yritä uudelleen',
    shortcut: 'Tallenna heti (Ctrl+S)',
  },
  status: {
    planning: 'Suunnittelu',
    marketDialogue: 'Markkinavuoropuhelu',
    tendering: 'Kilpailutus',
    evaluation: 'Tarjousten arviointi',
    contractPeriod: 'Sopimuskausi',
    completed: 'Päättynyt',
    cancelled: 'Keskeytetty',
  },
  list: {
    title: 'Hankinnat',
    intro:
      'Kaikki työtilan hankinnat. Jokainen hankinta tallentuu omaan tiedostoonsa ja varmuuskopioidaan päivittäin.',
    newProcurement: 'Uusi hankinta',
    searchLabel: 'Hae hankintoja',
    searchPlaceholder: 'Nimi, diaarinumero tai vastuuhenkilö',
    statusFilter: 'Tila',
    allStatuses: 'Kaikki tilat',
    showArchived: 'Näytä arkistoidut',
    caption: 'Hankinnat ({{count}})',
    columns: {
      title: 'Hankinta',
      referenceNumber: 'Diaarinumero',
      status: 'Tila',
      responsiblePerson: 'Vastuuhenkilö',
      updatedAt: 'Muokattu',
      actions: 'Toiminnot',
    },
    archivedTag: 'Arkistoitu',
    actionsFor: 'Toiminnot: {{title}}',
    empty: 'Työtilassa ei ole vielä hankintoja.',
    emptyHint:
      'Aloita luomalla uusi hankinta tai tuomalla toisen käyttäjän viemä hankintatiedosto.',
    noMatches: 'Haulla ei löytynyt hankintoja.',
    created: 'Hankinta ”{{title}}” luotiin.',
    renamed: 'Hankinta nimettiin uudelleen: ”{{title}}”.',
    duplicated: 'Hankinnasta tehtiin kopio ”{{title}}”.',
    archived: 'Hankinta ”{{title}}” arkistoitiin.',
    unarchived: 'Hankinta ”{{title}}” palautettiin arkistosta.',
    deleted: 'Hankinta ”{{title}}” poistettiin.',
    restored: 'Hankinta ”{{title}}” palautettiin.',
    exported: 'Hankinta vietiin tiedostoon {{path}}',
    imported: 'Hankinta ”{{title}}” tuotiin.',
    importedAsCopy: 'Työtilassa oli jo sama hankinta, joten se tuotiin kopiona: ”{{title}}”.',
    importedMigrated:
      'Tiedosto oli tehty sovelluksen vanhemmalla versiolla (tietomalli {{version}}) ja päivitettiin.',
  },
  dialogs: {
    unsavedTitle: 'Tallentamattomia muutoksia',
    unsavedMessage:
      'Viimeisimpiä muutoksia tallennetaan vielä. Jos suljet nyt, ne voivat jäädä tallentamatta.',
    unsavedLeave: 'Sulje silti',
    unsavedStay: 'Odota tallennusta',
    createTitle: 'Uusi hankinta',
    createHint: 'Anna hankinnalle kuvaava nimi. Voit muuttaa sitä myöhemmin.',
    titleLabel: 'Hankinnan nimi',
    renameTitle: 'Nimeä hankinta uudelleen',
    duplicateTitle: 'Monista hankinta',
    duplicateHint: 'Kopioon tulevat kaikki hankinnan tiedot. Alkuperäinen säilyy ennallaan.',
    copyOf: '{{title}} (kopio)',
    deleteTitle: 'Poistetaanko hankinta?',
    deleteBody:
      'Hankinta ”{{title}}” poistetaan työtilasta. Voit kumota poiston heti sen jälkeen, ja poistettu hankinta säilyy myös varmuuskopioissa.',
    deleteConfirm: 'Poista hankinta',
    titleRequired: 'Anna hankinnalle nimi.',
    titleTooLong: 'Nimi voi olla enintään 200 merkkiä.',
    exportProcurement: 'Vie hankinta tiedostoon',
    importProcurement: 'Tuo hankinta tiedostosta',
    procurementFiles: 'Hankintatiedostot (.hankinta.json)',
    importedCopySuffix: 'tuotu kopio',
  },
  phases: {
    navigationLabel: 'Hankinnan vaiheet',
    heading: 'Vaiheet',
    planning: {
      title: 'Suunnittelu',
      holds:
        'Ennakoitu arvo osineen ja optioineen, kynnysarvo ja sovellettava menettely, CPV-koodit, aikataulu ja määräaikojen tarkistus sekä työllistämisehdon soveltuvuusarvio.',
    },
    marketDialogue: {
      title: 'Markkinavuoropuhelu',
      holds:
        'Vuoropuhelun suunnitelma (tietopyyntö, infotilaisuus, tapaamiset, luonnokset kommentoitavaksi), kysymyspankki, osallistujat ja vastaukset, tasapuolisuuden tarkistus, päätösloki ja kaikille julkaistava yhteenveto.',
    },
    criteria: {
      title: 'Vertailuperusteet',
      holds:
        'Vertailuperusteet ja painoarvot (esim. hinta 80 / laatu 20), laatukriteerit ja pisteytys, vähimmäisvaatimukset, hintakaavat, tasapistesääntö, maksumallit ja tarjousvertailu osittain.',
    },
    employmentClause: {
      title: 'Työllistämisehto',
      holds:
        'Päätös ehdon käytöstä ja muodosta, kohderyhmät, velvoitteen laskenta henkilötyökuukausina, täyttämistavat, raportointi, näyttö ja sopimussakko sekä ehdon teksti tarjouspyyntöön ja sopimukseen.',
    },
    documents: {
      title: 'Asiakirjat',
      holds:
        'Tarjouspyyntöpaketti Word-muodossa: tarjouspyyntö, hintalomake, sopimusluonnos, vertailumuistio ja hankintapäätös muutoksenhakuohjeineen.',
    },
    followUp: {
      title: 'Sopimusseuranta',
      holds:
        'Sopimukset, työllistämisehdon toteuma pseudonyymeinä henkilötyökuukausina, raportit ja niiden myöhästymiset, maksut, mittarit ja kehittämiskokoukset sekä raportit Wordiin, Exceliin ja OCDS-muotoon.',
    },
    screeningCarried: 'Suunnitteluvaiheen soveltuvuusarvio: {{result}}.',
    screeningLink: 'Katso perustelut suunnitteluvaiheesta',
    comingTitle: 'Tämä vaihe on tulossa',
    comingBody: 'Vaihe rakennetaan seuraavissa versioissa. Siihen tulee:',
    next: 'Seuraava vaihe: {{phase}}',
    previous: 'Edellinen vaihe: {{phase}}',
  },
  procurement: {
    backToList: 'Takaisin hankintoihin',
    notFound: 'Hankintaa ei löytynyt. Se on ehkä poistettu.',
    basics: 'Perustiedot',
    title: 'Hankinnan nimi',
    referenceNumber: 'Diaarinumero',
    referenceNumberHint: 'Asianhallinnan tunnus, esim. TRE:1234/02.08.01/2026',
    description: 'Kuvaus',
    descriptionHint: 'Mitä hankitaan ja miksi. Älä kirjoita tähän henkilötietoja.',
    responsiblePerson: 'Vastuuhenkilö',
    status: 'Tila',
  },
  settings: {
    logo: organisationLogoTexts.fi,
    title: 'Asetukset ja varmuuskopiot',
    languageHeading: 'Kieli',
    languageHint:
      'Käyttöliittymän kieli. Asiakirjojen oletuskieli asetetaan organisaation tiedoissa.',
    organisationHeading: 'Organisaation tiedot',
    organisationIntro: 'Näitä tietoja käytetään asiakirjoissa ja uusien hankintojen oletuksina.',
    organisationSaved: 'Organisaation tiedot tallennettiin.',
    fields: {
      name: 'Hankintayksikön nimi',
      businessId: 'Y-tunnus',
      businessIdHint: 'Muoto 1234567-8',
      streetAddress: 'Katuosoite',
      postalCode: 'Postinumero',
      city: 'Postitoimipaikka',
      contactPerson: 'Yhteyshenkilö',
      contactEmail: 'Sähköposti',
      contactPhone: 'Puhelin',
      defaultDocumentLanguage: 'Asiakirjojen oletuskieli',
    },
    errors: {
      businessIdFormat:
        'Y-tunnuksen muoto on 1234567-8 (seitsemän numeroa, väliviiva ja tarkistusnumero).',
      businessIdNeverIssued:
        'Tällaista Y-tunnusta ei anneta (tarkistuslaskun jakojäännös on 1). Tarkista numerot.',
      businessIdCheckDigit:
        'Y-tunnuksen tarkistusnumero ei täsmää: numeroilla {{digits}} sen pitäisi olla {{expected}}.',
      postalCode: 'Postinumerossa on viisi numeroa.',
      email: 'Sähköpostiosoite ei ole kelvollinen.',
    },
    dataHeading: 'Tiedot ja varmuuskopiot',
    dataFolder: 'Tiedot tallennetaan kansioon {{path}}',
    backupsIntro:
      'Sovellus ottaa työtilasta varmuuskopion kerran päivässä ja säilyttää 14 viimeisintä. Voit myös ottaa varmuuskopion itse. Palautus korvaa kaikki nykyiset hankinnat varmuuskopion sisällöllä; sitä ennen nykytilasta otetaan aina turvakopio.',
    working: 'Varmuuskopiota käsitellään…',
    backupNow: 'Ota varmuuskopio nyt',
    backupCreated: 'Varmuuskopio otettiin ($t(units.procurements, {"count": {{count}} })).',
    backupsCaption: 'Varmuuskopiot',
    noBackups: 'Varmuuskopioita ei ole vielä otettu.',
    backupColumns: {
      createdAt: 'Otettu',
      reason: 'Syy',
      count: 'Hankintoja',
      size: 'Koko',
      actions: 'Toiminnot',
    },
    backupReason: {
      daily: 'Päivittäinen',
      manual: 'Käsin otettu',
      beforeRestore: 'Turvakopio ennen palautusta',
    },
    restore: 'Palauta',
    restoreTitle: 'Palautetaanko varmuuskopio?',
    restoreBody:
      'Kaikki työtilan nykyiset hankinnat korvataan {{date}} otetun varmuuskopion {{count}} hankinnalla. Nykytilasta otetaan ensin turvakopio, jolla palautuksen voi perua.',
    restoreConfirm: 'Palauta varmuuskopio',
    restored:
      'Varmuuskopio palautettiin: $t(units.procurements, {"count": {{count}} }). Aiempi tila tallennettiin turvakopioksi.',
  },
  errors: {
    title: 'Toiminto epäonnistui',
    invalidRequest: 'Sovellus lähetti virheellisen pyynnön ({{channel}}).',
    unknownChannel: 'Tuntematon toiminto: {{channel}}.',
    forbiddenSender: 'Pyyntö hylättiin, koska se ei tullut sovelluksen omalta sivulta.',
    notFound: 'Hankintaa ei löytynyt. Se on ehkä poistettu tai siirretty.',
    conflict:
      'Hankintaa on muutettu toisaalla sillä välin (tallennettu versio {{stored}}, muokattu versio {{given}}). Lataa hankinta uudelleen.',
    personalData:
      'Tallennus estettiin: kentässä {{firstPath}} on suomalainen henkilötunnus. Hankintapolku ei tallenna työllistettyjen tai muiden henkilöiden henkilötunnuksia. Poista tunnus ja käytä tarvittaessa pseudonyymiä.',
    personalDataField: 'Kentässä on henkilötunnus ({{masked}}). Poista se ennen tallennusta.',
    invalidImport: {
      notJson: 'Tiedosto ei ole kelvollista JSON-muotoa: {{detail}}. Työtilaan ei tehty muutoksia.',
      notAnExport:
        'Tiedosto ei ole Hankintapolusta viety hankintatiedosto (.hankinta.json). Työtilaan ei tehty muutoksia.',
      noSchemaVersion:
        'Tiedostosta puuttuu tietomallin versio (schemaVersion). Työtilaan ei tehty muutoksia.',
      badExportDate:
        'Tiedoston vientiaika (exportedAt) puuttuu tai on virheellinen. Työtilaan ei tehty muutoksia.',
      newerVersion:
        'Tiedosto on tehty sovelluksen uudemmalla versiolla (tietomalli {{version}}). Päivitä Hankintapolku ja yritä uudelleen. Työtilaan ei tehty muutoksia.',
      tooLarge:
        'Tiedosto on liian suuri ({{megabytes}} Mt, enintään {{limitMegabytes}} Mt). Työtilaan ei tehty muutoksia.',
      invalid:
        'Tiedoston hankinnassa on virheellisiä tietoja (tietomalli {{version}}). Työtilaan ei tehty muutoksia.',
      ...inputSafetyTexts.fi.invalidImport,
    },
    invalidBackup: {
      unreadable: 'Varmuuskopiotiedostoa ei voitu lukea. Mitään ei palautettu.',
      notABackup: 'Tiedosto ei ole Hankintapolun varmuuskopio. Mitään ei palautettu.',
      invalidEntry:
        'Varmuuskopion {{entry}}. hankinnassa on virheellisiä tietoja, joten varmuuskopiota ei palautettu. Nykyiset tiedot säilyivät ennallaan.',
    },
    storageFailure: {
      generic:
        'Tiedon tallennus levylle epäonnistui ({{reason}}). Muutoksesi ovat yhä näkyvissä; yritä uudelleen.',
      ENOSPC:
        'Levy on täynnä, joten tallennus epäonnistui. Vapauta levytilaa; muutoksesi ovat yhä näkyvissä.',
      EACCES:
        'Tallennuskansioon ei ole kirjoitusoikeutta. Muutoksesi ovat yhä näkyvissä; ota yhteys IT-tukeen.',
      EBUSY:
        'Tiedosto on toisen ohjelman käytössä, esimerkiksi auki Excelissä. Sulje se ja yritä uudelleen.',
      ENOENT: 'Tiedostoa tai kansiota ei löytynyt. Valitse toinen sijainti ja yritä uudelleen.',
      EPERM:
        'Tiedosto on toisen ohjelman käytössä tai kirjoitussuojattu. Yritä hetken kuluttua uudelleen.',
      newerVersion:
        'Hankinta on tallennettu sovelluksen uudemmalla versiolla, eikä tämä versio voi muuttaa sitä.',
      quarantined:
        'Hankintatiedosto oli vioittunut ja siirrettiin sivuun. Katso ilmoitus hankintaluettelossa.',
    },
    internal:
      'Odottamaton virhe ({{detail}}). Muutoksesi ovat yhä näkyvissä. Virhe kirjattiin lokiin.',
    unreachable: 'Sovelluksen taustapalveluun ei saatu yhteyttä.',
    fieldIssues: 'Virheelliset kentät:',
  },
  issues: {
    missing: '{{path}}: tieto puuttuu',
    wrongType: '{{path}}: odotettiin tyyppiä {{expected}}, oli {{received}}',
    tooShort: '{{path}}: liian lyhyt (vähintään {{limit}})',
    tooLong: '{{path}}: liian pitkä (enintään {{limit}})',
    tooSmall: '{{path}}: liian pieni (vähintään {{limit}})',
    tooLarge: '{{path}}: liian suuri (enintään {{limit}})',
    notAllowed: '{{path}}: arvo ”{{received}}” ei ole sallittu (sallitut: {{expected}})',
    invalidFormat: '{{path}}: väärä muoto ({{expected}})',
    unknownField: '{{path}}: tuntemattomia kenttiä ({{detail}})',
    other: '{{path}}: {{detail}}',
    ...inputSafetyTexts.fi.issues,
  },
  valueTypes: {
    number: 'luku',
    int: 'kokonaisluku',
    decimal: 'desimaaliluku',
    string: 'teksti',
    boolean: 'kyllä/ei-arvo',
    object: 'tietue',
    array: 'luettelo',
    null: 'tyhjä arvo (null)',
    nothing: 'ei mitään',
  },
  problems: {
    heading: 'Työtilan tiedostoissa havaittiin ongelmia',
    invalidFile:
      'Tiedosto {{file}} ei läpäissyt tarkistusta, joten se siirrettiin tiedostoksi {{movedTo}}. Muita hankintoja se ei koske.',
    newerVersion:
      'Tiedosto {{file}} on tehty sovelluksen uudemmalla versiolla (tietomalli {{version}}), joten sitä ei näytetä eikä muuteta. Päivitä sovellus.',
    indexRebuilt: 'Hankintaluettelon hakemisto rakennettiin uudelleen tiedostoista.',
    settingsReset: 'Asetuksista palautettiin oletusarvoihin virheelliset kohdat: {{detail}}.',
    settingsUnreadable:
      'Asetustiedostoa ei voitu lukea, joten se siirrettiin nimelle {{movedTo}} ja aloitettiin oletusasetuksilla.',
    entrySetAside:
      'Työtilasta löytyi kohde {{file}}, joka ei ole luettava tiedosto ({{detail}}). Se siirrettiin nimelle {{movedTo}}, eikä se vaikuta muihin tietoihin.',
    entrySkipped:
      'Työtilan kohdetta {{file}} ei voitu lukea eikä siirtää syrjään ({{detail}}), joten se ohitettiin. Muut tiedot ovat käytettävissä.',
    entryFaults: {
      file: 'tiedosto kansion paikalla',
      directory: 'kansio tiedoston paikalla',
      symlink: 'pikakuvake tai linkki',
      special: 'laitetiedosto tai putki',
      tooLarge: 'liian suuri tiedosto',
      other: 'ei lukuoikeutta tai muu levyvirhe',
    },
  },
  planning: planningTexts.fi,
  accessibility: accessibilityTexts.fi,
  documents: documentsTexts.fi,
  personalDataGuard: personalDataTexts.fi,
  planningRules: planningRulesTexts.fi,
  editing: editingTexts.fi,
  cpv: cpvTexts.fi,
  jobs: cpvImportTexts.fi.jobs,
  criteria: criteriaTexts.fi,
  employmentClause: employmentClauseTexts.fi,
  timeline: timelineTexts.fi,
  calendar: calendarTexts.fi,
  procurementList: listTexts.fi,
  menu: {
    file: 'Tiedosto',
    quit: 'Lopeta',
    edit: 'Muokkaa',
    undo: 'Kumoa',
    redo: 'Tee uudelleen',
    cut: 'Leikkaa',
    copy: 'Kopioi',
    paste: 'Liitä',
    selectAll: 'Valitse kaikki',
    view: 'Näytä',
    resetZoom: 'Todellinen koko',
    zoomIn: 'Suurenna',
    zoomOut: 'Pienennä',
    fullScreen: 'Koko näyttö',
  },
};

/** A catalog with the same shape as the Finnish one, every leaf a string. */
export type Messages = Shape<typeof fi>;
