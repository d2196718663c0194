import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { obligationInputOf } from '../../shared/domain/employmentClause/clauseInputs';
import { computeObligation } from '../../shared/domain/employmentClause/obligation';
import type { Procurement } from '../../shared/domain/procurement/procurement';
import { useAppUnderTest } from './appUnderTest';
import { seriousAxeViolations } from './browser';

// The employment clause phase used the way an officer uses it (review of issue 11): typed
// numbers with units, refusals that name the field, the personal-data guard, keyboard only,
// the criteria plan and the stored file after switching forms, deleting lots and undo.
// The sample procurement: services, four lots, 6 000 000 € a year, 2 years + 2 options.

let page: Page;
let dataDirectory: string;

useAppUnderTest((current) => {
  page = current.page;
  dataDirectory = current.harness.dataDirectory;
});

/** Autosave waits for a pause in typing: polls of the stored file wait longer than 1 s. */
const SLOW = { timeout: 8000 };

const nbsp = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function stored(): Procurement {
  const dir = join(dataDirectory, 'workspace/procurements');
  const file = readdirSync(dir).find((f) => f.endsWith('.json'));
  if (!file) throw new Error('no stored procurement');
  return (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { procurement: Procurement })
    .procurement;
}

async function type(testId: string, value: string): Promise<void> {
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

async function unsavedText(): Promise<string> {
  const unsaved = page.getByTestId('save-unsaved');
  return (await unsaved.count()) === 0 ? '' : nbsp(await unsaved.textContent());
}

async function openClause(): Promise<void> {
  await page.getByTestId('open-sample').click();
  await page.getByTestId('phase-planning').waitFor();
  await page.getByRole('link', { name: 'Työllistämisehto', exact: true }).click();
  await page.locator('[data-testid="phase-employmentClause"][data-step="decision"]').waitFor();
  await page.getByTestId('clause-decision-use').check({ force: true });
}

/** The field's own error text (tied to the input by aria-describedby). */
async function fieldError(testId: string): Promise<string> {
  const ids = (await page.getByTestId(testId).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return nbsp(texts.join(' '));
}

describe('employment clause phase, used as an officer would', () => {
  it('reads typed percentages, amounts, months and hours, refuses the rest naming the field, and every figure agrees with the calculator', async () => {
    await openClause();
    await page.getByTestId('clause-form-contractCondition').check({ force: true });
    await step('obligation');
    await page.getByTestId('clause-method-shareOfAnnualValue').check({ force: true });

    for (const [text, value] of [
      ['4,5', 4.5],
      ['4,5 %', 4.5],
      ['4.5', 4.5],
      ['5%', 5],
    ] as const) {
      await type('clause-share', text);
      await expect
        .poll(() => stored().employmentClause.obligation, { timeout: 5000 })
        .toMatchObject({ sharePercent: value });
      expect(await unsavedText()).toBe('');
    }
    for (const text of ['3 500', '3.500', '3500,00 €']) {
      await type('clause-labourCost', '1');
      await type('clause-labourCost', text);
      await expect
        .poll(() => stored().employmentClause.obligation, { timeout: 5000 })
        .toMatchObject({ monthlyLabourCostCents: 350_000 });
    }

    // Refused: each names the field in the save status, the stored value stays.
    for (const text of ['', 'viisi', '99999999', '4,5\n6']) {
      await type('clause-share', text);
      expect(await fieldError('clause-share')).not.toBe('');
      expect(await unsavedText()).toContain('Osuus');
      expect(stored().employmentClause.obligation).toMatchObject({ sharePercent: 5 });
    }
    await type('clause-share', '5');
    expect(await unsavedText()).toBe('');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Months and hours with their units.
    await type('clause-minMonths', '6 kk');
    expect(await fieldError('clause-minMonths')).toBe('');
    await type('clause-minHours', '18,5 h');
    expect(await fieldError('clause-minHours')).toBe('');
    await type('clause-fullTimeHours', '37,5');
    await expect
      .poll(() => stored().employmentClause.counting, { timeout: 5000 })
      .toMatchObject({ minEmploymentMonths: 6, minHoursPerWeek: 18.5, fullTimeHoursPerWeek: 37.5 });
    await type('clause-minMonths', '6 vuotta');
    expect(await unsavedText()).toContain('Yhden työsuhteen vähimmäiskesto');
    await type('clause-minMonths', '0');
    expect(await fieldError('clause-minMonths')).not.toBe('');
    await type('clause-minMonths', '6');
    // A minimum working time above full time is flagged in the summary.
    await type('clause-minHours', '40');
    await expect
      .poll(async () => nbsp(await page.getByTestId('phase-employmentClause').textContent()))
      .toContain('Vähimmäistyöaika on suurempi kuin kokoaikaisen työn tuntimäärä');
    await type('clause-minHours', '18,5');
    await waitSaved();

    // Every figure of the table and the preview is the calculator's (rounding down).
    const p = stored();
    const r = computeObligation(
      p.employmentClause.obligation,
      p.employmentClause.counting.rounding,
      obligationInputOf(p),
    );
    for (const year of r.years) {
      expect(
        nbsp(await page.getByTestId(`clause-year-${year.contractYear}-amount`).textContent()),
      ).toBe(`${year.amount} htkk`);
    }
    expect(nbsp(await page.getByTestId('clause-total').textContent())).toBe(`${r.total} htkk`);
    const preview = nbsp(await page.getByTestId('clause-preview-aside-text').textContent());
    expect(preview).toContain(`${r.years[0]?.amount} henkilötyökuukautta`);
    expect(preview).toContain(`${r.total} henkilötyökuukautta`);

    // The personal-data guard refuses an identity code in a free-text field, naming it, and
    // the save status says what is not saved.
    await step('targetGroups');
    await type('clause-servicesUnit', 'Yhteyshenkilö 131052-308T');
    await page
      .getByTestId('phase-employmentClause')
      .getByText('Kentässä on henkilötunnus', { exact: false })
      .waitFor();
    await expect
      .poll(async () => nbsp(await page.getByTestId('save-state').textContent()))
      .toMatch(/työllisyyspalvelujen yksikkö/);
    expect(stored().employmentClause.terms.employmentServicesUnit).not.toContain('131052');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await type('clause-servicesUnit', 'Tampereen seudun työllisyysalue');
    await waitSaved();

    // Terms: a penalty amount of zero is refused or flagged, never stored as a silent 0 €.
    await step('terms');
    await page.getByTestId('clause-penalty-per').check({ force: true });
    await type('clause-penalty-amount', '1.500');
    await expect
      .poll(() => stored().employmentClause.terms.penalty, { timeout: 5000 })
      .toMatchObject({ amountCents: 150_000 });
    // A cap of 0 % would make the penalty impossible to charge: flagged.
    await type('clause-penalty-cap', '0');
    await expect
      .poll(async () => nbsp(await page.getByTestId('phase-employmentClause').textContent()))
      .toContain('Sopimussakon enimmäismäärä on 0 % vuosiarvosta');
    await type('clause-penalty-cap', '10 %');
    // Days, weeks and counting shares with their units.
    await type('clause-reportDueDays', '30 pv');
    await type('clause-waitWeeks', '4 vk');
    await type('clause-way-workTrial-percent', '50 %');
    for (const id of ['clause-reportDueDays', 'clause-waitWeeks', 'clause-way-workTrial-percent']) {
      expect(await fieldError(id), id).toBe('');
    }
    await expect
      .poll(() => stored().employmentClause, SLOW)
      .toMatchObject({
        terms: { reportDueDays: 30, candidateWaitWeeks: 4 },
        fulfilment: { workTrial: { countsPercent: 50 } },
      });
    await type('clause-penalty-amount', 'tuhat');
    expect(await unsavedText()).toContain('Sakko / puuttuva henkilötyökuukausi');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await type('clause-penalty-amount', '1500');
  });

  it('keeps the criteria plan and the file consistent through form changes, lot deletion and undo', async () => {
    await openClause();
    await page.getByTestId('clause-form-awardCriterion').check({ force: true });
    const commitments = () =>
      stored().criteria.common.criteria.filter((c) => c.kind === 'employmentCommitment').length;
    await expect.poll(commitments, SLOW).toBe(1);
    // Two quick choices are two undo steps (only typing in one field is merged into one).
    await page.getByTestId('clause-form-contractCondition').check({ force: true });
    await expect.poll(commitments, SLOW).toBe(0);
    // Undo restores the form and the criterion together.
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored().employmentClause.form, SLOW).toBe('awardCriterion');
    await expect.poll(commitments, SLOW).toBe(1);
    await page.keyboard.press('Control+y');
    await expect.poll(() => stored().employmentClause.form, SLOW).toBe('contractCondition');
    await expect.poll(commitments, SLOW).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(commitments, SLOW).toBe(1);

    // Turning the clause off takes the criterion out; undo puts it back.
    await page.getByTestId('clause-decision-notUsed').check({ force: true });
    await expect.poll(commitments, SLOW).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(commitments, SLOW).toBe(1);
    await expect.poll(() => stored().employmentClause.decision, SLOW).toBe('use');

    // The clause covers only the first lot; that lot is deleted in planning.
    const firstLot = stored().lots[0];
    if (!firstLot) throw new Error('sample has lots');
    await page.getByTestId(`clause-lot-${firstLot.id}`).check({ force: true });
    await expect.poll(() => stored().employmentClause.lotIds, SLOW).toEqual([firstLot.id]);
    await page.getByRole('link', { name: 'Suunnittelu', exact: true }).click();
    await page.getByTestId('phase-planning').waitFor();
    await page.getByTestId('step-lots').click();
    await page.getByTestId('lot-0-remove').click();
    await expect.poll(() => stored().lots.some((l) => l.id === firstLot.id), SLOW).toBe(false);
    await page.getByRole('link', { name: 'Työllistämisehto', exact: true }).click();
    await page.getByTestId('phase-employmentClause').waitFor();
    await expect
      .poll(async () => nbsp(await page.getByTestId('phase-employmentClause').textContent()))
      .toContain('Kaikki osat, joita ehto koski, on poistettu');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored().lots.some((l) => l.id === firstLot.id), SLOW).toBe(true);
    await expect
      .poll(async () => nbsp(await page.getByTestId('phase-employmentClause').textContent()))
      .not.toContain('Kaikki osat, joita ehto koski, on poistettu');
  });

  it('goes through all six steps by keyboard, focus on each heading, axe-clean, in Swedish too, never naming the TE office', async () => {
    await openClause();
    await page.getByTestId('clause-form-contractCondition').check({ force: true });
    const steps = ['decision', 'targetGroups', 'obligation', 'terms', 'text', 'notice'];
    for (const language of ['fi', 'sv'] as const) {
      if (language === 'sv') {
        await page.getByTestId('language-menu').click();
        await page.getByRole('menuitem', { name: /Svenska/ }).click();
      }
      for (const s of steps) {
        await step(s);
        if (s !== 'decision' || language === 'sv') {
          await expect
            .poll(() => page.evaluate(() => document.activeElement?.id))
            .toBe('clause-step-heading');
        }
        expect(await seriousAxeViolations(page), `${language} ${s}`).toEqual([]);
        const text = nbsp(await page.getByTestId('phase-employmentClause').textContent());
        expect(text).not.toMatch(/TE-toimisto|TE-byrå|TE office|TE-palvelu/i);
      }
    }
    // The preview in every language, both variants.
    await step('text');
    for (const language of ['fi', 'sv', 'en']) {
      await page.getByTestId(`clause-preview-main-language-${language}`).check({ force: true });
      for (const variant of ['callForTenders', 'contract']) {
        await page.getByTestId(`clause-preview-main-variant-${variant}`).check({ force: true });
        const text = nbsp(await page.getByTestId('clause-preview-main-text').textContent());
        expect(text).not.toMatch(/TE-toimisto|TE-byrå|TE office|TE-palvelu/i);
      }
    }
    // Keyboard: from the step heading, Tab reaches the copy button; Enter copies and a
    // notice says so.
    await page.locator('#clause-step-heading').focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.getAttribute('data-testid') === 'clause-preview-main-copy',
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    // The live region (aria-live) says the text was copied, or how to copy it by hand.
    await expect
      .poll(async () => nbsp(await page.getByTestId('notices').textContent()))
      .toMatch(/urklipp|Ctrl\+C/);

    // Radio groups by arrow keys: the form moves from one choice to the next.
    await step('decision');
    await page.getByTestId('clause-form-contractCondition').focus();
    const before = stored().employmentClause.form;
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => stored().employmentClause.form, SLOW).not.toBe(before);
  });
});
