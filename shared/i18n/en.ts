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

/** English text catalog (same keys as Finnish). */
export const en: Messages = {
  app: {
    name: 'Hankintapolku',
    tagline: 'Public procurement planning, employment clauses and contract follow-up',
    loading: 'Loading…',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main menu',
    language: 'Language',
    languageMenu: 'Change language',
  },
  languages: { fi: 'Suomi', sv: 'Svenska', en: 'English' },
  units: unitTexts.en,
  datePicker: datePickerTexts.en,
  nav: {
    procurements: 'Procurements',
    calendar: 'Procurement calendar',
    settings: 'Settings and backups',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    undo: 'Undo',
    create: 'Create',
    rename: 'Rename',
    duplicate: 'Duplicate',
    archive: 'Archive',
    unarchive: 'Restore from archive',
    export: 'Export to file',
    import: 'Import from file',
    open: 'Open',
    back: 'Back',
    actions: 'Actions',
    yes: 'Yes',
    no: 'No',
    notSet: 'Not set',
    optional: '(optional)',
    clear: 'Clear',
    search: 'Search',
    dismiss: 'Dismiss notice',
    charactersRemaining: '$t(units.characters, {"count": {{count}} }) left',
    charactersExceeded: 'Limit exceeded by $t(units.characters, {"count": {{count}} })',
  },
  saveState: {
    invalid: 'Fix the invalid fields and your changes will be saved.',
    saved: 'Saved {{time}}',
    savedNever: 'All changes saved',
    saving: 'Saving…',
    pending: 'Unsaved changes',
    error: 'Saving failed',
    retry: 'Try again',
    shortcut: 'Save now (Ctrl+S)',
  },
  status: {
    planning: 'Planning',
    marketDialogue: 'Market dialogue',
    tendering: 'Tendering',
    evaluation: 'Tender evaluation',
    contractPeriod: 'Contract period',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  list: {
    title: 'Procurements',
    intro:
      'Every procurement in the workspace. Each procurement is saved in its own file and backed up daily.',
    newProcurement: 'New procurement',
    searchLabel: 'Search procurements',
    searchPlaceholder: 'Title, reference number or responsible person',
    statusFilter: 'Status',
    allStatuses: 'All statuses',
    showArchived: 'Show archived',
    caption: 'Procurements ({{count}})',
    columns: {
      title: 'Procurement',
      referenceNumber: 'Reference number',
      status: 'Status',
      responsiblePerson: 'Responsible person',
      updatedAt: 'Modified',
      actions: 'Actions',
    },
    archivedTag: 'Archived',
    actionsFor: 'Actions: {{title}}',
    empty: 'The workspace has no procurements yet.',
    emptyHint:
      'Start by creating a new procurement or by importing a procurement file someone exported.',
    noMatches: 'No procurements match the search.',
    created: 'Procurement “{{title}}” created.',
    renamed: 'Procurement renamed: “{{title}}”.',
    duplicated: 'A copy was made: “{{title}}”.',
    archived: 'Procurement “{{title}}” archived.',
    unarchived: 'Procurement “{{title}}” restored from the archive.',
    deleted: 'Procurement “{{title}}” deleted.',
    restored: 'Procurement “{{title}}” restored.',
    exported: 'Procurement exported to {{path}}',
    imported: 'Procurement “{{title}}” imported.',
    importedAsCopy:
      'The workspace already had this procurement, so it was imported as a copy: “{{title}}”.',
    importedMigrated:
      'The file was made with an older version of the app (data model {{version}}) and was upgraded.',
  },
  dialogs: {
    unsavedTitle: 'Unsaved changes',
    unsavedMessage:
      'Your latest changes are still being saved. If you close now, they may be lost.',
    unsavedLeave: 'Close anyway',
    unsavedStay: 'Wait for saving',
    createTitle: 'New procurement',
    createHint: 'Give the procurement a descriptive title. You can change it later.',
    titleLabel: 'Procurement title',
    renameTitle: 'Rename procurement',
    duplicateTitle: 'Duplicate procurement',
    duplicateHint: 'The copy gets all the procurement’s data. The original stays as it is.',
    copyOf: '{{title}} (copy)',
    deleteTitle: 'Delete the procurement?',
    deleteBody:
      'Procurement “{{title}}” will be removed from the workspace. You can undo right afterwards, and the deleted procurement remains in the backups.',
    deleteConfirm: 'Delete procurement',
    titleRequired: 'Give the procurement a title.',
    titleTooLong: 'The title can be at most 200 characters.',
    exportProcurement: 'Export procurement to a file',
    importProcurement: 'Import a procurement from a file',
    procurementFiles: 'Procurement files (.hankinta.json)',
    importedCopySuffix: 'imported copy',
  },
  phases: {
    navigationLabel: 'Procurement phases',
    heading: 'Phases',
    planning: {
      title: 'Planning',
      holds:
        'Estimated value with lots and options, threshold and applicable procedure, CPV codes, timeline with a time-limit check, and a screening of whether an employment clause fits.',
    },
    marketDialogue: {
      title: 'Market dialogue',
      holds:
        'The dialogue plan (request for information, information session, one-to-one meetings, drafts for comment), a question bank, participants and answers, an equal-treatment check, a decisions log and a summary published to all.',
    },
    criteria: {
      title: 'Evaluation criteria',
      holds:
        'Award criteria and weights (e.g. price 80 / quality 20), quality criteria and scoring, minimum requirements, price formulas, a tie-break rule, payment models and tender comparison per lot.',
    },
    employmentClause: {
      title: 'Employment clause',
      holds:
        'The decision to use the clause and its form, target groups, the obligation in person-months, ways to fulfil it, reporting, evidence and contractual penalty, and the clause text for the invitation to tender and the contract.',
    },
    documents: {
      title: 'Documents',
      holds:
        'The tender document package in Word: invitation to tender, pricing form, contract draft, evaluation report and procurement decision with redress instructions.',
    },
    followUp: {
      title: 'Contract follow-up',
      holds:
        'Contracts, employment-clause fulfilment in person-months with pseudonyms, reports and overdue ones, payments, KPIs and development meetings, and exports to Word, Excel and OCDS.',
    },
    screeningCarried: 'The planning phase screening: {{result}}.',
    screeningLink: 'See the reasons in the planning phase',
    comingTitle: 'This phase is coming',
    comingBody: 'The phase is built in coming versions. It will hold:',
    next: 'Next phase: {{phase}}',
    previous: 'Previous phase: {{phase}}',
  },
  procurement: {
    backToList: 'Back to procurements',
    notFound: 'The procurement was not found. It may have been deleted.',
    basics: 'Basics',
    title: 'Procurement title',
    referenceNumber: 'Reference number',
    referenceNumberHint: 'The case management reference, e.g. TRE:1234/02.08.01/2026',
    description: 'Description',
    descriptionHint: 'What is bought and why. Do not write personal data here.',
    responsiblePerson: 'Responsible person',
    status: 'Status',
  },
  settings: {
    logo: organisationLogoTexts.en,
    title: 'Settings and backups',
    languageHeading: 'Language',
    languageHint:
      'The user interface language. The default document language is set in the organisation profile.',
    organisationHeading: 'Organisation profile',
    organisationIntro: 'These details are used in documents and as defaults for new procurements.',
    organisationSaved: 'Organisation profile saved.',
    fields: {
      name: 'Contracting authority name',
      businessId: 'Business ID (Y-tunnus)',
      businessIdHint: 'Format 1234567-8',
      streetAddress: 'Street address',
      postalCode: 'Postal code',
      city: 'City',
      contactPerson: 'Contact person',
      contactEmail: 'E-mail',
      contactPhone: 'Phone',
      defaultDocumentLanguage: 'Default document language',
    },
    errors: {
      businessIdFormat:
        'A Business ID has the form 1234567-8 (seven digits, a hyphen and a check digit).',
      businessIdNeverIssued:
        'No such Business ID is issued (the check remainder is 1). Check the digits.',
      businessIdCheckDigit:
        'The check digit does not match: for the digits {{digits}} it should be {{expected}}.',
      postalCode: 'A postal code has five digits.',
      email: 'The e-mail address is not valid.',
    },
    dataHeading: 'Data and backups',
    dataFolder: 'Data is stored in the folder {{path}}',
    backupsIntro:
      'The app backs up the workspace once a day and keeps the latest 14. You can also take a backup yourself. Restoring replaces every current procurement with the backup’s content; a safety copy of the current state is always taken first.',
    working: 'Working on the backup…',
    backupNow: 'Back up now',
    backupCreated: 'Backup taken ($t(units.procurements, {"count": {{count}} })).',
    backupsCaption: 'Backups',
    noBackups: 'No backups have been taken yet.',
    backupColumns: {
      createdAt: 'Taken',
      reason: 'Reason',
      count: 'Procurements',
      size: 'Size',
      actions: 'Actions',
    },
    backupReason: {
      daily: 'Daily',
      manual: 'Manual',
      beforeRestore: 'Safety copy before restore',
    },
    restore: 'Restore',
    restoreTitle: 'Restore the backup?',
    restoreBody:
      'Every procurement now in the workspace will be replaced by the $t(units.procurements, {"count": {{count}} }) of the backup taken {{date}}. A safety copy of the current state is taken first, so the restore can be undone.',
    restoreConfirm: 'Restore backup',
    restored:
      'Backup restored: $t(units.procurements, {"count": {{count}} }). The previous state was saved as a safety copy.',
  },
  errors: {
    title: 'The action failed',
    invalidRequest: 'The app sent an invalid request ({{channel}}).',
    unknownChannel: 'Unknown action: {{channel}}.',
    forbiddenSender: 'The request was refused because it did not come from the app’s own page.',
    notFound: 'The procurement was not found. It may have been deleted or moved.',
    conflict:
      'The procurement was changed elsewhere in the meantime (stored version {{stored}}, edited version {{given}}). Reload the procurement.',
    personalData:
      'Saving was blocked: the field {{firstPath}} holds a Finnish personal identity code. Hankintapolku does not store identity codes of employed people or anyone else. Remove the code and use a pseudonym if needed.',
    personalDataField:
      'This field holds a personal identity code ({{masked}}). Remove it before saving.',
    invalidImport: {
      notJson: 'The file is not valid JSON: {{detail}}. The workspace was not changed.',
      notAnExport:
        'The file is not a procurement file exported from Hankintapolku (.hankinta.json). The workspace was not changed.',
      noSchemaVersion:
        'The file has no data model version (schemaVersion). The workspace was not changed.',
      badExportDate:
        'The file’s export time (exportedAt) is missing or invalid. The workspace was not changed.',
      newerVersion:
        'The file was made with a newer version of the app (data model {{version}}). Update Hankintapolku and try again. The workspace was not changed.',
      tooLarge:
        'The file is too large ({{megabytes}} MB, at most {{limitMegabytes}} MB). The workspace was not changed.',
      invalid:
        'The procurement in the file has invalid data (data model {{version}}). The workspace was not changed.',
      ...inputSafetyTexts.en.invalidImport,
    },
    invalidBackup: {
      unreadable: 'The backup file could not be read. Nothing was restored.',
      notABackup: 'The file is not a Hankintapolku backup. Nothing was restored.',
      invalidEntry:
        'Procurement number {{entry}} in the backup has invalid data, so the backup was not restored. The current data is unchanged.',
    },
    storageFailure: {
      generic: 'Writing to disk failed ({{reason}}). Your changes are still on screen; try again.',
      ENOSPC:
        'The disk is full, so saving failed. Free some space; your changes are still on screen.',
      EACCES:
        'There is no write permission to the data folder. Your changes are still on screen; contact IT support.',
      EBUSY:
        'The file is in use by another program, for example open in Excel. Close it and try again.',
      ENOENT: 'The file or folder was not found. Choose another location and try again.',
      EPERM: 'The file is in use by another program or write-protected. Try again in a moment.',
      newerVersion:
        'The procurement was saved by a newer version of the app and this version cannot change it.',
      quarantined:
        'The procurement file was damaged and was moved aside. See the notice in the procurement list.',
    },
    internal:
      'Unexpected error ({{detail}}). Your changes are still on screen. The error was logged.',
    unreachable: 'The app’s background service could not be reached.',
    fieldIssues: 'Invalid fields:',
  },
  issues: {
    missing: '{{path}}: missing',
    wrongType: '{{path}}: expected {{expected}}, found {{received}}',
    tooShort: '{{path}}: too short (at least {{limit}})',
    tooLong: '{{path}}: too long (at most {{limit}})',
    tooSmall: '{{path}}: too small (at least {{limit}})',
    tooLarge: '{{path}}: too large (at most {{limit}})',
    notAllowed: '{{path}}: the value “{{received}}” is not allowed (allowed: {{expected}})',
    invalidFormat: '{{path}}: wrong format ({{expected}})',
    unknownField: '{{path}}: unknown fields ({{detail}})',
    other: '{{path}}: {{detail}}',
    ...inputSafetyTexts.en.issues,
  },
  valueTypes: {
    number: 'number',
    int: 'whole number',
    decimal: 'decimal number',
    string: 'text',
    boolean: 'yes/no value',
    object: 'record',
    array: 'list',
    null: 'empty value (null)',
    nothing: 'nothing',
  },
  problems: {
    heading: 'Problems were found in the workspace files',
    invalidFile:
      'The file {{file}} failed validation, so it was moved to {{movedTo}}. Other procurements are not affected.',
    newerVersion:
      'The file {{file}} was made with a newer version of the app (data model {{version}}), so it is neither shown nor changed. Update the app.',
    indexRebuilt: 'The procurement list index was rebuilt from the files.',
    settingsReset: 'Invalid settings were reset to their defaults: {{detail}}.',
    settingsUnreadable:
      'The settings file could not be read, so it was moved to {{movedTo}} and default settings were used.',
    entrySetAside:
      'The workspace held {{file}}, which is not a readable file ({{detail}}). It was moved to {{movedTo}} and affects nothing else.',
    entrySkipped:
      '{{file}} in the workspace could be neither read nor moved aside ({{detail}}), so it was skipped. Everything else is available.',
    entryFaults: {
      file: 'a file where a folder belongs',
      directory: 'a folder where a file belongs',
      symlink: 'a shortcut or link',
      special: 'a device file or pipe',
      tooLarge: 'a file that is too large',
      other: 'no read permission or another disk error',
    },
  },
  planning: planningTexts.en,
  accessibility: accessibilityTexts.en,
  documents: documentsTexts.en,
  personalDataGuard: personalDataTexts.en,
  planningRules: planningRulesTexts.en,
  editing: editingTexts.en,
  cpv: cpvTexts.en,
  jobs: cpvImportTexts.en.jobs,
  criteria: criteriaTexts.en,
  employmentClause: employmentClauseTexts.en,
  timeline: timelineTexts.en,
  calendar: calendarTexts.en,
  procurementList: listTexts.en,
  menu: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
  },
};
