import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHASES } from '../../shared/domain/procurement/phases';
import type { UiLanguage } from '../../shared/domain/workspace/organisationProfile';
import { PLANNING_STEPS } from '../../renderer/src/features/planning/planningSteps';
import { launchBrowser } from '../e2e/browser';
import { startHarness, type Harness } from '../e2e/harness';
import {
  a11yScreenshot,
  goTo,
  openPage,
  seededHarness,
  unexpectedProblems,
  wcagViolations,
} from './support';

// axe-core (WCAG 2.1 A and AA rules, every impact) on every view and on the states that open
// something over a view: field errors, dialogs, an open list, an open date picker, a failed
// save. One table: a new view or phase adds one line.

/** One view or state to check: where it is, and what to do there before the check. */
interface A11yCase {
  name: string;
  /** The hash route; `id` is the sample procurement's id. */
  hash: (id: string) => string;
  /** Runs on a workspace without procurements instead of the seeded one. */
  empty?: boolean;
  setup?: (page: Page, id: string) => Promise<void>;
}

const planning = (id: string, step: string) => `#/procurements/${id}/planning/${step}`;

async function blurFill(page: Page, testId: string, value: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.fill(value);
  await input.blur();
}

export const A11Y_CASES: readonly A11yCase[] = [
  { name: 'list', hash: () => '#/' },
  {
    name: 'list with search and filter',
    hash: () => '#/',
    setup: async (page) => {
      await page.getByRole('searchbox').fill('a');
      await page.getByTestId('list-status-filter').click();
      await page.getByRole('option').nth(1).click();
      await page.getByTestId('list-result-count').waitFor({ state: 'attached' });
    },
  },
  { name: 'empty list', hash: () => '#/', empty: true },
  { name: 'calendar', hash: () => '#/calendar' },
  { name: 'settings', hash: () => '#/settings' },
  ...PLANNING_STEPS.map((step): A11yCase => ({
    name: `planning ${step}`,
    hash: (id) => planning(id, step),
  })),
  ...PHASES.filter((p) => p !== 'planning').map((phase): A11yCase => ({
    name: `phase ${phase}`,
    hash: (id) => `#/procurements/${id}/${phase}`,
  })),
  {
    name: 'field errors shown',
    hash: (id) => planning(id, 'value'),
    setup: async (page) => {
      await blurFill(page, 'lot-0-amount', '12O00');
      await blurFill(page, 'value-noticeSent', '31.2.2027');
      await page.locator('[class*="fi-status-text"]:not(:empty)').first().waitFor();
    },
  },
  {
    name: 'lot removed, undo offered',
    hash: (id) => planning(id, 'lots'),
    setup: async (page) => {
      await page.getByTestId('lot-0-remove').click();
      await page.getByTestId('removal-undo').waitFor();
    },
  },
  {
    name: 'confirm dialog open',
    hash: () => '#/',
    setup: async (page, id) => {
      await page.getByTestId(`row-actions-${id}`).click();
      await page.getByRole('menuitem').last().click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'title dialog open',
    hash: () => '#/',
    setup: async (page) => {
      await page.getByTestId('new-procurement').click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'dropdown list open',
    hash: () => '#/',
    setup: async (page) => {
      await page.getByTestId('list-status-filter').click();
      await page.getByRole('listbox').waitFor();
    },
  },
  {
    name: 'single select list open',
    hash: () => '#/calendar',
    setup: async (page) => {
      await page.getByTestId('calendar-filter-person').click();
      await page.getByRole('listbox').waitFor();
    },
  },
  {
    name: 'date picker open',
    hash: (id) => planning(id, 'timeline'),
    setup: async (page) => {
      await page.locator('.fi-date-input_picker-button').first().click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'failed save notice',
    hash: (id) => planning(id, 'lots'),
    setup: async (page) => {
      await page.route('**/ipc/procurement%3Asave', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            ok: false,
            error: { code: 'storageFailure', params: { reason: 'ENOSPC' } },
          }),
        }),
      );
      await blurFill(page, 'lot-0-code', '9');
      await page.locator('[data-testid="save-state"][data-state="error"]').waitFor();
    },
  },
];

for (const language of ['fi', 'sv'] as const satisfies readonly UiLanguage[]) {
  describe(`WCAG 2.1 AA with axe-core, ${language}`, () => {
    let browser: Browser;
    let seeded: Harness;
    let empty: Harness;
    let sampleId = '';
    beforeAll(async () => {
      browser = await launchBrowser();
      const made = await seededHarness(language);
      seeded = made.harness;
      sampleId = made.sample.id;
      empty = await startHarness();
      await empty.appService.service['settings:setLanguage']({ language });
    });
    afterAll(async () => {
      await browser?.close();
      await seeded?.stop();
      await empty?.stop();
    });

    for (const c of A11Y_CASES) {
      it(c.name, async () => {
        const { context, page } = await openPage(browser, c.empty ? empty : seeded, {
          hash: c.hash(sampleId),
        });
        try {
          await goTo(page, c.hash(sampleId));
          await c.setup?.(page, sampleId);
          expect(await wcagViolations(page)).toEqual([]);
          if (language === 'sv' && c.name.startsWith('planning ')) {
            await a11yScreenshot(page, `${c.name.replace(' ', '-')}-sv`);
          }
          expect(unexpectedProblems(page)).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  });
}
