import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiToken, currentCycleId, demo, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { ballotsOf, castVotes, committeeMembers, memberTokens, unballotedAtReReview } from './committee';
import { chooseOption, clientUrl, closeVisitor, newVisitor, signedInVisitor, signIn } from './pages';
import { screenshot } from './screenshots';

// This file's data: the PROGRESS nominations at re-review (closing.test.ts takes INVENTION's). Its member in
// the browser is member14, whom no other file signs in as.
const category = 'PROGRESS';
const categoryName = '质量技术进步奖';
const browserMember = demoAccount('member14@example.com');

/** Resolves once the page has subscribed to this operation over its socket (listen before navigating). */
function operationSubscribed(page: Page, operationName: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        if (String(payload).includes(`"operationName":"${operationName}"`)) resolve();
      }),
    );
  });
}

/** A ballot's row, by the nomination's code and the grade voted on. */
const ballotRow = (page: Page, code: string, grade: string) =>
  page.locator(`tr[data-code="${code}"][data-grade="${grade}"]`);

describe('re-review: the chair opens a ballot, the committee votes in secret, the result shows live', () => {
  const browser = connectSharedBrowser();
  let chair: string;
  let cycleId: string;
  let members: string[];

  beforeAll(async () => {
    chair = await apiToken(demo.chair);
    cycleId = await currentCycleId();
    // Eleven members over the API; member14 votes in the browser.
    members = await memberTokens(committeeMembers.filter(({ email }) => email !== browserMember.email));
  });

  it('counts the votes, cascades a failed FIRST to SECOND, and closes the next ballot from the chair’s screen', async () => {
    const [nomination] = await unballotedAtReReview(chair, cycleId, category);
    expect(nomination, `an ${category} nomination at re-review without a ballot`).toBeDefined();
    const { code } = nomination;

    // The chair opens the ballot in the browser: FIRST, 12 of the 15 members present.
    const { page: chairPage, context: chairContext } = await newVisitor(browser());
    const chairLive = operationSubscribed(chairPage, 'BallotsLive');
    await chairPage.goto(clientUrl('/login'));
    await signIn(chairPage, demo.chair);
    await chairPage.waitForURL('**/console');
    await chairPage.getByRole('link', { name: '复评与审定' }).first().click();
    await chairLive;
    await chairPage.locator('.ant-segmented').getByText(categoryName).click();
    const desk = chairPage.getByRole('region', { name: '待表决项目' });
    // The committee's size and quorum, from the server, before any ballot is open.
    await desk.getByText('法定人数：委员 15 名的三分之二，至少 10 名').waitFor();
    await desk.getByRole('checkbox', { name: code }).check();
    await chooseOption(chairPage, desk.getByRole('combobox'), '一等奖');
    await desk.getByRole('spinbutton').fill('12');
    await desk.getByRole('button', { name: '开启表决（1 项）' }).click();
    await ballotRow(chairPage, code, 'FIRST').getByText('已投 0 / 12 票').waitFor();
    const [opened] = await ballotsOf(chair, nomination.id);
    expect(opened).toMatchObject({ grade: 'FIRST', status: 'OPEN', membersPresent: 12, membersTotal: 15 });
    await desk.getByText('法定人数：委员 15 名的三分之二，至少 10 名').waitFor();

    // A member votes in the browser, confirming first; the vote cannot be changed.
    const { page: memberPage, context: memberContext } = await signedInVisitor(
      browser(),
      browserMember,
      '/re-review',
    );
    const memberRow = ballotRow(memberPage, code, 'FIRST');
    await memberRow.getByRole('button', { name: `赞成 ${code}` }).click();
    await memberPage
      .locator('.ant-modal-confirm-title', { hasText: `确认对 ${code} 投“赞成”票？` })
      .waitFor();
    await memberPage.getByRole('button', { name: '确认投票' }).click();
    await memberRow.getByText('已投票').waitFor();
    expect(await memberRow.getByRole('button').count()).toBe(0);

    // Ten more over the API: the chair's screen counts them as they come, without a reload.
    const choices = ['FOR', 'FOR', 'FOR', 'FOR', 'FOR', 'FOR', 'AGAINST', 'AGAINST', 'AGAINST', 'ABSTAIN'];
    await castVotes(
      opened.id,
      choices.map((choice, i) => [members[i], choice]),
    );
    await ballotRow(chairPage, code, 'FIRST').getByText('已投 11 / 12 票').waitFor({ timeout: 10_000 });
    expect((await ballotsOf(chair, nomination.id))[0]).toMatchObject({ votesCast: 11, votesFor: null });

    // The twelfth vote closes it: 7 for of 12 present is short of the two thirds FIRST needs (8).
    await castVotes(opened.id, [[members[10], 'ABSTAIN']]);
    const [first, second] = await ballotsOf(chair, nomination.id);
    expect(first).toMatchObject({
      status: 'CLOSED',
      votesFor: 7,
      votesAgainst: 3,
      votesAbstain: 2,
      isPassed: false,
    });
    expect(second).toMatchObject({ grade: 'SECOND', status: 'OPEN', membersPresent: 12 });
    const firstOnScreen = ballotRow(chairPage, code, 'FIRST');
    await firstOnScreen.getByText('赞成 7 · 反对 3 · 弃权 2').waitFor({ timeout: 10_000 });
    await firstOnScreen.getByText('未通过').waitFor();
    const secondOnScreen = ballotRow(chairPage, code, 'SECOND');
    await secondOnScreen.getByText('一等奖未通过，转入本等级表决').waitFor();
    await secondOnScreen.getByText('已投 0 / 12 票').waitFor();
    // The member's screen follows too: the FIRST ballot among the closed ones, SECOND open to vote on.
    await ballotRow(memberPage, code, 'FIRST')
      .getByText('赞成 7 · 反对 3 · 弃权 2')
      .waitFor({ timeout: 10_000 });
    await ballotRow(memberPage, code, 'SECOND')
      .getByRole('button', { name: `赞成 ${code}` })
      .waitFor();
    await screenshot(memberPage, 're-review-member');
    await closeVisitor(memberContext);

    // SECOND: seven for, more than half of 12; the chair closes the ballot before the rest have voted.
    await castVotes(
      second.id,
      members.slice(0, 7).map((token) => [token, 'FOR']),
    );
    await secondOnScreen.getByText('已投 7 / 12 票').waitFor({ timeout: 10_000 });
    await secondOnScreen.getByRole('button', { name: '结束表决' }).click();
    await chairPage.locator('.ant-popconfirm').getByRole('button', { name: '结束表决' }).click();
    await secondOnScreen.getByText('通过', { exact: true }).waitFor({ timeout: 10_000 });
    await secondOnScreen.getByText('赞成 7 · 反对 0 · 弃权 0').waitFor();
    const [, closedSecond] = await ballotsOf(chair, nomination.id);
    expect(closedSecond).toMatchObject({ status: 'CLOSED', votesFor: 7, isPassed: true });
    await screenshot(chairPage, 're-review-chair');
    await closeVisitor(chairContext);
  });
});
