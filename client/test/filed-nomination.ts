import { afterAll, beforeAll, expect, inject } from 'vitest';
import { apiToken, askApi, currentCycleId, demo } from './api';

/** A resident identity number with a right check character (GB 11643), as the API checks it. */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}

/** A small file whose bytes are a PDF, different for each tag (the API refuses a second copy of a file). */
function pdfBytes(tag: string): Blob {
  return new Blob([`%PDF-1.4\n% ${tag}\n%%EOF\n`], { type: 'application/pdf' });
}

/** Every section of the form filled in, as api/test/nomination-fixtures.ts fills it (benefit years 2021–2023). */
function completeSections(completingOrganizationId: string, benefitYears: number[]): Record<string, unknown> {
  const completer = (i: number) => ({
    name: `完成人${i}`,
    idDocumentType: 'RESIDENT_ID',
    idDocumentNumber: residentId(`31010119800101${String(100 + i).padStart(3, '0')}`),
    employer: '上海某研究院',
    title: '高级工程师',
    contribution: '负责关键技术攻关',
  });
  return {
    industry: 'C40 仪器仪表制造业',
    taskSource: '自选项目',
    startDate: '2021-01-01',
    endDate: '2023-12-31',
    inventionPatentCount: 1,
    otherIpCount: 0,
    summary: '项目简介：面向在线计量的智能校准技术。',
    objectiveEvaluation: '经第三方评价，整体技术达到国内领先水平。',
    innovations: ['创新点一：在线自校准方法。'],
    completers: [completer(1), completer(2)],
    completingOrganizationIds: [completingOrganizationId],
    applications: [
      {
        userOrganization: '上海某燃气公司',
        technologyApplied: '在线自校准方法',
        period: '2022.03-2023.12',
        contact: '张工 021-12345678',
        benefit: '节约检定费用',
      },
    ],
    economicBenefits: benefitYears.map((year) => ({
      year,
      newSales: 100.5,
      newProfit: 20,
      newTax: 5.25,
      foreignExchange: 0,
      savings: 12,
    })),
    economicBasis: '依据企业财务报表。',
    socialBenefit: '减少计量纠纷。',
    intellectualProperty: [
      {
        kind: 'INVENTION_PATENT',
        title: '一种在线自校准方法',
        number: 'ZL 2022 1 0000001.1',
        holder: '上海某研究院',
        grantedOn: '2023-05-01',
      },
    ],
    nominatorOpinion: '同意提名。',
    declaresTruthfulness: true,
    declaresNoFee: true,
  };
}

export interface Window {
  kind: string;
  opensAt: string;
  closesAt: string;
}

const setCycleWindow = `mutation ($cycleId: ID!, $kind: WindowKind!, $opensAt: DateTimeISO!, $closesAt: DateTimeISO!) {
  setCycleWindow(cycleId: $cycleId, kind: $kind, opensAt: $opensAt, closesAt: $closesAt) { id }
}`;

/** Sets the windows of the cycle as given (the secretariat's setCycleWindow). */
export async function setWindows(secretariat: string, cycleId: string, windows: Window[]): Promise<void> {
  for (const window of windows) await askApi(setCycleWindow, { cycleId, ...window }, { token: secretariat });
}

/** The cycle's windows of these kinds as they are now, to put them back after the test. */
export async function windowsOf(secretariat: string, cycleId: string, kinds: string[]): Promise<Window[]> {
  const { awardCycle } = await askApi<{ awardCycle: { windows: Window[] } }>(
    'query ($id: ID!) { awardCycle(id: $id) { windows { kind opensAt closesAt } } }',
    { id: cycleId },
    { token: secretariat },
  );
  return awardCycle.windows
    .filter((window) => kinds.includes(window.kind))
    .map(({ kind, opensAt, closesAt }) => ({ kind, opensAt, closesAt }));
}

/**
 * The demo call's filing windows closed in 2024: this opens the windows of these kinds for the test file that
 * calls it (at its top level), from an hour ago until `openForMs` from now, and puts back what it found after
 * the file. Files run one at a time, so no other file sees the windows moved. Call the returned function
 * inside the tests for the cycle's id.
 */
export function openWindowsForTheFile(kinds: string[], openForMs: number): () => string {
  let cycleId: string | undefined;
  let secretariat: string;
  let original: Window[] | undefined;
  beforeAll(async () => {
    cycleId = await currentCycleId();
    secretariat = await apiToken(demo.secretariat);
    original = await windowsOf(secretariat, cycleId, kinds);
    const now = Date.now();
    await setWindows(
      secretariat,
      cycleId,
      kinds.map((kind) => ({
        kind,
        opensAt: new Date(now - 3_600_000).toISOString(),
        closesAt: new Date(now + openForMs).toISOString(),
      })),
    );
  });
  afterAll(async () => {
    if (cycleId && original) await setWindows(secretariat, cycleId, original);
  });
  return () => {
    if (!cycleId) throw new Error('the windows are opened in beforeAll: call this inside a test');
    return cycleId;
  };
}

