import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiToken, askApi, currentCycleId, demo, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { openWindowsUntil } from './filed-nomination';
import { clientUrl, closeVisitor, newVisitor, signedInVisitor, signIn, subscriptionSent } from './pages';
import {
  acceptDeclaration,
  levelBScores,
  rubricOf,
  type ScorableAssignment,
  saveSheetDraft,
  scorableAssignment,
  submitSheet,
} from './scoring';
import { screenshot } from './screenshots';

// An expert of this file's own: no other test file signs in as it or scores its reviews. The seeded demo
// gives it a nomination in preliminary review without its sheet.
const ownExpert = demoAccount('expert69@example.com');

const categoryNames: Record<string, string> = { INVENTION: '质量技术发明奖', PROGRESS: '质量技术进步奖' };

interface Progress {
  categories: { category: string; assigned: number; submitted: number; overdue: number }[];
  experts: { expertId: string; name: string; overdue: number }[];
  ranking: { nominationId: string; code: string; category: string; sheetCount: number }[];
}

interface Review {
  status: string;
  scoreSheet: { status: string } | null;
}

interface OwnAssignment {
  id: string;
  dueAt: string | null;
  expert: { id: string; name: string };
  nomination: { code: string; status: string } | null;
  scoreSheet: { status: string } | null;
}

/** The expert's reviews still to submit in preliminary review (the demo's are due in July 2024). */
async function openReviewsOf(expert: string): Promise<OwnAssignment[]> {
  const { assignments } = await askApi<{ assignments: { edges: { node: OwnAssignment }[] } }>(
    `{ assignments(first: 100) { edges { node {
      id dueAt expert { id name } nomination { code status } scoreSheet { status }
    } } } }`,
    {},
    { token: expert },
  );
  return assignments.edges
    .map((edge) => edge.node)
    .filter(
      (node) => node.nomination?.status === 'PRELIMINARY_REVIEW' && node.scoreSheet?.status !== 'SUBMITTED',
    );
}

/** An instant as the pages show it: a date and time in the award's zone, in Chinese. */
const shownInstant = (instant: Date) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(instant);

interface CountedSheet {
  total: number;
  isTrimmed: boolean;
  sheet: { id: string };
}

const reviewProgressOf = async (chair: string, cycleId: string) =>
  (
    await askApi<{ reviewProgress: Progress }>(
      `query ($cycleId: ID!) { reviewProgress(cycleId: $cycleId) {
        categories { category assigned submitted overdue } experts { expertId name overdue }
        ranking { nominationId code category sheetCount }
      } }`,
      { cycleId },
      { token: chair },
    )
  ).reviewProgress;

/** The expert scores every criterion at level B and submits; resolves to the total the server computed. */
async function scoreAndSubmit(expert: string, assignment: ScorableAssignment): Promise<number> {
  const criteria = await rubricOf(expert, assignment);
  const sheet = await saveSheetDraft(expert, assignment.id, {
    scores: levelBScores(criteria, (criterion) => `${criterion.nameZh}：材料翔实，依据充分，评定为 B 档。`),
    overallOpinion: '项目创新点明确，检测报告和应用证明齐全，经济效益数据可信，建议授予二等奖。',
    recommendedGrade: 'SECOND',
  });
  return submitSheet(expert, sheet);
}

const submittedCount = (page: Page, category: string) =>
  page.getByRole('region', { name: categoryNames[category], exact: true }).getByTestId('submitted-count');

/** A nomination's row in the ranking of the category's tab. */
const rankingRow = (page: Page, code: string) =>
  page
    .getByRole('tabpanel')
    .locator('tr.ant-table-row', { has: page.getByRole('button', { name: `查看 ${code} 的评分明细` }) });

/** The sheets the ranking shows in for a nomination ("3 / 5": three in of five assigned). */
const shownSheetCount = async (page: Page, code: string) =>
  (await rankingRow(page, code).locator('td').nth(3).textContent())?.split(' / ')[0];

