import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  summarizeProcurement,
  type Procurement,
  type ProcurementSummary,
} from '../../../shared/domain/procurement/procurement';
import {
  buildCalendar,
  calendarYears,
  daysInYear,
  monthCoverage,
  noCalendarFilters,
  responsiblePersons,
  type CalendarFilters,
} from '../../../shared/domain/calendar/procurementCalendar';
import type { Timeline } from '../../../shared/domain/planning/timeline';
import type { ContractTerm } from '../../../shared/domain/planning/valuation';
import { sampleProcurement } from '../support/procurements';

function summary(
  input: {
    title?: string;
    timeline?: Partial<Timeline>;
    term?: Partial<ContractTerm>;
  } & Partial<Pick<Procurement, 'status' | 'category' | 'responsiblePerson' | 'archived'>> = {},
): ProcurementSummary {
  const { timeline = {}, term = {}, ...basics } = input;
  const p = sampleProcurement(basics);
  p.planning.timeline = { ...p.planning.timeline, ...timeline };
  p.planning.valuation.term = { ...p.planning.valuation.term, ...term } as ContractTerm;
  return summarizeProcurement(p);
}

const filters = (f: Partial<CalendarFilters> = {}): CalendarFilters => ({
  ...noCalendarFilters,
  ...f,
});

describe('clipping to the year', () => {
  it('clips a contract that runs over both year edges to 1.1.–31.12. and says so', () => {
    const s = summary({ timeline: { contractStart: '2026-07-01' }, term: { baseMonths: 24 } });
    const [row] = buildCalendar([s], 2027, filters()).rows;
    expect(row?.segments).toEqual([
      {
        kind: 'contract',
        start: '2027-01-01',
        end: '2027-12-31',
        actualStart: '2026-07-01',
        actualEnd: '2028-06-30',
        startFraction: 0,
        endFraction: 1,
        continuesFromPreviousYear: true,
        continuesToNextYear: true,
        lane: 0,
      },
    ]);
  });

  it('positions a phase by days: March 2027 runs from day 59 to the end of day 89', () => {
    const s = summary({ timeline: { noticeSent: '2027-03-01', tenderDeadline: '2027-03-31' } });
    const segment = buildCalendar([s], 2027, filters()).rows[0]?.segments[0];
    expect(segment).toMatchObject({ kind: 'tendering', start: '2027-03-01', end: '2027-03-31' });
    expect(segment?.startFraction).toBeCloseTo(59 / 365, 10);
    expect(segment?.endFraction).toBeCloseTo(90 / 365, 10);
  });

  it('counts 366 days in a leap year', () => {
    expect(daysInYear(2028)).toBe(366);
    expect(daysInYear(2027)).toBe(365);
  });

  it('keeps the part of a phase that starts in December and ends in January in each year', () => {
    const s = summary({ timeline: { noticeSent: '2026-12-15', tenderDeadline: '2027-01-20' } });
    const in2026 = buildCalendar([s], 2026, filters()).rows[0]?.segments[0];
    const in2027 = buildCalendar([s], 2027, filters()).rows[0]?.segments[0];
    expect(in2026).toMatchObject({ start: '2026-12-15', end: '2026-12-31', endFraction: 1 });
    expect(in2026?.continuesToNextYear).toBe(true);
    expect(in2027).toMatchObject({ start: '2027-01-01', end: '2027-01-20', startFraction: 0 });
    expect(in2027?.continuesFromPreviousYear).toBe(true);
  });

  it('marks only the days that fall in the year, at the middle of the day', () => {
    const s = summary({
      timeline: { noticeSent: '2026-12-15', tenderDeadline: '2027-01-20', decision: '2027-02-10' },
    });
    const row = buildCalendar([s], 2027, filters()).rows[0];
    expect(row?.markers.map((m) => [m.kind, m.date])).toEqual([
      ['tenderDeadline', '2027-01-20'],
      ['decision', '2027-02-10'],
    ]);
    expect(row?.markers[0]?.fraction).toBeCloseTo(19.5 / 365, 10);
  });
});

