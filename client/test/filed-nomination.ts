import { type OrderedWindowKind, windowOrder } from '@award/schema/rules/window-order';
import { afterAll, beforeAll, expect, inject } from 'vitest';
// The API's tests file nominations with the same form input.
import { completeSections } from '../../api/test/complete-nomination';
import { windowMovesOpening } from '../../api/test/window-moves';
import { apiToken, askApi, currentCycleId, demo } from './api';

/** A small file whose bytes are a PDF, different for each tag (the API refuses a second copy of a file). */
function pdfBytes(tag: string): Blob {
  return new Blob([`%PDF-1.4\n% ${tag}\n%%EOF\n`], { type: 'application/pdf' });
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
 * Opens the windows of these kinds from an hour ago until `closesAt`, the later ones moved out of their way
 * (windowMovesOpening). Resolves to what puts back the timeline it found.
 */
export async function openWindowsUntil(
  secretariat: string,
  cycleId: string,
  kinds: OrderedWindowKind[],
  closesAt: number,
): Promise<() => Promise<void>> {
  const original = await windowsOf(secretariat, cycleId, [...windowOrder]);
  await setWindows(secretariat, cycleId, windowMovesOpening(kinds, closesAt));
  // Earliest first: each window goes back before the next one, still moved, opens.
  return () => setWindows(secretariat, cycleId, original);
}

/**
 * The demo call's filing windows closed in 2024: this opens the windows of these kinds for the test file that
 * calls it (at its top level), until `openForMs` from now (openWindowsUntil), and puts back what it found
 * after the file. Files run one at a time, so no other file sees the windows moved. Call the returned
 * function inside the tests for the cycle's id.
 */
export function openWindowsForTheFile(kinds: OrderedWindowKind[], openForMs: number): () => string {
  let cycleId: string | undefined;
  let restore: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    cycleId = await currentCycleId();
    restore = await openWindowsUntil(
      await apiToken(demo.secretariat),
      cycleId,
      kinds,
      Date.now() + openForMs,
    );
  });
  afterAll(async () => {
    await restore?.();
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

  /**
   * Registers the nominator's organization (when not yet), starts a draft and fills in every section, with
   * `changes` (saveNominationDraft's input) over the complete sections.
   */
  static async start(
    token: string,
    cycleId: string,
    projectName: string,
    changes: Record<string, unknown> = {},
  ): Promise<FiledNomination> {
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
    await nomination.save({
      ...completeSections(organizations.edges[0].node.id, createNomination.benefitYears),
      ...changes,
    });
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
  static async submitted(
    token: string,
    cycleId: string,
    projectName: string,
    changes: Record<string, unknown> = {},
  ): Promise<FiledNomination> {
    const nomination = await FiledNomination.ready(token, cycleId, projectName, changes);
    await nomination.submit();
    return nomination;
  }

  /** A complete nomination printed, stamped, with its pledge and evidence in each required group: ready to submit. */
  static async ready(
    token: string,
    cycleId: string,
    projectName: string,
    changes: Record<string, unknown> = {},
  ): Promise<FiledNomination> {
    const nomination = await FiledNomination.start(token, cycleId, projectName, changes);
    await nomination.printForm();
    await nomination.upload('STAMPED_FORM', `${nomination.code} stamped 1`);
    await nomination.upload('SIGNED_PLEDGE', `${nomination.code} pledge`);
    await nomination.upload('EVIDENCE', `${nomination.code} novelty`, 'NOVELTY_SEARCH');
    await nomination.upload('EVIDENCE', `${nomination.code} test report`, 'TEST_REPORT');
    await nomination.upload('EVIDENCE', `${nomination.code} user report`, 'USER_REPORT');
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
