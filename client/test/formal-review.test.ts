import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiToken, askApi, demo, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { FiledNomination, openWindowsForTheFile } from './filed-nomination';
import { chooseOption, clientUrl, closeVisitor, signedInVisitor } from './pages';
import { screenshot } from './screenshots';

// An account of its own: its organization's nominations are this file's, whatever the other files do.
const ownNominator = demoAccount('nominator9@example.com');
const projectName = `形式审查测试：在线自校准 ${Date.now() % 100_000}`;
// antd spaces the two characters of a button's label (退 回).
const returnButton = /^退\s?回$/;
const benefitsReason = '经济效益缺少财务报表依据，请补充。';

/** When the nomination was last submitted, as the API has it, in the words of the queue (Shanghai time). */
async function lastSubmittedAt(nominationId: string, secretariat: string): Promise<string> {
  const { nomination } = await askApi<{ nomination: { submissions: { submittedAt: string }[] } }>(
    'query ($id: ID!) { nomination(id: $id) { submissions { submittedAt } } }',
    { id: nominationId },
    { token: secretariat },
  );
  const at = nomination.submissions.at(-1)?.submittedAt as string;
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(at));
}

/** Opens the formal review queue, finds the nomination's row and opens its decision screen. */
async function openFromQueue(
  page: Page,
  nomination: FiledNomination,
  projectName: string,
  submission: RegExp,
  secretariat: string,
): Promise<void> {
  await page.getByRole('menu').getByText('形式审查', { exact: true }).click();
  await page.waitForURL('**/formal-review');
  const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: nomination.code });
  await row.waitFor();
  await expect.poll(() => row.textContent()).toMatch(projectName);
  expect(await row.textContent()).toMatch(submission);
  // 提交时间 is the time of this submission, the first or a resubmission.
  const headers = await page.locator('.ant-table-thead th').allInnerTexts();
  const submittedAt = row.locator(`td:nth-child(${headers.indexOf('提交时间') + 1})`);
  expect(await submittedAt.textContent()).toBe(await lastSubmittedAt(nomination.id, secretariat));
  await row.getByRole('link', { name: '审查' }).click();
  await page.waitForURL(`**/formal-review/${nomination.id}`);
  // The frozen form of the submission shows the project's name in its grid of fields.
  await page.getByLabel('提交的提名书').getByText(projectName, { exact: true }).first().waitFor();
}

/** After a decision the page is back at the queue, which no longer lists the nomination. */
async function expectBackAtQueueWithout(page: Page, nomination: FiledNomination): Promise<void> {
  await page.waitForURL('**/formal-review');
  await page.getByRole('heading', { name: '形式审查' }).waitFor();
  await expect
    .poll(() => page.locator('.ant-table-tbody', { hasText: nomination.code }).count(), { timeout: 10_000 })
    .toBe(0);
}