describe('the phases of a procurement', () => {
  const full = summary({
    timeline: {
      marketDialogueStart: '2027-01-11',
      marketDialogueEnd: '2027-02-05',
      noticeSent: '2027-03-01',
      tenderDeadline: '2027-04-01',
      decision: '2027-05-03',
      contractStart: '2027-06-01',
    },
    term: {
      kind: 'fixed',
      baseMonths: 12,
      extensionMonths: 0,
      options: [{ id: randomUUID(), count: 2, months: 12, likely: true, note: '' }],
    },
  });

  it('draws dialogue, tendering, evaluation, decision window, contract and options in order', () => {
    const row = buildCalendar([full], 2027, filters()).rows[0];
    expect(row?.segments.map((s) => [s.kind, s.start, s.end])).toEqual([
      ['marketDialogue', '2027-01-11', '2027-02-05'],
      ['tendering', '2027-03-01', '2027-04-01'],
      ['evaluation', '2027-04-01', '2027-05-03'],
      ['decisionStandstill', '2027-05-03', '2027-05-17'],
      ['contract', '2027-06-01', '2027-12-31'],
    ]);
    expect(row?.markers.map((m) => m.kind)).toEqual([
      'noticeSent',
      'tenderDeadline',
      'decision',
      'contractStart',
    ]);
  });

  it('keeps phases that follow one another, sharing boundary days, on one lane', () => {
    const row = buildCalendar([full], 2027, filters()).rows[0];
    expect(row?.lanes).toBe(1);
    expect(row?.segments.every((s) => s.lane === 0)).toBe(true);
  });

  it('moves an overlapping phase to its own lane so that no bar hides another', () => {
    // The contract is signed before the standstill window ends, and the dialogue is still
    // running when the notice goes out.
    const s = summary({
      timeline: {
        marketDialogueStart: '2027-02-01',
        marketDialogueEnd: '2027-03-15',
        noticeSent: '2027-03-01',
        tenderDeadline: '2027-04-01',
        decision: '2027-04-20',
        contractStart: '2027-04-25',
      },
    });
    const row = buildCalendar([s], 2027, filters()).rows[0];
    expect(row?.segments.map((x) => [x.kind, x.lane])).toEqual([
      ['marketDialogue', 0],
      ['tendering', 1],
      ['evaluation', 0],
      ['decisionStandstill', 0],
      ['contract', 1],
    ]);
    expect(row?.lanes).toBe(2);
  });

  it('starts the option periods the day after the base period ends', () => {
    const row = buildCalendar([full], 2028, filters()).rows[0];
    expect(row?.segments.map((s) => [s.kind, s.start, s.end, s.actualEnd])).toEqual([
      ['contract', '2028-01-01', '2028-05-31', '2028-05-31'],
      ['options', '2028-06-01', '2028-12-31', '2030-05-31'],
    ]);
  });

  it('runs a contract until further notice to the end of every later year', () => {
    const s = summary({ timeline: { contractStart: '2026-09-01' }, term: { kind: 'indefinite' } });
    const segment = buildCalendar([s], 2031, filters()).rows[0]?.segments[0];
    expect(segment).toMatchObject({ kind: 'contract', actualEnd: null, endFraction: 1 });
    expect(segment?.continuesToNextYear).toBe(true);
  });

  it('leaves out a phase whose end comes before its start, and a phase with one date only', () => {
    const s = summary({
      timeline: {
        marketDialogueStart: '2027-03-01',
        marketDialogueEnd: '2027-02-01',
        noticeSent: '2027-04-01',
      },
    });
    const row = buildCalendar([s], 2027, filters()).rows[0];
    expect(row?.segments).toEqual([]);
    expect(row?.markers.map((m) => m.kind)).toEqual(['noticeSent']);
  });
});

