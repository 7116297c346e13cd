import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { harnessConfig } from './harness.config';

// playwright-core cannot download its own browsers here; Debian's chromium is driven instead.
export async function launchChromium(): Promise<Browser> {
  const { chromiumPath } = harnessConfig;
  if (!existsSync(chromiumPath)) {
    throw new Error(`no browser at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
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
}
