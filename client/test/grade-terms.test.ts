import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo } from './api';
import { connectSharedBrowser } from './browser';
import { clientUrl, closeVisitor, signedInVisitor } from './pages';
import { screenshot } from './screenshots';

/** The headings of every table on the page, once its first table has rows. */
async function tableHeadings(page: Page): Promise<string[]> {
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  return (await page.locator('.ant-table-thead th').allInnerTexts()).map((text) => text.trim());
}

/**
 * The nominator's proposed grade and the grade the preliminary score recommends within the quotas are
 * different grades (a nomination can show 一等奖 in one and 三等奖 in the other), so no screen calls
 * either of them plain 建议等级.
 */
describe('the grades, named apart', () => {
  const browser = connectSharedBrowser();

  it('heads the console’s recommendation 初评推荐等级 and the nominator’s proposal 提名建议等级', async () => {
    const { page, context } = await signedInVisitor(browser(), demo.chair, '/console');
    try {
      const console = await tableHeadings(page);
      await screenshot(page, 'grade-terms-console');
      expect(console).toContain('初评推荐等级');
      expect(console).not.toContain('建议等级');
      await page.goto(clientUrl('/nominations'));
      const nominations = await tableHeadings(page);
      await screenshot(page, 'grade-terms-nominations');
      expect(nominations).toContain('提名建议等级');
      expect(nominations).not.toContain('建议等级');
    } finally {
      await closeVisitor(context);
    }
  });
});
