import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchBrowser, openApp, pageProblems } from './browser';
import { startHarness, type Harness } from './harness';

/** The page and harness of the running test. */
export interface AppUnderTest {
  page: Page;
  harness: Harness;
}

/**
 * Registers the hooks every end-to-end file needs: one Chromium per file; per test a fresh
 * harness (real service on a new temp folder) and a fresh page on the list view; after each
 * test, no page errors (uncaught exceptions, console errors, CSP violations) and a clean stop.
 * `bind` receives the page and harness of each test.
 */
export function useAppUnderTest(bind: (current: AppUnderTest) => void): void {
  let browser: Browser;
  let current: AppUnderTest | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    const harness = await startHarness();
    const { page } = await openApp(browser, harness);
    await page.getByRole('heading', { level: 1, name: 'Hankinnat' }).waitFor();
    current = { page, harness };
    bind(current);
  });
  afterEach(async () => {
    if (!current) return;
    const { page, harness } = current;
    current = null;
    expect(pageProblems(page)).toEqual([]);
    await page.context().close();
    await harness.stop();
  });
}