/** A nominator's nomination driven through the API, step by step as the portal drives it. */
export class FiledNomination {
  private constructor(
    private readonly token: string,
    readonly id: string,
    readonly code: string,
    private version: number,
  ) {}

  /** Registers the nominator's organization (when not yet), starts a draft and fills in every section. */
  static async start(token: string, cycleId: string, projectName: string): Promise<FiledNomination> {
    const as = { token };
    await askApi('mutation ($cycleId: ID!) { registerForCycle(cycleId: $cycleId) { id } }', { cycleId }, as);
    const { awardCycle, organizations } = await askApi<{
      awardCycle: { fields: { id: string }[] };
      organizations: { edges: { node: { id: string } }[] };
    }>(
      `query ($id: ID!) { awardCycle(id: $id) { fields { id } }
        organizations(first: 1, type: PUBLIC_INSTITUTION) { edges { node { id } } } }`,
      { id: cycleId },
      as,
    );
    const { createNomination } = await askApi<{
      createNomination: { id: string; code: string; version: number; benefitYears: number[] };
    }>(
      `mutation ($input: NewNominationInput!) {
        createNomination(input: $input) { id code version benefitYears } }`,
      { input: { cycleId, category: 'INVENTION', projectName, fieldId: awardCycle.fields[0].id } },
      as,
    );
    const nomination = new FiledNomination(
      token,
      createNomination.id,
      createNomination.code,
      createNomination.version,
    );
    await nomination.save(completeSections(organizations.edges[0].node.id, createNomination.benefitYears));
    return nomination;
  }

  /** The nomination as the portal opens it again: its current version (a return moves it on). */
  async reopen(): Promise<void> {
    const { nomination } = await askApi<{ nomination: { version: number } }>(
      'query ($id: ID!) { nomination(id: $id) { version } }',
      { id: this.id },
      { token: this.token },
    );
    this.version = nomination.version;
  }

  /** A complete nomination printed, stamped, with its pledge and evidence in each required group, submitted. */
  static async submitted(token: string, cycleId: string, projectName: string): Promise<FiledNomination> {
    const nomination = await FiledNomination.start(token, cycleId, projectName);
    await nomination.printForm();
    await nomination.upload('STAMPED_FORM', `${nomination.code} stamped 1`);
    await nomination.upload('SIGNED_PLEDGE', `${nomination.code} pledge`);
    await nomination.upload('EVIDENCE', `${nomination.code} novelty`, 'NOVELTY_SEARCH');
    await nomination.upload('EVIDENCE', `${nomination.code} test report`, 'TEST_REPORT');
    await nomination.upload('EVIDENCE', `${nomination.code} user report`, 'USER_REPORT');
    await nomination.submit();
    return nomination;
  }

  /** One save of the draft (saveNominationDraft), with the version the nominator last saw. */
  async save(input: Record<string, unknown>): Promise<void> {
    const { saveNominationDraft } = await askApi<{ saveNominationDraft: { version: number } }>(
      `mutation ($id: ID!, $input: NominationDraftInput!) {
        saveNominationDraft(id: $id, input: $input) { version } }`,
      { id: this.id, input: { ...input, version: this.version } },
      { token: this.token },
    );
    this.version = saveNominationDraft.version;
  }

  /** Downloads the form as PDF, as the nominator prints it to stamp. */
  async printForm(): Promise<void> {
    const response = await fetch(`${inject('apiUrl')}/documents/nominations/${this.id}/form.pdf`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    expect(response.status, 'form.pdf').toBe(200);
    await response.arrayBuffer();
  }

  async upload(purpose: string, tag: string, evidenceKind?: string): Promise<void> {
    const body = new FormData();
    body.set('purpose', purpose);
    if (evidenceKind) body.set('evidenceKind', evidenceKind);
    body.set('file', pdfBytes(tag), `${tag}.pdf`);
    const response = await fetch(`${inject('apiUrl')}/documents/nominations/${this.id}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body,
    });
    expect(response.status, await response.clone().text()).toBe(201);
  }

  async submit(): Promise<void> {
    const { submitNomination } = await askApi<{ submitNomination: { status: string; version: number } }>(
      'mutation ($id: ID!, $version: Int!) { submitNomination(id: $id, version: $version) { status version } }',
      { id: this.id, version: this.version },
      { token: this.token },
    );
    expect(submitNomination.status).toBe('SUBMITTED');
    this.version = submitNomination.version;
  }

  /** Its state and the reasons of its transitions, as the secretariat sees them. */
  static async stateOf(id: string, secretariat: string) {
    const { nomination } = await askApi<{
      nomination: {
        status: string;
        transitions: { toStatus: string; sectionReasons: { section: string; reason: string }[] }[];
      };
    }>(
      'query ($id: ID!) { nomination(id: $id) { status transitions { toStatus sectionReasons { section reason } } } }',
      { id },
      { token: secretariat },
    );
    return nomination;
  }
}
