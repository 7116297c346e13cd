import type { Page } from 'playwright-core';

// What antd shows while a page is still loading.
const loadingSelector = '.ant-spin-spinning, .ant-skeleton-active';
const quietFor = 200;
const giveUpAfter = 10_000;

/**
 * Counts the page's HTTP requests in flight (GraphQL over HTTP, documents); a live socket is not one, so a
 * page with a subscription still comes to rest. Call once per page, before it navigates.
 */
export function watchRequests(page: Page): () => number {
  let inFlight = 0;
  page.on('request', () => {
    inFlight += 1;
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => inFlight;
}

/**
 * Resolves once the page is at rest as a person would see it: no request in flight and no spinner, twice in a
 * row a moment apart, and the short antd motions (a tab's ink bar, a switch's thumb) over.
 */
export async function settle(page: Page, requestsInFlight: () => number): Promise<void> {
  const deadline = Date.now() + giveUpAfter;
  let quietChecks = 0;
  while (quietChecks < 2 && Date.now() < deadline) {
    await page.waitForTimeout(quietFor / 2);
    const isQuiet = requestsInFlight() === 0 && (await page.locator(loadingSelector).count()) === 0;
    quietChecks = isQuiet ? quietChecks + 1 : 0;
  }
  await page.waitForTimeout(quietFor);
}
