import type { Page } from 'playwright-core';
import type { ShownText } from './text-rules';

/**
 * The parts of a page that carry the UI's own wording, each with the name the report gives it. Text inside
 * them is chrome unless an element marks it as not the UI's wording: translate="no" (data), or a lang of its
 * own (a language's name in itself).
 */
const chromeParts: [selector: string, name: string][] = [
  ['th', 'a table header'],
  ['[role="tab"]', 'a tab'],
  ['[role="menuitem"]', 'a menu item'],
  ['button', 'a button'],
  ['.ant-segmented-item', 'a switch'],
  ['.ant-tag', 'a tag'],
  ['.ant-badge-status-text', 'a status badge'],
  ['.ant-alert', 'an alert'],
  ['.ant-empty-description', 'an empty state'],
  ['.ant-result', 'a result'],
  ['.ant-statistic-title', 'a statistic title'],
  ['.ant-card-head-title', 'a card title'],
  ['.ant-descriptions-item-label', 'a field label'],
  ['.ant-form-item-label', 'a form label'],
  ['.ant-form-item-extra, .ant-form-item-explain', 'a form hint'],
  ['.ant-steps-item-title, .ant-steps-item-description', 'a step'],
  ['.ant-select-selection-placeholder', 'a select placeholder'],
  ['.ant-pagination, .ant-table-pagination', 'pagination'],
  ['label', 'a label'],
  ['h1, h2, h3, h4, h5, h6', 'a heading'],
];

/** Where other text is, for the report. */
const dataParts: [selector: string, name: string][] = [
  ['td', 'a table cell'],
  ['.ant-descriptions-item-content', 'a field value'],
  ['.ant-timeline-item', 'a timeline entry'],
  ['.ant-list-item', 'a list item'],
  ['.ant-card', 'a card'],
  ['.ant-layout-header', 'the page header'],
  ['.ant-typography', 'a text'],
];

/** Every text a person can see on the page now, and the placeholders and accessible names of its elements. */
export function shownTexts(page: Page): Promise<ShownText[]> {
  return page.evaluate(
    ({ chrome, data }) => {
      const chromeSelector = chrome.map(([selector]) => selector).join(', ');
      const nameOf = (element: Element, parts: [string, string][]) =>
        parts.find(([selector]) => element.matches(selector))?.[1];
      const placeOf = (element: Element) => {
        const chromeElement = element.closest(chromeSelector);
        if (chromeElement && !isData(element)) {
          return { isChrome: true, where: nameOf(chromeElement, chrome) ?? chromeElement.tagName };
        }
        const dataElement = element.closest(data.map(([selector]) => selector).join(', '));
        return { isChrome: false, where: (dataElement && nameOf(dataElement, data)) ?? element.tagName };
      };
      // Marked as not the UI's wording: data not to translate, or words in a language of their own (中文).
      const isData = (element: Element) =>
        Boolean(element.closest('[translate="no"]')) ||
        (element.closest('[lang]')?.getAttribute('lang') ?? '') !== document.documentElement.lang;
      const isShown = (element: Element) =>
        element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      const texts: { text: string; isChrome: boolean; where: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        const text = node.textContent?.replace(/\s+/g, ' ').trim();
        if (!element || !text || element.closest('script, style, noscript') || !isShown(element)) continue;
        texts.push({ text, ...placeOf(element) });
      }
      for (const element of document.querySelectorAll('[placeholder], [aria-label]')) {
        if (!isShown(element) || isData(element)) continue;
        for (const attribute of ['placeholder', 'aria-label']) {
          const text = element.getAttribute(attribute)?.trim();
          if (text)
            texts.push({
              text,
              isChrome: true,
              where: `the ${attribute} of <${element.tagName.toLowerCase()}>`,
            });
        }
      }
      return texts;
    },
    { chrome: chromeParts, data: dataParts },
  );
}

export interface Overflows {
  /** The page scrolls sideways: how wide it is, and the elements that stick out past the window's right edge. */
  page?: { scrollWidth: number; innerWidth: number; stickingOut: string[] };
  /** Tables that scroll sideways inside their container. */
  tables: { columns: string; scrollWidth: number; clientWidth: number }[];
  /** Texts cut short with an ellipsis (a menu item, a card's title): what they say in full. */
  cutShort: string[];
}

/** What is wider than it has room for. */
export function overflows(page: Page): Promise<Overflows> {
  return page.evaluate(() => {
    const describe = (element: Element) => {
      const classes = [...element.classList].filter((name) => !name.startsWith('css-')).slice(0, 2);
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
      const right = Math.round(element.getBoundingClientRect().right);
      return `<${element.tagName.toLowerCase()}${classes.map((name) => `.${name}`).join('')}> "${text}" ends at ${right} px`;
    };
    const { innerWidth } = window;
    const { scrollWidth } = document.documentElement;
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > innerWidth + 1;
    // The outermost elements past the edge: their parent still fits, so they are where the page widens.
    const stickingOut = [...document.body.querySelectorAll('*')]
      .filter((element) => element.checkVisibility() && sticksOut(element))
      .filter((element) => !element.parentElement || !sticksOut(element.parentElement))
      .slice(0, 5)
      .map(describe);
    const tables = [...document.querySelectorAll('.ant-table-content, .ant-table-body')]
      .filter((scroller) => scroller.checkVisibility() && scroller.scrollWidth > scroller.clientWidth + 1)
      .map((scroller) => {
        const table = scroller.closest('.ant-table-wrapper');
        const headers = [...(table?.querySelectorAll('th') ?? [])].map((th) => th.textContent?.trim());
        return {
          columns: headers.filter(Boolean).slice(0, 4).join(' | '),
          scrollWidth: scroller.scrollWidth,
          clientWidth: scroller.clientWidth,
        };
      });
    const cutShort = [...document.body.querySelectorAll('*')]
      .filter(
        (element) =>
          element.scrollWidth > element.clientWidth + 1 &&
          getComputedStyle(element).textOverflow === 'ellipsis' &&
          element.checkVisibility({ visibilityProperty: true }),
      )
      .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    return {
      page: scrollWidth > innerWidth ? { scrollWidth, innerWidth, stickingOut } : undefined,
      tables,
      cutShort,
    };
  });
}
