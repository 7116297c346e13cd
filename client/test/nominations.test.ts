import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';

const screenshotFolder = fileURLToPath(new URL('../test-results/', import.meta.url));

// A demo account of the seeded database (seeds/src/data/accounts.ts).
const secretariat = { email: 'secretariat@example.com', password: 'Award2024!demo' };

/** One GraphQL request of the test's own, over plain HTTP; resolves to `data` or fails with the errors. */
async function askApi<T>(query: string, variables: object = {}, token?: string): Promise<T> {
  const response = await fetch(`${inject('apiUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`the API refused ${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** What the API itself says, asked as the secretariat, so the page is checked against the server, not itself. */
async function nominationTotalFromApi(): Promise<number> {
  const { login } = await askApi<{ login: { token: string } }>(
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    secretariat,
  );
  const { nominations } = await askApi<{ nominations: { totalCount: number } }>(
    '{ nominations(first: 1) { totalCount } }',
    {},
    login.token,
  );
  return nominations.totalCount;
}

/** Fills in and sends the sign-in form (labels in Chinese, the default language). */
async function signIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await page.getByLabel('邮箱').fill(credentials.email);
  await page.getByLabel('密码').fill(credentials.password);
  await page.getByRole('button', { name: /登\s?录/ }).click();
}

/** The texts of one column of the nominations table, found by its header. */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  const headers = await page.locator('.ant-table-thead th').allInnerTexts();
  const index = headers.findIndex((text) => text.trim() === header);
  expect(index, `a column headed "${header}" in ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(0);
  return page.locator(`.ant-table-tbody tr.ant-table-row > td:nth-child(${index + 1})`).allInnerTexts();
}

describe('signing in and the nominations page', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    mkdirSync(screenshotFolder, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sends a visitor to sign in, then lists the demo nominations in Chinese with the total the API reports, then switches to English', async () => {
    const total = await nominationTotalFromApi();
    expect(total).toBeGreaterThan(0);

    await page.goto(`${inject('clientUrl')}/nominations`);
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await page.screenshot({ path: `${screenshotFolder}login-zh-CN.png`, fullPage: true });

    await signIn(page, secretariat);
    await page.waitForURL('**/nominations');
    await page.getByText('质量技术奖评审平台').waitFor();
    await page.getByText('秘书处（会员与质量推进部）').waitFor();
    await page.getByText(`共 ${total} 条`).waitFor();

    const projectNames = await columnTexts(page, '项目名称');
    expect(projectNames.some((name) => /\p{Script=Han}/u.test(name))).toBe(true);
    expect(await columnTexts(page, '奖项类别')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^质量技术(发明|进步)奖$/)]),
    );
    await page.screenshot({ path: `${screenshotFolder}nominations-zh-CN.png`, fullPage: true });

    await page.getByText('English', { exact: true }).click();
    await page.getByText('Quality Technology Award Review Platform').waitFor();
    await page.getByText(`of ${total}`).waitFor();
    expect(await columnTexts(page, 'Category')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Quality Technology (Invention|Progress) Award$/)]),
    );
    await page.getByText('Secretariat', { exact: true }).waitFor();
    await page.screenshot({ path: `${screenshotFolder}nominations-en.png`, fullPage: true });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  it("refuses a wrong password with the server's message and stays on the sign-in page", async () => {
    const visitor = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await visitor.goto(`${inject('clientUrl')}/login`);
    await signIn(visitor, { ...secretariat, password: 'not-the-password' });
    await visitor.getByText('Wrong email or password.').waitFor();
    expect(new URL(visitor.url()).pathname).toBe('/login');
    await visitor.screenshot({ path: `${screenshotFolder}login-wrong-password.png`, fullPage: true });
    await visitor.close();
  });
});
