import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const screenshotFolder = fileURLToPath(new URL('../test-results/', import.meta.url));

/** Keeps a picture of the page in test-results/, to look at what the test saw. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotFolder, { recursive: true });
  await page.screenshot({ path: `${screenshotFolder}${name}.png`, fullPage: true });
}
