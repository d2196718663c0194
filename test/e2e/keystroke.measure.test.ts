import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { newLot, type Lot } from '../../shared/domain/procurement/lot';
import { useAppUnderTest } from './appUnderTest';
import type { Harness } from './harness';

let harness: Harness;
let page: Page;
useAppUnderTest((c) => ({ page, harness } = c));

async function measure(testId: string, label: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await page.evaluate(() => {
    const w = window as unknown as { __t: number[]; __t0: number };
    w.__t = [];
    window.addEventListener('keydown', () => {
      w.__t0 = performance.now();
      requestAnimationFrame(() => w.__t.push(performance.now() - w.__t0));
    }, true);
  });
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press(i % 2 === 0 ? '5' : 'Backspace');
    await page.waitForTimeout(60);
  }
  const times = await page.evaluate(() => (window as unknown as { __t: number[] }).__t);
  const sorted = [...times].slice(5).sort((a, b) => a - b);
  console.log(label, 'min', sorted[0]?.toFixed(1), 'median', sorted[Math.floor(sorted.length / 2)]?.toFixed(1), 'max', sorted[sorted.length - 1]?.toFixed(1));
}

async function openWithLots(count: number) {
  const service = harness.appService.service;
  const created = await service['procurement:create']({ title: `Mittaus ${count}` });
  const lots: Lot[] = [];
  for (let i = 0; i < count; i += 1) {
    const lot = newLot(randomUUID(), lots);
    lots.push({ ...lot, name: `Osa ${i + 1}`, value: { ...lot.value, amountCents: 10_000_000 } });
  }
  await service['procurement:save']({ procurement: { ...created, lots } });
  await page.goto(`${harness.url}#/procurements/${created.id}/planning/value`);
  await page.getByTestId('lot-0-amount').waitFor();
}

describe('keystroke timing (measurement, not a test)', () => {
  it('4 lots', async () => {
    await openWithLots(4);
    await measure('lot-0-amount', '4 lots value keystroke → rAF ms');
    await page.getByTestId('step-basics').click();
    await measure('field-title', '4 lots title keystroke → rAF ms');
  });
  it('100 lots', async () => {
    await openWithLots(100);
    await measure('lot-0-amount', '100 lots value keystroke → rAF ms');
  });
});
