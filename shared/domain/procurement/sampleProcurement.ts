import { addDays, addMonths, dateParts, isoDateOf, type IsoDate } from '../common/calendarDate';
import { contractPeriods } from '../planning/contractPeriods';
import { nextWorkingDayOnOrAfter } from '../common/finnishHolidays';
import { emptyPlanning, newProcurement, type Procurement } from './procurement';

/** The texts of the sample, in the UI language (from the text catalogs). */
export interface SampleTexts {
  title: string;
  referenceNumber: string;
  description: string;
  responsiblePerson: string;
  lots: { code: string; name: string; description: string }[];
  valuationNotes: string;
  screeningNotes: string;
}

/** Annual values of the sample's lots: 6 000 000 € a year, 24 M€ over 2 + 1 + 1 years. */
export const SAMPLE_LOT_ANNUAL_EUROS = [2_400_000, 1_500_000, 900_000, 1_200_000] as const;

/**
 * A sample procurement to learn from, modelled on Tampere's rehabilitative work activity
 * purchase (seed 000: four lots 1A/1B/1C/2, total value 24 M€, contract 2 years + options
 * 1 + 1 year, open procedure, two market dialogues). Dates are planned from `today` so that
 * the timeline is in the future and meets the EU time limits.
 */
export function buildSampleProcurement(input: {
  ids: { procurement: string; lots: string[]; options: string };
  now: string;
  today: IsoDate;
  texts: SampleTexts;
}): Procurement {
  const { today, texts } = input;
  const base = newProcurement({ id: input.ids.procurement, title: texts.title, now: input.now });
  const work = (date: IsoDate) => nextWorkingDayOnOrAfter(date);
  const marketDialogueStart = work(addDays(today, 21));
  const marketDialogueEnd = work(addDays(marketDialogueStart, 35));
  const noticeSent = work(addDays(marketDialogueEnd, 28));
  const tenderDeadline = work(addDays(noticeSent, 35));
  const questionsDeadline = work(addDays(tenderDeadline, -16));
  const evaluationEnd = work(addDays(tenderDeadline, 21));
  const decision = work(addDays(evaluationEnd, 7));
  const afterStandstill = addDays(decision, 30);
  const { year, month } = dateParts(afterStandstill);
  const contractStart = isoDateOf(year, month + 1, 1);
  const term = {
    kind: 'fixed' as const,
    baseMonths: 24,
    options: [{ id: input.ids.options, count: 2, months: 12, likely: true, note: '' }],
    extensionMonths: 0,
  };
  const optionDecisions: Record<string, IsoDate> = {};
  for (const period of contractPeriods(term, contractStart).options) {
    optionDecisions[period.key] = work(addMonths(period.start, -4));
  }
  return {
    ...base,
    referenceNumber: texts.referenceNumber,
    description: texts.description,
    responsiblePerson: texts.responsiblePerson,
    authorityType: 'subCentral',
    category: 'socialHealthServices',
    cpv: { main: '85312510', additional: ['85312500', '85312400'] },
    lots: texts.lots.map((lot, i) => ({
      id: input.ids.lots[i] ?? `${input.ids.procurement.slice(0, 35)}${i}`,
      code: lot.code,
      name: lot.name,
      description: lot.description,
      value: {
        basis: 'annual',
        amountCents: (SAMPLE_LOT_ANNUAL_EUROS[i] ?? 0) * 100,
        additionalPurchasesCents: 0,
      },
    })),
    planning: {
      ...emptyPlanning,
      valuation: {
        ...emptyPlanning.valuation,
        undivided: emptyPlanning.valuation.undivided,
        term,
        prizesCents: 0,
        notes: texts.valuationNotes,
      },
      procedure: { ...emptyPlanning.procedure, kind: 'open', electronicTenders: true },
      timeline: {
        marketDialogueStart,
        marketDialogueEnd,
        noticeSent,
        requestsDeadline: null,
        invitationsSent: null,
        questionsDeadline,
        tenderDeadline,
        evaluationEnd,
        decision,
        decisionDelivery: 'electronic',
        contractStart,
        optionDecisions,
      },
      screening: {
        labourIntensive: 'yes',
        subcontractingPossible: 'yes',
        apprenticeshipsPossible: 'unknown',
        notes: texts.screeningNotes,
      },
    },
  };
}
