import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANNING_STEPS } from '../../renderer/src/features/planning/planningSteps';
import { launchBrowser } from '../e2e/browser';
import type { Harness } from '../e2e/harness';
import { a11yScreenshot, goTo, openPage, seededHarness } from './support';

// Reflow (WCAG 1.4.10): 1366 px at 200 % zoom is 683 × 450 CSS px. Chromium's
// deviceScaleFactor 2 draws each CSS pixel as 2 × 2, as a 200 % zoom does; the pages must fit
// the width without scrolling sideways (tables may scroll inside their own box).

const VIEWS = [
  { name: 'list', hash: () => '#/' },
  ...PLANNING_STEPS.map((step) => ({
    name: `planning ${step}`,
    hash: (id: string) => `#/procurements/${id}/planning/${step}`,
  })),
];

describe('200 % zoom: no horizontal page scrolling at 683 × 450 CSS px', () => {
  let browser: Browser;
  let harness: Harness;
  let id = '';
  beforeAll(async () => {
    browser = await launchBrowser();
    const made = await seededHarness('fi');
    harness = made.harness;
    id = made.sample.id;
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
  });

  for (const view of VIEWS) {
    it(view.name, async () => {
      const { context, page } = await openPage(browser, harness, {
        width: 683,
        height: 450,
        deviceScaleFactor: 2,
        hash: view.hash(id),
      });
      try {
        await goTo(page, view.hash(id));
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          widest: Array.from(document.querySelectorAll<HTMLElement>('main *'))
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth)
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
        }));
        await a11yScreenshot(page, `zoom-200-${view.name.replace(' ', '-')}`);
        expect(widths.scroll, widths.widest.join(', ')).toBeLessThanOrEqual(widths.client);
      } finally {
        await context.close();
      }
    });
  }
});

describe('planning steps in English (screenshots)', () => {
  it('saves a PNG of each step', async () => {
    const browser = await launchBrowser();
    const { harness, sample } = await seededHarness('en');
    try {
      for (const step of PLANNING_STEPS) {
        const hash = `#/procurements/${sample.id}/planning/${step}`;
        const { context, page } = await openPage(browser, harness, { hash });
        await goTo(page, hash);
        await a11yScreenshot(page, `planning-${step}-en`);
        await context.close();
      }
    } finally {
      await browser.close();
      await harness.stop();
    }
  });
});
