import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { residentId } from '../../api/test/complete-nomination';
import { apiToken, askApi, askApiAs, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { FiledNomination, openWindowsForTheFile } from './filed-nomination';
import { chooseOption, clientUrl, closeVisitor, signedInVisitor } from './pages';
import { screenshot } from './screenshots';

// An account of its own: the test adds a nomination to its organization and submits it, and no other file
// signs in as it or changes its organization's nominations.
const nominator = demoAccount('nominator4@example.com');

/** A small file whose bytes are a PDF (the API checks the content, and refuses a second copy of one). */
function pdfBytes(label: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

async function waitUntilSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 15_000 })
    .toBe('saved');
}

async function openStep(page: Page, title: string): Promise<void> {
  await page.locator('.ant-steps').getByText(title, { exact: true }).click();
  await page.locator('.ant-card-head-title').getByText(title, { exact: true }).waitFor();
}

/** Picks an option of the antd select labelled so. */
function choose(page: Page, label: string, option?: string): Promise<void> {
  return chooseOption(page, page.getByLabel(label, { exact: true }), option);
}

const form = {
  projectName: '浏览器测试：焊缝缺陷智能识别',
  industry: '通用设备制造业',
  taskSource: '企业自选',
  startDate: '2021-03-01',
  endDate: '2023-12-31',
  completer: {
    name: '郁知行',
    id: residentId('31010119800101123'),
    employer: '上海测试研究院',
    title: '高级工程师',
  },
  summary: '本项目研究焊缝缺陷的智能识别方法，建立了覆盖多种缺陷类型的检测模型。',
  innovation: '提出基于多尺度特征融合的焊缝缺陷识别算法，识别准确率达到 98%。',
  objectiveEvaluation: '经鉴定，项目整体技术达到国内领先水平。',
  application: [
    '上海某重工有限公司',
    '焊缝缺陷识别系统',
    '2022.03-2024.03',
    '张工 021-00000000',
    '检测效率提升 40%',
  ],
  economicBasis: '依据应用单位财务报表统计。',
  socialBenefit: '减少返修与能耗，提高特种设备安全水平。',
  ip: { title: '一种焊缝缺陷识别方法', number: 'ZL202110000000.1', holder: '上海测试研究院' },
  opinion: '该项目创新性强，应用效果显著，同意提名。',
};

