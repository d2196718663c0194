import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './appUnderTest';
import { PLANNING_STEPS } from '../../renderer/src/features/planning/planningSteps';
import { screenshot, seriousAxeViolations } from './browser';
import type { Harness } from './harness';

// The planning phase through the real renderer and the real service and files (see
// foundation.test.ts for what stands in for Electron: only the preload bridge and dialogs).

let harness: Harness;
let page: Page;

useAppUnderTest((current) => {
  ({ page, harness } = current);
});

const nbsp = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function fill(testId: string, value: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.fill(value);
  await input.blur();
}

/** Opens a step of the planning phase through its link and waits for it. */
async function step(name: string): Promise<void> {
  await page.getByTestId(`step-${name}`).click();
  await page.locator(`[data-testid="phase-planning"][data-step="${name}"]`).waitFor();
}

async function waitSaved(): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
}

function storedProcurement(): { procurement: unknown } {
  const dir = join(harness.dataDirectory, 'workspace/procurements');
  const [file] = readdirSync(dir);
  return JSON.parse(readFileSync(join(dir, file!), 'utf8'));
}

describe('planning phase end to end', () => {
  it('plans a multi-lot services procurement with option years: value, regime, warnings and the calendar entry', async () => {
    await page.getByTestId('new-procurement').click();
    await page.getByTestId('title-input').fill('Siivouspalvelut 2027–2031');
    await page.getByTestId('title-dialog-confirm').click();
    await page.getByTestId('phase-planning').waitFor();

    // Two lots procured together (named on the lots step), annual values.
    await step('lots');
    await page.getByTestId('add-lot').click();
    await page.getByTestId('add-lot').click();
    await fill('lot-0-code', '1');
    await fill('lot-0-name', 'Koulut');
    await fill('lot-1-code', '2');
    await fill('lot-1-name', 'Päiväkodit');
    await step('value');
    await fill('lot-0-amount', '150 000');
    await fill('lot-1-amount', '100000,50');

    // Two years + options 2 × 12 months, one option marked unlikely: still counted.
    await step('term');
    await fill('term-baseMonths', '24');
    await page.getByTestId('add-option').click();
    await fill('option-0-count', '2');
    await fill('option-0-months', '12');
    await step('value');

    // (150 000 + 100 000,50) × 4 years = 1 000 002,00 €.
    const total = page.getByTestId('value-total');
    await page.getByTestId('value-line-total').waitFor();
    expect(nbsp(await total.textContent())).toContain('1 000 002,00 €');
    await expect.poll(() => page.getByTestId('value-line-lotSubtotal').count()).toBe(2);
    await page.getByTestId('value-notice-lotsSummed').waitFor();

    // The notice date decides the threshold table: 1.3.2027 → EU 2026–2027, sub-central 216 000 €.
    // Asked next to the value, on the same step; the summary shows the regime at once, the
    // regime step explains it.
    await fill('value-noticeSent', '1.3.2027');
    await expect
      .poll(() => page.getByTestId('summary-regime').textContent())
      .toContain('EU-hankinta');
    await step('regime');
    const outcome = page.getByTestId('regime-outcome');
    await page.locator('[data-testid="regime-outcome"][data-regime="eu"]').waitFor();
    expect(await outcome.textContent()).toContain('EU-hankinta');
    const explanation = nbsp(await page.getByTestId('regime-explanation').textContent());
    expect(explanation).toContain('216 000 €');
    expect(explanation).toContain('2025/2152');
    expect(explanation).toContain('1.3.2027');
    expect(await page.getByTestId('regime-standstill').textContent()).toContain('14 päivää');

    // Open procedure with electronic tenders: at least 30 days from sending the notice.
    await step('procedure');
    await page.getByTestId('procedure-open').check({ force: true });
    await step('timeline');
    expect(await page.getByTestId('timeline-noticeSent').inputValue()).toBe('1.3.2027');
    await fill('timeline-tenderDeadline', '20.3.2027');
    await page.getByTestId('timeline-warning-tenderDeadlineTooEarly').waitFor();
    expect(await page.getByTestId('computed-tenderDeadline').getAttribute('data-date')).toBe(
      '2027-03-31',
    );
    // A deadline on a Saturday is flagged too.
    await fill('timeline-tenderDeadline', '3.4.2027');
    await page.getByTestId('timeline-warning-deadlineOnNonWorkingDay').waitFor();
    await expect
      .poll(() => page.getByTestId('timeline-warning-tenderDeadlineTooEarly').count())
      .toBe(0);
    await fill('timeline-tenderDeadline', '6.4.2027');
    await step('award');
    await fill('timeline-decision', '3.5.2027');
    await fill('timeline-contractStart', '10.5.2027');
    // Standstill: decision 3.5. + 14 days → contract from 18.5.2027 at the earliest.
    await page.getByTestId('timeline-warning-contractBeforeStandstillEnd').waitFor();
    await fill('timeline-contractStart', '1.6.2027');
    await expect
      .poll(() => page.getByTestId('timeline-warning-contractBeforeStandstillEnd').count())
      .toBe(0);

    await step('screening');
    await page.getByTestId('screening-labourIntensive-yes').check({ force: true });
    await page
      .locator('[data-testid="screening-recommendation"][data-recommendation="recommended"]')
      .waitFor();

    await waitSaved();
    await screenshot(page, 'planning');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Every step at 1366 × 900, with the summary beside it.
    for (const name of PLANNING_STEPS) {
      await step(name);
      expect(await page.getByTestId('summary-total').isVisible()).toBe(true);
      await screenshot(page, `planning-${name}`);
    }
    expect(nbsp(await page.getByTestId('summary-total').textContent())).toContain('1 000 002,00 €');
    expect(await page.getByTestId('summary-regime').textContent()).toContain('EU-hankinta');

    // It is all on disk, and comes back after a reload.
    const stored = storedProcurement().procurement as {
      lots: { value: { amountCents: number } }[];
      planning: {
        timeline: { tenderDeadline: string };
        valuation: { term: { options: unknown[] } };
      };
    };
    expect(stored.lots.map((l) => l.value.amountCents)).toEqual([15_000_000, 10_000_050]);
    expect(stored.planning.timeline.tenderDeadline).toBe('2027-04-06');
    await page.reload();
    await step('value');
    await page.getByTestId('value-total').waitFor();
    expect(nbsp(await page.getByTestId('value-total').textContent())).toContain('1 000 002,00 €');

    // The procurement calendar shows it in 2027.
    await page.getByRole('link', { name: 'Hankintakalenteri' }).click();
    await page.getByTestId('calendar-view').waitFor();
    // The calendar opens on the current year; the dates above are in 2027.
    await page.getByTestId('calendar-year').click();
    await page.getByRole('option', { name: '2027' }).click();
    const row = page
      .locator('[data-testid^="calendar-row-"]')
      .filter({ hasText: 'Siivouspalvelut 2027–2031' });
    await row.waitFor();
    await expect
      .poll(() => row.locator('[data-testid^="calendar-bar-tendering-"]').count())
      .toBe(1);
    await screenshot(page, 'planning-calendar');
  });

  it('opens the sample procurement from the empty workspace, filled for planning', async () => {
    await page.getByTestId('open-sample').click();
    await page.getByTestId('phase-planning').waitFor();
    expect(nbsp(await page.getByTestId('summary-total').textContent())).toContain(
      '24 000 000,00 €',
    );
    await step('value');
    expect(nbsp(await page.getByTestId('value-total').textContent())).toContain('24 000 000,00 €');
    await step('regime');
    await page.locator('[data-testid="regime-outcome"][data-regime="eu"]').waitFor();
    await step('lots');
    await expect.poll(() => page.getByTestId('lot-3-code').inputValue()).toBe('2');
    await step('basics');
    expect(await page.getByTestId('cpv-main').textContent()).toContain('85312510');
    await page.getByTestId('cpv-annexe-notice').waitFor();
    await screenshot(page, 'planning-sample');
    // The screening result carries over to the employment clause phase.
    await page.getByRole('link', { name: 'Työllistämisehto', exact: true }).click();
    const carried = page.getByTestId('employment-screening-carried');
    await carried.waitFor();
    expect(await carried.textContent()).toContain('Työllistämisehtoa suositellaan');
  });

  it('undoes the removal of a lot', async () => {
    await page.getByTestId('open-sample').click();
    await page.getByTestId('phase-planning').waitFor();
    await step('lots');
    await page.getByTestId('lot-1-remove').click();
    await expect.poll(() => page.getByTestId('lot-3-code').count()).toBe(0);
    // The undo stays where the lot was, without a time limit.
    await page.getByTestId('removal-notice').filter({ hasText: 'poistettu' }).waitFor();
    await page.getByRole('button', { name: /^Kumoa poisto/ }).click();
    await expect.poll(() => page.getByTestId('lot-1-code').inputValue()).toBe('1B');
    await step('value');
    expect(nbsp(await page.getByTestId('value-total').textContent())).toContain('24 000 000,00 €');
  });

  it('finds an imported CPV code by a Finnish word and sets it as the main code', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('CPV');
    sheet.addRow(['CODE', 'EN', 'FI', 'SV']);
    sheet.addRow(['90910000-9', 'Cleaning services', 'Siivouspalvelut', 'Rengöring']);
    sheet.addRow([
      '90911000-6',
      'Accommodation, building and window cleaning services',
      'Asuntojen, rakennusten ja ikkunoiden puhdistuspalvelut',
      'Rengöring av bostäder, byggnader och fönster',
    ]);
    sheet.addRow([
      '03000000-1',
      'Agricultural, farming, fishing, forestry and related products',
      'Maatalous-, kalastus-, metsä- ja niihin liittyvät tuotteet',
      'Jordbruks-, fiske- och skogsbruksprodukter',
    ]);
    const file = join(harness.dataDirectory, 'cpv.xlsx');
    await workbook.xlsx.writeFile(file);

    await page.getByRole('link', { name: 'Asetukset ja varmuuskopiot' }).click();
    harness.dialogs.nextOpen(file);
    await page.getByTestId('cpv-import').click();
    await page.getByTestId('notice-success').filter({ hasText: '3' }).waitFor();

    await page.getByRole('link', { name: 'Hankinnat', exact: true }).click();
    await page.getByTestId('new-procurement').click();
    await page.getByTestId('title-input').fill('Siivous');
    await page.getByTestId('title-dialog-confirm').click();
    await page.getByTestId('cpv-search').fill('siivous');
    await page.getByTestId('cpv-result-90910000').waitFor();
    await page.getByTestId('cpv-result-90910000').getByRole('button').first().click();
    await page.getByTestId('cpv-main').filter({ hasText: '90910000-9' }).waitFor();
    await waitSaved();
    expect((storedProcurement().procurement as { cpv: { main: string } }).cpv.main).toBe(
      '90910000',
    );
    await page
      .locator('#planning-cpv')
      .screenshot({ path: join(__dirname, '../../test-results/screens/planning-cpv.png') });
  });
});
