import type { FeatureTexts } from '../shape';

/**
 * Texts of the procurement list built on the virtualised table: the value, regime and next
 * deadline columns, sorting, the announced result count and the sample procurement button.
 * Milestone names come from `timeline.milestones`.
 */
const fi = {
  columns: {
    value: 'Ennakoitu arvo',
    regime: 'Sovellettavat säännöt',
    nextDeadline: 'Seuraava määräaika',
  },
  regime: {
    belowNational: 'Pienhankinta',
    national: 'Kansallinen',
    eu: 'EU-hankinta',
    utilityBelowEu: 'Erityisala, alle EU-kynnyksen',
    unknown: 'Ei kynnysarvotaulukkoa',
    withoutNoticeDate: 'arvio ilman ilmoituspäivää',
  },
  nextDeadline: '{{milestone}} {{date}}',
  noDeadline: 'Ei tulevia päiviä',
  resultCount_one: '{{count}} hankinta näkyy',
  resultCount_other: '{{count}} hankintaa näkyy',
  tableHint:
    'Lajittele napsauttamalla sarakkeen otsikkoa. Liiku riveillä nuolinäppäimillä, Home ja End vievät alkuun ja loppuun.',
  openSample: 'Avaa esimerkkihankinta',
} as const;

/** Procurement list texts in fi, sv and en. */
export const listTexts: FeatureTexts<typeof fi> = {
  fi,
  sv: {
    columns: {
      value: 'Uppskattat värde',
      regime: 'Tillämpliga regler',
      nextDeadline: 'Nästa tidsfrist',
    },
    regime: {
      belowNational: 'Småupphandling',
      national: 'Nationell',
      eu: 'EU-upphandling',
      utilityBelowEu: 'Försörjningssektorn, under EU-tröskelvärdet',
      unknown: 'Ingen tröskelvärdestabell',
      withoutNoticeDate: 'uppskattning utan datum för annonsen',
    },
    nextDeadline: '{{milestone}} {{date}}',
    noDeadline: 'Inga kommande datum',
    resultCount_one: '{{count}} upphandling visas',
    resultCount_other: '{{count}} upphandlingar visas',
    tableHint:
      'Sortera genom att klicka på kolumnrubriken. Flytta mellan raderna med piltangenterna, Home och End går till början och slutet.',
    openSample: 'Öppna exempelupphandlingen',
  },
  en: {
    columns: {
      value: 'Estimated value',
      regime: 'Applicable rules',
      nextDeadline: 'Next deadline',
    },
    regime: {
      belowNational: 'Small procurement',
      national: 'National',
      eu: 'EU procurement',
      utilityBelowEu: 'Utility, below EU threshold',
      unknown: 'No threshold table',
      withoutNoticeDate: 'estimate without a notice date',
    },
    nextDeadline: '{{milestone}} {{date}}',
    noDeadline: 'No coming dates',
    resultCount_one: '{{count}} procurement shown',
    resultCount_other: '{{count}} procurements shown',
    tableHint:
      'Sort by selecting a column heading. Move between rows with the arrow keys; Home and End go to the first and last row.',
    openSample: 'Open the sample procurement',
  },
};
