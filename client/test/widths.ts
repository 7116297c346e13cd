import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { overflows } from './sweep/page-facts';

/**
 * Nothing on the page needs scrolling sideways: neither the document nor any table is wider than the room
 * it is given, measured in the browser as the page sweep measures it.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { page: wide, tables } = await overflows(page);
  expect({ page: wide, tables }).toEqual({ page: undefined, tables: [] });
}