describe('formal review by the secretariat', () => {
  const browser = connectSharedBrowser();
  const cycle = openWindowsForTheFile(['REGISTRATION', 'NOMINATION'], 86_400_000);
  let secretariat: string;
  let nominator: string;
  let nomination: FiledNomination;

  beforeAll(async () => {
    secretariat = await apiToken(demo.secretariat);
    nominator = await apiToken(ownNominator);
    nomination = await FiledNomination.submitted(nominator, cycle(), projectName);
  });

  it('returns a submitted nomination with a reason for a section, then accepts it once corrected and resubmitted', async () => {
    const { page, context } = await signedInVisitor(browser(), demo.secretariat, '/secretariat');

    await openFromQueue(page, nomination, projectName, /首次提交/, secretariat);
    await page.getByLabel('上传材料').getByText('查新报告').waitFor();
    await screenshot(page, 'formal-review-decision-zh-CN');

    const returnForm = page.getByRole('form', { name: '退回修改' });
    await returnForm.getByRole('button', { name: returnButton }).click();
    // Nothing is sent without a section and its reason.
    await returnForm.getByText('请选择部分').waitFor();
    await returnForm.getByText('请填写退回意见').waitFor();
    await chooseOption(page, returnForm.getByLabel('退回部分'), '经济与社会效益');
    await returnForm.getByLabel('退回意见').fill(benefitsReason);
    await returnForm.getByRole('button', { name: returnButton }).click();
    await page.getByRole('dialog').getByRole('button', { name: returnButton }).click();
    await expectBackAtQueueWithout(page, nomination);

    const returned = await FiledNomination.stateOf(nomination.id, secretariat);
    expect(returned.status).toBe('RETURNED');
    expect(returned.transitions.at(-1)).toEqual({
      toStatus: 'RETURNED',
      sectionReasons: [{ section: 'BENEFITS', reason: benefitsReason }],
    });

    // The nominator corrects the section, prints the corrected form, stamps it again and resubmits.
    await nomination.reopen();
    await nomination.save({ economicBasis: '依据企业经审计的财务报表（附件）。' });
    await nomination.printForm();
    await nomination.upload('STAMPED_FORM', `${nomination.code} stamped 2`);
    await nomination.submit();

    await openFromQueue(page, nomination, projectName, /第 2 次提交/, secretariat);
    // The earlier return, with its reason, is in the history beside the form.
    await page.getByLabel('办理记录').getByText(benefitsReason).waitFor();
    await page.getByLabel('提交的提名书').getByText('依据企业经审计的财务报表（附件）。').waitFor();
    await page.getByLabel('审查意见（可选）').fill('材料齐全，符合要求。');
    await page.getByRole('button', { name: '通过形式审查' }).click();
    await page.getByRole('button', { name: '确认通过' }).click();
    await expectBackAtQueueWithout(page, nomination);

    const accepted = await FiledNomination.stateOf(nomination.id, secretariat);
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.transitions.map((transition) => transition.toStatus)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'RETURNED',
      'SUBMITTED',
      'ACCEPTED',
    ]);
    await closeVisitor(context);
  });

  it('opens a returned nomination for its nominator on every reason, marking each returned section until it changes', async () => {
    const returnedProject = `${projectName}（退回）`;
    const returned = await FiledNomination.submitted(nominator, cycle(), returnedProject);
    const filesReason = '用户报告未加盖公章，请重新上传。';
    await askApi(
      'mutation ($id: ID!, $reasons: [SectionReasonInput!]!) { returnNomination(id: $id, reasons: $reasons) { status } }',
      {
        id: returned.id,
        reasons: [
          { section: 'BENEFITS', reason: benefitsReason },
          { section: 'FILES', reason: filesReason },
        ],
      },
      { token: secretariat },
    );
    const { page, context } = await signedInVisitor(browser(), ownNominator, '/my-nominations');
    await page.goto(clientUrl(`/my-nominations/${returned.id}`));
    // The banner gives every reason, and the form opens on the first section to correct.
    const banner = page.getByRole('region', { name: /形式审查退回了此提名/ });
    await banner.getByText(benefitsReason).waitFor();
    await banner.getByText(filesReason).waitFor();
    await page.locator('.ant-card-head-title').getByText('经济与社会效益', { exact: true }).waitFor();
    const step = (title: string) => page.locator('.ant-steps-item', { hasText: title });
    for (const title of ['经济与社会效益', '下载与上传']) {
      await expect.poll(() => step(title).getAttribute('class')).toContain('ant-steps-item-error');
      expect(await step(title).textContent()).toContain('退回待修改');
    }
    expect(await step('主要完成人').textContent()).not.toContain('退回');
    await screenshot(page, 'returned-nomination-zh-CN');

    // Corrected, the section is marked so, also after a reload; the files are still to correct.
    await page.getByLabel('经济效益计算依据').fill('依据企业经审计的财务报表（附件）。');
    await expect
      .poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 15_000 })
      .toBe('saved');
    await step('经济与社会效益').getByText('退回后已修改').waitFor();
    await page.reload();
    await banner.getByText(benefitsReason).waitFor();
    await step('经济与社会效益').getByText('退回后已修改').waitFor();
    expect(await step('经济与社会效益').getAttribute('class')).not.toContain('ant-steps-item-error');
    expect(await step('下载与上传').getAttribute('class')).toContain('ant-steps-item-error');
    expect(await banner.getByText('已修改', { exact: true }).count()).toBe(1);
    await screenshot(page, 'returned-nomination-corrected');
    await closeVisitor(context);
  });

  it('tells the secretariat when someone else decided first, and shows the nomination as it is now', async () => {
    const otherProject = `${projectName}（并发）`;
    const contested = await FiledNomination.submitted(nominator, cycle(), otherProject);
    const { page, context } = await signedInVisitor(browser(), demo.secretariat, '/secretariat');
    await openFromQueue(page, contested, otherProject, /首次提交/, secretariat);

    await askApi(
      'mutation ($id: ID!) { acceptNomination(id: $id, note: "另一位审查人员") { status } }',
      { id: contested.id },
      { token: secretariat },
    );
    await page.getByRole('button', { name: '通过形式审查' }).click();
    await page.getByRole('button', { name: '确认通过' }).click();
    await page.getByText('该项目已由他人处理，页面已刷新为最新状态。').waitFor();
    await page.getByText('该项目当前状态为“形式审查通过”，不在形式审查中').waitFor();
    expect(await page.getByRole('button', { name: '通过形式审查' }).count()).toBe(0);
    expect((await FiledNomination.stateOf(contested.id, secretariat)).transitions.at(-1)?.toStatus).toBe(
      'ACCEPTED',
    );
    await closeVisitor(context);
  });
});
