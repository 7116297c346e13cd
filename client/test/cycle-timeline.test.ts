import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, currentCycleId, demo } from './api';
import { connectSharedBrowser } from './browser';
import { setWindows, type Window, windowsOf } from './filed-nomination';
import { clientUrl, closeVisitor, signIn, viewport } from './pages';
import { screenshot } from './screenshots';

/** The timeline's windows as the award runs them (award-rules.md), whatever their times. */
const AWARD_ORDER = ['活动报名', '提名', '形式审查', '初评', '复评', '公示', '审定'];

/** Types a time into an antd date picker, as a user does, and confirms it with Enter. */
async function pick(page: Page, label: string, time: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel(label);
  await input.click();
  await input.fill(time);
  await input.press('Enter');
}

describe("the secretariat's cycle timeline", () => {
  const browser = connectSharedBrowser();
  let cycleId: string;
  let secretariat: string;
  let original: Window[];

  beforeAll(async () => {
    cycleId = await currentCycleId();
    secretariat = await apiToken(demo.secretariat);
    original = await windowsOf(secretariat, cycleId, ['FORMAL_REVIEW']);
  });
  afterAll(async () => {
    if (original) await setWindows(secretariat, cycleId, original);
  });

  it('lists the windows in the award’s order and refuses one out of it, in the dialog', async () => {
    // A browser in New York: the times are still shown and picked in Shanghai's wall clock.
    const context = await browser().newContext({ viewport, timezoneId: 'America/New_York', locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await page.goto(clientUrl('/login'));
      await signIn(page, demo.secretariat);
      await page.waitForURL('**/secretariat');
      const timeline = page.getByLabel('评选时间安排');
      const rows = timeline.locator('tr.ant-table-row > td:first-child');
      await rows.first().waitFor();
      expect(await rows.allInnerTexts()).toEqual(AWARD_ORDER);

      await timeline.locator('tr', { hasText: '形式审查' }).getByRole('button').click();
      const dialog = page.getByRole('dialog');
      // antd's picker, in Chinese, showing the seeded 2024-06-03 09:00 in Shanghai.
      expect(await dialog.getByLabel('开始时间').inputValue()).toBe('2024-06-03 09:00:00');
      await dialog.getByLabel('开始时间').click();
      await page.locator('.ant-picker-dropdown:visible').getByText('此刻').waitFor();
      await screenshot(page, 'timeline-picker');
      await page.keyboard.press('Escape');

      // Opening before nomination closes (2024-05-31 16:00) is refused, beside the field, in Chinese.
      await pick(page, '开始时间', '2024-05-20 09:00:00');
      await dialog.getByRole('button', { name: /^保\s?存$/ }).click();
      await dialog.getByText('形式审查须在提名截止（2024-05-31 16:00）之后开始').waitFor();
      await screenshot(page, 'timeline-order-refused');
      expect(await windowsOf(secretariat, cycleId, ['FORMAL_REVIEW'])).toEqual(original);

      await pick(page, '开始时间', '2024-06-01 09:00:00');
      await pick(page, '截止时间', '2024-06-30 17:30:15');
      await dialog.getByRole('button', { name: /^保\s?存$/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await windowsOf(secretariat, cycleId, ['FORMAL_REVIEW'])).toEqual([
        { kind: 'FORMAL_REVIEW', opensAt: '2024-06-01T01:00:00.000Z', closesAt: '2024-06-30T09:30:15.000Z' },
      ]);
      // The table shows the new times, in Shanghai's wall clock, and keeps the award's order.
      await timeline
        .locator('tr', { hasText: '形式审查' })
        .getByText(/2024年6月30日.*17:30/)
        .waitFor();
      expect(await rows.allInnerTexts()).toEqual(AWARD_ORDER);
    } finally {
      await closeVisitor(context);
    }
  });
});
