import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../e2e/browser';
import { startHarness, type Harness } from '../e2e/harness';
import { describeFocus, openPage, unexpectedProblems } from './support';

// A keyboard-only walk (no clicks): create a procurement, fill its title and a value, wait for
// the save, remove a lot and undo the removal, switch the language. After every step the
// focus is on a named element, never on the page body (WCAG 2.4.3, 2.1.1).

type Focus = Awaited<ReturnType<typeof describeFocus>>;

let browser: Browser;
let harness: Harness;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  harness = await startHarness();
  ({ page } = await openPage(browser, harness));
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await harness?.stop();
});

/** The focus after a step: a named element, not the body. */
async function expectNamedFocus(step: string): Promise<Focus> {
  const focus = await describeFocus(page);
  expect(focus.tag, `focus after ${step}`).not.toBe('body');
  expect(focus.name, `focused element's name after ${step}`).not.toBe('');
  return focus;
}

/** Presses Tab (or Shift+Tab) until the focus matches; at most `max` presses. */
async function tabTo(
  matches: (focus: Focus) => boolean,
  options: { back?: boolean; max?: number } = {},
): Promise<number> {
  for (let i = 1; i <= (options.max ?? 60); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    if (matches(await describeFocus(page))) return i;
  }
  throw new Error(
    `Focus never reached the target: now ${JSON.stringify(await describeFocus(page))}`,
  );
}

const byTestId = (id: string) => (f: Focus) => f.testId === id;
const lotCount = () => page.locator('[data-testid^="lot-"][data-testid$="-code"]').count();

