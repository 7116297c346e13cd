import { existsSync } from 'node:fs';
import { type Browser, type BrowserServer, chromium } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { harnessConfig } from './harness.config';

/**
 * One browser for the whole run, started by the global setup: every test file connects to it and opens
 * contexts of its own (each a separate cookie jar), which costs milliseconds where a launch costs a second.
 * playwright-core cannot download its own browsers here; Debian's chromium is driven instead.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  const { chromiumPath } = harnessConfig;
  if (!existsSync(chromiumPath)) {
    throw new Error(`no browser at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launchServer({
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

/**
 * The run's browser, connected for the test file that calls this (at its top level) and disconnected after
 * it, which closes that file's contexts only. Call the returned function inside the tests.
 */
export function connectSharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the shared browser is connected in beforeAll: call this inside a test');
    return browser;
  };
}
