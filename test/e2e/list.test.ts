import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './appUnderTest';
import { screenshot, seriousAxeViolations } from './browser';
import type { Harness } from './harness';

// The procurement list on the virtualised table, over the real service: value, regime and
// next deadline columns, sorting, the announced search count, the sample at any time.

let harness: Harness;
let page: Page;

useAppUnderTest((current) => {
  ({ page, harness } = current);
});

/** Makes a municipal services procurement of `annualEuros` a year (12 months) via the service. */
async function make(title: string, annualEuros: number, noticeSent: string | null) {
  const service = harness.appService.service;
  const created = await service['procurement:create']({ title });
  return service['procurement:save']({
    procurement: {
      ...created,
      responsiblePerson: `Vastuu ${title}`,
      planning: {
        ...created.planning,
        valuation: {
          ...created.planning.valuation,
          undivided: {
            basis: 'annual',
            amountCents: annualEuros * 100,
            additionalPurchasesCents: 0,
          },
        },
        timeline: { ...created.planning.timeline, noticeSent, tenderDeadline: '2099-03-15' },
      },
    },
  });
}

const nbsp = (text: string | null) => (text ?? '').replace(/\u00a0|\u202f/g, ' ');

async function titlesInOrder(): Promise<string[]> {
  return page
    .getByTestId('procurement-table')
    .locator('tbody tr[data-row-id] td:first-child a')
    .allTextContents();
}

async function reloadList(): Promise<void> {
  await page.reload();
  await page.getByTestId('procurement-table').waitFor();
}

describe('procurement list', () => {
  it('shows value and regime, and sorts by value both ways', async () => {
    await make('Pieni', 20_000, '2026-09-01');
    await make('Suuri', 300_000, '2026-09-01');
    await make('Keskikokoinen', 100_000, '2026-09-01');
    await reloadList();

    const row = page.getByRole('row').filter({ hasText: 'Keskikokoinen' });
    expect(nbsp(await row.textContent())).toContain('100 000 €');
    expect(await row.textContent()).toContain('Kansallinen');
    expect(await page.getByRole('row').filter({ hasText: 'Suuri' }).textContent()).toContain(
      'EU-hankinta',
    );
    expect(await row.textContent()).toContain('Tarjousten määräaika');

    const header = page.locator('th', { has: page.getByTestId('sort-value') });
    await page.getByTestId('sort-value').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await titlesInOrder()).toEqual(['Pieni', 'Keskikokoinen', 'Suuri']);
    await page.getByTestId('sort-value').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await titlesInOrder()).toEqual(['Suuri', 'Keskikokoinen', 'Pieni']);

    // The table tells its full size and each row's place.
    expect(await page.locator('table[aria-rowcount]').getAttribute('aria-rowcount')).toBe('4');
    expect(await page.locator('tbody tr[data-row-id]').first().getAttribute('aria-rowindex')).toBe(
      '2',
    );
    await screenshot(page, 'list-sorted-by-value');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('moves between rows with the keyboard and opens one with Enter', async () => {
    await make('Ensimmäinen', 10_000, null);
    await make('Toinen', 20_000, null);
    await reloadList();
    await page.getByTestId('sort-value').click();
    await page.locator('tbody tr[data-row-id]').first().focus();
    await page.keyboard.press('ArrowDown');
    const focused = page.locator('tbody tr[data-row-id]:focus');
    expect(await focused.textContent()).toContain('Toinen');
    await page.keyboard.press('Home');
    expect(await focused.textContent()).toContain('Ensimmäinen');
    await page.keyboard.press('Enter');
    await page.getByTestId('phase-planning').waitFor();
  });

  it('announces the number of results as the officer types', async () => {
    await make('Kotihoidon tukipalvelut', 10_000, null);
    await make('Kouluruokailu', 10_000, null);
    await make('Siivouspalvelut', 10_000, null);
    await reloadList();
    const count = page.getByTestId('list-result-count');
    expect(await count.getAttribute('role')).toBe('status');
    expect(await count.textContent()).toBe('3 hankintaa näkyy');
    await page.getByRole('searchbox', { name: 'Hae hankintoja' }).fill('ko');
    await expect.poll(() => count.textContent()).toBe('2 hankintaa näkyy');
    await page.getByRole('searchbox', { name: 'Hae hankintoja' }).fill('koti');
    await expect.poll(() => count.textContent()).toBe('1 hankinta näkyy');
    await page.getByRole('row').filter({ hasText: 'Kotihoidon tukipalvelut' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('opens the sample procurement from a list that already has procurements', async () => {
    await make('Oma hankinta', 10_000, null);
    await reloadList();
    await page.getByTestId('open-sample').click();
    await page.getByTestId('phase-planning').waitFor();
    await page.getByRole('link', { name: 'Hankinnat', exact: true }).click();
    await expect.poll(() => page.locator('tbody tr[data-row-id]').count()).toBe(2);
  });
});
