import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './appUnderTest';
import type { Procurement } from '../../shared/domain/procurement/procurement';
import type { Timeline } from '../../shared/domain/planning/timeline';
import type { ContractTerm } from '../../shared/domain/planning/valuation';
import { screenshot, seriousAxeViolations } from './browser';
import type { Harness } from './harness';

// The calendar over the real service: procurements are made through the service itself (the
// planning forms are another feature's), then the officer uses the calendar in the browser.

let harness: Harness;
let page: Page;

// The view opens on the officer's current year, so the data follows the clock.
const Y = new Date().getFullYear();

useAppUnderTest((current) => {
  ({ page, harness } = current);
});

async function makeProcurement(input: {
  title: string;
  status: Procurement['status'];
  category: Procurement['category'];
  responsiblePerson: string;
  referenceNumber: string;
  timeline: Partial<Timeline>;
  term: ContractTerm;
  amountCents: number;
}): Promise<Procurement> {
  const service = harness.appService.service;
  const created = await service['procurement:create']({ title: input.title });
  return service['procurement:save']({
    procurement: {
      ...created,
      status: input.status,
      category: input.category,
      responsiblePerson: input.responsiblePerson,
      referenceNumber: input.referenceNumber,
      planning: {
        ...created.planning,
        valuation: {
          ...created.planning.valuation,
          undivided: {
            basis: 'annual',
            amountCents: input.amountCents,
            additionalPurchasesCents: 0,
          },
          term: input.term,
        },
        timeline: { ...created.planning.timeline, ...input.timeline },
      },
    },
  });
}

async function seedWorkspace() {
  const food = await makeProcurement({
    title: 'Kouluruokailun elintarvikkeet',
    status: 'tendering',
    category: 'goods',
    responsiblePerson: 'Aino Aalto',
    referenceNumber: `KASV/${Y}/118`,
    amountCents: 48_000_000,
    timeline: {
      marketDialogueStart: `${Y}-01-18`,
      marketDialogueEnd: `${Y}-02-12`,
      noticeSent: `${Y}-03-01`,
      tenderDeadline: `${Y}-04-06`,
      decision: `${Y}-05-04`,
      contractStart: `${Y}-06-01`,
    },
    term: {
      kind: 'fixed',
      baseMonths: 24,
      extensionMonths: 0,
      options: [{ id: randomUUID(), count: 1, months: 12, likely: true, note: '' }],
    },
  });
  const homeCare = await makeProcurement({
    title: 'Kotihoidon tukipalvelut',
    status: 'contractPeriod',
    category: 'socialHealthServices',
    responsiblePerson: 'Liisa Virtanen',
    referenceNumber: `SOTE/${Y - 1}/77`,
    amountCents: 125_000_000,
    timeline: { contractStart: `${Y - 1}-09-01` },
    term: { kind: 'fixed', baseMonths: 24, extensionMonths: 0, options: [] },
  });
  const cleaning = await makeProcurement({
    title: 'Toimitilojen ylläpitosiivous',
    status: 'planning',
    category: 'services',
    // The same person typed differently: the filter treats them as one.
    responsiblePerson: ' liisa virtanen',
    referenceNumber: `TILA/${Y}/9`,
    amountCents: 36_000_000,
    timeline: {
      marketDialogueStart: `${Y + 1}-02-01`,
      marketDialogueEnd: `${Y + 1}-03-12`,
      noticeSent: `${Y + 1}-04-01`,
      tenderDeadline: `${Y + 1}-05-10`,
      decision: `${Y + 1}-06-01`,
      decisionDelivery: 'post',
      contractStart: `${Y + 1}-08-01`,
    },
    term: { kind: 'fixed', baseMonths: 36, extensionMonths: 0, options: [] },
  });
  return { food, homeCare, cleaning };
}

const row = (id: string) => page.getByTestId(`calendar-row-${id}`);

async function openCalendar(): Promise<void> {
  await page.getByRole('link', { name: 'Hankintakalenteri' }).click();
  await page.getByTestId('calendar-view').waitFor();
}

