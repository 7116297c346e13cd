import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiToken, askApi, currentCycleId, demo, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { clientUrl, closeVisitor, signIn } from './pages';
import { halfPoints, levelBScores, rubricOf, saveSheetDraft, scorableAssignment } from './scoring';
import { screenshot } from './screenshots';

// An expert of this file's own: the seeded demo gives it one nomination in preliminary review, no sheet yet.
const ownExpert = demoAccount('expert58@example.com');
const phone = { width: 390, height: 844 };

const commentFor = (name: string) => `${name}：在手机上阅读提名书后评定，依据充分。`;

/** Nothing is wider than the phone: not the page, nor the header's language switch (428 px wide once). */
async function expectFitsTheScreen(page: Page): Promise<void> {
  const switchEnd = await page
    .locator('.ant-layout-header .ant-segmented')
    .evaluate((node) => node.getBoundingClientRect().right);
  // Against the phone's width, not innerWidth: a mobile browser widens its layout to content that overflows.
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, 'the page is no wider than the phone').toBeLessThanOrEqual(phone.width);
  expect(switchEnd, "the header's language switch ends on the screen").toBeLessThanOrEqual(phone.width);
}

describe('an expert on a phone (390×844)', () => {
  const browser = connectSharedBrowser();

  it('reads the nomination, then scores it below, and sees the whole header of the submitted sheet', async () => {
    const [expert, chair, cycleId] = await Promise.all([
      apiToken(ownExpert),
      apiToken(demo.chair),
      currentCycleId(),
    ]);
    const assignment = await scorableAssignment({ expert, chair, cycleId, reason: '浏览器测试：手机评分' });
    const criteria = await rubricOf(expert, assignment);
    const last = criteria[criteria.length - 1];
    // Everything but the last criterion was scored earlier (on a desktop, say); the phone does the rest.
    await saveSheetDraft(expert, assignment.id, {
      overallOpinion: '项目材料完整，创新点与应用效果相符，建议三等奖。',
      recommendedGrade: 'THIRD',
      scores: levelBScores(criteria.slice(0, -1), (criterion) => commentFor(criterion.nameZh)),
    });

    const context = await browser().newContext({ viewport: phone, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(clientUrl('/login'));
    await signIn(page, ownExpert);
    await page.waitForURL('**/assignments');
    const code = assignment.nomination?.code as string;
    const link = page.getByRole('link', { name: code, exact: true });
    await link.waitFor();
    await expectFitsTheScreen(page);
    await screenshot(page, 'expert-phone-inbox');

    await link.click();
    await page.waitForURL(`**/review/${assignment.id}`);
    const reader = page.getByLabel('提名书', { exact: true }).first();
    const criterion = page.getByRole('region', { name: last.nameZh, exact: true });
    await reader.getByRole('region', { name: '项目简介与创新点' }).waitFor();
    await criterion.waitFor();
    await expectFitsTheScreen(page);
    // The materials first, the sheet under them, each as wide as the screen allows.
    const [readerBox, criterionBox] = await Promise.all([reader.boundingBox(), criterion.boundingBox()]);
    if (!readerBox || !criterionBox) throw new Error('the reader or the sheet is not shown');
    expect(criterionBox.y).toBeGreaterThanOrEqual(readerBox.y + readerBox.height);
    expect(criterionBox.x + criterionBox.width).toBeLessThanOrEqual(phone.width);
    expect(criterionBox.width).toBeGreaterThan(phone.width / 2);
    await screenshot(page, 'expert-phone-workspace');

    // A finger taps the level's button (antd's radio input itself is hidden under it).
    const levelB = criterion.getByRole('radio', { name: /^B ·/ });
    await criterion.locator('label', { has: page.getByRole('radio', { name: /^B ·/ }) }).tap();
    await expect(levelB.isChecked()).resolves.toBe(true);
    await criterion.getByLabel('得分', { exact: true }).fill(String(halfPoints(last.maxPoints * 0.8)));
    await criterion.getByLabel('评语', { exact: true }).fill(commentFor(last.nameZh));
    await expectFitsTheScreen(page);
    await page.getByRole('button', { name: '提交评分' }).click();
    await page
      .getByRole('dialog', { name: '确定提交评分表？' })
      .getByRole('button', { name: '确认提交' })
      .click();

    const submitted = page.getByLabel('评分表已提交（只读）');
    await submitted.waitFor();
    // The title of the submitted sheet is there in full: not cut short, not pushed off the screen.
    const title = submitted.locator('.ant-card-head-title');
    await title.scrollIntoViewIfNeeded();
    await expect(title.textContent()).resolves.toBe('评分表已提交（只读）');
    const clipping = await title.evaluate((node) => ({
      scrollWidth: node.scrollWidth,
      clientWidth: node.clientWidth,
      right: node.getBoundingClientRect().right,
    }));
    expect(clipping.scrollWidth, 'the title is not cut short').toBeLessThanOrEqual(clipping.clientWidth);
    expect(clipping.right).toBeLessThanOrEqual(phone.width);
    await expectFitsTheScreen(page);
    await screenshot(page, 'expert-phone-submitted');

    const { assignments } = await askApi<{
      assignments: { edges: { node: { id: string; scoreSheet: { status: string } | null } }[] };
    }>('{ assignments(first: 100) { edges { node { id scoreSheet { status } } } } }', {}, { token: expert });
    const stored = assignments.edges.find((edge) => edge.node.id === assignment.id)?.node.scoreSheet;
    expect(stored?.status).toBe('SUBMITTED');
    await closeVisitor(context);
  });
});
