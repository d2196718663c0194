import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { legitimateXlsx } from '../robustness/cpvFixtures';
import { useAppUnderTest } from './appUnderTest';
import { screenshot, seriousAxeViolations } from './browser';
import type { Harness } from './harness';

// The personal-data guard's "not a personal identity code" confirmation and the CPV import's
// progress and cancel, in the built renderer over the real service (CPV read by the worker).

let harness: Harness;
let page: Page;

useAppUnderTest((current) => {
  ({ page, harness } = current);
});

describe('personal-data guard in the editor', () => {
  it('blocks a code-like reference number until the officer confirms it with a reason', async () => {
    await page.getByTestId('new-procurement').click();
    await page.getByTestId('title-input').fill('Siivous');
    await page.getByTestId('title-dialog-confirm').click();
    await page.getByTestId('phase-planning').waitFor();
    // A reference number whose date and check character happen to match (131052-308T).
    const field = page.getByTestId('field-referenceNumber');
    await field.fill('ARK 131052-308T');
    await field.blur();
    const findings = page.getByTestId('personal-data-findings');
    await findings.waitFor();
    expect(await findings.textContent()).toContain('1310**-****');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await findings.getByRole('button', { name: 'Ei ole henkilötunnus' }).click();
    await page.getByTestId('exemption-confirm').click();
    await page.getByText('Kirjoita perustelu (3–500 merkkiä).').waitFor();
    await page.getByTestId('exemption-reason').fill('Arkiston asiakirjanumero');
    await screenshot(page, 'personal-data-exemption');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('exemption-confirm').click();
    await expect.poll(() => findings.count()).toBe(0);
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
    const [summary] = (await harness.appService.service['procurement:list']({})).items;
    const stored = readFileSync(
      join(harness.dataDirectory, 'workspace/procurements', `${summary!.id}.json`),
      'utf8',
    );
    expect(stored).toContain('Arkiston asiakirjanumero');
    expect(stored).toContain('ARK 131052-308T');
  });
});

describe('CPV import progress and cancel', () => {
  it('shows progress while the worker reads a large list and cancels it, keeping the old list', async () => {
    await page.getByRole('link', { name: 'Asetukset ja varmuuskopiot' }).click();
    await page.getByTestId('cpv-catalog-info').waitFor();
    const path = join(harness.dataDirectory, 'cpv_large.xlsx');
    writeFileSync(path, legitimateXlsx(45_000));
    harness.dialogs.nextOpen(path);
    await page.getByTestId('cpv-import').click();
    await page.getByTestId('cpv-import-progress').waitFor();
    await page.getByTestId('cpv-import-cancel').click();
    await page.getByTestId('notice-success').filter({ hasText: 'Tuonti keskeytettiin' }).waitFor();
    expect(await page.getByTestId('cpv-catalog-info').textContent()).toContain('ei ole tuotu');
  });
});
