import { describe, expect, it } from 'vitest';
import { apiToken, askApi, currentCycleId, demo } from './api';
import { connectSharedBrowser } from './browser';
import { chooseOption, closeVisitor, signedInVisitor } from './pages';
import { screenshot } from './screenshots';

interface PoolExpert {
  id: string;
  name: string;
  title: string;
  maxLoad: number;
  isAvailable: boolean;
  fields: { isPrimary: boolean; field: { code: string } }[];
  employments: { startedOn: string | null; endedOn: string; organization: { name: string } }[];
}

async function poolExperts(
  token: string,
  cycleId: string,
): Promise<{ totalCount: number; experts: PoolExpert[] }> {
  const { experts } = await askApi<{ experts: { totalCount: number; edges: { node: PoolExpert }[] } }>(
    `query ($cycleId: ID!) { experts(cycleId: $cycleId, first: 100) { totalCount edges { node {
      id name title maxLoad isAvailable fields { isPrimary field { code } }
      employments { startedOn endedOn organization { name } }
    } } } }`,
    { cycleId },
    { token },
  );
  return { totalCount: experts.totalCount, experts: experts.edges.map((edge) => edge.node) };
}

describe("the secretariat's expert pool", () => {
  const browser = connectSharedBrowser();

  it('lists the pool, creates an expert in the drawer and reports bad import rows by row and column', async () => {
    const token = await apiToken(demo.secretariat);
    const cycleId = await currentCycleId();
    const before = await poolExperts(token, cycleId);
    // The field select lists the cycle's fields in the API's order; the test picks the first.
    const { awardCycle } = await askApi<{ awardCycle: { fields: { code: string }[] } }>(
      'query ($id: ID!) { awardCycle(id: $id) { fields { code } } }',
      { id: cycleId },
    );
    const { page, context } = await signedInVisitor(browser(), demo.secretariat, '/secretariat');
    await page.getByRole('menu').getByText('专家库', { exact: true }).click();
    await page.waitForURL('**/expert-pool');
    await page.getByText(`已显示 50 条，共 ${before.totalCount} 条`).waitFor();

    // Unavailable from the start, so that no solver run of another file picks the new expert.
    const name = `测试专家${Date.now() % 100_000}`;
    await page.getByRole('button', { name: '新增专家' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('姓名').fill(name);
    await drawer.getByLabel('职称').fill('高级工程师');
    await chooseOption(page, drawer.getByLabel('主专业领域'));
    await drawer.getByLabel('每阶段最多评审数').fill('6');
    await drawer.getByLabel('可参加评审').click();
    await drawer.getByRole('button', { name: '添加曾任职单位' }).click();
    await chooseOption(page, drawer.locator('#expert_employments_0_organizationId'));
    await drawer.getByLabel('离职日期').fill('2023-06-30');
    await screenshot(page, 'expert-pool-drawer');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    const refusal = drawer.locator('.ant-alert-error');
    await page.getByText(`已保存 ${name}`).or(refusal).first().waitFor();
    expect(await refusal.allInnerTexts()).toEqual([]);

    const after = await poolExperts(token, cycleId);
    expect(after.totalCount).toBe(before.totalCount + 1);
    const created = after.experts.find((expert) => expert.name === name);
    expect(created).toMatchObject({
      title: '高级工程师',
      maxLoad: 6,
      isAvailable: false,
      fields: [{ isPrimary: true, field: { code: awardCycle.fields[0].code } }],
    });
    expect(created?.employments).toEqual([
      expect.objectContaining({ startedOn: null, endedOn: '2023-06-30' }),
    ]);

    const csv = '姓名,职称,工作单位统一社会信用代码,主专业领域代码\r\n无单位专家,教授,123,NO_SUCH_FIELD\r\n';
    await page.locator('input[type=file]').setInputFiles({
      name: 'experts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: '试导入（不写入）' }).click();
    await page
      .getByText(/处问题，未写入任何数据/)
      .first()
      .waitFor();
    const rows = await page
      .getByRole('table', { name: /处问题/ })
      .locator('tbody tr.ant-table-row')
      .allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.startsWith('2'))).toBe(true);
    expect(await page.getByRole('button', { name: '正式导入' }).isDisabled()).toBe(true);
    await screenshot(page, 'expert-pool-import');
    await closeVisitor(context);
    expect((await poolExperts(token, cycleId)).totalCount).toBe(before.totalCount + 1);
  });
});