describe("the chair's console", () => {
  const browser = connectSharedBrowser();
  let chair: string;
  let expert: string;
  let cycleId: string;

  beforeAll(async () => {
    chair = await apiToken(demo.chair);
    expert = await apiToken(ownExpert);
    cycleId = await currentCycleId();
  });

  it('shows the expert the deadline the console and the overdue tab count by, once preliminary review is reopened', async () => {
    const secretariat = await apiToken(demo.secretariat);
    await acceptDeclaration(expert, cycleId);
    const [open] = await openReviewsOf(expert);
    expect(open, 'the own expert has a review to submit').toBeDefined();
    // The secretariat reopens 初评 until next year (to the minute, as the pages show it).
    const reopenedUntil = new Date(Math.floor((Date.now() + 365 * 86_400_000) / 60_000) * 60_000);
    const restore = await openWindowsUntil(
      secretariat,
      cycleId,
      ['PRELIMINARY_REVIEW'],
      reopenedUntil.getTime(),
    );
    try {
      const progress = await reviewProgressOf(chair, cycleId);
      expect(progress.categories.map((row) => row.overdue)).toEqual(progress.categories.map(() => 0));
      const { page, context } = await signedInVisitor(browser(), ownExpert, '/assignments');
      const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: open.nomination?.code });
      await row.waitFor();
      await expect.poll(() => row.textContent()).toContain(shownInstant(reopenedUntil));
      expect(await row.textContent()).not.toContain('已逾期');
      await screenshot(page, 'expert-deadline-reopened');
      await closeVisitor(context);

      const board = await signedInVisitor(browser(), demo.secretariat, '/secretariat');
      await board.page.goto(clientUrl('/assignment-board'));
      await board.page.getByRole('tab', { name: '逾期评审' }).click();
      await board.page.getByText('没有逾期未提交的评审').waitFor();
      await closeVisitor(board.context);
    } finally {
      await restore();
    }
  });

  it("extends an overdue expert's deadline from the console's expert table, in Beijing time", async () => {
    const [open] = await openReviewsOf(expert);
    const { expert: own } = open;
    const before = (await reviewProgressOf(chair, cycleId)).experts.find((row) => row.expertId === own.id);
    expect(before?.overdue, 'the own expert is overdue (the demo closed 初评 in 2024)').toBeGreaterThan(0);

    const { page, context } = await signedInVisitor(browser(), demo.chair, '/console');
    await page.getByRole('tab', { name: '专家完成情况' }).click();
    const expertRow = page.locator(`tr[data-row-key="${own.id}"]`);
    // The table pages by twenty, the most overdue first: the expert may be on a later page.
    await page.getByRole('tabpanel').locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    while ((await expertRow.count()) === 0)
      await page.getByRole('tabpanel').locator('.ant-pagination-next').click();
    expect(await expertRow.getAttribute('data-overdue')).toBe('true');
    await expertRow.getByRole('button', { name: `为 ${own.name} 延期` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('北京时间（Asia/Shanghai）').waitFor();
    const picked = await dialog.getByLabel('新的截止时间').inputValue();
    expect(picked).toMatch(/^\d{4}-\d{2}-\d{2} 17:00$/);
    await dialog.getByRole('button', { name: '确认延期' }).click();
    await dialog.getByText('请说明延期的理由').waitFor();
    await dialog.getByLabel('延期理由').fill('专家出差，主任同意延期一周。');
    await screenshot(page, 'chair-extend-deadline');
    await dialog.getByRole('button', { name: '确认延期' }).click();
    await page.getByText(/已延长 \d+ 项评审的截止时间/).waitFor();
    // The picked time is Beijing time whatever the browser's zone: the API keeps that instant.
    const until = new Date(`${picked.replace(' ', 'T')}:00+08:00`);
    const extended = (await openReviewsOf(expert)).find((review) => review.id === open.id);
    expect(extended?.dueAt).toBe(until.toISOString());
    // Nothing of the expert's is overdue now, in the API's counts and in the console's live snapshot.
    const after = await reviewProgressOf(chair, cycleId);
    expect(after.experts.find((row) => row.expertId === own.id)?.overdue).toBe(0);
    const overdueNow = after.categories.reduce((sum, row) => sum + row.overdue, 0);
    await page.getByRole('button', { name: `催办全部逾期评审（${overdueNow}）` }).waitFor();
    await closeVisitor(context);
  });

  it('keeps the two progress cards in the award’s order from one load to the next', async () => {
    const { page, context } = await signedInVisitor(browser(), demo.chair, '/console');
    for (let load = 0; load < 3; load++) {
      if (load > 0) await page.reload();
      const cards = page.locator('section[aria-label="初评进度"] .ant-card[role="region"]');
      await cards.nth(1).waitFor();
      const names = await cards.evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('aria-label')),
      );
      expect(names).toEqual(['质量技术发明奖', '质量技术进步奖']);
    }
    await closeVisitor(context);
  });

  it('marks a nomination whose sheets are not all in, with no recommended grade until they are', async () => {
    // What each ranked nomination waits for, from its reviews: active ones, and those with a sheet in.
    const { ranking } = await reviewProgressOf(chair, cycleId);
    const withReviews = await Promise.all(
      ranking.map(async (row) => {
        const { nomination } = await askApi<{ nomination: { assignments: Review[] } }>(
          'query ($id: ID!) { nomination(id: $id) { assignments { status scoreSheet { status } } } }',
          { id: row.nominationId },
          { token: chair },
        );
        const active = nomination.assignments.filter((review) =>
          ['PENDING', 'ACCEPTED'].includes(review.status),
        );
        const inCount = active.filter((review) => review.scoreSheet?.status === 'SUBMITTED').length;
        return { ...row, assigned: active.length, isComplete: inCount === active.length };
      }),
    );
    const incomplete = withReviews.find((row) => !row.isComplete && row.sheetCount > 0);
    const complete = withReviews.find((row) => row.isComplete && row.category === incomplete?.category);
    expect(incomplete, 'a ranked nomination still waiting for sheets').toBeDefined();
    expect(complete, 'a ranked nomination with all its sheets in').toBeDefined();
    const { code, category, sheetCount, assigned } = incomplete as (typeof withReviews)[number];

    const { page, context } = await signedInVisitor(browser(), demo.chair, '/console');
    await page.getByRole('tab', { name: categoryNames[category] }).click();
    const row = rankingRow(page, code);
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toContain('暂列');
    expect(cells[3]).toBe(`${sheetCount} / ${assigned}`);
    expect(cells.at(-1)).toBe('待评分表收齐');
    const completeCells = await rankingRow(page, (complete as (typeof withReviews)[number]).code)
      .locator('td')
      .allInnerTexts();
    expect(completeCells[0]).not.toContain('暂列');
    await page.getByText('评分表未收齐的项目标注"暂列"', { exact: false }).waitFor();
    await screenshot(page, 'chair-ranking-incomplete');
    await closeVisitor(context);
  });

  it("counts an expert's submission in the category's progress and the nomination's row without a reload", async () => {
    const assignment = await scorableAssignment({ expert, chair, cycleId, reason: '浏览器测试：主任控制台' });
    const nomination = assignment.nomination as NonNullable<ScorableAssignment['nomination']>;
    const before = await reviewProgressOf(chair, cycleId);
    const category = before.categories.find((row) => row.category === nomination.category);
    const sheetsBefore = before.ranking.find((row) => row.nominationId === nomination.id)?.sheetCount ?? 0;

    const { page, context } = await newVisitor(browser());
    const subscribed = subscriptionSent(page);
    await page.goto(clientUrl('/login'));
    await signIn(page, demo.chair);
    await page.waitForURL('**/console');
    await subscribed;
    // The first snapshot on screen: the server subscribed the console to changes before reading it.
    await expect
      .poll(() => submittedCount(page, nomination.category).textContent())
      .toBe(`已提交 ${category?.submitted} / ${category?.assigned}`);
    await page.getByRole('tab', { name: categoryNames[nomination.category] }).click();
    if (sheetsBefore > 0)
      await expect.poll(() => shownSheetCount(page, nomination.code)).toBe(String(sheetsBefore));

    const total = await scoreAndSubmit(expert, assignment);
    const after = await reviewProgressOf(chair, cycleId);
    const categoryAfter = after.categories.find((row) => row.category === nomination.category);
    expect(categoryAfter?.submitted).toBe((category?.submitted ?? 0) + 1);
    expect(after.ranking.find((row) => row.nominationId === nomination.id)?.sheetCount).toBe(
      sheetsBefore + 1,
    );

    await expect
      .poll(() => submittedCount(page, nomination.category).textContent(), { timeout: 10_000 })
      .toBe(`已提交 ${categoryAfter?.submitted} / ${categoryAfter?.assigned}`);
    await expect
      .poll(() => shownSheetCount(page, nomination.code), { timeout: 10_000 })
      .toBe(String(sheetsBefore + 1));
    // The submission in the feed, with the total the server computed.
    const feed = page.getByRole('region', { name: '实时状态变更' });
    await feed
      .locator('.ant-list-item', { hasText: nomination.code })
      .getByText(`提交评分表，总分 ${total.toFixed(2)}`)
      .waitFor();
    await screenshot(page, 'chair-console-live');
    await closeVisitor(context);
  });

  it('explains a nomination with five sheets or more: the highest and lowest totals trimmed, as the API says', async () => {
    const { ranking } = await reviewProgressOf(chair, cycleId);
    const trimmedOne = ranking.find((row) => row.sheetCount >= 5);
    expect(trimmedOne, 'a ranked nomination with five sheets or more').toBeDefined();
    const { code, nominationId, category } = trimmedOne as Progress['ranking'][number];

    const { page, context } = await newVisitor(browser());
    await page.goto(clientUrl('/login'));
    await signIn(page, demo.chair);
    await page.waitForURL('**/console');
    await page.getByRole('tab', { name: categoryNames[category] }).click();
    await page.getByRole('button', { name: `查看 ${code} 的评分明细` }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText(/去掉一个最高分和一个最低分后的平均分$/).waitFor();
    await drawer.getByText('查看评分表（专家姓名、各项得分和评语）将记入审计日志。').waitFor();
    await drawer.getByRole('button', { name: '查看评分表' }).click();
    await drawer.locator('tr.ant-table-row [data-trim]').first().waitFor();

    const { nomination } = await askApi<{
      nomination: { results: { officialScore: number; countedSheets: CountedSheet[] }[] };
    }>(
      'query ($id: ID!) { nomination(id: $id) { results { officialScore countedSheets { total isTrimmed sheet { id } } } } }',
      { id: nominationId },
      { token: chair },
    );
    const [result] = nomination.results;
    const totals = result.countedSheets.map((counted) => counted.total);
    const shown = await Promise.all(
      result.countedSheets.map(async (counted) => ({
        total: counted.total,
        trim: await drawer
          .locator(`tr[data-row-key="${counted.sheet.id}"] [data-trim]`)
          .getAttribute('data-trim'),
      })),
    );
    expect(shown).toHaveLength(result.countedSheets.length);
    // Exactly two left out, one of the highest and one of the lowest totals; every other sheet counted.
    expect(result.countedSheets.filter((counted) => counted.isTrimmed)).toHaveLength(2);
    for (const [index, counted] of result.countedSheets.entries()) {
      const expected = counted.isTrimmed
        ? counted.total === Math.max(...totals) && counted.total !== Math.min(...totals)
          ? 'highest'
          : counted.total === Math.min(...totals) && counted.total !== Math.max(...totals)
            ? 'lowest'
            : 'either'
        : 'counted';
      expect(shown[index], `sheet ${counted.sheet.id}`).toEqual({ total: counted.total, trim: expected });
    }
    await expect(drawer.getByTestId('official-score').textContent()).resolves.toBe(
      result.officialScore.toFixed(2),
    );
    await screenshot(page, 'chair-console-drill-down');
    await closeVisitor(context);
  });
});
