import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Finding } from './findings';
import { overflows, shownTexts } from './page-facts';
import { chinesePageFindings, englishPageFindings } from './text-rules';

export type SweepLanguage = 'zh-CN' | 'en';

// WCAG 2.1 AA, as the award's platform promises it.
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const reportedImpacts = new Set(['serious', 'critical']);

/** One finding per rule and reason: a contrast failure of one colour pair is one fix, however many rows show it. */
async function accessibilityFindings(page: Page, scope: ViewScope): Promise<Finding[]> {
  const axe = new AxeBuilder({ page }).withTags(axeTags);
  const { violations } = await (scope === 'content' ? axe.include('main') : axe).analyze();
  return violations
    .filter((violation) => reportedImpacts.has(violation.impact ?? ''))
    .flatMap((violation) => {
      const byReason = new Map<string, typeof violation.nodes>();
      for (const node of violation.nodes) {
        const reason = [...node.any, ...node.all, ...node.none][0]?.message ?? violation.help;
        byReason.set(reason, [...(byReason.get(reason) ?? []), node]);
      }
      return [...byReason].map(([reason, nodes]): Finding => {
        const count = nodes.length > 1 ? ` (${nodes.length} elements)` : '';
        return {
          kind: 'accessibility',
          detail: `${violation.id} (${violation.impact}): ${reason}${count}`,
          example: `${nodes[0].target.join(' ')} ${nodes[0].html.slice(0, 120)}`,
        };
      });
    });
}

async function widthFindings(page: Page): Promise<Finding[]> {
  const { page: wide, tables, cutShort } = await overflows(page);
  return [
    ...(wide
      ? [
          {
            kind: 'too wide',
            detail: `the page is ${wide.scrollWidth} px wide in a ${wide.innerWidth} px window: ${wide.stickingOut.join('; ')}`,
          } satisfies Finding,
        ]
      : []),
    ...tables.map(
      (table): Finding => ({
        kind: 'too wide',
        detail: `the table (${table.columns}) is ${table.scrollWidth} px wide in ${table.clientWidth} px`,
      }),
    ),
    ...cutShort.map((text): Finding => ({ kind: 'too wide', detail: `"${text}" is cut short (…)` })),
  ];
}

/** The whole page, or its content only when the header and the menu were checked a moment ago. */
export type ViewScope = 'page' | 'content';

/** Everything the sweep checks on the view the page shows now, but the console (see watchConsole). */
export async function inspectView(
  page: Page,
  language: SweepLanguage,
  dataTexts: readonly string[],
  scope: ViewScope,
): Promise<Finding[]> {
  const texts = await shownTexts(page);
  return [
    ...(language === 'zh-CN' ? chinesePageFindings(texts) : englishPageFindings(texts, dataTexts)),
    ...(await widthFindings(page)),
    ...(await accessibilityFindings(page, scope)),
  ];
}

/** Collects the page's console errors and uncaught exceptions; each call of the returned function takes them. */
export function watchConsole(page: Page): () => Finding[] {
  let errors: Finding[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push({ kind: 'console error', detail: message.text().slice(0, 300) });
  });
  page.on('pageerror', (error) => {
    errors.push({ kind: 'console error', detail: `uncaught ${error.message.slice(0, 300)}` });
  });
  return () => {
    const taken = errors;
    errors = [];
    return taken;
  };
}