describe('the decision and standstill window', () => {
  it('ends 14 days after an e-mailed decision', () => {
    // Thursday 1.4.2027 + 14 days = Thursday 15.4.2027, a working day.
    const s = summary({ timeline: { decision: '2027-04-01', decisionDelivery: 'electronic' } });
    const row = buildCalendar([s], 2027, filters()).rows[0];
    expect(row?.standstillLastDay).toBe('2027-04-15');
    expect(row?.earliestContractDate).toBe('2027-04-16');
    expect(row?.segments).toMatchObject([
      { kind: 'decisionStandstill', start: '2027-04-01', end: '2027-04-15' },
    ]);
  });

  it('adds the 7 days a posted decision takes to count as received (127 §)', () => {
    // Received Thursday 8.4.2027, + 14 days = Thursday 22.4.2027.
    const s = summary({ timeline: { decision: '2027-04-01', decisionDelivery: 'post' } });
    const row = buildCalendar([s], 2027, filters()).rows[0];
    expect(row?.standstillLastDay).toBe('2027-04-22');
    expect(row?.segments[0]).toMatchObject({ kind: 'decisionStandstill', end: '2027-04-22' });
  });

  it('keeps a 14th day on a Saturday as the last day; the contract may follow on Monday (129 § 1 mom.)', () => {
    // Saturday 6.2.2027 + 14 = Saturday 20.2.2027 (last day) → contract Monday 22.2.2027.
    const s = summary({ timeline: { decision: '2027-02-06' } });
    const row = buildCalendar([s], 2027, filters()).rows[0];
    expect(row?.standstillLastDay).toBe('2027-02-20');
    expect(row?.earliestContractDate).toBe('2027-02-22');
  });

  it('ends the window on Midsummer Eve 19.6.2026 and allows the contract on Monday 22.6.2026 (129 § 1 mom.)', () => {
    const s = summary({ timeline: { decision: '2026-06-05' } });
    const row = buildCalendar([s], 2026, filters()).rows[0];
    expect(row?.standstillLastDay).toBe('2026-06-19');
    expect(row?.earliestContractDate).toBe('2026-06-22');
    expect(row?.segments[0]).toMatchObject({ kind: 'decisionStandstill', end: '2026-06-19' });
  });

  it('has no window without a decision date', () => {
    const s = summary({ timeline: { noticeSent: '2027-03-01', tenderDeadline: '2027-04-01' } });
    const row = buildCalendar([s], 2027, filters()).rows[0];
    expect(row?.standstillLastDay).toBeNull();
    expect(row?.earliestContractDate).toBeNull();
    expect(row?.segments.map((x) => x.kind)).toEqual(['tendering']);
  });
});

describe('filters', () => {
  const dated = { noticeSent: '2027-03-01', tenderDeadline: '2027-04-01' };
  const cleaning = summary({
    title: 'Siivous',
    status: 'tendering',
    category: 'services',
    responsiblePerson: 'Liisa Virtanen',
    timeline: dated,
  });
  const chairs = summary({
    title: 'Tuolit',
    status: 'planning',
    category: 'goods',
    responsiblePerson: 'Matti Meikäläinen',
    timeline: dated,
  });
  const archived = summary({ title: 'Vanha', archived: true, timeline: dated });
  const all = [cleaning, chairs, archived];
  const titles = (f: Partial<CalendarFilters>) =>
    buildCalendar(all, 2027, filters(f)).rows.map((r) => r.summary.title);

  it('shows everything but archived procurements without filters', () => {
    expect(titles({})).toEqual(['Siivous', 'Tuolit']);
  });

  it('shows archived procurements when asked', () => {
    expect(titles({ includeArchived: true })).toEqual(['Siivous', 'Tuolit', 'Vanha']);
  });

  it('filters by any of the chosen statuses', () => {
    expect(titles({ statuses: ['tendering'] })).toEqual(['Siivous']);
    expect(titles({ statuses: ['tendering', 'planning'] })).toEqual(['Siivous', 'Tuolit']);
  });

  it('filters by category', () => {
    expect(titles({ categories: ['goods'] })).toEqual(['Tuolit']);
  });

  it('matches the responsible person exactly, ignoring case and surrounding spaces', () => {
    expect(titles({ responsiblePerson: '  liisa VIRTANEN ' })).toEqual(['Siivous']);
    expect(titles({ responsiblePerson: 'Liisa' })).toEqual([]);
  });

  it('does not count filtered-out procurements as undated', () => {
    const calendar = buildCalendar(all, 2027, filters({ statuses: ['completed'] }));
    expect(calendar.rows).toEqual([]);
    expect(calendar.withoutDatesInYear).toBe(0);
  });
});

