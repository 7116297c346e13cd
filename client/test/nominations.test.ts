import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';

const screenshotFolder = fileURLToPath(new URL('../test-results/', import.meta.url));

/** What the API itself says, asked over plain HTTP, so the page is checked against the server, not itself. */
async function nominationTotalFromApi(apiUrl: string): Promise<number> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ nominations(first: 1) { totalCount } }' }),
  });
  const body = (await response.json()) as {
    data?: { nominations: { totalCount: number } };
    errors?: unknown;
  };
  if (!body.data) throw new Error(`the API refused the count: ${JSON.stringify(body.errors)}`);
  return body.data.nominations.totalCount;
}

/** The texts of one column of the nominations table, found by its header. */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  const headers = await page.locator('.ant-table-thead th').allInnerTexts();
  const index = headers.findIndex((text) => text.trim() === header);
  expect(index, `a column headed "${header}" in ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(0);
  return page.locator(`.ant-table-tbody tr.ant-table-row > td:nth-child(${index + 1})`).allInnerTexts();
}

describe('the nominations page', () => {
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

  it('lists the demo nominations in Chinese with the total the API reports, then switches to English', async () => {
    const total = await nominationTotalFromApi(inject('apiUrl'));
    expect(total).toBeGreaterThan(0);

    await page.goto(inject('clientUrl'));
    await page.waitForURL('**/nominations');
    await page.getByText('质量技术奖评审平台').waitFor();
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
    await page.screenshot({ path: `${screenshotFolder}nominations-en.png`, fullPage: true });
  });
});
