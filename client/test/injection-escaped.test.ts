import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../api/src/organizations/credit-code';
import { completer } from '../../api/test/complete-nomination';
import { apiToken, askApi, demo, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { FiledNomination, openWindowsForTheFile } from './filed-nomination';
import { clientUrl, closeVisitor, signedInVisitor } from './pages';

// This file's data: nominator14's own nomination, and the filing windows while the file runs.
const ownNominator = demoAccount('nominator14@example.com');

/**
 * What a hostile nominator types in each text field: markup that runs or hides the page if a page ever
 * puts it in as HTML, SQL that breaks out of a string if a query ever pastes it in, template syntax.
 */
const hostile = {
  // The form's project name has 30 characters at most.
  projectName: '<img src=x onerror=__pwned=1>',
  summary: '<script>window.__pwned=1</script>',
  objectiveEvaluation: "'; drop table nomination; --",
  innovation: '"><svg onload=window.__pwned=1>',
  completerName: '<b onmouseover=__pwned=1>张三</b>',
  completerEmployer: '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  completerTitle: "1' OR '1'='1",
  organizationName: '<a href="javascript:window.__pwned=1">恶意单位</a>',
  userOrganization: "{{constructor.constructor('window.__pwned=1')()}}",
  nominatorOpinion: '<style>*{display:none}</style>同意提名。',
};

/** The elements the strings would make as HTML, and any inline handler or script URL, in the page. */
function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const injected = new Set([
      ...document.querySelectorAll('img[src="x"], iframe, a[href^="javascript:"]'),
      ...all.filter(
        (element) => element.tagName === 'STYLE' && element.textContent?.includes('*{display:none}'),
      ),
      ...all.filter((element) =>
        [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
      ),
    ]);
    return [...injected].map((element) => element.outerHTML.slice(0, 120));
  });
}

/** Nothing of the strings ran, nor became an element. */
async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await injectedElements(page)).toEqual([]);
}

/** Each string shown as text in `within`, exactly as typed; nothing of them ran. */
async function expectShownAsText(page: Page, within: Locator, texts: string[]): Promise<void> {
  for (const text of texts) {
    const shown = within.getByText(text, { exact: true }).first();
    await shown.waitFor();
    expect(await shown.textContent()).toBe(text);
  }
  await expectNothingRan(page);
}

/**
 * issue 9, part 3: injection strings in every text field of a nomination are stored as text (the API gives
 * the same bytes back) and shown as text on the nominator's and the staff's pages, never run.
 */
