import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, askApi, type Credentials, currentCycleId, demo } from './api';
import { connectSharedBrowser } from './browser';
import { closeVisitor, signedInVisitor } from './pages';
import { screenshot } from './screenshots';

const declineReason = '本人近期出差，无法按期完成评审。';

interface Declaration {
  acceptedAt: string | null;
  textZh: string;
}

/**
 * An expert of its own for this file: a new account and profile (no declaration accepted yet), asked by
 * the secretariat to review an accepted progress nomination of its field. No demo expert is touched, and
 * the expert is made unavailable afterwards, so no later solver run of another file picks it.
 */
async function newExpertWithAssignment(secretariat: string, cycleId: string) {
  const email = `inbox-expert-${Date.now()}@example.com`;
  const { createAccount } = await askApi<{
    createAccount: { account: { id: string }; initialPassword: string };
  }>(
    `mutation ($email: String!) {
      createAccount(displayName: "收件箱测试专家", email: $email, role: EXPERT) { account { id } initialPassword }
    }`,
    { email },
    { token: secretariat },
  );
  const { nominations } = await askApi<{
    nominations: { edges: { node: { id: string; code: string; field: { id: string } } }[] };
  }>(
    `query ($cycleId: ID!) {
      nominations(cycleId: $cycleId, category: PROGRESS, status: ACCEPTED, first: 1) { edges { node { id code field { id } } } }
    }`,
    { cycleId },
    { token: secretariat },
  );
  const nomination = nominations.edges[0].node;
  const { createExpert } = await askApi<{ createExpert: { id: string } }>(
    `mutation ($input: NewExpertInput!) { createExpert(input: $input) { id } }`,
    {
      input: {
        cycleId,
        accountId: createAccount.account.id,
        name: '收件箱测试专家',
        title: '高级工程师',
        fields: [{ fieldId: nomination.field.id, isPrimary: true }],
        maxLoad: 3,
      },
    },
    { token: secretariat },
  );
  const { addReviewer } = await askApi<{ addReviewer: { id: string } }>(
    `mutation ($nominationId: ID!, $expertId: ID!) {
      addReviewer(nominationId: $nominationId, expertId: $expertId, reason: "收件箱浏览器测试") { id }
    }`,
    { nominationId: nomination.id, expertId: createExpert.id },
    { token: secretariat },
  );
  const credentials: Credentials = { email, password: createAccount.initialPassword };
  return { credentials, expertId: createExpert.id, nomination, assignmentId: addReviewer.id };
}

describe("the expert's inbox", () => {
  const browser = connectSharedBrowser();
  let secretariat: string;
  let cycleId: string;
  let expert: Awaited<ReturnType<typeof newExpertWithAssignment>>;

  beforeAll(async () => {
    secretariat = await apiToken(demo.secretariat);
    cycleId = await currentCycleId();
    expert = await newExpertWithAssignment(secretariat, cycleId);
  });
  afterAll(async () => {
    if (expert) {
      await askApi(
        'mutation ($id: ID!) { setExpertAvailability(id: $id, isAvailable: false) { id } }',
        {
          id: expert.expertId,
        },
        { token: secretariat },
      );
    }
  });

  const declarationOf = async (token: string) =>
    (
      await askApi<{ expertDeclaration: Declaration }>(
        'query ($cycleId: ID!) { expertDeclaration(cycleId: $cycleId) { acceptedAt textZh } }',
        { cycleId },
        { token },
      )
    ).expertDeclaration;

  it('shows the declaration before anything else, then the assignment to decline with a reason', async () => {
    const token = await apiToken(expert.credentials);
    const before = await declarationOf(token);
    expect(before.acceptedAt).toBeNull();

    const { page, context } = await signedInVisitor(browser(), expert.credentials, '/assignments');
    const declaration = page.getByRole('region', { name: '评审专家公正性与保密承诺书' });
    await declaration.getByText(before.textZh.split('\n')[1]).waitFor();
    // Nothing of the assignments before the declaration is accepted.
    expect(await page.getByText(expert.nomination.code).count()).toBe(0);
    await screenshot(page, 'expert-declaration');
    await declaration.getByRole('button', { name: '我已阅读并接受' }).click();

    const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: expert.nomination.code });
    await row.waitFor();
    expect(await row.textContent()).toContain('待确认');
    expect((await declarationOf(token)).acceptedAt).not.toBeNull();

    // A recusal warns that it is final; cancelled, nothing changes.
    await row.getByRole('button', { name: /^回\s?避$/ }).click();
    const recuseDialog = page.getByRole('dialog');
    await recuseDialog.getByText('回避是最终决定', { exact: false }).waitFor();
    await recuseDialog.getByRole('button', { name: /^取\s?消$/ }).click();
    await recuseDialog.waitFor({ state: 'hidden' });

    await row.getByRole('button', { name: /^谢\s?绝$/ }).click();
    const declineDialog = page.getByRole('dialog');
    await declineDialog.getByRole('button', { name: /^谢\s?绝$/ }).click();
    await declineDialog.getByText('请填写原因').waitFor();
    await declineDialog.getByLabel('原因').fill(declineReason);
    await declineDialog.getByRole('button', { name: /^谢\s?绝$/ }).click();
    await page.getByText('已谢绝评审任务').waitFor();
    await screenshot(page, 'expert-inbox-declined');
    await closeVisitor(context);

    const { assignments } = await askApi<{
      assignments: { edges: { node: { id: string; status: string; statusReason: string | null } }[] };
    }>(
      'query ($expertId: ID!) { assignments(expertId: $expertId, first: 10) { edges { node { id status statusReason } } } }',
      { expertId: expert.expertId },
      { token: secretariat },
    );
    expect(assignments.edges.map((edge) => edge.node)).toEqual([
      { id: expert.assignmentId, status: 'DECLINED', statusReason: declineReason },
    ]);
  });
});
