import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchPlanning } from './planningBench';
import { benchStorage } from './storageBench';

/**
 * `npm run bench`: prints the speed and memory figures the issues name, and writes them to
 * bench-results/bench.json. Goals are checked here, never as timed assertions in tests.
 */
const GOALS: Record<string, { figure: string; max: number }[]> = {
  storage: [
    { figure: 'saveOneP95Ms', max: 50 },
    { figure: 'openWithIndexMs', max: 500 },
    { figure: 'listMs', max: 20 },
  ],
  planning: [{ figure: 'analysePlanningP95Ms', max: 5 }],
  cpv: [
    { figure: 'oneFinnishWordSearchP95Ms', max: 10 },
    { figure: 'indexBuildMedianMs', max: 200 },
  ],
  calendar: [
    { figure: 'buildCalendar500Ms', max: 50 },
    { figure: 'xlsx500RowsMs', max: 1000 },
  ],
};

async function main(): Promise<void> {
  const results: Record<string, Record<string, number>> = {};
  results['storage'] = await benchStorage();
  results['planning'] = benchPlanning();
  const optional: [string, string, string][] = [
    ['cpv', './cpvBench', 'benchCpv'],
    ['calendar', './calendarBench', 'benchCalendar'],
  ];
  for (const [name, path, fn] of optional) {
    const mod = (await import(path)) as Record<string, () => Promise<Record<string, number>>>;
    const run = mod[fn];
    if (run) results[name] = await run();
  }
  let failed = false;
  for (const [group, figures] of Object.entries(results)) {
    console.log(`\n${group}`);
    for (const [figure, value] of Object.entries(figures)) {
      const goal = GOALS[group]?.find((g) => g.figure === figure);
      const verdict = goal
        ? value <= goal.max
          ? `  ok (goal ≤ ${goal.max})`
          : `  OVER GOAL (≤ ${goal.max})`
        : '';
      if (goal && value > goal.max) failed = true;
      console.log(`  ${figure.padEnd(34)} ${String(value).padStart(10)}${verdict}`);
    }
  }
  const dir = resolve(__dirname, '../../bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'bench.json'),
    `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`,
  );
  if (failed) {
    console.error('\nSome figures are over their goals.');
    process.exitCode = 1;
  }
}

void main();
