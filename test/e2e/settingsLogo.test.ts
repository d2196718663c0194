import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makePng } from '../support/images';
import { useAppUnderTest } from './appUnderTest';
import { screenshot, seriousAxeViolations } from './browser';
import type { Harness } from './harness';

// The organisation's logo for the document headers (issue 12): chosen in Settings through
// the (scripted) file dialog, checked from its bytes by the real service, stored in the
// workspace and shown as a preview; a file that is not an image is refused in words.

let harness: Harness;
let page: Page;

useAppUnderTest((current) => {
  ({ page, harness } = current);
});

describe('organisation logo in Settings', () => {
  it('stores a PNG, shows it, refuses a renamed text file with the reason, and removes it', async () => {
    await page.getByRole('link', { name: 'Asetukset ja varmuuskopiot' }).click();
    await page.getByTestId('logo-none').waitFor();

    const logo = join(harness.dataDirectory, 'kaupungin-logo.png');
    writeFileSync(logo, makePng(600, 200));
    harness.dialogs.nextOpen(logo);
    await page.getByTestId('logo-choose').click();
    const present = page.getByTestId('logo-present');
    await present.waitFor();
    expect(await present.textContent()).toContain('kaupungin-logo.png (600 × 200 px)');
    expect(
      await present
        .getByRole('img', { name: 'Organisaation logo' })
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    ).toBe(600);
    const stored = await harness.appService.service['settings:logo']({});
    expect(stored).toMatchObject({ present: true, type: 'png', widthPx: 600 });

    // A text file named .png: refused by its content, the stored logo stays.
    const fake = join(harness.dataDirectory, 'logo.png');
    writeFileSync(fake, 'not an image');
    harness.dialogs.nextOpen(fake);
    await page.getByTestId('logo-choose').click();
    const refused = page.getByTestId('logo-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('ei ole PNG- eikä JPEG-kuva');
    expect(await present.textContent()).toContain('kaupungin-logo.png');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-logo');

    await page.getByTestId('logo-remove').click();
    await page.getByTestId('logo-none').waitFor();
    expect(await harness.appService.service['settings:logo']({})).toEqual({ present: false });
  });
});
