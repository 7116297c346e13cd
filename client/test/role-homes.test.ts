import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiToken, askApi, askApiAs, currentCycleId, demo, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import {
  clientUrl,
  closeVisitor,
  columnTexts,
  menuEntries,
  newVisitor,
  signedInVisitor,
  signIn,
  subscriptionSent,
} from './pages';
import { screenshot } from './screenshots';
import { expectNoSidewaysScroll } from './widths';

interface Connection<T> {
  totalCount: number;
  edges: { node: T }[];
}

const statuses = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED',
  'PRELIMINARY_REVIEW',
  'RE_REVIEW',
  'PUBLICITY',
  'APPROVED',
  'NOT_AWARDED',
  'WITHDRAWN',
  'REVOKED',
];

/** What the nominator's list says comes next (NominationNextStep), in Chinese. */
const nextStepInWords: Record<string, string> = {
  COMPLETE_FORM: '填写完整提名书',
  PRINT_AND_UPLOAD: '下载提名书和承诺书，盖章签字后上传',
  SUBMIT: '材料齐全，可以提交',
  AWAIT_FORMAL_REVIEW: '等待形式审查',
  CORRECT_AND_RESUBMIT: '按退回意见修改后重新提交',
  AWAIT_REVIEW: '等待评审',
  AWAIT_RESULT: '等待评审结果',
  NONE: '无需操作',
};

/** The number a tile of the secretariat's desk shows. */
async function tileCount(page: Page, key: string): Promise<string | null> {
  return page.locator(`[data-status="${key}"] .ant-statistic-content-value`).textContent();
}

