import { beforeAll, describe, expect, it } from 'vitest';
import { apiToken, askApi, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { FiledNomination, openWindowsForTheFile } from './filed-nomination';
import { clientUrl, closeVisitor, signedInVisitor } from './pages';

// This file's data: nominator12's own nomination, and the filing windows while the file runs.
const nominatorAccount = demoAccount('nominator12@example.com');
const projectName = '应答丢失后重试提交';

/**
 * issue 9, safe retries: the answer to a submission is lost on its way back (the server did submit); the
 * nominator clicks again, and the same Idempotency-Key gets the first answer, not a second submission
 * nor a refusal that it was submitted already.
 */
describe('submitting again after the answer was lost', () => {
  const browser = connectSharedBrowser();
  const cycle = openWindowsForTheFile(['REGISTRATION', 'NOMINATION'], 86_400_000);
  let nominator: string;
  let nomination: FiledNomination;

  beforeAll(async () => {
    nominator = await apiToken(nominatorAccount);
    nomination = await FiledNomination.ready(nominator, cycle(), projectName);
  });

  it('shows the nomination submitted once, with the same key on the retry', async () => {
    const { page, context } = await signedInVisitor(browser(), nominatorAccount, '/my-nominations');
    const keys: string[] = [];
    let isFirst = true;
    // The first submission reaches the server, which commits it; its answer never reaches the page.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('submitNomination')) return route.continue();
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (!isFirst) return route.continue();
      isFirst = false;
      await route.fetch();
      await route.abort('connectionreset');
    });
    try {
      await page.goto(clientUrl(`/my-nominations/${nomination.id}?step=SUBMIT`));
      const submit = page.getByRole('button', { name: '提交提名' });
      await page.getByText('材料齐全，可以提交').waitFor();
      for (let attempt = 0; attempt < 2; attempt++) {
        await submit.click();
        // The confirmation open now (the first one may still be fading out).
        await page
          .locator('.ant-popconfirm:not(.ant-popover-hidden)')
          .last()
          .getByRole('button', { name: /确\s*定/ })
          .click();
        // The lost answer shows as an error; the nomination is submitted all the same.
        if (attempt === 0) await page.locator('.ant-alert-error').waitFor();
      }
      await expect
        .poll(
          async () =>
            (
              await askApi<{ nomination: { status: string } }>(
                'query ($id: ID!) { nomination(id: $id) { status } }',
                { id: nomination.id },
                { token: nominator },
              )
            ).nomination.status,
        )
        .toBe('SUBMITTED');
      await submit.waitFor({ state: 'detached' });
    } finally {
      await closeVisitor(context);
    }
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    const { nomination: stored } = await askApi<{
      nomination: { submissions: { number: number }[]; transitions: { toStatus: string }[] };
    }>(
      'query ($id: ID!) { nomination(id: $id) { submissions { number } transitions { toStatus } } }',
      { id: nomination.id },
      { token: nominator },
    );
    expect(stored.submissions).toEqual([{ number: 1 }]);
    expect(stored.transitions.filter((transition) => transition.toStatus === 'SUBMITTED')).toHaveLength(1);
  });
});