describe('order and procurements without dates', () => {
  it('sorts by the first day in the year, then by title in Finnish order', () => {
    const calendar = buildCalendar(
      [
        summary({ title: 'Öljyt', timeline: { noticeSent: '2027-02-01' } }),
        summary({ title: 'Ämpärit', timeline: { noticeSent: '2027-02-01' } }),
        summary({ title: 'Aamiaiset', timeline: { noticeSent: '2027-05-01' } }),
        summary({
          title: 'Zeta',
          timeline: { contractStart: '2026-01-01' },
          term: { baseMonths: 24 },
        }),
      ],
      2027,
      filters(),
    );
    expect(calendar.rows.map((r) => [r.summary.title, r.firstDate])).toEqual([
      ['Zeta', '2027-01-01'],
      ['Ämpärit', '2027-02-01'],
      ['Öljyt', '2027-02-01'],
      ['Aamiaiset', '2027-05-01'],
    ]);
  });

  it('leaves out but counts procurements with nothing dated in the year', () => {
    const calendar = buildCalendar(
      [
        summary({ title: 'Ei aikataulua' }),
        summary({ title: 'Viime vuonna', timeline: { noticeSent: '2026-05-01' } }),
        summary({ title: 'Tänä vuonna', timeline: { noticeSent: '2027-05-01' } }),
      ],
      2027,
      filters(),
    );
    expect(calendar.rows.map((r) => r.summary.title)).toEqual(['Tänä vuonna']);
    expect(calendar.withoutDatesInYear).toBe(2);
  });
});

describe('choices for the filters and the year picker', () => {
  it('lists each responsible person once, in Finnish order, without empty names', () => {
    const list = responsiblePersons([
      summary({ responsiblePerson: 'Örn Åsa' }),
      summary({ responsiblePerson: 'liisa virtanen' }),
      summary({ responsiblePerson: ' Liisa Virtanen ' }),
      summary({ responsiblePerson: '' }),
      summary({ responsiblePerson: 'Aino Aalto' }),
    ]);
    expect(list).toEqual(['Aino Aalto', 'Liisa Virtanen', 'Örn Åsa']);
  });

  it('shows a person in the spelling used most often', () => {
    const list = responsiblePersons([
      summary({ responsiblePerson: 'AINO AALTO' }),
      summary({ responsiblePerson: 'aino aalto' }),
      summary({ responsiblePerson: 'aino aalto' }),
    ]);
    expect(list).toEqual(['aino aalto']);
  });

  it('offers every year a phase spans, the marked years and always the current year', () => {
    const years = calendarYears(
      [
        summary({ timeline: { contractStart: '2027-07-01' }, term: { baseMonths: 36 } }),
        summary({ timeline: { noticeSent: '2032-01-10' } }),
      ],
      2026,
    );
    expect(years).toEqual([2026, 2027, 2028, 2029, 2030, 2032]);
  });

  it('offers only the current year for a workspace without dates', () => {
    expect(calendarYears([summary()], 2027)).toEqual([2027]);
  });
});

describe('month coverage for the printed chart', () => {
  it('lists the phases of each month and picks the longest one', () => {
    const s = summary({
      timeline: { noticeSent: '2027-03-01', tenderDeadline: '2027-04-05', decision: '2027-04-30' },
    });
    const row = buildCalendar([s], 2027, filters()).rows[0]!;
    const months = monthCoverage(row, 2027);
    expect(months[1]).toEqual({ month: 2, kinds: [], main: null });
    expect(months[2]).toEqual({ month: 3, kinds: ['tendering'], main: 'tendering' });
    expect(months[3]).toEqual({
      month: 4,
      kinds: ['tendering', 'evaluation', 'decisionStandstill'],
      main: 'evaluation',
    });
    expect(months[4]).toEqual({
      month: 5,
      kinds: ['decisionStandstill'],
      main: 'decisionStandstill',
    });
  });
});
