import { existsSync } from 'node:fs';
import { type Browser, type BrowserServer, chromium, type LaunchOptions } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { harnessConfig } from './harness.config';
import { npmChromium } from './npm-chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * One browser for the whole run, started by the global setup: every test file connects to it and opens
 * contexts of its own (each a separate cookie jar), which costs milliseconds where a launch costs a second.
 * playwright-core cannot download its own browsers; which Chromium it drives is said in harness.config.ts.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(await browserLaunch());
}

async function browserLaunch(): Promise<LaunchOptions> {
  const { chromiumPath, systemChromiumPath, npmBrowser } = harnessConfig;
  if (chromiumPath) {
    if (!existsSync(chromiumPath))
      throw new Error(`CHROMIUM_PATH is ${chromiumPath}, and there is no browser there`);
    return { executablePath: chromiumPath, args: chromiumArgs };
  }
  if (!npmBrowser && existsSync(systemChromiumPath)) {
    return { executablePath: systemChromiumPath, args: chromiumArgs };
  }
  return npmChromium(chromiumArgs);
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