describe('each role lands on its own home, with a menu of its own and the data the API gives it', () => {
  const browser = connectSharedBrowser();

  it("shows the secretariat its desk: the cycle's nominations by status, and the audit trail", async () => {
    const cycleId = await currentCycleId();
    const token = await apiToken(demo.secretariat);
    const counts = await askApi<Record<string, { totalCount: number }>>(
      `query ($cycleId: ID!) {
        all: nominations(cycleId: $cycleId, first: 1) { totalCount }
        ${statuses.map((s) => `${s}: nominations(cycleId: $cycleId, status: ${s}, first: 1) { totalCount }`).join('\n')}
      }`,
      { cycleId },
      { token },
    );
    expect(counts.all.totalCount).toBeGreaterThan(0);

    const { page, context } = await signedInVisitor(browser(), demo.secretariat, '/secretariat');
    expect(await menuEntries(page)).toEqual([
      '秘书处工作台',
      '形式审查',
      '专家分配',
      '专家库',
      '主任控制台',
      '复评与审定',
      '提名项目',
      '审计日志',
      '修改密码',
    ]);
    await page.getByRole('heading', { name: '秘书处工作台' }).waitFor();
    await page.locator('.ant-statistic-content-value').first().waitFor();
    const shown = Object.fromEntries(
      await Promise.all(['all', ...statuses].map(async (key) => [key, await tileCount(page, key)])),
    );
    expect(shown).toEqual(
      Object.fromEntries(Object.entries(counts).map(([key, { totalCount }]) => [key, String(totalCount)])),
    );
    await screenshot(page, 'secretariat-desk');

    await page.getByRole('link', { name: '审计日志' }).first().click();
    await page.waitForURL('**/audit');
    await page.getByText('审计链完整').waitFor();
    const shownTotal = await page.getByText(/共 \d+ 条/).textContent();
    // Asked with the token from before the page's sign-in: the trail holds that sign-in as well.
    const { auditEvents } = await askApi<{ auditEvents: Connection<{ action: string }> }>(
      '{ auditEvents(first: 1) { totalCount edges { node { action } } } }',
      {},
      { token },
    );
    expect(shownTotal).toMatch(new RegExp(`共 ${auditEvents.totalCount} 条$`));
    expect((await columnTexts(page, '操作'))[0]).toBe('登录');
    expect((await columnTexts(page, '操作人'))[0]).toBe('秘书处（会员与质量推进部）');
    await screenshot(page, 'audit-log');
    await closeVisitor(context);
  });

  it("shows the chair the console: each category's ranking as the API ranks it, and status changes live", async () => {
    const cycleId = await currentCycleId();
    const ranking = (category: string) =>
      askApiAs<{ results: Connection<{ rank: number | null; nomination: { code: string } }> }>(
        demo.chair,
        'query ($cycleId: ID!, $category: AwardCategory!) { results(cycleId: $cycleId, category: $category, first: 50) { totalCount edges { node { rank nomination { code } } } } }',
        { cycleId, category },
      );
    const [invention, progress] = await Promise.all([ranking('INVENTION'), ranking('PROGRESS')]);
    expect(invention.results.totalCount).toBeGreaterThan(0);

    // Listened for before the page opens: the console's socket may open before the sign-in has finished.
    const { page, context } = await newVisitor(browser());
    const subscribed = subscriptionSent(page);
    await page.goto(clientUrl('/login'));
    await signIn(page, demo.chair);
    await page.waitForURL('**/console');
    expect(await menuEntries(page)).toEqual([
      '主任控制台',
      '复评与审定',
      '复评投票',
      '提名项目',
      '获奖名单',
      '审计日志',
      '修改密码',
    ]);
    // The console ranks what has a rank: a nomination without a submitted sheet has none yet.
    const codesOf = (connection: Connection<{ rank: number | null; nomination: { code: string } }>) =>
      connection.edges.filter((edge) => edge.node.rank !== null).map((edge) => edge.node.nomination.code);
    expect(await columnTexts(page, '提名编号')).toEqual(codesOf(invention.results));
    await page.getByRole('tab', { name: '质量技术进步奖' }).click();
    await page.getByText(progress.results.edges[0].node.nomination.code, { exact: true }).waitFor();
    expect(
      await page.getByRole('tabpanel').locator('tr.ant-table-row > td:nth-child(2)').allInnerTexts(),
    ).toEqual(codesOf(progress.results));

    // A nominator withdraws one of its nominations: the console hears of it without a reload.
    await subscribed;
    // An account no other file uses: one of its nominations ends withdrawn.
    const nominator = demoAccount('nominator8@example.com');
    const nominatorToken = await apiToken(nominator);
    const { nominations } = await askApi<{
      nominations: Connection<{ id: string; code: string; status: string }>;
    }>(
      '{ nominations(first: 50) { totalCount edges { node { id code status } } } }',
      {},
      { token: nominatorToken },
    );
    const withdrawable = nominations.edges
      .map((edge) => edge.node)
      .find((n) => !['APPROVED', 'NOT_AWARDED', 'WITHDRAWN', 'REVOKED'].includes(n.status));
    if (!withdrawable) throw new Error('nominator8 has no nomination left to withdraw');
    // The server registers the subscription after the frame arrives: a change made earlier would be missed.
    await page.waitForTimeout(300);
    await askApi(
      'mutation ($id: ID!) { withdrawNomination(id: $id, reason: "浏览器测试：撤回") { id } }',
      { id: withdrawable.id },
      { token: nominatorToken },
    );
    const feed = page.getByRole('region', { name: '实时状态变更' });
    await feed.getByText(withdrawable.code).waitFor();
    await feed.getByText('已撤回').waitFor();
    await screenshot(page, 'chair-console');
    await closeVisitor(context);
  });

  it('shows a committee member the nominations at re-review that the API lets it see, and nothing more', async () => {
    const { nominations } = await askApiAs<{ nominations: Connection<{ code: string }> }>(
      demo.member,
      '{ nominations(first: 100, status: RE_REVIEW) { totalCount edges { node { code } } } }',
    );
    expect(nominations.totalCount).toBeGreaterThan(0);
    const { page, context } = await signedInVisitor(browser(), demo.member, '/re-review');
    expect(await menuEntries(page)).toEqual(['复评投票', '获奖名单', '修改密码']);
    // The home opens at the ballots; the nominations before the committee are the next tab.
    await page.getByRole('tab', { name: '复评项目' }).click();
    expect(await columnTexts(page, '提名编号')).toEqual(nominations.edges.map((edge) => edge.node.code));
    await page.getByText(`共 ${nominations.totalCount} 条`).waitFor();
    expect(new Set(await columnTexts(page, '状态'))).toEqual(new Set(['复评中']));
    await screenshot(page, 're-review');

    // The staff's screens are not in its menu, nor do they open by their address.
    await page.goto(clientUrl('/audit'));
    await page.getByText('您的角色不能使用此页面').waitFor();
    await closeVisitor(context);
  });

  it('shows an expert its own assignments, as the API lists them, in its inbox', async () => {
    const { assignments } = await askApiAs<{
      assignments: Connection<{ status: string; nomination: { code: string } | null }>;
    }>(
      demo.expert,
      '{ assignments(first: 100) { totalCount edges { node { status nomination { code } } } } }',
    );
    expect(assignments.totalCount).toBeGreaterThan(0);
    const { page, context } = await signedInVisitor(browser(), demo.expert, '/assignments');
    expect(await menuEntries(page)).toEqual(['评审任务', '获奖名单', '修改密码']);
    const shownNominations = await columnTexts(page, '提名项目');
    expect(shownNominations).toHaveLength(assignments.edges.length);
    assignments.edges.forEach(({ node }, i) => {
      expect(shownNominations[i]).toContain(node.nomination?.code ?? '不可查看');
    });
    await page.getByText(`共 ${assignments.totalCount} 条`).waitFor();
    await screenshot(page, 'expert-inbox');
    await closeVisitor(context);
  });

  it("shows a nominator its organization's nominations, newest first with their next steps, and the history of the one it picks", async () => {
    const { viewer, myNominations } = await askApiAs<{
      viewer: { organization: { name: string } };
      myNominations: { code: string; nextStep: string; transitions: { reason: string }[] }[];
    }>(
      demo.nominator,
      '{ viewer { organization { name } } myNominations { code nextStep transitions { reason } } }',
    );
    expect(myNominations.length).toBeGreaterThan(0);
    const { page, context } = await signedInVisitor(browser(), demo.nominator, '/my-nominations');
    expect(await menuEntries(page)).toEqual(['我的提名', '获奖名单', '修改密码']);
    expect(await columnTexts(page, '提名编号')).toEqual(myNominations.map(({ code }) => code));
    expect(new Set(await columnTexts(page, '提名单位'))).toEqual(new Set([viewer.organization.name]));
    // Each next step first, then the ways on (the form while it is the nominator's turn, the history).
    expect((await columnTexts(page, '下一步')).map((text) => text.split('\n')[0])).toEqual(
      myNominations.map(({ nextStep }) => nextStepInWords[nextStep]),
    );

    // At 1440 px every column is in sight, without scrolling sideways.
    await expectNoSidewaysScroll(page);

    const picked = myNominations[0];
    await page.getByRole('button', { name: `办理记录 ${picked.code}` }).click();
    const history = page.getByRole('dialog').getByLabel('办理记录');
    await history.getByText(picked.code).waitFor();
    const items = history.locator('.ant-timeline-item');
    await items.first().waitFor();
    const shownHistory = await items.allInnerTexts();
    expect(shownHistory).toHaveLength(picked.transitions.length);
    picked.transitions.forEach(({ reason }, i) => {
      expect(shownHistory[i]).toContain(reason);
    });
    await screenshot(page, 'nominator-portal');

    // The number opens the nomination, from the keyboard too.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: picked.code, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/my-nominations\/[^/?]+/);
    await page.getByRole('heading', { name: new RegExp(picked.code) }).waitFor();
    await closeVisitor(context);
  });
});