describe('keyboard only', () => {
  it('creates, fills, saves, removes and restores a lot, and switches language', async () => {
    // Create: the title dialog opens with the focus in its field.
    await tabTo(byTestId('new-procurement'));
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect((await expectNamedFocus('opening the title dialog')).testId).toBe('title-input');
    await page.keyboard.type('Siivouspalvelut');
    await page.keyboard.press('Enter');

    // The new view: focus on its heading, the window title names procurement and phase.
    await page.getByTestId('phase-planning').waitFor();
    await expect.poll(async () => (await describeFocus(page)).tag).toMatch(/^h[12]$/);
    await expectNamedFocus('creating');
    expect(await page.title()).toBe('Siivouspalvelut – Suunnittelu – Hankintapolku');

    // Two lots, on the lots step (through the step navigation).
    await tabTo(byTestId('step-lots'));
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="phase-planning"][data-step="lots"]').waitFor();
    await expectNamedFocus('opening the lots step');
    await tabTo(byTestId('add-lot'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(lotCount).toBe(2);
    await expectNamedFocus('adding lots');
    await page.keyboard.press('Shift+Tab');
    await tabTo(byTestId('lot-0-code'), { back: true });
    await page.keyboard.type('A');

    // Remove the first lot: the focus moves to the next lot, now the first.
    await tabTo(byTestId('lot-0-remove'));
    await page.keyboard.press('Enter');
    await expect.poll(lotCount).toBe(1);
    await expect.poll(async () => (await describeFocus(page)).testId).toBe('lot-0-code');
    await expectNamedFocus('removing a lot');

    // The undo is right before it, without a time limit.
    await tabTo(byTestId('removal-undo'), { back: true, max: 3 });
    await expectNamedFocus('reaching the undo');
    await page.keyboard.press('Enter');
    await expect.poll(lotCount).toBe(2);
    await expect.poll(async () => (await describeFocus(page)).testId).toBe('lot-0-code');
    expect(await page.getByTestId('lot-0-code').inputValue()).toBe('A');
    await expectNamedFocus('undoing the removal');

    // The value step through the step navigation: focus to the step's heading.
    await tabTo(byTestId('step-value'), { back: true });
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="phase-planning"][data-step="value"]').waitFor();
    await expect.poll(async () => (await describeFocus(page)).tag).toMatch(/^h[12]$/);
    await expectNamedFocus('opening the value step');
    expect(await page.title()).toBe('Siivouspalvelut – Suunnittelu – Hankintapolku');
    await tabTo(byTestId('lot-0-amount'));
    // Everything the live region says from here on.
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => {
        const text = document.getElementById('announcer')?.textContent ?? '';
        if (text) said.push(text);
      }).observe(document.getElementById('announcer')!, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.keyboard.type('150000');
    await page.keyboard.press('Tab');
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
    await expectNamedFocus('saving');
    // Autosave is announced once per save ("Tallennettu"), not at each state on the way
    // (pending, saving), and the visible save state is no live region of its own.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said))
      .toContain('Tallennettu');
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said.every((text) => text === 'Tallennettu')).toBe(true);
    expect(
      await page
        .locator(
          '[data-testid="save-state"] [aria-live], [data-testid="save-state"] [role="status"]',
        )
        .count(),
    ).toBe(0);

    // Switch the language from the header menu.
    await tabTo((f) => f.name.includes('Suomi'), { back: true, max: 80 });
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    // The menu lists suomi, svenska, English; the first is active when it opens.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await expectNamedFocus('switching the language');
    await expect
      .poll(() => page.locator('[data-testid="announcer"]').textContent())
      .toMatch(/svenska/i);
    expect(await page.title()).toBe('Siivouspalvelut – Planering – Hankintapolku');
    expect(unexpectedProblems(page)).toEqual([]);
  });

  it('keeps the focus on a row after deleting and archiving from the list, and reaches the undo', async () => {
    const service = harness.appService.service;
    await service['settings:setLanguage']({ language: 'fi' });
    for (const title of ['Alfa', 'Beeta', 'Gamma', 'Delta'])
      await service['procurement:create']({ title });
    await page.goto(harness.url);
    await page.getByTestId('procurement-table').waitFor();
    const rows = () => page.locator('tbody tr[data-row-id]').count();
    const before = await rows();

    /** Opens the focused row's action menu and picks its item `steps` below the first. */
    const pickAction = async (steps: number) => {
      await tabTo((f) => (f.testId ?? '').startsWith('row-actions-'));
      await page.keyboard.press('Enter');
      await page.getByRole('menu').waitFor();
      await page.waitForTimeout(100);
      for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    };

    // Delete (the last item, after Open, Rename, Duplicate, Export, Archive): confirm with
    // the keyboard; the focus goes to the next row, not to the body, and no notice covers it.
    await pickAction(5);
    await page.getByRole('dialog').waitFor();
    await expect.poll(async () => (await describeFocus(page)).name).toBe('Peruuta');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(rows).toBe(before - 1);
    await expect.poll(async () => (await describeFocus(page)).tag).toBe('tr');
    await expectNamedFocus('deleting');
    const covered = await page.evaluate(() => {
      const focused = document.activeElement!.getBoundingClientRect();
      const notices = document.querySelector('[data-testid="notices"]')!.getBoundingClientRect();
      return focused.bottom > notices.top && focused.top < notices.bottom && notices.height > 0;
    });
    expect(covered).toBe(false);

    // The undo stays (no time limit) and is one shortcut away from the row: Ctrl+Z.
    const undo = page.getByTestId('notice-success').getByRole('button', { name: 'Kumoa' });
    expect(await undo.getAttribute('aria-keyshortcuts')).toBe('Control+Z');
    await page.keyboard.press('Control+z');
    await expect.poll(rows).toBe(before);
    await expectNamedFocus('undoing the deletion');

    // Archive: the row leaves the list, the focus goes to the next row.
    await tabTo((f) => f.tag === 'tr');
    await pickAction(4);
    await expect.poll(rows).toBe(before - 1);
    await expect.poll(async () => (await describeFocus(page)).tag).toBe('tr');
    await expectNamedFocus('archiving');
    expect(unexpectedProblems(page)).toEqual([]);
  });
});

describe('notices and the focus', () => {
  it('after removing an option period the focus is on the add button, not under the notice (2.4.11)', async () => {
    const service = harness.appService.service;
    await service['settings:setLanguage']({ language: 'fi' });
    const sample = await service['procurement:createSample']({ language: 'fi' });
    await page.goto(new URL(`#/procurements/${sample.id}/planning/term`, harness.url).toString());
    await page.getByTestId('option-0').waitFor();
    // Remove the option period with the keyboard: its undo notice appears at the bottom while
    // the focus moves to the add button, which must stay visible above the notice.
    await page.getByRole('button', { name: 'Poista optiokausi' }).focus();
    // At the bottom of the window, where the notice appears.
    await page.evaluate(() => document.activeElement!.scrollIntoView({ block: 'end' }));
    await page.keyboard.press('Enter');
    await page
      .getByTestId('notice-success')
      .filter({ hasText: 'Optiokausi poistettiin' })
      .waitFor();
    await expect.poll(async () => (await describeFocus(page)).testId).toBe('add-option');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const focused = document.activeElement!.getBoundingClientRect();
          const notices = document
            .querySelector('[data-testid="notices"]')!
            .getBoundingClientRect();
          return focused.bottom <= notices.top || focused.top >= notices.bottom;
        }),
      )
      .toBe(true);
    expect(unexpectedProblems(page)).toEqual([]);
  });
});
