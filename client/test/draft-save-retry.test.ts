import { beforeAll, describe, expect, it } from 'vitest';
import { apiToken, askApi, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { FiledNomination, openWindowsForTheFile } from './filed-nomination';
import { clientUrl, closeVisitor, signedInVisitor } from './pages';

// This file's data: nominator13's own draft, and the nomination window while the file runs.
const nominatorAccount = demoAccount('nominator13@example.com');
const summary = '应答丢失后，同一次保存以同一幂等键重发，服务器给出第一次的应答。';
const evaluation = '经第三方鉴定，项目整体技术达到国内领先水平。';

interface StoredDraft {
  version: number;
  summary: string;
  objectiveEvaluation: string;
}

/**
 * issue 9, safe retries: the answer to an autosave is lost on its way back (the server did save); the
 * nominator types on, and the autosave sends the lost save again first, unchanged and under the same
 * Idempotency-Key, gets the first answer, then saves what was typed since: no conflict, nothing twice.
 */
describe('saving a draft again after the answer was lost', () => {
  const browser = connectSharedBrowser();
  const cycle = openWindowsForTheFile(['REGISTRATION', 'NOMINATION'], 86_400_000);
  let nominator: string;
  let nomination: FiledNomination;
  const stored = async () =>
    (
      await askApi<{ nomination: StoredDraft }>(
        'query ($id: ID!) { nomination(id: $id) { version summary objectiveEvaluation } }',
        { id: nomination.id },
        { token: nominator },
      )
    ).nomination;

  beforeAll(async () => {
    nominator = await apiToken(nominatorAccount);
    nomination = await FiledNomination.start(nominator, cycle(), '应答丢失后重发草稿');
  });

  it('sends the lost save again under its key before the next, and keeps both changes once', async () => {
    const before = await stored();
    const { page, context } = await signedInVisitor(browser(), nominatorAccount, '/my-nominations');
    const saves: { key: string; summary: string | undefined; replay: string | undefined }[] = [];
    // The first save reaches the server, which commits it; its answer never reaches the page.
    await page.route('**/graphql', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}');
      if (!String(body.query).includes('saveNominationDraft')) return route.continue();
      const response = await route.fetch();
      saves.push({
        key: route.request().headers()['idempotency-key'] ?? '',
        summary: body.variables.input.summary,
        replay: response.headers()['idempotent-replay'],
      });
      if (saves.length === 1) return route.abort('connectionreset');
      return route.fulfill({ response });
    });
    const saveState = page.locator('[data-save-state]');
    try {
      await page.goto(clientUrl(`/my-nominations/${nomination.id}?step=INNOVATION`));
      await page.getByLabel('项目简介').fill(summary);
      await expect.poll(() => saveState.getAttribute('data-save-state'), { timeout: 15_000 }).toBe('error');
      await page.getByLabel('客观评价').fill(evaluation);
      await expect.poll(() => saveState.getAttribute('data-save-state'), { timeout: 15_000 }).toBe('saved');
    } finally {
      await closeVisitor(context);
    }
    expect(saves.map(({ summary: sent, replay }) => [sent, replay])).toEqual([
      [summary, undefined],
      [summary, 'true'],
      [undefined, undefined],
    ]);
    expect(saves[0].key).toMatch(/^[0-9a-f]{32}$/);
    expect(saves[1].key).toBe(saves[0].key);
    expect(saves[2].key).not.toBe(saves[0].key);
    expect(await stored()).toEqual({ version: before.version + 2, summary, objectiveEvaluation: evaluation });
  });
});
