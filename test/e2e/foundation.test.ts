import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './appUnderTest';
import { screenshot, seriousAxeViolations } from './browser';
import type { Harness } from './harness';

// Real renderer (the built bundle) + real service and storage over loopback HTTP, driven in
// Debian's Chromium. Stand-ins, because the Electron binary cannot exist here: the preload
// bridge (fetch instead of ipcRenderer) and the native file dialogs (a queue of paths).

let harness: Harness;
let page: Page;

useAppUnderTest((current) => {
  ({ page, harness } = current);
});

async function createProcurement(title: string): Promise<void> {
  await page.getByTestId('new-procurement').click();
  await page.getByTestId('title-input').fill(title);
  await page.getByTestId('title-dialog-confirm').click();
  await page.getByTestId('procurement-title').filter({ hasText: title }).waitFor();
}

async function waitSaved(): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
}

async function backToList(): Promise<void> {
  await page.getByRole('link', { name: 'Takaisin hankintoihin' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hankinnat' }).waitFor();
}

describe('foundation end to end', () => {
  it('creates a procurement, edits it, and finds the edits again after a reload', async () => {
    await page.getByTestId('empty-list').waitFor();
    await screenshot(page, 'list-empty');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await createProcurement('Kuntouttavan työtoiminnan palvelut 2027');
    await page.getByTestId('field-referenceNumber').fill('TRE:1234/02.08.01/2026');
    await page.getByTestId('field-responsiblePerson').fill('Hankinta-asiantuntija Aino');
    await page
      .getByTestId('field-description')
      .fill('Työhön ja koulutukseen suuntaava kuntouttava työtoiminta.');
    await waitSaved();
    await screenshot(page, 'procurement-planning');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The file on disk holds the edit (atomic per-procurement file, not one big store).
    const files = readdirSync(join(harness.dataDirectory, 'workspace/procurements'));
    expect(files).toHaveLength(1);
    const stored = JSON.parse(
      readFileSync(join(harness.dataDirectory, 'workspace/procurements', files[0]!), 'utf8'),
    );
    expect(stored.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(stored.procurement.referenceNumber).toBe('TRE:1234/02.08.01/2026');

    await page.reload();
    await page.getByTestId('field-referenceNumber').waitFor();
    expect(await page.getByTestId('field-referenceNumber').inputValue()).toBe(
      'TRE:1234/02.08.01/2026',
    );
    expect(await page.getByTestId('field-description').inputValue()).toContain('kuntouttava');

    await page.getByRole('link', { name: 'Markkinavuoropuhelu' }).click();
    await page.getByTestId('phase-marketDialogue').waitFor();
    await screenshot(page, 'phase-coming');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await backToList();
    const table = page.getByTestId('procurement-table');
    await table.getByText('Kuntouttavan työtoiminnan palvelut 2027').waitFor();
    await table.getByText('Hankinta-asiantuntija Aino').waitFor();
    await screenshot(page, 'list');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('saves with Ctrl+S and refuses a personal identity code, naming the field', async () => {
    await createProcurement('Siivouspalvelut');
    const description = page.getByTestId('field-description');
    await description.fill('Työllistetty henkilö 131052-308T aloittaa maaliskuussa.');
    await page.keyboard.press('Control+s');
    const state = page.getByTestId('save-state');
    await page.locator('[data-testid="save-state"][data-state="error"]').waitFor();
    expect(await state.textContent()).toContain('henkilötunnus');
    await page.getByText('1310**-****').first().waitFor();
    await screenshot(page, 'personal-data-refused');

    const id = page.url().split('/').at(-2)!;
    const onDisk = JSON.parse(
      readFileSync(join(harness.dataDirectory, 'workspace/procurements', `${id}.json`), 'utf8'),
    );
    expect(onDisk.procurement.description).toBe('');

    await description.fill('Työllistetty henkilö (pseudonyymi T-01) aloittaa maaliskuussa.');
    await page.keyboard.press('Control+s');
    await waitSaved();
  });

  it('exports and re-imports a procurement, and refuses a broken file without changing anything', async () => {
    await createProcurement('Ruokapalvelut');
    await page.getByTestId('field-referenceNumber').fill('RUOKA-7');
    await waitSaved();
    await backToList();

    const exportPath = join(harness.dataDirectory, 'Ruokapalvelut.hankinta.json');
    harness.dialogs.nextSave(exportPath);
    const row = page.getByRole('row').filter({ hasText: 'Ruokapalvelut' });
    await row.getByRole('button', { name: /Toiminnot/ }).click();
    await page.getByRole('menuitem', { name: 'Vie tiedostoon' }).click();
    await page.getByTestId('notice-success').filter({ hasText: exportPath }).waitFor();
    expect(harness.dialogs.saveRequests.at(-1)?.defaultName).toBe('Ruokapalvelut.hankinta.json');
    const exported = JSON.parse(readFileSync(exportPath, 'utf8'));
    expect(exported).toMatchObject({
      format: 'hankintapolku.procurement',
      procurement: { referenceNumber: 'RUOKA-7' },
    });

    // Importing the same procurement again brings it in as a copy, never overwriting.
    harness.dialogs.nextOpen(exportPath);
    await page.getByTestId('import-procurement').click();
    await page.getByTestId('notice-success').filter({ hasText: 'kopiona' }).waitFor();
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'Ruokapalvelut (tuotu kopio)' }).count())
      .toBe(1);

    // A broken file: valid JSON, our format, but a field of the wrong type.
    const broken = { ...exported, procurement: { ...exported.procurement, revision: 'kolme' } };
    const brokenPath = join(harness.dataDirectory, 'broken.hankinta.json');
    writeFileSync(brokenPath, JSON.stringify(broken));
    const before = readdirSync(join(harness.dataDirectory, 'workspace/procurements')).sort();
    harness.dialogs.nextOpen(brokenPath);
    await page.getByTestId('import-procurement').click();
    const error = page.getByTestId('notice-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Työtilaan ei tehty muutoksia');
    expect(await error.textContent()).toContain('procurement.revision');
    await screenshot(page, 'import-refused');

    // Not JSON at all.
    writeFileSync(brokenPath, '{"format": "hankintapolku.procurement", ');
    harness.dialogs.nextOpen(brokenPath);
    await page.getByTestId('import-procurement').click();
    await page.getByTestId('notice-error').filter({ hasText: 'JSON' }).waitFor();

    expect(readdirSync(join(harness.dataDirectory, 'workspace/procurements')).sort()).toEqual(
      before,
    );
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'Ruokapalvelut' }).count())
      .toBe(2);
  });

  it('deletes after confirmation and undoes the deletion', async () => {
    await createProcurement('Kotihoidon tukipalvelut');
    await backToList();
    const row = page.getByRole('row').filter({ hasText: 'Kotihoidon tukipalvelut' });
    await row.getByRole('button', { name: /Toiminnot/ }).click();
    await page.getByRole('menuitem', { name: 'Poista' }).click();
    await page.getByRole('dialog').getByText('Poistetaanko hankinta?').waitFor();
    await screenshot(page, 'delete-confirm');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('confirm-dialog-confirm').click();
    await page.getByTestId('empty-list').waitFor();
    await page.getByTestId('notice-success').getByRole('button', { name: 'Kumoa' }).click();
    await page.getByRole('row').filter({ hasText: 'Kotihoidon tukipalvelut' }).waitFor();
  });

  it('switches the language to Swedish and English and keeps it after a reload', async () => {
    await page.getByRole('link', { name: 'Asetukset ja varmuuskopiot' }).click();
    await page.getByRole('heading', { level: 1, name: 'Asetukset ja varmuuskopiot' }).waitFor();
    await screenshot(page, 'settings');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Choosing a radio only chooses; the button changes the language (WCAG 3.2.2).
    await page.locator('label', { hasText: 'Svenska' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    await page.getByTestId('apply-language').click();
    await page
      .getByRole('heading', { level: 1, name: 'Inställningar och säkerhetskopior' })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'Inställningar och säkerhetskopior' })
      .waitFor();
    await screenshot(page, 'settings-sv');

    await page.locator('label', { hasText: 'English' }).click();
    await page.getByTestId('apply-language').click();
    await page.getByRole('heading', { level: 1, name: 'Settings and backups' }).waitFor();
    await page.getByRole('link', { name: 'Procurements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Procurements' }).waitFor();
  });

  it('validates the Business ID check digit in the organisation profile', async () => {
    await page.getByRole('link', { name: 'Asetukset ja varmuuskopiot' }).click();
    const businessId = page.getByTestId('org-businessId');
    await businessId.fill('0135457-3');
    await page.getByText('tarkistusnumero ei täsmää').waitFor();
    await businessId.fill('0135457-2');
    await page.getByTestId('org-name').fill('Esimerkkilän kaupunki');
    await page.getByTestId('save-organisation').click();
    await page
      .getByTestId('notice-success')
      .filter({ hasText: 'Organisaation tiedot tallennettiin' })
      .waitFor();
    const settings = JSON.parse(readFileSync(join(harness.dataDirectory, 'settings.json'), 'utf8'));
    expect(settings.organisation).toMatchObject({
      name: 'Esimerkkilän kaupunki',
      businessId: '0135457-2',
    });
  });

  it('takes a backup and restores it, replacing later changes', async () => {
    await createProcurement('Ennen varmuuskopiota');
    await backToList();
    await page.getByRole('link', { name: 'Asetukset ja varmuuskopiot' }).click();
    await page.getByTestId('backup-now').click();
    await page
      .getByTestId('notice-success')
      .filter({ hasText: 'Varmuuskopio otettiin (1 hankinta)' })
      .waitFor();

    await page.getByRole('link', { name: 'Hankinnat', exact: true }).click();
    await createProcurement('Varmuuskopion jälkeen');
    await backToList();
    await page.getByRole('link', { name: 'Asetukset ja varmuuskopiot' }).click();
    const manualRow = page.getByRole('row').filter({ hasText: 'Käsin otettu' });
    await manualRow.getByRole('button', { name: 'Palauta' }).click();
    await page.getByTestId('confirm-dialog-confirm').click();
    await page
      .getByTestId('notice-success')
      .filter({ hasText: 'Varmuuskopio palautettiin: 1 hankinta.' })
      .waitFor();
    await page.getByRole('row').filter({ hasText: 'Turvakopio ennen palautusta' }).waitFor();

    await page.getByRole('link', { name: 'Hankinnat', exact: true }).click();
    await page.getByRole('row').filter({ hasText: 'Ennen varmuuskopiota' }).waitFor();
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'Varmuuskopion jälkeen' }).count())
      .toBe(0);
    expect(existsSync(join(harness.dataDirectory, 'workspace/backups'))).toBe(true);
  });
});
