import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Procurement } from '../../shared/domain/procurement/procurement';
import type { UiLanguage } from '../../shared/domain/workspace/organisationProfile';
import { axeViolations, pageProblems } from '../e2e/browser';
import { startHarness, type Harness } from '../e2e/harness';

/** Where the accessibility tier keeps its screenshots (Swedish and English planning steps). */
export const A11Y_SCREENS_DIR = resolve(__dirname, '../../test-results/accessibility');

/** axe-core with the WCAG 2.1 A/AA rules; every violation, any impact (see test/e2e/browser.ts). */
export const wcagViolations = axeViolations;

/** A browser context on the harness (the bridge in place of the preload), optionally zoomed. */
export async function openPage(
  browser: Browser,
  harness: Harness,
  options: { width?: number; height?: number; deviceScaleFactor?: number; hash?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: 'fi-FI',
  });
  await context.addInitScript(harness.bridgeScript);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  (page as Page & { problems?: string[] }).problems = problems;
  await page.goto(new URL(options.hash ?? '', harness.url).toString());
  await page.locator('main h1').first().waitFor();
  return { context, page };
}

/** Errors the page logged, except the failed save the test itself staged. */
export function unexpectedProblems(page: Page): string[] {
  return pageProblems(page).filter((p) => !p.includes('Failed to load resource'));
}

/** A harness in `language` with the sample procurement (two lots, a full timeline). */
export async function seededHarness(
  language: UiLanguage,
): Promise<{ harness: Harness; sample: Procurement }> {
  const harness = await startHarness();
  const service = harness.appService.service;
  await service['settings:setLanguage']({ language });
  const sample = await service['procurement:createSample']({ language });
  return { harness, sample };
}

/** Goes to a hash route and waits for the view's heading. */
export async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main [class*="spinner"]'));
}

/** Saves a full-page PNG under test-results/accessibility. */
export async function a11yScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(A11Y_SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: join(A11Y_SCREENS_DIR, `${name}.png`), fullPage: true });
}

/** What the focused element is: tag, role, accessible name (best effort), test id. */
export async function describeFocus(page: Page): Promise<{
  tag: string;
  name: string;
  testId: string | null;
  role: string | null;
}> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', name: '', testId: null, role: null };
    const labelledBy = el.getAttribute('aria-labelledby');
    const byIds = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : '';
    const labels =
      'labels' in el && (el as HTMLInputElement).labels
        ? Array.from((el as HTMLInputElement).labels ?? [])
            .map((l) => l.textContent ?? '')
            .join(' ')
        : '';
    const name = (
      el.getAttribute('aria-label') ||
      byIds ||
      labels ||
      el.textContent ||
      el.getAttribute('title') ||
      ''
    ).trim();
    return {
      tag: el.tagName.toLowerCase(),
      name,
      testId: el.getAttribute('data-testid'),
      role: el.getAttribute('role'),
    };
  });
}
