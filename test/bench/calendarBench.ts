import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { calendarWorkbookBytes } from '../../shared/documents/calendarWorkbook';
import { addDays, isoDateOf } from '../../shared/domain/common/calendarDate';
import {
  newProcurement,
  procurementStatusSchema,
  summarizeProcurement,
  type ProcurementSummary,
} from '../../shared/domain/procurement/procurement';
import { procurementCategorySchema } from '../../shared/domain/procurement/procurementCategory';
import { buildCalendar, noCalendarFilters } from '../../shared/domain/calendar/procurementCalendar';

/**
 * Calendar figures: building the 2027 calendar of 500 procurements (what the view does on
 * every filter change) and the xlsx of 500 rows (what the export does before the save
 * dialog). Returns milliseconds; the main bench script prints them and checks goals.
 */

const round = (ms: number) => Math.round(ms * 100) / 100;

/** A procurement with every phase dated, spread over 2026–2028. */
function syntheticSummary(i: number): ProcurementSummary {
  const p = newProcurement({
    id: randomUUID(),
    title: `Hankinta ${String(i).padStart(3, '0')}`,
    now: '2026-11-01T08:00:00.000Z',
  });
  const start = addDays(isoDateOf(2026, 6, 1), (i * 7) % 540);
  p.status = procurementStatusSchema.options[i % procurementStatusSchema.options.length]!;
  p.category = procurementCategorySchema.options[i % procurementCategorySchema.options.length]!;
  p.responsiblePerson = `Vastuuhenkilö ${i % 12}`;
  p.referenceNumber = `DNRO-${i}`;
  p.planning.valuation.undivided.amountCents = 1_000_000 + i * 12_345;
  p.planning.valuation.term = {
    kind: 'fixed',
    baseMonths: 24,
    extensionMonths: 0,
    options: [{ id: randomUUID(), count: 2, months: 12, likely: true, note: '' }],
  };
  p.planning.timeline = {
    ...p.planning.timeline,
    marketDialogueStart: start,
    marketDialogueEnd: addDays(start, 21),
    noticeSent: addDays(start, 45),
    tenderDeadline: addDays(start, 80),
    decision: addDays(start, 110),
    decisionDelivery: i % 3 === 0 ? 'post' : 'electronic',
    contractStart: addDays(start, 140),
  };
  return summarizeProcurement(p);
}

/** Median of `runs` timings of `work`, in ms. */
async function median(runs: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)] ?? 0);
}

/** Runs the calendar benchmarks on 500 synthetic procurements. */
export async function benchCalendar(count = 500): Promise<Record<string, number>> {
  const summaries = Array.from({ length: count }, (_, i) => syntheticSummary(i));
  const calendar = buildCalendar(summaries, 2027, noCalendarFilters);
  const filtered = {
    ...noCalendarFilters,
    statuses: ['tendering' as const, 'evaluation' as const],
  };
  return {
    rows: calendar.rows.length,
    buildCalendar500Ms: await median(20, () => buildCalendar(summaries, 2027, noCalendarFilters)),
    buildCalendar500FilteredMs: await median(20, () => buildCalendar(summaries, 2027, filtered)),
    xlsx500RowsMs: await median(5, () =>
      calendarWorkbookBytes({ calendar, language: 'fi', generatedOn: '2027-01-15' }),
    ),
    xlsx500RowsKb: Math.round(
      (await calendarWorkbookBytes({ calendar, language: 'fi', generatedOn: '2027-01-15' }))
        .byteLength / 1024,
    ),
  };
}

// `npx tsx test/bench/calendarBench.ts` prints the figures on its own.
if (process.argv[1]?.endsWith('calendarBench.ts')) {
  void benchCalendar().then((figures) => console.log(figures));
}
