import { describe, expect, it } from 'vitest';
import { askApiAs, demo } from './api';
import { connectSharedBrowser } from './browser';
import {
  chooseOption,
  clientUrl,
  closeVisitor,
  columnTexts,
  newVisitor,
  signedInVisitor,
  signIn,
} from './pages';
import { screenshot } from './screenshots';
import { expectNoSidewaysScroll } from './widths';

describe('the nominations list of the staff', () => {
  const browser = connectSharedBrowser();

  it('sends a visitor to sign in and back, lists the nominations in Chinese with the total the API reports, then in English, also after a reload', async () => {
    const { nominations } = await askApiAs<{ nominations: { totalCount: number } }>(
      demo.secretariat,
      '{ nominations(first: 1) { totalCount } }',
    );
    const total = nominations.totalCount;
    expect(total).toBeGreaterThan(0);

    const { page } = await newVisitor(browser());
    await page.goto(clientUrl('/nominations'));
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await screenshot(page, 'login-zh-CN');

    await signIn(page, demo.secretariat);
    await page.waitForURL('**/nominations');
    await page.getByText('质量技术奖评审平台').waitFor();
    await page.getByText('秘书处（会员与质量推进部）').waitFor();
    await page.getByText(`共 ${total} 条`).waitFor();

    const projectNames = await columnTexts(page, '项目名称');
    expect(projectNames.some((name) => /\p{Script=Han}/u.test(name))).toBe(true);
    expect(await columnTexts(page, '奖项类别')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^质量技术(发明|进步)奖$/)]),
    );
    await screenshot(page, 'nominations-zh-CN');

    await page.getByText('English', { exact: true }).click();
    await page.getByText('Quality Technology Award Review Platform').waitFor();
    await page.getByText(`of ${total}`).waitFor();
    expect(await columnTexts(page, 'Category')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Quality Technology (Invention|Progress) Award$/)]),
    );
    await page.getByText('Secretariat', { exact: true }).waitFor();

    // The language is remembered, and the session (a cookie) outlives the reload as well.
    await page.reload();
    await page.getByText(`of ${total}`).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'nominations-en');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await closeVisitor(page.context());
  });

  it('searches and filters on the server, opens a nomination from its row, and fits 1440 px without scrolling sideways', async () => {
    const { nominations } = await askApiAs<{
      nominations: {
        edges: { node: { id: string; code: string; projectName: string; field: { id: string } } }[];
      };
    }>(
      demo.secretariat,
      '{ nominations(first: 100) { edges { node { id code projectName field { id } } } } }',
    );
    const picked = nominations.edges[3].node;
    const { page, context } = await signedInVisitor(browser(), demo.chair, '/console');
    await page.getByRole('menu').getByText('提名项目', { exact: true }).click();
    await page.waitForURL('**/nominations');
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'nominations-staff');

    // A part of the project's name finds it, the server answering (the list is paged).
    const word = picked.projectName.slice(0, 6);
    await page.getByLabel('搜索提名编号或项目名称').fill(word);
    await page.getByLabel('搜索提名编号或项目名称').press('Enter');
    await page.waitForURL(/search=/);
    const matching = nominations.edges.filter(({ node }) => node.projectName.includes(word));
    await page.getByText(`共 ${matching.length} 条`).waitFor();
    expect(await columnTexts(page, '提名编号')).toEqual(matching.map(({ node }) => node.code));

    // The field narrows it further: every row shown is of that field.
    await chooseOption(page, page.getByRole('combobox', { name: '全部专业领域' }));
    await page.waitForURL(/field=/);
    const fieldId = new URL(page.url()).searchParams.get('field');
    const inField = matching.filter(({ node }) => node.field.id === fieldId);
    await page.getByText(`共 ${inField.length} 条`).waitFor();

    // Cleared, the number of a row opens its nomination, from the keyboard.
    await page.goto(clientUrl(`/nominations?search=${encodeURIComponent(picked.code)}`));
    await page.getByText('共 1 条').waitFor();
    await page.getByRole('link', { name: picked.code, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/nominations/${picked.id}`);
    await page.getByRole('heading', { name: `${picked.code} ${picked.projectName}` }).waitFor();
    await page.getByLabel('办理记录').waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'nomination-staff-page');
    await closeVisitor(context);
  });

  it('filters by status from the address, as the desk links to it', async () => {
    const { nominations } = await askApiAs<{ nominations: { totalCount: number } }>(
      demo.secretariat,
      '{ nominations(first: 1, status: RE_REVIEW) { totalCount } }',
    );
    const { page, context } = await newVisitor(browser());
    await page.goto(clientUrl('/nominations?status=RE_REVIEW'));
    await signIn(page, demo.secretariat);
    await page.waitForURL('**/nominations?status=RE_REVIEW');
    await page.getByText(`共 ${nominations.totalCount} 条`).waitFor();
    expect(new Set(await columnTexts(page, '状态'))).toEqual(new Set(['复评中']));
    await closeVisitor(context);
  });
});
