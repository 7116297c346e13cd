import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiToken, askApi, currentCycleId, demo } from './api';
import { connectSharedBrowser } from './browser';
import { castVotes, memberTokens, unballotedAtReReview } from './committee';
import { setWindows, type Window, windowsOf } from './filed-nomination';
import { chooseOption, clientUrl, closeVisitor, signedInVisitor } from './pages';
import { screenshot } from './screenshots';

// This file's data: the INVENTION nominations at re-review (re-review.test.ts takes PROGRESS's, whose
// category the demo has published and approved already), and the
// cycle's PUBLICITY and APPROVAL windows, put back as the seed has them after the file.
const category = 'INVENTION';
const categoryName = '质量技术发明奖';

const codesOf = (entries: { code: string }[]) => entries.map((entry) => entry.code);

/** The refusal the API gives the chair's approval now, in Chinese as the client asks for it. */
async function approvalRefusal(chair: string, cycleId: string): Promise<string> {
  const response = await fetch(`${inject('apiUrl')}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${chair}`,
      'accept-language': 'zh-CN',
    },
    body: JSON.stringify({
      query: 'mutation ($cycleId: ID!) { approveResults(cycleId: $cycleId, category: INVENTION) { id } }',
      variables: { cycleId },
    }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions: { rule?: string } }[] };
  expect(body.errors?.[0].extensions.rule).toBe('PUBLICITY_NOT_OVER');
  return body.errors?.[0].message ?? '';
}

/** Opens the closing screen at the category and one of its tabs. */
async function openClosingTab(page: Page, tab: string): Promise<void> {
  await page.goto(clientUrl('/closing'));
  await page.locator('.ant-segmented').getByText(categoryName).click();
  await page.getByRole('tab', { name: tab }).click();
}

/** Clicks a step's button in the open tab and confirms it in its pop-up, which closes once the server has answered. */
async function confirmStep(page: Page, name: string): Promise<void> {
  await page.getByRole('tabpanel').getByRole('button', { name }).click();
  const popup = page.locator('.ant-popconfirm:not(.ant-popover-hidden)');
  await popup.getByRole('button', { name }).click();
  await popup.waitFor({ state: 'hidden' });
}

const tableCodes = (page: Page, label: string) =>
  page.getByRole('table', { name: label }).locator('tr.ant-table-row > td:nth-child(2)').allInnerTexts();

