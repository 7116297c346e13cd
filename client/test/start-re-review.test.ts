import { describe, expect, it } from 'vitest';
import { apiToken, askApi, currentCycleId, demo } from './api';
import { connectSharedBrowser } from './browser';
import { clientUrl, closeVisitor, signedInVisitor } from './pages';

/**
 * The end of preliminary review, from the closing screen: refused while the category's reviews are open,
 * with the server's reason on the page and nothing moved. (The demo's reviews stay open: other files score
 * only a few of them.)
 */
describe('ending preliminary review', () => {
  const browser = connectSharedBrowser();

  it("shows the server's refusal while reviews are open, and moves nothing", async () => {
    const cycleId = await currentCycleId();
    const token = await apiToken(demo.chair);
    const inReview = `query ($c: ID!) { nominations(cycleId: $c, category: PROGRESS, status: PRELIMINARY_REVIEW, first: 1) { totalCount } }`;
    const before = await askApi<{ nominations: { totalCount: number } }>(inReview, { c: cycleId }, { token });
    expect(before.nominations.totalCount).toBeGreaterThan(0);

    const { page, context } = await signedInVisitor(browser(), demo.chair, '/console');
    try {
      await page.goto(clientUrl('/closing'));
      await page.locator('.ant-segmented').getByText('质量技术进步奖').click();
      await page.getByRole('button', { name: '结束初评，进入复评' }).click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /确\s*定|OK/ })
        .click();
      const refusal = page.getByRole('alert');
      await refusal.waitFor();
      expect(await refusal.textContent()).toMatch(/尚有 \d+ 份评分表未提交/);
    } finally {
      await closeVisitor(context);
    }
    const after = await askApi<{ nominations: { totalCount: number } }>(inReview, { c: cycleId }, { token });
    expect(after.nominations.totalCount).toBe(before.nominations.totalCount);
  });
});