describe('injection strings in a nomination, shown escaped', () => {
  const browser = connectSharedBrowser();
  const cycle = openWindowsForTheFile(['REGISTRATION', 'NOMINATION'], 86_400_000);
  let nominator: string;
  let nomination: FiledNomination;
  let organizationCode: string;

  beforeAll(async () => {
    nominator = await apiToken(ownNominator);
    // A new completing organization under a hostile name, with a valid code of its own for each run.
    const first17 = `91310000MA1${String(Date.now() % 1_000_000).padStart(6, '0')}`;
    organizationCode = first17 + creditCodeCheckCharacter(first17);
    const { recordCompletingOrganization } = await askApi<{ recordCompletingOrganization: { id: string } }>(
      'mutation ($code: String!, $name: String!) { recordCompletingOrganization(creditCode: $code, name: $name) { id } }',
      { code: organizationCode, name: hostile.organizationName },
      { token: nominator },
    );
    const application = {
      userOrganization: hostile.userOrganization,
      technologyApplied: '在线自校准方法',
      period: '2022.03-2023.12',
      contact: '张工 021-12345678',
      benefit: '节约检定费用',
    };
    nomination = await FiledNomination.submitted(nominator, cycle(), hostile.projectName, {
      summary: hostile.summary,
      objectiveEvaluation: hostile.objectiveEvaluation,
      innovations: [hostile.innovation],
      completers: [
        { ...completer(1), name: hostile.completerName, employer: hostile.completerEmployer },
        { ...completer(2), title: hostile.completerTitle },
      ],
      completingOrganizationIds: [recordCompletingOrganization.id],
      applications: [application],
      nominatorOpinion: hostile.nominatorOpinion,
    });
  });

  it('gives every string back from the API byte for byte', async () => {
    const { nomination: stored } = await askApi<{
      nomination: {
        projectName: string;
        summary: string;
        objectiveEvaluation: string;
        nominatorOpinion: string;
        innovations: { content: string }[];
        completers: { name: string; employer: string; title: string }[];
        completingOrganizations: { organization: { name: string } }[];
        applications: { userOrganization: string }[];
      };
    }>(
      `query ($id: ID!) { nomination(id: $id) { projectName summary objectiveEvaluation nominatorOpinion
        innovations { content } completers { name employer title }
        completingOrganizations { organization { name } } applications { userOrganization } } }`,
      { id: nomination.id },
      { token: await apiToken(demo.secretariat) },
    );
    expect(stored).toEqual({
      projectName: hostile.projectName,
      summary: hostile.summary,
      objectiveEvaluation: hostile.objectiveEvaluation,
      nominatorOpinion: hostile.nominatorOpinion,
      innovations: [{ content: hostile.innovation }],
      completers: [
        expect.objectContaining({ name: hostile.completerName, employer: hostile.completerEmployer }),
        expect.objectContaining({ title: hostile.completerTitle }),
      ],
      completingOrganizations: [{ organization: { name: hostile.organizationName } }],
      applications: [{ userOrganization: hostile.userOrganization }],
    });
  });

  it("shows them as text on the nominator's list and form", async () => {
    const { page, context } = await signedInVisitor(browser(), ownNominator, '/my-nominations');
    try {
      const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: nomination.code });
      await expectShownAsText(page, row, [hostile.projectName]);

      await page.goto(clientUrl(`/my-nominations/${nomination.id}?step=INNOVATION`));
      const heading = page.getByRole('heading', { name: nomination.code });
      await heading.waitFor();
      expect(await heading.textContent()).toBe(`${nomination.code} ${hostile.projectName}`);
      await expect(page.getByLabel('项目简介').inputValue()).resolves.toBe(hostile.summary);
      await expect(page.getByLabel('客观评价').inputValue()).resolves.toBe(hostile.objectiveEvaluation);
      await expect(page.getByLabel('创新点 1', { exact: true }).inputValue()).resolves.toBe(
        hostile.innovation,
      );
      await page.goto(clientUrl(`/my-nominations/${nomination.id}?step=COMPLETERS`));
      await expect(page.getByLabel('姓名', { exact: true }).first().inputValue()).resolves.toBe(
        hostile.completerName,
      );
      await page.goto(clientUrl(`/my-nominations/${nomination.id}?step=ORGANIZATIONS`));
      // The organization chosen, as the select shows it: its name and its code.
      const chosen = page
        .locator('.ant-select', { has: page.getByRole('combobox', { name: '第 1 完成单位' }) })
        .locator('.ant-select-content');
      await chosen.waitFor();
      await expect
        .poll(() => chosen.textContent(), { timeout: 10_000 })
        .toBe(`${hostile.organizationName}（${organizationCode}）`);
      await expectNothingRan(page);
    } finally {
      await closeVisitor(context);
    }
  });

  it("shows them as text on the staff's lists and the submitted form", async () => {
    const { page, context } = await signedInVisitor(browser(), demo.secretariat, '/secretariat');
    try {
      await page.goto(clientUrl(`/nominations?status=SUBMITTED`));
      const listed = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: nomination.code });
      await expectShownAsText(page, listed, [hostile.projectName]);

      await page.goto(clientUrl('/formal-review'));
      const queued = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: nomination.code });
      await expectShownAsText(page, queued, [hostile.projectName]);

      await page.goto(clientUrl(`/formal-review/${nomination.id}`));
      await expectShownAsText(page, page.getByLabel('提交的提名书'), [
        hostile.projectName,
        hostile.summary,
        hostile.objectiveEvaluation,
        hostile.innovation,
        hostile.completerName,
        hostile.completerEmployer,
        hostile.completerTitle,
        hostile.organizationName,
        hostile.userOrganization,
        hostile.nominatorOpinion,
      ]);
    } finally {
      await closeVisitor(context);
    }
  });
});
