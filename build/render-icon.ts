import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Renders the app icon (renderer/public/icon.svg) to build/icon.png, 512 × 512 with a
 * transparent background, for electron-builder (which derives the Windows .ico and the macOS
 * .icns from it). Run with `npx tsx build/render-icon.ts` after changing the SVG and commit
 * the PNG. Uses Debian's Chromium, as the e2e tests do.
 */

const SIZE = 512;
const root = resolve(__dirname, '..');
const source = resolve(root, 'renderer/public/icon.svg');
const target = resolve(root, 'build/icon.png');
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  const svg = readFileSync(source, 'utf8');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: SIZE, height: SIZE },
      deviceScaleFactor: 1,
    });
    await page.setContent(
      `<!doctype html><html><head><style>
        html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
        svg { display: block; width: ${SIZE}px; height: ${SIZE}px; }
      </style></head><body>${svg}</body></html>`,
    );
    await page.screenshot({ path: target, omitBackground: true });
    console.log(`Wrote ${target}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
