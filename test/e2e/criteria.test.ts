import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './appUnderTest';
import { seriousAxeViolations } from './browser';

// The criteria phase (issue 10) through the real renderer, service and files: criteria
// builder, tender comparison (a record of its own), sensitivity and the payment model.

let page: Page;

useAppUnderTest((current) => {
  ({ page } = current);
});

const SHOTS = resolve(__dirname, '../../test-results/criteria');
const nbsp = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function shot(name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function fill(testId: string, value: string, scope: Page | Locator = page): Promise<void> {
  const input = scope.getByTestId(testId);
  await input.fill(value);
  await input.blur();
}

async function step(name: string): Promise<void> {
  await page.getByTestId(`step-${name}`).click();
  await page.locator(`[data-testid="phase-criteria"][data-step="${name}"]`).waitFor();
}

function row(name: string): Locator {
  return page.locator('[data-testid="comparison-grid"] tbody tr[data-row-id]', { hasText: name });
}

async function text(locator: Locator): Promise<string> {
  return nbsp(await locator.textContent());
}

async function waitAllSaved(): Promise<void> {
  await page.locator('.editor-tools [data-testid="save-state"][data-state="saved"]').waitFor();
  const comparison = page.locator('[data-testid="comparison-save"] [data-testid="save-state"]');
  if ((await comparison.count()) > 0) {
    await page
      .locator('[data-testid="comparison-save"] [data-testid="save-state"][data-state="saved"]')
      .waitFor();
  }
}

describe('criteria phase end to end', () => {
  it('defines 80/20, compares three tenders, shows the sensitivity, simulates an impact-based contract and keeps it all', async () => {
    await page.getByTestId('new-procurement').click();
    await page.getByTestId('title-input').fill('Työllisyyspalvelut 2027');
    await page.getByTestId('title-dialog-confirm').click();
    await page.getByTestId('phase-planning').waitFor();
    await page.locator('.phase-nav a[href$="/criteria"]').click();
    await page.locator('[data-testid="phase-criteria"][data-step="builder"]').waitFor();

    // Price 80 with no quality criteria yet: the weights do not add up to 100.
    await fill('price-weight', '80');
    expect(await text(page.getByTestId('weights-error'))).toContain('80');
    await page.getByTestId('add-pricing-item').click();
    await fill('item-name-0', 'Asiakaspäivä');
    await fill('item-quantity-0', '1000');

    // Two quality sub-criteria: one from the seeded library, one written here; 10 + 10.
    await page.locator('[data-testid="criteria-library"] summary').click();
    await page.getByTestId('library-add-01').click();
    await page.getByTestId('add-criterion').click();
    await fill('criterion-name-1', 'Asiakkaat kehittävät palvelua');
    // The written criterion goes to the workspace's shared library (6 seeded + 1).
    await page.getByTestId('criterion-to-library-1').click();
    await expect.poll(() => page.getByTestId('library-entry').count()).toBe(7);
    await fill('criterion-weight-0', '10');
    await fill('criterion-weight-1', '10');
    await expect.poll(() => page.getByTestId('weights-error').count()).toBe(0);
    await page.getByTestId('tie-add-higherQualityPoints').click();
    await page.getByTestId('tie-add-lowerPrice').click();
    await expect.poll(() => page.getByTestId('tie-error').count()).toBe(0);
    expect(await text(page.getByTestId('criteria-words'))).toContain(
      'Hinnan painoarvo on 80 pistettä ja laadun 20 pistettä',
    );
    expect(await page.getByTestId('summary-criteria-problems').getAttribute('data-count')).toBe(
      '0',
    );
    await shot('builder');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Three tenders: prices per client-day and yes/no answers.
    await step('comparison');
    const tenders = [
      { name: 'Alfa Oy', id: '0135457-2', price: '100', a: '1', b: '1' },
      { name: 'Beta Oy', id: '', price: '125', a: '1', b: '1' },
      { name: 'Gamma Oy', id: '', price: '80', a: '0', b: '0' },
    ];
    for (const [i, tender] of tenders.entries()) {
      await page.getByTestId('add-tender').click();
      const details = page.getByTestId('tender-details');
      await fill('tender-name', tender.name, details);
      if (tender.id) await fill('tender-business-id', tender.id, details);
      await fill(`price-${i}-0`, tender.price);
      await fill(`score-${i}-0`, tender.a);
      await fill(`score-${i}-1`, tender.b);
    }
    // A wrong Y-tunnus is named at the field.
    await row('Beta Oy').getByTestId('tender-open').click();
    await fill('tender-business-id', '0135457-3');
    await page.getByText('Y-tunnuksen tarkistusnumero', { exact: false }).first().waitFor();
    await fill('tender-business-id', '');

    // Alfa 64 + 10 + 10 = 84, Beta 51,2 + 20 = 71,2, Gamma 80: Alfa, Gamma, Beta.
    await expect.poll(() => text(row('Alfa Oy').getByTestId('total-points'))).toBe('84,00');
    expect(await text(row('Beta Oy').getByTestId('total-points'))).toBe('71,20');
    expect(await text(row('Gamma Oy').getByTestId('total-points'))).toBe('80,00');
    expect(await text(row('Alfa Oy').getByTestId('rank'))).toBe('1.');
    expect(await text(row('Gamma Oy').getByTestId('rank'))).toBe('2.');
    expect(await text(row('Beta Oy').getByTestId('rank'))).toBe('3.');

    // Ctrl+Z in the grid undoes the comparison's own last edit (not the criteria's).
    await fill('score-0-0', '0');
    await expect.poll(() => text(row('Alfa Oy').getByTestId('total-points'))).toBe('74,00');
    await page.getByTestId('score-0-1').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(row('Alfa Oy').getByTestId('total-points'))).toBe('84,00');
    expect(await page.getByTestId('score-0-0').inputValue()).toBe('1');
    // The procurement's own history was left alone: nothing to redo there.
    expect(await page.locator('.editor-tools [data-testid="redo"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-own-undo] [data-testid="redo"]').isDisabled()).toBe(false);

    // Click a number, see how it was computed.
    await row('Beta Oy').getByTestId('price-points').click();
    const formula = await text(page.getByTestId('formula-text'));
    expect(formula).toContain('80 000,00 €');
    expect(formula).toContain('125 000,00 €');
    expect(formula).toContain('51,20');
    await shot('formula');
    await page.getByTestId('formula-close').click();
    await shot('comparison');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Sensitivity: Alfa and Gamma meet at a price weight of 83,3 — within ±10 of 80.
    await step('sensitivity');
    await page.getByTestId('sensitivity-chart').locator('svg').waitFor();
    expect(await page.getByTestId('sensitivity-finding').getAttribute('data-flagged')).toBe('true');
    const finding = await text(page.getByTestId('sensitivity-finding'));
    expect(finding).toContain('83,3');
    expect(finding).toContain('Alfa Oy → Gamma Oy');
    expect(await page.getByTestId('sensitivity-table').locator('tbody tr').count()).toBeGreaterThan(
      20,
    );
    await shot('sensitivity');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Exclude Gamma (the lowest price): the lowest price and so everyone's price points change.
    await step('comparison');
    await row('Gamma Oy').getByTestId('tender-open').click();
    await page.getByTestId('tender-excluded').check({ force: true });
    await fill('tender-exclusion-reason', 'Tarjous saapui määräajan jälkeen.');
    await expect.poll(() => text(row('Alfa Oy').getByTestId('total-points'))).toBe('100,00');
    expect(await text(row('Beta Oy').getByTestId('total-points'))).toBe('84,00');
    expect(await text(row('Gamma Oy').getByTestId('rank'))).toBe('Suljettu pois');
    await shot('comparison-excluded');

    // Impact-based payment: 1 000 client-days × 100 € × 85 % + 1 open-market job × 70 × 100 €.
    await step('payment');
    await page.getByTestId('payment-impactBased').check({ force: true });
    await fill('scenario-price', '100');
    await fill('scenario-expected-units', '1000');
    await fill('scenario-expected-ending', '10');
    await fill('scenario-expected-rate-openMarketJob', '10');
    await expect
      .poll(() => text(page.getByTestId('scenario-formula')))
      .toContain('Yhteensä = 92 000,00 €');
    // 12 months of 85 000 € + 9 verified months of 7 000 € → 90 250 € a month on average.
    expect(await text(page.getByTestId('monthly-base0-expected'))).toBe('90 250,00 €');
    await page.getByTestId('scenario-chart').locator('svg').waitFor();
    await shot('payment');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Reload: the criteria (procurement) and the comparison (record) are both kept.
    await waitAllSaved();
    await step('comparison');
    await waitAllSaved();
    await page.reload();
    await page.locator('[data-testid="phase-criteria"][data-step="comparison"]').waitFor();
    await expect.poll(() => text(row('Alfa Oy').getByTestId('total-points'))).toBe('100,00');
    expect(await text(row('Gamma Oy').getByTestId('rank'))).toBe('Suljettu pois');
    await step('builder');
    expect(await page.getByTestId('price-weight').inputValue()).toBe('80');
    expect(await page.getByTestId('criterion-name-1').inputValue()).toBe(
      'Asiakkaat kehittävät palvelua',
    );
    await page.locator('[data-testid="criteria-library"] summary').click();
    await expect.poll(() => page.getByTestId('library-entry').count()).toBe(7);
    await step('payment');
    expect(await text(page.getByTestId('scenario-formula'))).toContain('92 000,00 €');
    await shot('after-reload');
  });

  it('refuses the 701st client of a capitation provider with a message, and simulates 700', async () => {
    await page.getByTestId('new-procurement').click();
    await page.getByTestId('title-input').fill('Työllisyyspalvelut, kapitaatio');
    await page.getByTestId('title-dialog-confirm').click();
    await page.getByTestId('phase-planning').waitFor();
    await page.locator('.phase-nav a[href$="/criteria"]').click();
    await step('payment');
    await page.getByTestId('payment-capitation').check({ force: true });
    expect(await page.getByTestId('cap-clients').inputValue()).toBe('700');
    await fill('scenario-expected-clients-easy', '701');
    const issues = await text(page.getByTestId('scenario-issues'));
    expect(issues).toContain('Asiakasta 701 ei voi ottaa');
    expect(issues).toContain('enintään 700');
    await fill('scenario-expected-clients-easy', '700');
    await expect.poll(() => page.getByTestId('scenario-issues').count()).toBe(0);
    await page.getByTestId('scenario-periods').waitFor();
    await shot('capitation');
  });
});
