import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './appUnderTest';
import { seriousAxeViolations } from './browser';
import type { Harness } from './harness';

// The employment clause phase (issue 11) through the real renderer, service and files: the
// sample procurement (services, four lots, 6 000 000 € a year, 2 years + 2 × 12-month
// options; screening "recommended") gets its clause from the screening result, first as an
// award criterion (which lands in the criteria plan) and then as a contract condition.

let harness: Harness;
let page: Page;

useAppUnderTest((current) => {
  ({ page, harness } = current);
});

const SHOTS = resolve(__dirname, '../../test-results/employmentClause');

async function shot(name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

const nbsp = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function fill(testId: string, value: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.fill(value);
  await input.blur();
}

async function step(name: string): Promise<void> {
  await page.getByTestId(`step-${name}`).click();
  await page.locator(`[data-testid="phase-employmentClause"][data-step="${name}"]`).waitFor();
}

async function waitSaved(): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
}

interface StoredClause {
  decision: string;
  form: string;
  obligation: Record<string, unknown>;
  terms: { reportingCadence: string; penalty: Record<string, unknown> };
}
interface Stored {
  title: string;
  employmentClause: StoredClause;
  criteria: { common: { criteria: { kind: string; params: unknown; weightPercent: number }[] } };
}

function storedProcurements(): Stored[] {
  const dir = join(harness.dataDirectory, 'workspace/procurements');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map(
      (f) =>
        (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { procurement: Stored }).procurement,
    );
}

async function previewText(): Promise<string> {
  return nbsp(await page.getByTestId('clause-preview-aside-text').textContent());
}

