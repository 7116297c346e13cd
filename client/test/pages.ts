import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { Credentials } from './api';

export const viewport = { width: 1440, height: 900 };

/** A page of the client in a context (cookie jar) of its own. */
export async function newVisitor(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  return { context, page: await context.newPage() };
}

/**
 * Closes the pages first, as a user closing tabs would: their live connections end with a close frame, where
 * closing the context outright resets them (and the preview server's proxy logs the reset as an error).
 */
export async function closeVisitor(context: BrowserContext): Promise<void> {
  for (const page of context.pages()) await page.close();
  await context.close();
}

export function clientUrl(path: string): string {
  return `${inject('clientUrl')}${path}`;
}

/** Fills in and sends the sign-in form (labels in Chinese, the default language). */
export async function signIn(page: Page, credentials: Credentials): Promise<void> {
  await page.getByLabel('邮箱').fill(credentials.email);
  await page.getByLabel('密码').fill(credentials.password);
  await page.getByRole('button', { name: /登\s?录/ }).click();
}

/** Opens the sign-in page in a fresh context, signs in, and waits until the role's home is shown. */
export async function signedInVisitor(
  browser: Browser,
  credentials: Credentials,
  home: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const visitor = await newVisitor(browser);
  await visitor.page.goto(clientUrl('/login'));
  await signIn(visitor.page, credentials);
  await visitor.page.waitForURL(`**${home}`);
  return visitor;
}

/** The entries of the side menu, in order. */
export async function menuEntries(page: Page): Promise<string[]> {
  const menu = page.getByRole('menu');
  await menu.waitFor();
  return (await menu.getByRole('menuitem').allInnerTexts()).map((text) => text.trim());
}

/** The texts of one column of the (first) table on the page, found by its header, once rows are shown. */
export async function columnTexts(page: Page, header: string): Promise<string[]> {
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  const headers = await page.locator('.ant-table-thead th').allInnerTexts();
  const index = headers.findIndex((text) => text.trim() === header);
  expect(index, `a column headed "${header}" in ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(0);
  return page.locator(`.ant-table-tbody tr.ant-table-row > td:nth-child(${index + 1})`).allInnerTexts();
}

/**
 * Picks an option of an antd select (the first, when none is named). The options are in a pop-up of the
 * select's own, named by the combobox's aria-controls once it is open: the pop-up of a select picked just
 * before, still fading out, is never the one clicked. The pop-up is closed again when this returns.
 */
export async function chooseOption(page: Page, select: Locator, option?: string): Promise<void> {
  await select.click();
  await expect.poll(() => select.getAttribute('aria-controls')).toBeTruthy();
  const listId = (await select.getAttribute('aria-controls')) as string;
  const popup = page.locator('.ant-select-dropdown', { has: page.locator(`[id="${listId}"]`) });
  const options = popup.locator('.ant-select-item-option');
  await (option ? options.filter({ has: page.getByText(option, { exact: true }) }) : options).first().click();
  await expect.poll(() => select.getAttribute('aria-expanded')).toBe('false');
}

/**
 * Resolves once the page has sent a GraphQL subscription over its socket. Call it before the page opens the
 * socket (before navigating), so that neither the socket nor the frame can come first.
 */
export function subscriptionSent(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        if (String(payload).includes('"subscribe"')) resolve();
      }),
    );
  });
}
