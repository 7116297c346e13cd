import { beforeAll, describe, expect, it } from 'vitest';
import { apiToken, askApi, currentCycleId, demo, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { clientUrl, closeVisitor, signedInVisitor } from './pages';
import {
  levelBScores,
  rubricOf,
  type ScorableAssignment,
  saveSheetDraft,
  scorableAssignment,
} from './scoring';

// An expert of its own: the seeded demo gives it two nominations in preliminary review with no sheet yet.
const ownExpert = demoAccount('expert17@example.com');
const opinion = '创新点明确，检测报告与用户报告相互印证，经济效益数据可信，建议授予三等奖。';

/**
 * issue 9, safe retries: the answer to a sheet's submission is lost on its way back (the server did submit
 * it); the expert submits again, and the same Idempotency-Key gets the first answer, not a second
 * submission nor the refusal that the sheet is locked.
 */
describe('submitting a score sheet again after the answer was lost', () => {
  const browser = connectSharedBrowser();
  let expert: string;
  let assignment: ScorableAssignment;

  beforeAll(async () => {
    expert = await apiToken(ownExpert);
    assignment = await scorableAssignment({
      expert,
      chair: await apiToken(demo.chair),
      cycleId: await currentCycleId(),
      reason: '测试：应答丢失后重新提交评分表',
    });
    const criteria = await rubricOf(expert, assignment);
    await saveSheetDraft(expert, assignment.id, {
      overallOpinion: opinion,
      recommendedGrade: 'THIRD',
      scores: levelBScores(criteria, (criterion) => `${criterion.nameZh}：材料翔实，论证充分，评为良好。`),
    });
  });

  it('shows the sheet submitted once, the retry answered with the first answer under the same key', async () => {
    const { page, context } = await signedInVisitor(browser(), ownExpert, '/assignments');
    const keys: string[] = [];
    const replays: (string | undefined)[] = [];
    // The first submission reaches the server, which commits it; its answer never reaches the page.
    await page.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('submitScoreSheet')) return route.continue();
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      const response = await route.fetch();
      replays.push(response.headers()['idempotent-replay']);
      if (keys.length === 1) return route.abort('connectionreset');
      return route.fulfill({ response });
    });
    try {
      await page.goto(clientUrl(`/review/${assignment.id}`));
      for (let attempt = 0; attempt < 2; attempt++) {
        await page.getByRole('button', { name: '提交评分' }).click();
        await page
          .getByRole('dialog', { name: '确定提交评分表？' })
          .getByRole('button', { name: '确认提交' })
          .click();
        // The lost answer shows as an error of the sheet; it was submitted all the same.
        if (attempt === 0) await page.locator('[data-save-state="error"]').waitFor();
      }
      await page.getByLabel('评分表已提交（只读）').waitFor();
    } finally {
      await closeVisitor(context);
    }
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(replays).toEqual([undefined, 'true']);
    const { assignments } = await askApi<{
      assignments: { edges: { node: { id: string; scoreSheet: { id: string; status: string } } }[] };
    }>(
      '{ assignments(first: 100) { edges { node { id scoreSheet { id status } } } } }',
      {},
      { token: expert },
    );
    const sheet = assignments.edges.find((edge) => edge.node.id === assignment.id)?.node.scoreSheet;
    expect(sheet?.status).toBe('SUBMITTED');
    const { auditEvents } = await askApi<{ auditEvents: { edges: { node: { action: string } }[] } }>(
      `query ($id: String!) { auditEvents(entityType: ScoreSheet, entityId: $id, first: 100) {
        edges { node { action } } } }`,
      { id: sheet?.id },
      { token: await apiToken(demo.secretariat) },
    );
    const submissions = auditEvents.edges.filter((edge) => edge.node.action === 'SCORE_SHEET_SUBMITTED');
    expect(submissions).toHaveLength(1);
  });
});
