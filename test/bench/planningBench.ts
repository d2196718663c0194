import { analysePlanning } from '../../shared/domain/planning/planningAnalysis';
import { buildSampleProcurement } from '../../shared/domain/procurement/sampleProcurement';
import { percentile, timeSync } from './measure';

/** The live planning analysis (value → regime → limits → timeline → screening) per keystroke. */
export function benchPlanning(): Record<string, number> {
  const sample = buildSampleProcurement({
    ids: {
      procurement: crypto.randomUUID(),
      lots: Array.from({ length: 4 }, () => crypto.randomUUID()),
      options: crypto.randomUUID(),
    },
    now: new Date().toISOString(),
    today: '2026-11-22',
    texts: {
      title: 'Bench',
      referenceNumber: '',
      description: '',
      responsiblePerson: '',
      lots: ['1A', '1B', '1C', '2'].map((code) => ({ code, name: code, description: '' })),
      valuationNotes: '',
      screeningNotes: '',
    },
  });
  const bigger = {
    ...sample,
    lots: Array.from({ length: 100 }, (_, i) => ({
      ...sample.lots[0]!,
      id: crypto.randomUUID(),
      code: String(i + 1),
    })),
  };
  const profile = { employmentClauseValueLimitCents: 20_000_000, nationalMinimumTenderDays: 14 };
  const runs = (p: typeof sample) =>
    Array.from({ length: 200 }, () => timeSync(() => analysePlanning(p, profile, '2026-11-22')));
  const sampleRuns = runs(sample);
  const bigRuns = runs(bigger);
  return {
    analysePlanningP50Ms: percentile(sampleRuns, 50),
    analysePlanningP95Ms: percentile(sampleRuns, 95),
    analysePlanning100LotsP95Ms: percentile(bigRuns, 95),
  };
}
