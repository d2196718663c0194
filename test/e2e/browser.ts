import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Harness } from './harness';

/** Debian's Chromium; `.ci/run` installs it. playwright's own browser download cannot work here. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Where screenshots of the main views are kept for people to look at. */
export const SCREENS_DIR = resolve(__dirname, '../../test-results/screens');

/** Starts headless Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh browser context on the harness, with the bridge in place of the preload. */
export async function openApp(
  browser: Browser,
  harness: Harness,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
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
  await page.goto(harness.url);
  return { context, page };
}

/** Errors the page logged (uncaught exceptions, console errors, CSP violations). */
export function pageProblems(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

/** Saves a full-page screenshot under test-results/screens. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage: true });
}

const LABEL_IN_NAME = 'label-content-name-mismatch';

/** The WCAG 2.1 A and AA rule sets of axe-core. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core with the WCAG 2.1 A/AA rules; returns every violation, whatever its impact
 * (minor and moderate ones too), with its targets and the first reason.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // 2.5.3 (label in name) is an experimental axe rule; it is switched on here. `options` first:
  // it replaces the options object, `withTags` then adds the WCAG filter.
  const results = await new AxeBuilder({ page })
    .options({ rules: { [LABEL_IN_NAME]: { enabled: true } } })
    .withTags(WCAG_TAGS)
    .analyze();
  const ran = [results.passes, results.violations, results.incomplete, results.inapplicable].some(
    (list) => list.some((r) => r.id === LABEL_IN_NAME),
  );
  if (!ran) throw new Error(`axe did not run ${LABEL_IN_NAME}`);
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join(' | ')}`,
  );
}

/**
 * The name the tests have used so far; since the accessibility tier it returns violations of
 * every impact ({@link axeViolations}), not only serious and critical ones.
 */
export const seriousAxeViolations = axeViolations;