describe('a nominator files a nomination in the browser', () => {
  const browser = connectSharedBrowser();
  // Registration too: the second test's organization registers for the call before it nominates.
  const cycleId = openWindowsForTheFile(['REGISTRATION', 'NOMINATION'], 2 * 86_400_000);

  it('starts a draft, fills every section with autosave, finds it after a reload, prints, uploads and submits', async () => {
    const { page, context } = await signedInVisitor(browser(), nominator, '/my-nominations');
    await page.getByText(/距截止还有 1 天 23 小时/).waitFor();

    await page.getByRole('button', { name: '新建提名' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('质量技术发明奖').click();
    await dialog.getByLabel('项目名称').fill(form.projectName);
    await choose(page, '专业领域');
    await dialog.getByRole('button', { name: '创建并开始填写' }).click();
    await page.waitForURL(/\/my-nominations\/[^/?]+/);
    const nominationId = new URL(page.url()).pathname.split('/').pop() as string;
    await page.getByRole('heading', { name: new RegExp(form.projectName) }).waitFor();
    // The list has the new draft first, what to do next, and a way back into its form.
    await page.getByRole('menu').getByText('我的提名', { exact: true }).click();
    const draftRow = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await draftRow.getByText('填写完整提名书').waitFor();
    expect(await draftRow.textContent()).toContain(form.projectName);
    await draftRow.getByRole('link', { name: '填写提名书' }).click();
    await page.waitForURL(`**/my-nominations/${nominationId}`);
    await page.getByRole('heading', { name: new RegExp(form.projectName) }).waitFor();

    // 基本情况
    await page.getByLabel('国民经济行业').fill(form.industry);
    await page.getByLabel('任务来源').fill(form.taskSource);
    await page.getByLabel('项目起始日期').fill(form.startDate);
    await page.getByLabel('项目完成日期').fill(form.endDate);
    await page.getByLabel('授权发明专利数').fill('1');
    await page.getByText('三等奖', { exact: true }).click();
    await waitUntilSaved(page);
    await page.locator('.ant-steps-item-finish').getByText('基本情况').waitFor();

    await openStep(page, '主要完成人');
    await page.getByRole('button', { name: '添加完成人' }).click();
    await page.getByLabel('姓名', { exact: true }).fill(form.completer.name);
    await page.getByLabel('证件号码').fill(form.completer.id);
    await page.getByLabel('工作单位').fill(form.completer.employer);
    await page.getByLabel('技术职称').fill(form.completer.title);
    await page.getByLabel('主要贡献').fill('算法设计与系统研制');
    await waitUntilSaved(page);

    await openStep(page, '主要完成单位');
    await page.getByRole('button', { name: '添加完成单位' }).click();
    await choose(page, '第 1 完成单位');
    await waitUntilSaved(page);

    await openStep(page, '项目简介与创新点');
    await page.getByLabel('项目简介').fill(form.summary);
    await page.getByRole('button', { name: '添加创新点' }).click();
    await page.getByLabel('创新点 1', { exact: true }).fill(form.innovation);
    await page.getByLabel('客观评价').fill(form.objectiveEvaluation);
    await waitUntilSaved(page);

    await openStep(page, '推广应用情况');
    await page.getByRole('button', { name: '添加应用单位' }).click();
    for (const [label, value] of ['应用单位', '应用技术', '应用起止时间', '联系人及电话', '应用效益'].map(
      (label, i) => [label, form.application[i]] as const,
    )) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    await waitUntilSaved(page);

    await openStep(page, '经济与社会效益');
    for (const row of [1, 2, 3]) {
      for (const [i, figure] of ['新增销售额', '新增利润', '新增税收', '创收外汇', '节支总额'].entries()) {
        await page.getByLabel(`${figure} ${row}`).fill(String(100 * row + i));
      }
    }
    await page.getByLabel('经济效益计算依据').fill(form.economicBasis);
    await page.getByLabel('社会效益').fill(form.socialBenefit);
    await waitUntilSaved(page);

    await openStep(page, '知识产权');
    await page.getByRole('button', { name: '添加知识产权' }).click();
    await page.getByLabel('名称', { exact: true }).fill(form.ip.title);
    await page.getByLabel('编号', { exact: true }).fill(form.ip.number);
    await page.getByLabel('权利人').fill(form.ip.holder);
    await waitUntilSaved(page);

    await openStep(page, '提名意见');
    await page.getByLabel('提名意见').fill(form.opinion);
    await page.getByLabel(/保证内容真实/).check();
    await page.getByLabel(/未向被提名项目收取任何费用/).check();
    await waitUntilSaved(page);
    await screenshot(page, 'nomination-form-opinion');

    // What the server stored is what was typed, and it counts the form complete.
    const { nomination } = await askApiAs<{
      nomination: {
        projectName: string;
        industry: string;
        startDate: string;
        proposedGrade: string;
        completers: { name: string }[];
        innovations: { content: string }[];
        economicBenefits: { year: number; newSales: number }[];
        intellectualProperty: { number: string }[];
        declaresNoFee: boolean;
        completeness: { isComplete: boolean; sections: { section: string; isComplete: boolean }[] };
      };
    }>(
      nominator,
      `query ($id: ID!) { nomination(id: $id) { projectName industry startDate proposedGrade completers { name }
        innovations { content } economicBenefits { year newSales } intellectualProperty { number } declaresNoFee
        completeness { isComplete sections { section isComplete } } } }`,
      { id: nominationId },
    );
    expect(nomination).toMatchObject({
      projectName: form.projectName,
      industry: form.industry,
      startDate: form.startDate,
      proposedGrade: 'THIRD',
      completers: [{ name: form.completer.name }],
      innovations: [{ content: form.innovation }],
      intellectualProperty: [{ number: form.ip.number }],
      declaresNoFee: true,
    });
    expect(nomination.economicBenefits.map((row) => row.newSales)).toEqual([100, 200, 300]);
    expect(nomination.completeness.sections.filter((section) => !section.isComplete)).toEqual([]);
    expect(await page.locator('.ant-steps-item-finish').count()).toBe(8);

    // A reload reads it all back from the server.
    await page.reload();
    await page.locator('.ant-card-head-title').getByText('提名意见', { exact: true }).waitFor();
    expect(await page.getByLabel('提名意见').inputValue()).toBe(form.opinion);
    expect(await page.getByLabel(/保证内容真实/).isChecked()).toBe(true);
    await openStep(page, '基本情况');
    expect(await page.getByLabel('项目名称').inputValue()).toBe(form.projectName);
    expect(await page.getByLabel('项目完成日期').inputValue()).toBe(form.endDate);
    await openStep(page, '项目简介与创新点');
    expect(await page.getByLabel('创新点 1', { exact: true }).inputValue()).toBe(form.innovation);
    await openStep(page, '经济与社会效益');
    expect(await page.getByLabel('节支总额 3').inputValue()).toBe('304.00');
    // The completer comes back with its ID number, so a change to the list saves without typing it again.
    await openStep(page, '主要完成人');
    expect(await page.getByLabel('证件号码').inputValue()).toBe(form.completer.id);
    await page.getByLabel('技术职称').fill('正高级工程师');
    await waitUntilSaved(page);
    const completersAfterReload = () =>
      askApiAs<{ nomination: { completers: { title: string; idDocumentNumber: string }[] } }>(
        nominator,
        'query ($id: ID!) { nomination(id: $id) { completers { title idDocumentNumber } } }',
        { id: nominationId },
      ).then(({ nomination }) => nomination.completers);
    expect(await completersAfterReload()).toEqual([
      { title: '正高级工程师', idDocumentNumber: form.completer.id },
    ]);

    // The printouts, then the stamped form, the signed pledge and one piece of evidence of each group.
    await openStep(page, '下载与上传');
    const downloaded: Record<string, Buffer> = {};
    for (const name of ['下载提名书 PDF', '下载承诺书 PDF']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name }).click(),
      ]);
      // The browser runs as a server of its own: the file is read through playwright, not from a path.
      downloaded[name] = Buffer.concat(await (await download.createReadStream()).toArray());
      expect(downloaded[name].subarray(0, 5).toString()).toBe('%PDF-');
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    }
    const uploads = [
      { purpose: '盖章的提名书', name: '提名书（盖章）.pdf', bytes: downloaded['下载提名书 PDF'] },
      { purpose: '签字的承诺书', name: '承诺书（签字）.pdf', bytes: downloaded['下载承诺书 PDF'] },
      { purpose: '证实性材料', kind: '查新报告', name: '查新报告.pdf', bytes: pdfBytes('novelty search') },
      { purpose: '证实性材料', kind: '检测报告', name: '检测报告.pdf', bytes: pdfBytes('test report') },
      { purpose: '证实性材料', kind: '用户报告', name: '用户报告.pdf', bytes: pdfBytes('user report') },
    ];
    const fileList = page.locator('.ant-table-tbody');
    for (const upload of uploads) {
      await choose(page, '材料类型', upload.purpose);
      if (upload.kind) await choose(page, '证实性材料类别', upload.kind);
      await page
        .locator('input[type=file]')
        .setInputFiles({ name: upload.name, mimeType: 'application/pdf', buffer: upload.bytes });
      await fileList.getByRole('link', { name: upload.name }).waitFor();
    }
    // A file whose name says PDF but whose bytes do not is refused, with the server's reason in Chinese.
    await choose(page, '材料类型', '证实性材料');
    await choose(page, '证实性材料类别', '其他材料');
    await page.locator('input[type=file]').setInputFiles({
      name: '假的.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('not a pdf at all'),
    });
    // The accepted types are named as a person says them, not as media types.
    await page
      .getByText('假的.pdf 上传失败：文件：证实性材料须为 PDF 文件、JPEG 图片或 PNG 图片，实际内容无法识别')
      .waitFor();
    await screenshot(page, 'nomination-files');

    await openStep(page, '提交');
    await page.getByText('材料齐全，可以提交').waitFor();
    await page.getByRole('button', { name: '提交提名' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定/ })
      .click();
    // The status beside the heading follows the mutation's answer.
    await page
      .locator('.ant-tag')
      .filter({ hasText: /^已提交$/ })
      .first()
      .waitFor();
    const { nomination: submitted } = await askApiAs<{ nomination: { status: string } }>(
      nominator,
      'query ($id: ID!) { nomination(id: $id) { status } }',
      { id: nominationId },
    );
    expect(submitted.status).toBe('SUBMITTED');
    // Submitted, the form is read-only.
    await openStep(page, '基本情况');
    await page.getByText('此提名书当前不能修改').waitFor();
    expect(await page.getByLabel('项目名称').isDisabled()).toBe(true);
    await screenshot(page, 'nomination-submitted');
    // Back in the list, it is the newest, waiting for the formal review, with no way into the form left.
    await page.getByRole('menu').getByText('我的提名', { exact: true }).click();
    const newest = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await expect.poll(() => newest.textContent()).toContain(form.projectName);
    await newest.getByText('等待形式审查').waitFor();
    expect(await newest.getByRole('link', { name: /填写提名书|修改提名书/ }).count()).toBe(0);
    await closeVisitor(context);
    // Eight sections typed by a browser, two printouts and six uploads: longer than one page's check.
  }, 150_000);

  it('adds a completing organization by its credit code inside the form, refusing a wrong check character beside the field', async () => {
    // Another account of its own, with a draft whose organizations are still to be chosen.
    const own = demoAccount('nominator21@example.com');
    const token = await apiToken(own);
    const draft = await FiledNomination.start(token, cycleId(), '浏览器测试：按信用代码添加单位', {
      completingOrganizationIds: [],
    });
    const { page, context } = await signedInVisitor(browser(), own, '/my-nominations');
    await page.goto(clientUrl(`/my-nominations/${draft.id}?step=ORGANIZATIONS`));
    await page.locator('.ant-card-head-title').getByText('主要完成单位', { exact: true }).waitFor();
    const address = page.url();

    // A wrong check character: the server's rule, beside the code, and the page stays where it is.
    await page.getByLabel('统一社会信用代码').fill('91310115MA1H7G2K31');
    await page.getByLabel('单位名称').fill('上海浏览器测试科技有限公司');
    await page.getByRole('button', { name: '添加单位' }).click();
    const codeItem = page.locator('.ant-form-item', { has: page.getByLabel('统一社会信用代码') });
    await codeItem.getByText('校验码应为“0”，不是“1”').waitFor();
    expect(page.url()).toBe(address);
    await screenshot(page, 'organization-credit-code-refused');

    // The right one, sent with Enter, joins the list and is saved.
    await page.getByLabel('统一社会信用代码').fill('91310115MA1H7G2K30');
    await page.getByLabel('统一社会信用代码').press('Enter');
    await page.getByRole('combobox', { name: '第 1 完成单位' }).waitFor();
    await page
      .locator('.ant-select', { hasText: '上海浏览器测试科技有限公司（91310115MA1H7G2K30）' })
      .waitFor();
    await waitUntilSaved(page);
    expect(page.url()).toBe(address);
    const { nomination } = await askApi<{
      nomination: { completingOrganizations: { organization: { creditCode: string; name: string } }[] };
    }>(
      'query ($id: ID!) { nomination(id: $id) { completingOrganizations { organization { creditCode name } } } }',
      { id: draft.id },
      { token },
    );
    expect(nomination.completingOrganizations).toEqual([
      { organization: { creditCode: '91310115MA1H7G2K30', name: '上海浏览器测试科技有限公司' } },
    ]);
    await screenshot(page, 'organization-credit-code-added');

    // A stamped form must be the PDF that was printed; a photograph is refused in words, not media types.
    await openStep(page, '下载与上传');
    await choose(page, '材料类型', '盖章的提名书');
    await page.locator('input[type=file]').setInputFiles({
      name: '盖章页.png',
      mimeType: 'image/png',
      buffer: Buffer.from(
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a7d5a1e60000000049454e44ae426082',
        'hex',
      ),
    });
    await page
      .getByText('盖章页.png 上传失败：文件：盖章的提名书须为 PDF 文件，实际内容为 PNG 图片')
      .waitFor();
    await closeVisitor(context);
  });
});
