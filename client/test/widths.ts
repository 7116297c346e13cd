import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Nothing on the page needs scrolling sideways: neither the document nor any table is wider than the room
 * it is given (measured in the browser, as a user at this width sees it).
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflows = await page.evaluate(() => {
    const wider = (element: Element) => element.scrollWidth > element.clientWidth + 1;
    const tables = [...document.querySelectorAll('.ant-table-content, .ant-table-body, table')];
    return [document.documentElement, ...tables]
      .filter(wider)
      .map(
        (element) =>
          `${element.className || element.tagName}: ${element.scrollWidth} in ${element.clientWidth}`,
      );
  });
  expect(overflows).toEqual([]);
}
