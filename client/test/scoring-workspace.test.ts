import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiToken, askApi, currentCycleId, demo, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { clientUrl, closeVisitor, signedInVisitor } from './pages';
import {
  type Criterion,
  halfPoints,
  type Level,
  levelBScores,
  rubricOf,
  type ScorableAssignment,
  saveSheetDraft,
  scorableAssignment,
} from './scoring';
import { screenshot } from './screenshots';

// An expert of its own: its assignments are this file's, whatever the other files do. The seeded demo gives
// it two nominations in preliminary review with no sheet yet.
const ownExpert = demoAccount('expert23@example.com');

interface StoredSheet {
  id: string;
  version: number;
  status: string;
  total: number | null;
  overallOpinion: string;
  recommendedGrade: string | null;
  scores: { criterion: { id: string }; level: string | null; points: number | null; comment: string }[];
}

async function sheetOf(expert: string, assignmentId: string): Promise<StoredSheet | null> {
  const { assignments } = await askApi<{
    assignments: { edges: { node: { id: string; scoreSheet: StoredSheet | null } }[] };
  }>(
    `{ assignments(first: 100) { edges { node { id scoreSheet {
      id version status total overallOpinion recommendedGrade scores { criterion { id } level points comment }
    } } } } }`,
    {},
    { token: expert },
  );
  return assignments.edges.find((edge) => edge.node.id === assignmentId)?.node.scoreSheet ?? null;
}

/** The points a level takes, in percent of the criterion's maximum, as award-rules.md states the bands. */
function isInLevel(points: number, criterion: Criterion, level: Level['level']): boolean {
  const band = criterion.levels.find((candidate) => candidate.level === level) as Level;
  const percent = (100 * points) / criterion.maxPoints;
  return percent >= band.minPercent && (level === 'A' ? percent <= 100 : percent < band.maxPercent + 1);
}

// What the expert gives each criterion in turn: a level, picked by its letter or by its place 1–4, and a
// share of the points inside that level's band.
const plan = [
  { key: 'b', level: 'B', share: 0.8 },
  { key: '1', level: 'A', share: 0.95 },
  { key: 'c', level: 'C', share: 0.65 },
  { key: '2', level: 'B', share: 0.8 },
  { key: 'a', level: 'A', share: 0.96 },
  { key: 'B', level: 'B', share: 0.8 },
] as const;

const commentFor = (criterion: Criterion) => `${criterion.nameZh}：依据提名书与证实性材料评定，理由充分。`;
const opinion = '项目创新点明确，技术指标有检测报告支撑，推广应用和经济效益数据可信，总体达到二等奖水平。';

const criterionRegion = (page: Page, criterion: Criterion) =>
  page.getByRole('region', { name: criterion.nameZh, exact: true });
const saveState = (page: Page) =>
  page.getByRole('status').filter({ hasText: /保存|冲突|出错|截止|最新|修改/ });

/** Waits until the autosave says the last change is on the server (已保存 hh:mm:ss). */
async function expectSaved(page: Page): Promise<void> {
  await expect
    .poll(() => saveState(page).textContent(), { timeout: 10_000 })
    .toMatch(/^已保存 \d{2}:\d{2}:\d{2}$/);
}

/**
 * Scores one criterion from its level group on: the level by its key, the points typed over the suggestion,
 * the comment; then Tab leaves for the next criterion's level group.
 */
async function scoreWithKeyboard(
  page: Page,
  criterion: Criterion,
  step: (typeof plan)[number],
): Promise<number> {
  const region = criterionRegion(page, criterion);
  await page.keyboard.press(step.key);
  await expect(region.getByRole('radio', { name: new RegExp(`^${step.level} ·`) }).isChecked()).resolves.toBe(
    true,
  );
  const points = halfPoints(criterion.maxPoints * step.share);
  await page.keyboard.press('Tab');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
    .toBe('spinbutton');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(String(points));
  await page.keyboard.press('Tab');
  // Chinese comes in through an input method, one composed insertion rather than a key per character.
  await page.keyboard.insertText(commentFor(criterion));
  await page.keyboard.press('Tab');
  return points;
}

