import { beforeAll, describe, expect, it } from 'vitest';
import { apiToken, askApi, currentCycleId, demo, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { clientUrl, closeVisitor, signedInVisitor } from './pages';
import {
  type Criterion,
  rubricOf,
  type ScorableAssignment,
  saveSheetDraft,
  scorableAssignment,
} from './scoring';

// An expert of its own, with a nomination in preliminary review and no sheet yet.
const ownExpert = demoAccount('expert32@example.com');
const opinion = '应答丢失后，同一次保存以同一幂等键重发，服务器给出第一次的应答。';
const comment = '材料翔实，论证充分，检测数据可信。';

interface StoredSheet {
  version: number;
  overallOpinion: string;
  scores: { comment: string | null; criterion: { id: string } }[];
}

/**
 * issue 9, safe retries: the answer to a score sheet's autosave is lost on its way back (the server did
 * save); the expert types on, and the autosave sends the lost save again first, unchanged and under the
 * same Idempotency-Key, gets the first answer, then saves what was typed since: no conflict, nothing twice.
 */
describe('saving a score sheet again after the answer was lost', () => {
  const browser = connectSharedBrowser();
  let expert: string;
  let assignment: ScorableAssignment;
  let criteria: Criterion[];
  const stored = async () => {
    const { assignments } = await askApi<{
      assignments: { edges: { node: { id: string; scoreSheet: StoredSheet } }[] };
    }>(
      '{ assignments(first: 100) { edges { node { id scoreSheet { version overallOpinion scores { comment criterion { id } } } } } } }',
      {},
      { token: expert },
    );
    return assignments.edges.find((edge) => edge.node.id === assignment.id)?.node.scoreSheet as StoredSheet;
  };

  beforeAll(async () => {
    expert = await apiToken(ownExpert);
    assignment = await scorableAssignment({
      expert,
      chair: await apiToken(demo.chair),
      cycleId: await currentCycleId(),
      reason: '测试：评分表自动保存的应答丢失后重发',
    });
    criteria = await rubricOf(expert, assignment);
    await saveSheetDraft(expert, assignment.id, { scores: [] });
  });

  it('sends the lost save again under its key before the next, and keeps both changes once', async () => {
    const before = await stored();
    const { page, context } = await signedInVisitor(browser(), ownExpert, '/assignments');
    const saves: { key: string; input: Record<string, unknown>; replay: string | undefined }[] = [];
    // The first save reaches the server, which commits it; its answer never reaches the page.
    await page.route('**/graphql', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}');
      if (!String(body.query).includes('saveScoreSheetDraft')) return route.continue();
      const response = await route.fetch();
      saves.push({
        key: route.request().headers()['idempotency-key'] ?? '',
        input: body.variables.input,
        replay: response.headers()['idempotent-replay'],
      });
      if (saves.length === 1) return route.abort('connectionreset');
      return route.fulfill({ response });
    });
    const saveState = page.locator('[data-save-state]');
    try {
      await page.goto(clientUrl(`/review/${assignment.id}`));
      await page.getByRole('textbox', { name: '总体评价' }).fill(opinion);
      await expect.poll(() => saveState.getAttribute('data-save-state'), { timeout: 15_000 }).toBe('error');
      await page.getByRole('region', { name: criteria[0].nameZh }).getByLabel('评语').fill(comment);
      await expect.poll(() => saveState.getAttribute('data-save-state'), { timeout: 15_000 }).toBe('saved');
    } finally {
      await closeVisitor(context);
    }
    expect(saves.map(({ input, replay }) => [input.overallOpinion, replay])).toEqual([
      [opinion, undefined],
      [opinion, 'true'],
      [undefined, undefined],
    ]);
    expect(saves[0].key).toMatch(/^[0-9a-f]{32}$/);
    expect(saves[1].key).toBe(saves[0].key);
    expect(saves[2].key).not.toBe(saves[0].key);
    const after = await stored();
    expect(after.version).toBe(before.version + 2);
    expect(after.overallOpinion).toBe(opinion);
    expect(after.scores.find((score) => score.criterion.id === criteria[0].id)?.comment).toBe(comment);
  });
});
