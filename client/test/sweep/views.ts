import type { Page } from 'playwright-core';
import { settle } from './settle';

/**
 * Called on each view the sweep comes to, with the menu entry and the tabs or switches that led there;
 * `isNewPage` when the page was just opened (a tab changes only the page's content, not its header or menu).
 */
export type VisitView = (trail: readonly string[], isNewPage: boolean) => Promise<void>;

interface SwitchGroup {
  kind: 'tab' | 'segmented';
  options: { label: string; isSelected: boolean }[];
}

const optionSelectors = { tab: 'main [role="tab"]', segmented: 'main .ant-segmented-item' } as const;

/** The tab bars and segmented switches of the page's content (the header's language switch is not one). */
function switchGroups(page: Page): Promise<SwitchGroup[]> {
  return page.evaluate(() => {
    const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const tabBars = [...document.querySelectorAll('main [role="tablist"]')].map((bar) => ({
      kind: 'tab' as const,
      options: [...bar.querySelectorAll('[role="tab"]')]
        .filter((tab) => tab.checkVisibility() && tab.getAttribute('aria-disabled') !== 'true')
        .map((tab) => ({ label: textOf(tab), isSelected: tab.getAttribute('aria-selected') === 'true' })),
    }));
    const switches = [...document.querySelectorAll('main .ant-segmented')].map((group) => ({
      kind: 'segmented' as const,
      options: [...group.querySelectorAll('.ant-segmented-item')]
        .filter((item) => !item.classList.contains('ant-segmented-item-disabled'))
        .map((item) => ({
          label: textOf(item),
          isSelected: item.classList.contains('ant-segmented-item-selected'),
        })),
    }));
    return [...tabBars, ...switches];
  });
}

const keyOf = (group: SwitchGroup) =>
  `${group.kind}:${group.options.map((option) => option.label).join('|')}`;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Clicks every option of every tab bar and switch on the page, and of those that appear once one is clicked
 * (tabs inside a tab), visiting the view each shows. Options are visited one at a time, not in every
 * combination: each view once, with whatever its siblings show at the moment.
 */
async function visitSwitches(
  page: Page,
  trail: readonly string[],
  visit: VisitView,
  requestsInFlight: () => number,
  handled: Set<string>,
): Promise<void> {
  for (const group of await switchGroups(page)) {
    if (handled.has(keyOf(group))) continue;
    handled.add(keyOf(group));
    for (const option of group.options.filter((candidate) => !candidate.isSelected)) {
      await page
        .locator(optionSelectors[group.kind])
        .filter({ hasText: new RegExp(`^\\s*${escaped(option.label)}\\s*$`) })
        .first()
        .click();
      await settle(page, requestsInFlight);
      const optionTrail = [...trail, option.label];
      await visit(optionTrail, false);
      await visitSwitches(page, optionTrail, visit, requestsInFlight, handled);
    }
  }
}

interface PageEntry {
  label: string;
  path: string;
}

/** The side menu's entries, read from the page: a screen added later is swept without changing the sweep. */
function menuEntries(page: Page): Promise<PageEntry[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.ant-layout-sider .ant-menu a[href]')].map((link) => ({
      label: (link.textContent ?? '').trim(),
      path: new URL((link as HTMLAnchorElement).href).pathname,
    })),
  );
}

/** The first link of each kind in the page's tables (a nomination, an assignment), to the screens behind lists. */
function linkedPages(page: Page): Promise<PageEntry[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main .ant-table-tbody a[href^="/"]')].map((link) => ({
      label: (link.textContent ?? '').replace(/\s+/g, ' ').trim(),
      path: new URL((link as HTMLAnchorElement).href).pathname,
    })),
  );
}

/** The shape of a path, ids left out: /review/3f2a… and /review/9b1c… are the same screen. */
const screenOf = (path: string) =>
  path
    .split('/')
    .map((segment) => (/\d/.test(segment) && segment.length > 8 ? ':id' : segment))
    .join('/');

/** Opens a screen by its address and visits it with its tabs; resolves to the links of its first view. */
async function visitPage(
  page: Page,
  entry: PageEntry,
  trail: readonly string[],
  visit: VisitView,
  requestsInFlight: () => number,
): Promise<PageEntry[]> {
  await page.goto(entry.path);
  await settle(page, requestsInFlight);
  await visit(trail, true);
  const links = await linkedPages(page);
  await visitSwitches(page, trail, visit, requestsInFlight, new Set());
  return links;
}

/**
 * Opens every entry of the signed-in viewer's menu, every tab and switch on it, and the first screen of each
 * kind its lists link to, calling `visit` on each view.
 */
export async function sweepViews(
  page: Page,
  visit: VisitView,
  requestsInFlight: () => number,
): Promise<void> {
  const entries = await menuEntries(page);
  const swept = new Set(entries.map((entry) => screenOf(entry.path)));
  for (const entry of entries) {
    const links = await visitPage(page, entry, [entry.label], visit, requestsInFlight);
    for (const linked of links) {
      if (swept.has(screenOf(linked.path))) continue;
      swept.add(screenOf(linked.path));
      await visitPage(page, linked, [entry.label, `→ ${linked.label}`], visit, requestsInFlight);
    }
  }
}
