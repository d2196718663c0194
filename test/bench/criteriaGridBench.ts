import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileWorkspace } from '../../electron/storage/fileWorkspace';
import { launchBrowser } from '../e2e/browser';
import { startHarness, type Harness } from '../e2e/harness';
import { buildCriteriaBenchData } from './criteriaBench';
import { benchProcurement } from './fixtures';
import { round } from './measure';

const RUNS = 7;
const GRID = '[data-testid="comparison-grid"]';

/**
 * A score edit in the tender comparison grid at 200 tenders × 40 criteria (issue 10, goal
 * ≤ 50 ms), in Chromium through the e2e harness: Enter in a score cell starts the clock; the
 * first change of the grid's DOM (the recomputed points) and the next animation frame stop it.
 * Every run changes the value (2 ↔ 3), so each one changes every tender's relative points.
 * Needs `npx electron-vite build` first.
 */
export async function benchCriteriaGrid(): Promise<Record<string, number>> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'hp-bench-criteria-grid-'));
  const browser = await launchBrowser();
  let harness: Harness | null = null;
  try {
    const { set, record } = buildCriteriaBenchData(200, 40);
    const procurement = { ...benchProcurement(0, 0), title: 'Mittaus 200 × 40' };
    procurement.criteria = { common: set, lotOverrides: [] };
    const ws = new FileWorkspace(join(dataDirectory, 'workspace'));
    await ws.open();
    await ws.put(procurement);
    await ws.records.put({
      procurementId: procurement.id,
      kind: 'tenderComparison',
      recordId: record.id,
      record: { ...record, procurementId: procurement.id },
      expectedRevision: null,
    });
    harness = await startHarness({ dataDirectory });
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'fi-FI',
    });
    await context.addInitScript(harness.bridgeScript);
    const page = await context.newPage();
    await page.goto(`${harness.url}#/procurements/${procurement.id}/criteria/comparison`);
    const cell = page.getByTestId('score-0-1');
    await cell.waitFor({ timeout: 60_000 });
    const out: number[] = [];
    for (let run = 0; run < RUNS + 1; run++) {
      await cell.fill((await cell.inputValue()) === '2' ? '3' : '2');
      await page.evaluate(`(() => {
        delete window.__hpGrid;
        const grid = document.querySelector(${JSON.stringify(GRID)});
        let start = 0;
        document.addEventListener('keydown', () => {
          start = performance.now();
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => (window.__hpGrid = performance.now() - start));
          });
          observer.observe(grid, { childList: true, subtree: true, characterData: true });
        }, { once: true, capture: true });
      })()`);
      await page.keyboard.press('Enter');
      const handle = await page.waitForFunction(
        () => (window as Window & { __hpGrid?: number }).__hpGrid,
        null,
        { timeout: 30_000 },
      );
      const ms = (await handle.jsonValue()) as number;
      if (run > 0) out.push(ms); // the first edit also warms the comparison's code paths
      await page.waitForTimeout(150);
    }
    await context.close();
    const sorted = [...out].sort((a, b) => a - b);
    return {
      scoreEdit200x40MinMs: round(sorted[0] ?? 0),
      scoreEdit200x40MedianMs: round(sorted[Math.floor(sorted.length / 2)] ?? 0),
      scoreEdit200x40MaxMs: round(sorted.at(-1) ?? 0),
    };
  } finally {
    await harness?.stop().catch(() => undefined);
    await browser.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}
