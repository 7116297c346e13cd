import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiToken, askApi, currentCycleId, demo } from './api';
import { connectSharedBrowser } from './browser';
import { clientUrl, closeVisitor, signedInVisitor } from './pages';
import { screenshot } from './screenshots';

interface Nomination {
  id: string;
  code: string;
  status: string;
}

interface ProposalState {
  k: number;
  status: string;
  version: number;
  items: { nomination: { id: string }; expert: { id: string; name: string } }[];
  loads: { expert: { id: string; name: string; fields: { field: { id: string } }[] } }[];
}

const seed = 20240625;

/** The category's nominations waiting for reviewers, as the API lists them now (other files may add some). */
async function acceptedInventions(token: string, cycleId: string): Promise<Nomination[]> {
  const { nominations } = await askApi<{ nominations: { edges: { node: Nomination }[] } }>(
    `query ($cycleId: ID!) {
      nominations(cycleId: $cycleId, category: INVENTION, status: ACCEPTED, first: 100) { edges { node { id code status } } }
    }`,
    { cycleId },
    { token },
  );
  return nominations.edges.map((edge) => edge.node);
}

async function proposalState(token: string, id: string): Promise<ProposalState> {
  const { assignmentProposal } = await askApi<{ assignmentProposal: ProposalState }>(
    `query ($id: ID!) { assignmentProposal(id: $id) {
      k status version items { nomination { id } expert { id name } }
      loads { expert { id name fields { field { id } } } }
    } }`,
    { id },
    { token },
  );
  return assignmentProposal;
}

async function hasConflict(token: string, expertId: string, nominationId: string): Promise<boolean> {
  const { conflictCheck } = await askApi<{ conflictCheck: { hasConflict: boolean } }>(
    'query ($e: ID!, $n: ID!) { conflictCheck(expertId: $e, nominationId: $n) { hasConflict } }',
    { e: expertId, n: nominationId },
    { token },
  );
  return conflictCheck.hasConflict;
}

interface ConflictReason {
  rule: string;
  detail: string;
}

async function conflictReasons(
  token: string,
  expertId: string,
  nominationId: string,
): Promise<ConflictReason[]> {
  const { conflictCheck } = await askApi<{ conflictCheck: { reasons: ConflictReason[] } }>(
    'query ($e: ID!, $n: ID!) { conflictCheck(expertId: $e, nominationId: $n) { reasons { rule detail } } }',
    { e: expertId, n: nominationId },
    { token },
  );
  return conflictCheck.reasons;
}

/** The names of the reviewers a nomination's card shows. */
async function shownReviewers(page: Page, code: string): Promise<string[]> {
  const names = page.getByRole('region', { name: code }).getByRole('listitem').locator('strong');
  return (await names.allInnerTexts()).map((name) => name.trim());
}

async function pickExpert(page: Page, code: string, name: string): Promise<void> {
  await page.getByLabel(`为 ${code} 添加专家`).click();
  // The list is virtual (only the first options are in the page): typed, it shows the one asked for.
  await page.keyboard.type(name);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).click();
}

