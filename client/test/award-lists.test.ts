import { describe, expect, it } from 'vitest';
import { apiToken, askApi, currentCycleId, demo, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { closeVisitor, signedInVisitor } from './pages';
import { screenshot } from './screenshots';

interface FinalList {
  entries: { code: string; isRevoked: boolean }[];
}

/** The demo's first nominator with an approved nomination, and that nomination's code and category. */
async function nominatorWithAward(): Promise<{ email: string; code: string; category: string }> {
  for (let n = 1; n <= 28; n++) {
    const email = `nominator${n}@example.com`;
    const { nominations } = await askApi<{
      nominations: { edges: { node: { code: string; category: string } }[] };
    }>(
      '{ nominations(status: APPROVED, first: 1) { edges { node { code category } } } }',
      {},
      { token: await apiToken(demoAccount(email)) },
    );
    const [own] = nominations.edges;
    if (own) return { email, ...own.node };
  }
  throw new Error('no demo nominator has an approved nomination');
}

/** 公示与获奖名单 as a nominator reads it: the demo's approved category shows its list, the nominator's award on it. */
describe('the award lists', () => {
  const browser = connectSharedBrowser();

  it("shows a nominator the approved category's final list, its own award and the revoked ones marked", async () => {
    const cycleId = await currentCycleId();
    const own = await nominatorWithAward();
    const { finalList } = await askApi<{ finalList: FinalList | null }>(
      `query ($cycleId: ID!, $category: AwardCategory!) {
        finalList(cycleId: $cycleId, category: $category) { entries { code isRevoked } } }`,
      { cycleId, category: own.category },
      { token: await apiToken(demo.chair) },
    );
    expect(finalList?.entries.map((entry) => entry.code)).toContain(own.code);

    const { page, context } = await signedInVisitor(browser(), demoAccount(own.email), '/my-nominations');
    try {
      await page.getByRole('link', { name: '获奖名单' }).first().click();
      await page
        .getByRole('tab', { name: own.category === 'PROGRESS' ? '质量技术进步奖' : '质量技术发明奖' })
        .click();
      const table = page.getByRole('tabpanel').getByRole('table', { name: '获奖名单' });
      await table.waitFor();
      const rows = table.locator('tr.ant-table-row');
      expect(await rows.locator('td:nth-child(2)').allInnerTexts()).toEqual(
        finalList?.entries.map((entry) => entry.code),
      );
      const revoked = finalList?.entries.filter((entry) => entry.isRevoked) ?? [];
      expect(revoked.length).toBeGreaterThan(0);
      for (const entry of revoked) {
        await rows.filter({ hasText: entry.code }).getByText('已撤销').waitFor();
      }
      await rows.filter({ hasText: own.code }).getByText('有效', { exact: true }).waitFor();
      await screenshot(page, 'award-lists-nominator');
    } finally {
      await closeVisitor(context);
    }
  });
});
