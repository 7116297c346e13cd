import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, currentCycleId, demo } from './api';
import { connectSharedBrowser } from './browser';
import { setWindows, type Window, windowsOf } from './filed-nomination';
import { closeVisitor, signedInVisitor } from './pages';

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

  it('moves a window with times typed in Shanghai, to the second, whatever the browser’s zone', async () => {
    const { page, context } = await signedInVisitor(browser(), demo.secretariat, '/secretariat');
    const timeline = page.getByLabel('评选时间安排');
    await timeline.locator('tr', { hasText: '形式审查' }).getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('开始时间').fill('2024-06-01T09:00:00');
    await dialog.getByLabel('截止时间').fill('2024-06-30T17:30:15');
    await dialog.getByRole('button', { name: /^保\s?存$/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    expect(await windowsOf(secretariat, cycleId, ['FORMAL_REVIEW'])).toEqual([
      { kind: 'FORMAL_REVIEW', opensAt: '2024-06-01T01:00:00.000Z', closesAt: '2024-06-30T09:30:15.000Z' },
    ]);
    // The table shows the new times, in Shanghai's wall clock.
    await timeline
      .locator('tr', { hasText: '形式审查' })
      .getByText(/2024年6月30日.*17:30/)
      .waitFor();
    await closeVisitor(context);
  });
});