describe("the secretariat's assignment board", () => {
  const browser = connectSharedBrowser();
  let token: string;
  let cycleId: string;
  let nominations: Nomination[];

  beforeAll(async () => {
    token = await apiToken(demo.secretariat);
    cycleId = await currentCycleId();
    nominations = await acceptedInventions(token, cycleId);
  });

  it("names the cycle's own number of reviewers per nomination in the intro", async () => {
    const { awardCycle } = await askApi<{ awardCycle: { categories: { expertsPerNomination: number }[] } }>(
      'query ($id: ID!) { awardCycle(id: $id) { categories { expertsPerNomination } } }',
      { id: cycleId },
      { token },
    );
    const ks = new Set(awardCycle.categories.map((category) => category.expertsPerNomination));
    expect(ks.size).toBe(1);
    const { page, context } = await signedInVisitor(browser(), demo.secretariat, '/secretariat');
    await page.goto(clientUrl('/assignment-board'));
    const intro = page.getByText('每个通过形式审查的项目须由本领域', { exact: false });
    await intro.waitFor();
    expect(await intro.textContent()).toContain(`本领域 ${[...ks][0]} 名无利益冲突的专家评审`);
    expect(await intro.textContent()).not.toMatch(/\bk 名/);
    await screenshot(page, 'assignment-board-intro');
    await closeVisitor(context);
  });

  it('runs the solver with a seed, adjusts the proposal by hand and commits it', async () => {
    // The demo has two accepted invention nominations; a file run before may have accepted more.
    expect(nominations.length).toBeGreaterThanOrEqual(2);
    const { page, context } = await signedInVisitor(browser(), demo.secretariat, '/secretariat');
    await page.getByRole('menu').getByText('专家分配', { exact: true }).click();
    await page.waitForURL('**/assignment-board');
    await page.getByLabel('随机种子').fill(String(seed));
    await page.getByRole('button', { name: '运行求解器' }).click();
    await page.waitForURL('**/assignment-board/proposals/*');
    const proposalId = page.url().split('/').at(-1) as string;

    const proposal = await proposalState(token, proposalId);
    expect(proposal.status).toBe('DRAFT');
    expect(proposal.k).toBe(5);
    for (const nomination of nominations) {
      const proposed = proposal.items.filter((item) => item.nomination.id === nomination.id);
      expect(proposed).toHaveLength(5);
      await page.getByRole('region', { name: nomination.code }).getByText('5 / 5 名').waitFor();
      expect((await shownReviewers(page, nomination.code)).sort()).toEqual(
        proposed.map((item) => item.expert.name).sort(),
      );
    }
    await page.getByText('所有项目均已配齐 5 名专家').waitFor();
    await page.getByText(/总匹配度/).waitFor();
    await screenshot(page, 'assignment-proposal');

    // A nomination with a conflicted expert of its field outside the proposal, to see the refusal too.
    const candidatesOf = (nomination: Nomination, fieldId: string) =>
      proposal.loads.filter(
        (load) =>
          load.expert.fields.some(({ field }) => field.id === fieldId) &&
          !proposal.items.some(
            (item) => item.nomination.id === nomination.id && item.expert.id === load.expert.id,
          ),
      );
    const fieldOf = async (nomination: Nomination) =>
      (
        await askApi<{ nomination: { field: { id: string } } }>(
          'query ($id: ID!) { nomination(id: $id) { field { id } } }',
          { id: nomination.id },
          { token },
        )
      ).nomination.field.id;
    let target:
      | { nomination: Nomination; conflicted: { id: string; name: string }; free: string }
      | undefined;
    for (const nomination of nominations) {
      const candidates = candidatesOf(nomination, await fieldOf(nomination));
      const checked = await Promise.all(
        candidates.map(async (load) => ({
          load,
          isConflicted: await hasConflict(token, load.expert.id, nomination.id),
        })),
      );
      const conflicted = checked.find((entry) => entry.isConflicted);
      const free = checked.find((entry) => !entry.isConflicted);
      if (conflicted && free) {
        target = { nomination, conflicted: conflicted.load.expert, free: free.load.expert.name };
        break;
      }
    }
    expect(target, 'an accepted invention nomination with a conflicted expert of its field').toBeDefined();
    const { nomination, conflicted, free } = target as NonNullable<typeof target>;
    const card = page.getByRole('region', { name: nomination.code });
    const removed = (await shownReviewers(page, nomination.code))[0];

    await card.getByRole('button', { name: `将 ${removed} 移出 ${nomination.code}` }).click();
    await card.getByText('4 / 5 名').waitFor();

    // Issue 14, 6: the conflicted expert is offered marked with its reason, and cannot be picked.
    const [reason] = await conflictReasons(token, conflicted.id, nomination.id);
    await page.getByLabel(`为 ${nomination.code} 添加专家`).click();
    await page.keyboard.type(conflicted.name);
    const conflictedOption = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
      hasText: conflicted.name,
    });
    // The reason in words, with what is behind it (the organization, nomination or declaration).
    await expect.poll(() => conflictedOption.textContent()).toContain('回避：');
    expect(await conflictedOption.textContent()).toContain(`（${reason.detail}）`);
    expect(await conflictedOption.textContent()).not.toContain(reason.rule);
    expect(await conflictedOption.getAttribute('aria-disabled')).toBe('true');
    await screenshot(page, 'assignment-picker-conflict');
    await conflictedOption.click({ force: true });
    expect(await card.getByRole('button', { name: '添加' }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    // The server refuses it all the same, with a coded error naming the rule.
    await expect(
      askApi(
        'mutation ($id: ID!, $v: Int!, $add: [ReviewerPairInput!]!) { adjustAssignmentProposal(id: $id, version: $v, add: $add, remove: []) { id } }',
        {
          id: proposalId,
          v: (await proposalState(token, proposalId)).version,
          add: [{ nominationId: nomination.id, expertId: conflicted.id }],
        },
        { token },
      ),
    ).rejects.toThrow(
      /"code":"CONFLICT".*"rule":"CONFLICT_OF_INTEREST"|"rule":"CONFLICT_OF_INTEREST".*"code":"CONFLICT"/,
    );
    await card.getByText('4 / 5 名').waitFor();

    await pickExpert(page, nomination.code, free);
    await card.getByRole('button', { name: '添加' }).click();
    await card.getByText('5 / 5 名').waitFor();
    const adjusted = await proposalState(token, proposalId);
    const adjustedNames = adjusted.items
      .filter((item) => item.nomination.id === nomination.id)
      .map((item) => item.expert.name);
    expect(adjustedNames).toContain(free);
    expect(adjustedNames).not.toContain(removed);
    expect(adjustedNames).not.toContain(conflicted.name);

    await page.getByRole('button', { name: '提交方案' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '提交方案' }).click();
    await page
      .getByText('此方案已已提交，不能再调整')
      .or(page.getByText(/此方案已.*不能再调整/))
      .first()
      .waitFor();
    await closeVisitor(context);

    expect((await proposalState(token, proposalId)).status).toBe('COMMITTED');
    for (const accepted of nominations) {
      const { nomination: state } = await askApi<{
        nomination: { status: string; assignments: { status: string; expert: { name: string } }[] };
      }>(
        'query ($id: ID!) { nomination(id: $id) { status assignments { status expert { name } } } }',
        { id: accepted.id },
        { token },
      );
      expect(state.status).toBe('PRELIMINARY_REVIEW');
      const expected = adjusted.items
        .filter((item) => item.nomination.id === accepted.id)
        .map((item) => item.expert.name);
      expect(state.assignments.map((assignment) => assignment.expert.name).sort()).toEqual(expected.sort());
      expect(state.assignments.every((assignment) => assignment.status === 'PENDING')).toBe(true);
    }
  });
});