describe('closing the cycle: publicity, an objection answered, approval, the final list for a nominator', () => {
  const browser = connectSharedBrowser();
  let chair: string;
  let secretariat: string;
  let cycleId: string;
  let seededWindows: Window[];

  beforeAll(async () => {
    chair = await apiToken(demo.chair);
    secretariat = await apiToken(demo.secretariat);
    cycleId = await currentCycleId();
    seededWindows = await windowsOf(secretariat, cycleId, ['PUBLICITY', 'APPROVAL']);
    // Publication starts 15 days of publicity now: the demo's 2024 approval window moves after them.
    await setWindows(secretariat, cycleId, [
      {
        kind: 'APPROVAL',
        opensAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
      },
    ]);
    // The committee's meeting over the API: THIRD for each, 12 of 15 present; the last one fails it.
    const members = await memberTokens();
    const atReReview = await unballotedAtReReview(chair, cycleId, category);
    expect(atReReview.length).toBeGreaterThan(1);
    const { openBallots } = await askApi<{ openBallots: { id: string; nomination: { id: string } }[] }>(
      'mutation ($ids: [ID!]!) { openBallots(nominationIds: $ids, grade: THIRD, membersPresent: 12) { id nomination { id } } }',
      { ids: atReReview.map((nomination) => nomination.id) },
      { token: chair },
    );
    for (const [i, ballot] of openBallots.entries()) {
      const choice = i === openBallots.length - 1 ? 'AGAINST' : 'FOR';
      await castVotes(
        ballot.id,
        members.slice(0, 12).map((token) => [token, choice]),
      );
    }
  });

  afterAll(async () => {
    if (seededWindows) await setWindows(secretariat, cycleId, seededWindows);
  });

  it('publishes, answers an objection, refuses approval during publicity, approves after it, and shows the list to a nominator', async () => {
    // The chair publishes the category's results.
    const { page: chairPage, context: chairContext } = await signedInVisitor(
      browser(),
      demo.chair,
      '/console',
    );
    await openClosingTab(chairPage, '结果公示');
    await confirmStep(chairPage, '发布公示');
    // The list, or the server's refusal (which then fails the test with its words).
    const refused = chairPage.locator('.ant-alert-error');
    await chairPage.getByRole('table', { name: '公示名单' }).or(refused).waitFor();
    expect(await refused.count(), String(await refused.allTextContents())).toBe(0);
    const { publicityList } = await askApi<{
      publicityList: { entries: { code: string; projectName: string }[]; publicityClosesAt: string };
    }>(
      'query ($cycleId: ID!) { publicityList(cycleId: $cycleId, category: INVENTION) { publicityClosesAt entries { code projectName } } }',
      { cycleId },
      { token: chair },
    );
    expect(await tableCodes(chairPage, '公示名单')).toEqual(codesOf(publicityList.entries));
    expect(new Date(publicityList.publicityClosesAt).getTime()).toBeGreaterThan(Date.now());
    await chairPage.getByText('公示中', { exact: true }).waitFor();

    // The secretariat records an objection: refused while anonymous, then recorded signed.
    const { page: deskPage, context: deskContext } = await signedInVisitor(
      browser(),
      demo.secretariat,
      '/secretariat',
    );
    await openClosingTab(deskPage, '异议处理');
    await deskPage.getByRole('button', { name: '登记异议' }).click();
    const form = deskPage.getByRole('form', { name: '登记书面异议' });
    const [objected] = publicityList.entries;
    const objectedCode = objected.code;
    await chooseOption(deskPage, form.getByRole('combobox'), `${objected.code} ${objected.projectName}`);
    await form.getByLabel('真实性').check();
    await form
      .getByLabel('异议内容', { exact: true })
      .fill('项目所附检测报告的出具日期晚于鉴定会召开日期，请核实材料真实性。');
    await form.getByLabel('证明材料').fill('检测报告复印件一份（秘书处收文编号 2024-YY-001）');
    await deskPage.getByRole('button', { name: '登记异议' }).last().click();
    const refusal = deskPage.getByRole('dialog').locator('.ant-alert-error');
    await refusal.waitFor();
    // The server's own reason, in the UI's language.
    expect(await refusal.textContent()).toContain('匿名异议不予受理');
    const objectionsNow = async () =>
      (
        await askApi<{
          objections: { id: string; status: string; isSubstantive: boolean; nomination: { code: string } }[];
        }>(
          'query ($cycleId: ID!) { objections(cycleId: $cycleId) { id status isSubstantive nomination { code } } }',
          { cycleId },
          { token: secretariat },
        )
      ).objections.filter((objection) => objection.nomination.code === objectedCode);
    expect(await objectionsNow()).toEqual([]);
    await form.getByLabel('异议人姓名').fill('王建国');
    await form.getByLabel('联系方式').fill('021-5555 0101');
    await deskPage.getByRole('button', { name: '登记异议' }).last().click();
    await deskPage.getByRole('dialog').waitFor({ state: 'detached' });
    const objectionTable = deskPage.getByRole('table', { name: '异议' });
    await objectionTable.getByTestId('objection-status').getByText('已受理').waitFor();
    expect(await objectionsNow()).toMatchObject([{ status: 'RECEIVED' }]);

    // Substantive: investigated, then dismissed with a written answer.
    await objectionTable.getByRole('button', { name: `实质性 ${objectedCode}`, exact: true }).click();
    await expect.poll(async () => (await objectionsNow())[0].isSubstantive).toBe(true);
    const answer = async (outcome: string, text: string) => {
      await objectionTable.getByRole('button', { name: `答复 ${objectedCode}` }).click();
      const dialog = deskPage.getByRole('dialog');
      await dialog.getByLabel(outcome).check();
      await dialog.getByLabel('书面答复').fill(text);
      await dialog.getByRole('button', { name: /答\s?复/ }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    await answer('调查中', '已函请检测机构核实报告出具日期。');
    await objectionTable.getByTestId('objection-status').getByText('调查中').waitFor();
    await answer('异议不成立', '经检测机构书面确认，报告日期系笔误，材料真实，异议不成立。');
    await objectionTable.getByTestId('objection-status').getByText('异议不成立').waitFor();
    expect(await objectionsNow()).toMatchObject([{ status: 'DISMISSED' }]);
    await screenshot(deskPage, 'closing-objections');

    // Approval waits while publicity runs: the chair is shown the server's reason.
    const why = await approvalRefusal(chair, cycleId);
    await openClosingTab(chairPage, '审定');
    await confirmStep(chairPage, '审定获奖名单');
    await chairPage.getByRole('alert').getByText(why).waitFor();

    // Publicity over and the approval window open (the demo's are in 2024), the chair approves.
    const now = Date.now();
    await setWindows(secretariat, cycleId, [
      {
        kind: 'PUBLICITY',
        opensAt: new Date(now - 16 * 86_400_000).toISOString(),
        closesAt: new Date(now - 60_000).toISOString(),
      },
      {
        kind: 'APPROVAL',
        // Approval opens once publicity has closed (the award's order, schema/rules).
        opensAt: new Date(now - 60_000).toISOString(),
        closesAt: new Date(now + 3_600_000).toISOString(),
      },
    ]);
    await confirmStep(chairPage, '审定获奖名单');
    await chairPage.getByRole('table', { name: '获奖名单' }).waitFor();
    const { finalList } = await askApi<{ finalList: { entries: { code: string; grade: string }[] } }>(
      'query ($cycleId: ID!) { finalList(cycleId: $cycleId, category: INVENTION) { entries { code grade } } }',
      { cycleId },
      { token: chair },
    );
    expect(codesOf(finalList.entries)).toEqual(expect.arrayContaining(codesOf(publicityList.entries)));
    expect(await tableCodes(chairPage, '获奖名单')).toEqual(codesOf(finalList.entries));
    await screenshot(chairPage, 'closing-final-list');

    // The secretariat exports the final list; the file is what the server numbered.
    await openClosingTab(deskPage, '导出');
    const download = deskPage.waitForEvent('download');
    await deskPage.getByRole('button', { name: '获奖名单 XLSX' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await closeVisitor(deskContext);
    await closeVisitor(chairContext);

    // A nominator reads the final list: the awards, without scores or reviewers.
    const { page: nominatorPage, context: nominatorContext } = await signedInVisitor(
      browser(),
      demo.nominator,
      '/my-nominations',
    );
    await nominatorPage.getByRole('link', { name: '获奖名单' }).first().click();
    await nominatorPage.getByRole('tab', { name: categoryName }).click();
    await nominatorPage.getByRole('table', { name: '获奖名单' }).waitFor();
    expect(await tableCodes(nominatorPage, '获奖名单')).toEqual(codesOf(finalList.entries));
    const headers = await nominatorPage.locator('.ant-table-thead th').allInnerTexts();
    expect(headers.join(' ')).not.toMatch(/得分|评审专家|排名/);
    await screenshot(nominatorPage, 'award-lists-nominator');
    await closeVisitor(nominatorContext);
  });
});
