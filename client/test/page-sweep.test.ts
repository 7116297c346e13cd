import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, demo } from './api';
import { connectSharedBrowser } from './browser';
import { clientUrl, closeVisitor, signIn, viewport } from './pages';
import { watchDataTexts } from './sweep/data-texts';
import { type Finding, type PlacedFinding, toDoList, type ViewPlace } from './sweep/findings';
import { inspectView, type SweepLanguage, watchConsole } from './sweep/inspect-view';
import { settle, watchRequests } from './sweep/settle';
import { sweepViews } from './sweep/views';

const phone = { width: 390, height: 844 };
const languages: { language: SweepLanguage; switchLabel: string }[] = [
  { language: 'zh-CN', switchLabel: '中文' },
  { language: 'en', switchLabel: 'English' },
];

interface SweptRole {
  role: string;
  credentials: Credentials;
  /** Experts read and score on phones too (issue 14): their pages are swept at a phone's width as well. */
  screens: { width: number; height: number }[];
}

const roles: SweptRole[] = [
  { role: 'secretariat', credentials: demo.secretariat, screens: [viewport] },
  { role: 'chair', credentials: demo.chair, screens: [viewport] },
  { role: 'committee member', credentials: demo.member, screens: [viewport] },
  { role: 'expert', credentials: demo.expert, screens: [viewport, phone] },
  { role: 'nominator', credentials: demo.nominator, screens: [viewport] },
];

// Every view of a role in one language and at one width: a few dozen checks, each with axe-core's run.
const sweepTimeout = 180_000;

describe('every page of every role, in both languages, reads and fits as a person needs', () => {
  const browser = connectSharedBrowser();

  for (const { role, credentials, screens } of roles) {
    describe(`as ${role}`, () => {
      // One signed-in context per role, for all its languages and widths.
      let context: BrowserContext;
      let page: Page;
      let requestsInFlight: () => number;
      let takeConsoleErrors: () => Finding[];
      let dataTexts: () => string[];

      beforeAll(async () => {
        context = await browser().newContext({ viewport, baseURL: clientUrl('') });
        page = await context.newPage();
        requestsInFlight = watchRequests(page);
        takeConsoleErrors = watchConsole(page);
        dataTexts = watchDataTexts(page);
        await page.goto('/login');
        await signIn(page, credentials);
        await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      });
      afterAll(async () => {
        await closeVisitor(context);
      });

      for (const screen of screens) {
        for (const { language, switchLabel } of languages) {
          const screenName = `${screen.width}×${screen.height}`;
          it(`has nothing to fix in ${language} at ${screenName}`, { timeout: sweepTimeout }, async () => {
            await page.setViewportSize(screen);
            await page
              .locator('.ant-layout-header .ant-segmented-item')
              .filter({ hasText: switchLabel })
              .click();
            await settle(page, requestsInFlight);
            takeConsoleErrors();
            const findings: PlacedFinding[] = [];
            await sweepViews(
              page,
              async (trail, isNewPage) => {
                const place: ViewPlace = { role, language, trail, screen: screenName };
                const seen = [
                  ...takeConsoleErrors(),
                  ...(await inspectView(page, language, dataTexts(), isNewPage ? 'page' : 'content')),
                ];
                findings.push(...seen.map((finding) => ({ ...finding, place })));
              },
              requestsInFlight,
            );
            expect(toDoList(findings), `the sweep's findings as ${role}`).toBe('');
          });
        }
      }
    });
  }
});