describe('procurement calendar end to end', () => {
  it('shows, filters, switches year and exports the calendar', async () => {
    const { food, homeCare, cleaning } = await seedWorkspace();
    await openCalendar();
    await page.getByRole('heading', { level: 1, name: 'Hankintakalenteri' }).waitFor();

    // This year: the food procurement's phases and the home-care contract running through.
    await row(food.id).waitFor();
    await row(homeCare.id).waitFor();
    await expect.poll(() => row(cleaning.id).count()).toBe(0);
    for (const kind of ['marketDialogue', 'tendering', 'evaluation', 'decisionStandstill']) {
      await page.getByTestId(`calendar-bar-${kind}-${food.id}`).waitFor();
    }
    await page.getByTestId(`calendar-bar-contract-${homeCare.id}`).waitFor();
    const rows = await page
      .locator('[data-testid^="calendar-row-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(rows).toEqual([`calendar-row-${homeCare.id}`, `calendar-row-${food.id}`]);
    // Screen readers get the dates in words; the link opens the procurement.
    expect(await row(food.id).textContent()).toContain(`Kilpailutus 1.3.${Y}–6.4.${Y}`);
    expect(await row(homeCare.id).textContent()).toContain(
      `Sopimuskausi 1.9.${Y - 1}–31.8.${Y + 1}`,
    );
    const link = row(food.id).getByRole('link', { name: 'Kouluruokailun elintarvikkeet' });
    expect(await link.getAttribute('href')).toBe(`#/procurements/${food.id}/planning`);
    expect(await page.getByTestId('calendar-without-dates').textContent()).toContain(
      `vuonna ${Y}: 1`,
    );
    await expect.poll(() => page.locator('.calendar-today').count()).toBeGreaterThan(0);
    // Every text is translated: no i18n key shows through.
    expect(await page.getByTestId('calendar-view').innerText()).not.toMatch(
      /\b(calendar|planning|status)\.[a-z]/,
    );
    await screenshot(page, 'calendar');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Status filter: only the procurement in tendering.
    const statusGroup = page.getByRole('group', { name: /^Tila/ });
    await statusGroup.getByText('Kilpailutus', { exact: true }).click();
    await expect.poll(() => row(homeCare.id).count()).toBe(0);
    await row(food.id).waitFor();
    await screenshot(page, 'calendar-filtered');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await statusGroup.getByText('Kilpailutus', { exact: true }).click();
    await row(homeCare.id).waitFor();

    // Responsible person: one entry for both spellings of Liisa Virtanen.
    await page.getByTestId('calendar-filter-person').click();
    const liisa = page.getByRole('option', { name: 'Liisa Virtanen', exact: true });
    await liisa.waitFor();
    await expect.poll(() => page.getByRole('option', { name: /virtanen/i }).count()).toBe(1);
    await liisa.click();
    await expect.poll(() => row(food.id).count()).toBe(0);
    await row(homeCare.id).waitFor();

    // Next year: the cleaning procurement appears, the home-care contract runs until August.
    await page.getByTestId('calendar-year-next').click();
    await page.getByRole('table', { name: `Hankinnat vuonna ${Y + 1}: 2` }).waitFor();
    await row(cleaning.id).waitFor();
    await page.getByTestId(`calendar-bar-decisionStandstill-${cleaning.id}`).waitFor();
    // A posted decision: received on the 7th day, standstill 14 days from that.
    expect(await row(cleaning.id).textContent()).toContain('Päätös ja odotusaika 1.6.');
    await expect.poll(() => page.locator('.calendar-today').count()).toBe(0);
    await screenshot(page, 'calendar-next-year');

    // Export what is on screen.
    const exportPath = join(harness.dataDirectory, 'kalenteri.xlsx');
    harness.dialogs.nextSave(exportPath);
    await page.getByTestId('calendar-export').click();
    await page.getByTestId('notice-success').filter({ hasText: exportPath }).waitFor();
    expect(harness.dialogs.saveRequests.at(-1)?.defaultName).toBe(
      `hankintakalenteri-${Y + 1}.xlsx`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(exportPath) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(`Hankintakalenteri ${Y + 1}`);
    if (!sheet) throw new Error('no calendar sheet');
    expect(String(sheet.getCell('A2').value)).toContain('vastuuhenkilö Liisa Virtanen');
    const titles: string[] = [];
    sheet.eachRow((r, n) => {
      if (n > 5) titles.push(String(r.getCell(1).value ?? ''));
    });
    expect(titles.slice(0, 2)).toEqual(['Kotihoidon tukipalvelut', 'Toimitilojen ylläpitosiivous']);
    const cleaningRow = sheet.getRow(7);
    expect(cleaningRow.getCell(2).value).toBe(`TILA/${Y}/9`);
    // 360 000 € a year for the 36-month contract: the estimated value in euros, VAT 0.
    expect(cleaningRow.getCell(6).value).toBe(1_080_000);
  });

  it('tells an empty workspace how to get procurements into the calendar', async () => {
    await openCalendar();
    await page.getByTestId('calendar-empty').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