describe('employment clause phase end to end', () => {
  it('defines the clause from the screening as an award criterion, then as a contract condition; preview, plan, reload, export and import', async () => {
    await page.getByTestId('open-sample').click();
    await page.getByTestId('phase-planning').waitFor();
    await page.getByRole('link', { name: 'Työllistämisehto', exact: true }).click();
    await page.locator('[data-testid="phase-employmentClause"][data-step="decision"]').waitFor();

    // The screening result is the starting point.
    const carried = page.getByTestId('employment-screening-carried');
    expect(await carried.getAttribute('data-recommendation')).toBe('recommended');
    expect(await carried.textContent()).toContain('Työllistämisehtoa suositellaan');
    await page.getByTestId('clause-decision-use').check({ force: true });

    // Award criterion: points for extra person-months, capped; the criterion enters the plan.
    await page.getByTestId('clause-form-awardCriterion').check({ force: true });
    await page.getByTestId('clause-award').waitFor();
    await fill('clause-award-maxPoints', '15');
    await fill('clause-award-cap', '12');
    await page.getByTestId('clause-criterion-in-plan').waitFor();
    expect(await page.getByTestId('clause-criterion-in-plan').textContent()).toContain('15');
    await expect.poll(previewText).toContain('enintään 15 pistettä');
    expect(await previewText()).toContain('÷ 12 × 15');
    await waitSaved();
    await shot('fi-1-decision-award');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await expect
      .poll(() => storedProcurements()[0]?.criteria.common.criteria)
      .toEqual([
        expect.objectContaining({
          kind: 'employmentCommitment',
          weightPercent: 0,
          params: { baselinePersonMonths: 0, capPersonMonths: 12 },
        }),
      ]);

    // The obligation: one person-month per full 100 000 € of 6 000 000 € a year = 60 a year.
    await step('obligation');
    // The focus moves to the step's heading.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('clause-step-heading');
    expect(nbsp(await page.getByTestId('clause-annual-value').textContent())).toContain(
      '6 000 000,00 €',
    );
    expect(nbsp(await page.getByTestId('clause-total').textContent())).toContain('240 htkk');
    // 5 % of 6 000 000 € = 300 000 € a year ÷ 3 500 € = 85,71… → 85 (down), per contract
    // year; 2 base years + 2 option years.
    await page.getByTestId('clause-method-shareOfAnnualValue').check({ force: true });
    await fill('clause-share', '5');
    await fill('clause-labourCost', '3500');
    await expect
      .poll(async () => nbsp(await page.getByTestId('clause-year-1-amount').textContent()))
      .toBe('85 htkk');
    expect(nbsp(await page.getByTestId('clause-year-1').textContent())).toContain(
      '300 000,00 € / 3 500,00 € ≈ 85,71',
    );
    expect(nbsp(await page.getByTestId('clause-year-3').textContent())).toContain('Optio 1');
    expect(nbsp(await page.getByTestId('clause-total-base').textContent())).toBe('170 htkk');
    expect(nbsp(await page.getByTestId('clause-total-options').textContent())).toBe('170 htkk');
    expect(nbsp(await page.getByTestId('clause-total').textContent())).toBe('340 htkk');
    expect(await previewText()).toContain('85 henkilötyökuukautta kutakin täyttä sopimusvuotta');
    expect(await previewText()).toContain('340 henkilötyökuukautta');
    // The preview follows a change of the share in the same render: 4 % → 68 a year, 272 in all.
    await fill('clause-share', '4');
    await expect.poll(previewText).toContain('68 henkilötyökuukautta kutakin');
    expect(await previewText()).toContain('272 henkilötyökuukautta');
    expect(nbsp(await page.getByTestId('clause-summary-total').textContent())).toBe('272 htkk');
    await shot('fi-3-obligation');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Target groups and the municipal employment services (guarded free text).
    await step('targetGroups');
    await page.getByTestId('clause-group-partiallyAbleToWork').check({ force: true });
    await fill('clause-servicesUnit', 'Tampereen seudun työllisyysalue');
    await expect.poll(previewText).toContain('osatyökykyiset');
    await shot('fi-2-target-groups');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await fill('clause-servicesUnit', 'Yhteyshenkilö 131052-308T');
    // The personal-data guard names the field and blocks saving until the code is gone.
    await page
      .getByTestId('phase-employmentClause')
      .getByText('Kentässä on henkilötunnus', { exact: false })
      .waitFor();
    await fill('clause-servicesUnit', 'Tampereen seudun työllisyysalue');

    // Then as a contract condition: the criterion leaves the plan; terms and penalty.
    await step('decision');
    await page.getByTestId('clause-form-contractCondition').check({ force: true });
    await expect.poll(() => page.getByTestId('clause-award').count()).toBe(0);
    await step('terms');
    await page.getByTestId('clause-cadence-halfYearly').check({ force: true });
    await page.getByTestId('clause-penalty-per').check({ force: true });
    await fill('clause-penalty-amount', '1500');
    await page.getByTestId('clause-preview-aside-variant-contract').check({ force: true });
    await expect.poll(previewText).toContain('1 500 €');
    expect(await previewText()).toContain('puolivuosittain');
    expect(await previewText()).not.toContain('pistettä');
    await shot('fi-4-terms-contract');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await waitSaved();
    await expect.poll(() => storedProcurements()[0]?.criteria.common.criteria.length).toBe(0);
    const stored = storedProcurements()[0]!.employmentClause;
    expect(stored).toMatchObject({
      decision: 'use',
      form: 'contractCondition',
      obligation: {
        method: 'shareOfAnnualValue',
        sharePercent: 4,
        monthlyLabourCostCents: 350_000,
      },
      terms: {
        reportingCadence: 'halfYearly',
        penalty: { kind: 'perMissingPersonMonth', amountCents: 150_000 },
      },
    });

    // The text step: the preview in Swedish while the interface stays Finnish.
    await step('text');
    await page.getByTestId('clause-preview-main-language-sv').check({ force: true });
    const main = page.getByTestId('clause-preview-main-text');
    await expect.poll(() => main.getAttribute('data-language')).toBe('sv');
    expect(nbsp(await main.textContent())).toContain('68 personmånader');
    expect(await page.getByRole('heading', { level: 2, name: 'Ehdon teksti' }).count()).toBe(1);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(harness.url).origin,
    });
    await page.getByTestId('clause-preview-main-copy').click();
    await page.getByTestId('notice-success').filter({ hasText: 'kopioitiin' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('68 personmånader');
    await shot('fi-5-text-sv-preview');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Notice fields in Finnish and Swedish.
    await step('notice');
    expect(await page.getByTestId('notice-bt06').textContent()).toContain('soc-obj');
    expect((await page.getByTestId('notice-bt775-fi').textContent())?.length).toBeGreaterThan(10);
    expect(nbsp(await page.getByTestId('notice-bt777-fi').textContent())).toContain('68');
    expect(nbsp(await page.getByTestId('notice-bt777-sv').textContent())).toContain(
      '68 personmånader',
    );
    await shot('fi-6-notice');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The same phase in Swedish.
    await page.getByTestId('language-menu').click();
    await page.getByRole('menuitem', { name: /Svenska/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Fält i Hilma-annonsen (eForms)' }).waitFor();
    await shot('sv-6-notice');
    await step('obligation');
    expect(nbsp(await page.getByTestId('clause-total').textContent())).toBe('272 personmånader');
    await shot('sv-3-obligation');
    await step('terms');
    await shot('sv-4-terms');
    await step('text');
    await shot('sv-5-text');
    await step('decision');
    await shot('sv-1-decision');
    await page.getByTestId('language-menu').click();
    await page.getByRole('menuitem', { name: /Suomi/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Käytetäänkö työllistämisehtoa?' }).waitFor();

    // It survives a reload.
    await waitSaved();
    await page.reload();
    await page.locator('[data-testid="phase-employmentClause"][data-step="decision"]').waitFor();
    await step('obligation');
    expect(nbsp(await page.getByTestId('clause-total').textContent())).toBe('272 htkk');
    expect(await previewText()).toContain('1 500 €');

    // And export and import (the existing channels): the copy carries the same clause.
    await page.getByRole('link', { name: 'Hankinnat', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Hankinnat' }).waitFor();
    const title = storedProcurements()[0]!.title;
    const exportPath = join(harness.dataDirectory, 'clause.hankinta.json');
    harness.dialogs.nextSave(exportPath);
    const row = page.getByRole('row').filter({ hasText: title }).first();
    await row.getByRole('button', { name: /Toiminnot/ }).click();
    await page.getByRole('menuitem', { name: 'Vie tiedostoon' }).click();
    await page.getByTestId('notice-success').filter({ hasText: exportPath }).waitFor();
    const exported = JSON.parse(readFileSync(exportPath, 'utf8')) as { procurement: Stored };
    expect(exported.procurement.employmentClause).toEqual(stored);
    harness.dialogs.nextOpen(exportPath);
    await page.getByTestId('import-procurement').click();
    await page.getByTestId('notice-success').filter({ hasText: 'kopiona' }).waitFor();
    await expect.poll(() => storedProcurements().length).toBe(2);
    const copy = storedProcurements().find((p) => p.title !== title)!;
    expect(copy.employmentClause).toEqual(stored);
    await page
      .getByRole('row')
      .filter({ hasText: 'tuotu kopio' })
      .getByRole('link')
      .first()
      .click();
    await page.getByTestId('phase-planning').waitFor();
    await page.getByRole('link', { name: 'Työllistämisehto', exact: true }).click();
    await step('obligation');
    expect(nbsp(await page.getByTestId('clause-total').textContent())).toBe('272 htkk');
  });

  it('records why the clause is not used, and the award criterion survives a reload in the plan', async () => {
    await page.getByTestId('open-sample').click();
    await page.getByTestId('phase-planning').waitFor();
    await page.getByRole('link', { name: 'Työllistämisehto', exact: true }).click();
    await page.getByTestId('clause-decision-notUsed').check({ force: true });
    await page.getByTestId('clause-problems').filter({ hasText: 'Perustelu puuttuu' }).waitFor();
    await fill('clause-notUsedReason', 'Palvelu ostetaan jo sosiaaliselta yritykseltä.');
    await page.getByTestId('clause-ready').waitFor();
    await step('targetGroups');
    await page.getByTestId('clause-not-in-use').waitFor();
    await shot('fi-2-not-used');
    await step('decision');
    expect(await page.getByTestId('clause-preview-aside').textContent()).toContain(
      'Työllistämisehtoa ei käytetä',
    );
    await page.getByTestId('clause-decision-use').check({ force: true });
    await page.getByTestId('clause-form-awardCriterion').check({ force: true });
    await page.getByTestId('clause-criterion-in-plan').waitFor();
    // One undo step takes back the form and the criterion together. (Changes of one field
    // within 2 s coalesce into one undo step, as keystrokes do: wait that out first.)
    await page.waitForTimeout(2_100);
    await page.getByTestId('clause-form-minimumRequirement').check({ force: true });
    await expect.poll(() => page.getByTestId('clause-criterion-in-plan').count()).toBe(0);
    await waitSaved();
    expect(storedProcurements()[0]?.criteria.common.criteria).toHaveLength(0);
    await page.getByTestId('undo').click();
    await page.getByTestId('clause-criterion-in-plan').waitFor();
    expect(await page.getByTestId('clause-form-awardCriterion').isChecked()).toBe(true);
    await waitSaved();
    await page.reload();
    await page.getByTestId('clause-criterion-in-plan').waitFor();
    expect(storedProcurements()[0]?.criteria.common.criteria).toHaveLength(1);
    expect(storedProcurements()[0]?.employmentClause).toMatchObject({
      decision: 'use',
      form: 'awardCriterion',
      notUsedReason: 'Palvelu ostetaan jo sosiaaliselta yritykseltä.',
    });
  });
});