async function expectScored(region: Locator, level: string, points: number, comment: string): Promise<void> {
  await expect(region.getByRole('radio', { name: new RegExp(`^${level} ·`) }).isChecked()).resolves.toBe(
    true,
  );
  // The input shows the step's decimal (24.0): compared as a number.
  await expect(region.getByLabel('得分', { exact: true }).inputValue().then(Number)).resolves.toBe(points);
  await expect(region.getByLabel('评语', { exact: true }).inputValue()).resolves.toBe(comment);
}

describe("an expert's reviewer workspace", () => {
  const browser = connectSharedBrowser();
  let expert: string;
  let chair: string;
  let cycleId: string;

  beforeAll(async () => {
    expert = await apiToken(ownExpert);
    chair = await apiToken(demo.chair);
    cycleId = await currentCycleId();
  });

  // Each test takes an assignment of the expert's that has no sheet yet.
  const freshAssignment = () => scorableAssignment({ expert, chair, cycleId, reason: '浏览器测试：评分' });

  it('scores a nomination criterion by criterion with the keyboard, finds the draft after a reload, submits it and cannot edit it after', async () => {
    const assignment = await freshAssignment();
    const criteria = await rubricOf(expert, assignment);
    const nomination = assignment.nomination as NonNullable<ScorableAssignment['nomination']>;
    const { page, context } = await signedInVisitor(browser(), ownExpert, '/assignments');

    await page.getByRole('link', { name: nomination.code, exact: true }).click();
    await page.waitForURL(`**/review/${assignment.id}`);
    // The reader shows the form's sections; the sheet its criteria, nothing of other experts.
    await page.getByRole('region', { name: '项目简介与创新点' }).waitFor();
    await expect(saveState(page).textContent()).resolves.toBe('已是最新');

    // The first level group takes the focus; from there on the keyboard alone scores.
    const first = criterionRegion(page, criteria[0]);
    await first.getByRole('radio').first().focus();
    await page.keyboard.press(plan[0].key);
    // A level suggests points inside its band.
    const suggested = Number(await first.getByLabel('得分', { exact: true }).inputValue());
    expect(isInLevel(suggested, criteria[0], plan[0].level), `${suggested} suggested for level B`).toBe(true);
    await first.getByRole('radio', { name: /^B ·/ }).focus();

    const given: number[] = [];
    for (const [index, criterion] of criteria.slice(0, 3).entries()) {
      given.push(await scoreWithKeyboard(page, criterion, plan[index]));
    }
    await expectSaved(page);
    const draft = await sheetOf(expert, assignment.id);
    expect(draft?.status).toBe('DRAFT');
    expect(draft?.scores.map((score) => score.points)).toEqual(given);

    await page.reload();
    for (const [index, criterion] of criteria.slice(0, 3).entries()) {
      await expectScored(
        criterionRegion(page, criterion),
        plan[index].level,
        given[index],
        commentFor(criterion),
      );
    }
    await page.getByText(`已评 3 / ${criteria.length} 项`).waitFor();

    await criterionRegion(page, criteria[3]).getByRole('radio').first().focus();
    for (const [index, criterion] of criteria.entries()) {
      if (index < 3) continue;
      given.push(await scoreWithKeyboard(page, criterion, plan[index]));
    }
    // From the last comment, Tab reaches the overall opinion, then the grade (arrows move to 二等奖).
    await page.keyboard.insertText(opinion);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    const total = given.reduce((sum, points) => sum + points, 0);
    await page.getByText(`合计：${total} / 100 分`).waitFor();

    await page.keyboard.press('ControlOrMeta+Enter');
    const dialog = page.getByRole('dialog', { name: '确定提交评分表？' });
    await dialog.getByText(`${total} / 100 分`).waitFor();
    await dialog.getByText('提交后评分表即被锁定，不能再修改').waitFor();
    await dialog.getByText('二等奖').waitFor();
    await dialog.getByRole('button', { name: '确认提交' }).click();

    const submitted = page.getByLabel('评分表已提交（只读）');
    await submitted.waitFor();
    await expect(submitted.getByTestId('submitted-total').textContent()).resolves.toBe(
      `合计：${total} / 100 分`,
    );
    await screenshot(page, 'scoring-workspace-submitted');
    // Read-only: no field of the sheet is left to type in or choose, even after a reload.
    await page.reload();
    await submitted.waitFor();
    await expect(submitted.getByRole('textbox').count()).resolves.toBe(0);
    await expect(submitted.getByRole('radio').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '提交评分' }).count()).resolves.toBe(0);

    const stored = await sheetOf(expert, assignment.id);
    expect(stored?.status).toBe('SUBMITTED');
    expect(stored?.total).toBe(total);
    expect(stored?.recommendedGrade).toBe('SECOND');
    expect(stored?.overallOpinion).toBe(opinion);
    expect(stored?.scores.map((score) => [score.level, score.points, score.comment])).toEqual(
      criteria.map((criterion, index) => [plan[index].level, given[index], commentFor(criterion)]),
    );
    await closeVisitor(context);
  });

  it("shows the server's refusal beside the criterion whose comment is missing, stops at a save from another window, and submits the latest", async () => {
    const assignment = await freshAssignment();
    const criteria = await rubricOf(expert, assignment);
    const missing = criteria[2];
    // A draft complete but for one comment, saved through the API as another window would have.
    await saveSheetDraft(expert, assignment.id, {
      overallOpinion: opinion,
      recommendedGrade: 'THIRD',
      scores: levelBScores(criteria, (criterion) => (criterion === missing ? '' : commentFor(criterion))),
    });
    const { page, context } = await signedInVisitor(browser(), ownExpert, '/assignments');
    await page.goto(clientUrl(`/review/${assignment.id}`));
    await expect(
      criterionRegion(page, missing).getByLabel('评语', { exact: true }).inputValue(),
    ).resolves.toBe('');

    await page.getByRole('button', { name: '提交评分' }).click();
    await page
      .getByRole('dialog', { name: '确定提交评分表？' })
      .getByRole('button', { name: '确认提交' })
      .click();
    await page.getByRole('alert').getByText('提交未通过检查，请修改以下 1 处后再提交').waitFor();
    // The rule, in the server's words, under the comment of that criterion and of no other.
    const rule = '评语至少 10 个字符';
    await criterionRegion(page, missing).getByText(rule).waitFor();
    for (const criterion of criteria.filter((candidate) => candidate !== missing)) {
      await expect(criterionRegion(page, criterion).getByText(rule).count()).resolves.toBe(0);
    }
    await screenshot(page, 'scoring-workspace-refused');
    const refused = await sheetOf(expert, assignment.id);
    expect(refused?.status).toBe('DRAFT');

    // Another window of the expert's fills the comment in meanwhile: this page's next save is refused, never
    // written over it, and autosave stops until the latest version is loaded.
    const fromElsewhere = `${missing.nameZh}：另一窗口补充的评语，依据检测报告。`;
    await saveSheetDraft(
      expert,
      assignment.id,
      { scores: [{ criterionId: missing.id, comment: fromElsewhere }] },
      refused?.version,
    );
    await criterionRegion(page, criteria[0])
      .getByLabel('评语', { exact: true })
      .fill(`${commentFor(criteria[0])}补充。`);
    await expect
      .poll(() => saveState(page).textContent(), { timeout: 10_000 })
      .toBe('有冲突：已在其他窗口修改');
    expect((await sheetOf(expert, assignment.id))?.scores[0].comment).toBe(commentFor(criteria[0]));
    await page.getByRole('button', { name: '载入最新版本' }).click();
    await expect
      .poll(() => criterionRegion(page, missing).getByLabel('评语', { exact: true }).inputValue())
      .toBe(fromElsewhere);
    await expect(saveState(page).textContent()).resolves.toBe('已是最新');

    // Complete now, the same sheet goes through.
    await page.keyboard.press('ControlOrMeta+Enter');
    await page
      .getByRole('dialog', { name: '确定提交评分表？' })
      .getByRole('button', { name: '确认提交' })
      .click();
    await page.getByLabel('评分表已提交（只读）').waitFor();
    expect((await sheetOf(expert, assignment.id))?.status).toBe('SUBMITTED');
    await closeVisitor(context);
  });
});
