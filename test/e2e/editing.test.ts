import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Procurement } from '../../shared/domain/procurement/procurement';
import { useAppUnderTest } from './appUnderTest';
import { seriousAxeViolations } from './browser';
import type { Harness } from './harness';

// Editing as an officer types (issue 7): amounts, refusals named in the save status, the
// summary in view at 1366 × 900, undo/redo by keyboard, and a save conflict.

let harness: Harness;
let page: Page;

useAppUnderTest((current) => {
  ({ page, harness } = current);
});

const nbsp = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function stored(): Procurement {
  const dir = join(harness.dataDirectory, 'workspace/procurements');
  const [file] = readdirSync(dir);
  return (JSON.parse(readFileSync(join(dir, file!), 'utf8')) as { procurement: Procurement })
    .procurement;
}

async function newProcurementOnValueStep(): Promise<void> {
  await page.getByTestId('new-procurement').click();
  await page.getByTestId('title-input').fill('Kotihoidon ateriat');
  await page.getByTestId('title-dialog-confirm').click();
  await page.getByTestId('phase-planning').waitFor();
  await page.getByTestId('step-value').click();
  await page.locator('[data-testid="phase-planning"][data-step="value"]').waitFor();
}

async function waitSaved(): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
}

async function inViewport(testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= 900 && box.x + box.width <= 1366;
}

describe('editing as officers type', () => {
  it('reads 1.200.000 as 1 200 000,00 €, refuses a mistyped amount and names it in the save status', async () => {
    await newProcurementOnValueStep();
    expect(page.url()).toContain('/planning/value');
    const amount = page.getByTestId('undivided-amount');
    await amount.fill('1.200.000');
    await expect
      .poll(async () => nbsp(await page.getByTestId('undivided-amount-echo').textContent()))
      .toContain('1 200 000,00 €');
    await waitSaved();
    expect(stored().planning.valuation.undivided.amountCents).toBe(120_000_000);

    // The summary shows the total and stays in view on the next step, where the term is typed.
    await page.getByTestId('step-term').click();
    await page.getByTestId('prizes').scrollIntoViewIfNeeded();
    await page.getByTestId('prizes').fill('5 000');
    await expect
      .poll(async () => nbsp(await page.getByTestId('summary-total').textContent()))
      .toContain('1 205 000,00 €');
    expect(await inViewport('summary-total')).toBe(true);
    await page.getByTestId('step-value').click();

    // A letter O for a zero: refused, the stored amount stays, the save status names the field.
    await amount.scrollIntoViewIfNeeded();
    await amount.fill('15O 000');
    const error = page.getByText('kirjain ”O” numeron paikalla');
    await error.first().waitFor();
    const unsaved = page.getByTestId('save-unsaved');
    await unsaved.waitFor();
    expect(await unsaved.textContent()).toContain('Arvo (€, alv 0 %)');
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    expect(await amount.inputValue()).toBe('15O 000');
    await page.waitForTimeout(1200);
    expect(stored().planning.valuation.undivided.amountCents).toBe(120_000_000);

    // An ambiguous comma is refused with the reason too.
    await amount.fill('1,200');
    await page.getByText('”1,200” on epäselvä').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Months beyond the limit: refused with the limit, never cut.
    await amount.fill('1 200 000');
    await expect.poll(() => page.getByTestId('save-unsaved').count()).toBe(0);
    await page.getByTestId('step-term').click();
    const months = page.getByTestId('term-baseMonths');
    await months.fill('999');
    await page.getByText('enintään 600').first().waitFor();
    await expect.poll(() => page.getByTestId('save-unsaved').count()).toBe(1);
    await months.fill('24');
    await expect.poll(() => page.getByTestId('save-unsaved').count()).toBe(0);
    await waitSaved();
    expect(stored().planning.valuation.term.baseMonths).toBe(24);
    await page.getByTestId('step-value').click();

    // A date far in the future is refused as typed (stored years 1990–2150), never saved.
    const notice = page.getByTestId('value-noticeSent');
    await notice.scrollIntoViewIfNeeded();
    await notice.fill('31.12.9999');
    await page.getByText('vuoden on oltava 1990–2150').first().waitFor();
    await expect.poll(() => page.getByTestId('save-unsaved').count()).toBe(1);
    await page.waitForTimeout(1200);
    expect(stored().planning.timeline.noticeSent).toBeNull();
  });

  it('undoes an edit with Ctrl+Z (one step for a typed word) and redoes it with Ctrl+Y', async () => {
    await page.getByTestId('new-procurement').click();
    await page.getByTestId('title-input').fill('Siivous');
    await page.getByTestId('title-dialog-confirm').click();
    const reference = page.getByTestId('field-referenceNumber');
    await reference.click();
    await reference.pressSequentially('HEL-2027', { delay: 20 });
    expect(await reference.inputValue()).toBe('HEL-2027');
    await page.keyboard.press('Control+z');
    await expect.poll(() => reference.inputValue()).toBe('');
    await page.keyboard.press('Control+y');
    await expect.poll(() => reference.inputValue()).toBe('HEL-2027');
    await page.keyboard.press('Control+z');
    await expect.poll(() => reference.inputValue()).toBe('');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => reference.inputValue()).toBe('HEL-2027');
    // The buttons do the same.
    await page.getByTestId('undo').click();
    await expect.poll(() => reference.inputValue()).toBe('');
    await waitSaved();
    expect(stored().referenceNumber).toBe('');
  });

  it('a save that conflicts with a change made elsewhere offers a reload and keeps the draft', async () => {
    await newProcurementOnValueStep();
    await waitSaved();
    const id = stored().id;
    // Another window saves the same procurement.
    const service = harness.appService.service;
    const current = await service['procurement:get']({ id });
    await service['procurement:save']({ procurement: { ...current, title: 'Muutettu muualla' } });

    await page.getByTestId('undivided-amount').fill('250 t€');
    await page.getByTestId('conflict-notice').waitFor();
    expect(await page.getByTestId('save-state').getAttribute('data-state')).toBe('conflict');
    expect(await page.getByTestId('conflict-draft').inputValue()).toContain('25000000');
    await page.getByTestId('conflict-reload').click();
    await expect
      .poll(() => page.getByTestId('procurement-title').textContent())
      .toBe('Muutettu muualla');
    await expect.poll(() => page.getByTestId('conflict-notice').count()).toBe(0);
    // Editing works again after the reload.
    await page.getByTestId('undivided-amount').fill('250 t€');
    await waitSaved();
    expect(stored().planning.valuation.undivided.amountCents).toBe(25_000_000);
    expect(stored().title).toBe('Muutettu muualla');
  });
});
