import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiToken, askApi, demo, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { FiledNomination, openWindowsForTheFile } from './filed-nomination';
import { clientUrl, closeVisitor, newVisitor, signIn } from './pages';
import { screenshot } from './screenshots';

// An account of its own: its organization's nominations and notifications are this file's.
const ownNominator = demoAccount('nominator11@example.com');
const projectName = `代码与语言测试：在线监测 ${Date.now() % 100_000}`;
const benefitsReason = '经济效益表中新增利润与财务证明不一致，请核对。';

// What a person must not read: a code as the API spells enums (RESULTS_EXPORTED, BENEFITS), or a record
// as stored ({"expiresAt":"…Z"}). Identifiers are data, not codes: nomination and document numbers
// (INV-2024-033, QTA-2024-FINAL_LIST-000011), short ids and digests.
const RAW_CODE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z]{4,}\b/;
const IDENTIFIER = /\b[A-Z][A-Z0-9_]*(?:-[A-Z0-9_]+)*-\d+\b|\b[0-9a-f]{8}\b|\b[0-9a-f]{12}…/g;
const RAW_JSON = /\{"\w+":/;

/** The raw codes in a text a person reads, once its identifiers are set aside. */
const rawCodesIn = (text: string | null) => (text ?? '').replace(IDENTIFIER, '').match(RAW_CODE);

async function switchTo(page: Page, language: 'English'): Promise<void> {
  await page.getByText(language, { exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
}

/** A fresh context whose own clock runs in UTC: what the page shows in the award's zone is not the browser's. */
async function visitorIn(browser: () => import('playwright-core').Browser, account = ownNominator) {
  const context = await browser().newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(clientUrl('/login'));
  await signIn(page, account);
  return { context, page };
}

async function optionTexts(page: Page, select: Locator): Promise<string[]> {
  await select.click();
  const listId = await select.getAttribute('aria-controls');
  const popup = page.locator('.ant-select-dropdown', { has: page.locator(`[id="${listId}"]`) });
  await popup.locator('.ant-select-item-option').first().waitFor();
  // antd renders the options it shows only: the list is short enough to be all of them (virtual: false).
  const texts = await popup.locator('.ant-select-item-option').allTextContents();
  await page.keyboard.press('Escape');
  return texts.map((text) => text.trim());
}

describe('codes shown as labels, in Chinese and in English', () => {
  const browser = connectSharedBrowser();
  const cycle = openWindowsForTheFile(['REGISTRATION', 'NOMINATION'], 86_400_000);
  let secretariat: string;
  let nomination: FiledNomination;
  let fields: { nameZh: string; nameEn: string }[];

  beforeAll(async () => {
    secretariat = await apiToken(demo.secretariat);
    const nominator = await apiToken(ownNominator);
    nomination = await FiledNomination.submitted(nominator, cycle(), projectName);
    await askApi(
      'mutation ($id: ID!, $reasons: [SectionReasonInput!]!) { returnNomination(id: $id, reasons: $reasons) { id } }',
      { id: nomination.id, reasons: [{ section: 'BENEFITS', reason: benefitsReason }] },
      { token: secretariat },
    );
    ({
      awardCycle: { fields },
    } = await askApi<{ awardCycle: { fields: { nameZh: string; nameEn: string }[] } }>(
      'query ($id: ID!) { awardCycle(id: $id) { fields { nameZh nameEn } } }',
      { id: cycle() },
    ));
  });

  it('offers the fields of expertise by their names only, in each language', async () => {
    const { page, context } = await visitorIn(browser);
    await page.waitForURL('**/my-nominations');
    await page.getByRole('button', { name: '新建提名' }).click();
    const dialog = page.getByRole('dialog');
    const fieldSelect = dialog.getByLabel('专业领域');
    expect((await optionTexts(page, fieldSelect)).sort()).toEqual(fields.map((field) => field.nameZh).sort());
    await screenshot(page, 'codes-field-picker-zh-CN');
    await dialog.getByRole('button', { name: /取\s?消/ }).click();

    await switchTo(page, 'English');
    await page.getByRole('button', { name: 'Start a nomination' }).click();
    const englishSelect = page.getByRole('dialog').getByLabel('Field');
    expect((await optionTexts(page, englishSelect)).sort()).toEqual(
      fields.map((field) => field.nameEn).sort(),
    );
    await screenshot(page, 'codes-field-picker-en');
    await closeVisitor(context);
  });

  it("tells the nominator of a return by the section's name, never its code", async () => {
    const { page, context } = await visitorIn(browser);
    await page.waitForURL('**/my-nominations');
    await page.getByRole('button', { name: /通知/ }).click();
    const popover = page.locator('.ant-popover');
    const item = popover.locator('.ant-list-item', { hasText: nomination.code });
    await item.waitFor();
    expect(await item.textContent()).toContain(`经济与社会效益：${benefitsReason}`);
    expect(rawCodesIn(await item.textContent())).toBeNull();
    await screenshot(page, 'codes-return-notification-zh-CN');

    await page.keyboard.press('Escape');
    await switchTo(page, 'English');
    await page.getByRole('button', { name: /Notifications/ }).click();
    const englishItem = page.locator('.ant-popover .ant-list-item', { hasText: nomination.code });
    await expect
      .poll(() => englishItem.textContent())
      .toContain(`Economic and social benefit: ${benefitsReason}`);
    expect(await englishItem.textContent()).not.toMatch(/BENEFITS/);
    await closeVisitor(context);
  });

  it("shows a resubmission's note in the reader's language", async () => {
    await nomination.reopen();
    await nomination.save({ economicBasis: '依据企业经审计的财务报表（附件）。' });
    await nomination.printForm();
    await nomination.upload('STAMPED_FORM', `${nomination.code} stamped 2`);
    await nomination.submit();

    const { page, context } = await visitorIn(browser);
    await page.waitForURL('**/my-nominations');
    await page.goto(clientUrl(`/my-nominations/${nomination.id}?step=SUBMIT`));
    const timeline = page.locator('.ant-timeline');
    await timeline.getByText('已按退回意见修改，重新提交').waitFor();
    const zh = await timeline.textContent();
    expect(zh).not.toMatch(/resubmitted/i);
    expect(zh).toContain(benefitsReason);
    expect(rawCodesIn(zh)).toBeNull();
    await screenshot(page, 'codes-resubmitted-timeline-zh-CN');

    await switchTo(page, 'English');
    await timeline.getByText('Resubmitted after correction').waitFor();
    const en = (await timeline.textContent()) ?? '';
    expect(en).toContain('Economic and social benefit');
    // Only what people typed stays in Chinese: the secretariat's reason.
    expect(en.replaceAll(benefitsReason, '')).not.toMatch(/\p{Script=Han}/u);
    await screenshot(page, 'codes-resubmitted-timeline-en');
    await closeVisitor(context);
  });

  it('shows the audit log as labelled fields in the award’s zone, with the stored record behind a switch', async () => {
    const { page, context } = await visitorIn(browser, demo.secretariat);
    await page.waitForURL('**/secretariat');
    const { auditEvents } = await askApi<{
      auditEvents: { edges: { node: { action: string; after: { expiresAt: string } } }[] };
    }>(
      '{ auditEvents(first: 1, entityType: Session) { edges { node { action after } } } }',
      {},
      {
        token: secretariat,
      },
    );
    const signIn = auditEvents.edges[0].node;
    await page.goto(clientUrl('/audit'));
    const table = page.locator('.ant-table-tbody');
    await table.locator('tr.ant-table-row').first().waitFor();

    // The return of this file's nomination: its action, its kind of record, its states and reasons by name.
    const returned = table.locator('tr.ant-table-row', { hasText: benefitsReason }).last();
    const returnedText = await returned.textContent();
    expect(returnedText).toContain('提名状态变更');
    expect(returnedText).toMatch(/状态\s*已提交 → 已退回/);
    expect(returnedText).toContain(`经济与社会效益：${benefitsReason}`);

    // A sign-in's expiry, as the cycle's zone (Asia/Shanghai) shows it, whatever the browser's own zone.
    const expires = new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(signIn.after.expiresAt));
    await table.getByText(expires).first().waitFor();

    const everything = await table.textContent();
    expect(everything).not.toMatch(RAW_JSON);
    expect(rawCodesIn(everything)).toBeNull();
    expect(everything).not.toMatch(/\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z/);
    await screenshot(page, 'codes-audit-log-zh-CN');

    await page.getByLabel('显示原始记录（JSON）').click();
    await expect.poll(() => table.textContent()).toMatch(RAW_JSON);
    await screenshot(page, 'codes-audit-log-raw');

    await switchTo(page, 'English');
    await table.getByText('Nomination status changed').first().waitFor();
    await closeVisitor(context);
  });

  it('states the re-review thresholds by the names of the grades in English', async () => {
    const { page, context } = await newVisitor(browser());
    await page.goto(clientUrl('/login'));
    await signIn(page, demo.chair);
    await page.waitForURL('**/console');
    await page.goto(clientUrl('/closing'));
    await switchTo(page, 'English');
    const rule = page.getByText(/needs two thirds of the members present/);
    await rule.waitFor();
    expect(rawCodesIn(await rule.textContent())).toBeNull();
    expect(await rule.textContent()).toContain('first prize');
    await closeVisitor(context);
  });
});
