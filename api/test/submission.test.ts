import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type Draft, openFilingWindows, startDraft } from './nomination-fixtures.js';
import { startTestApi, type TestApi } from './test-api.js';

/** A tiny PDF, made different by `tag` so that no two uploads are duplicates. */
const pdf = (tag: string) => Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);

const SUBMIT = `mutation ($id: ID!, $version: Int!) { submitNomination(id: $id, version: $version) {
  status version nextStep submittedAt submissions { number nominationVersion contentSha256 submittedAt } } }`;

interface Submitted {
  submitNomination: {
    status: string;
    version: number;
    submittedAt: string | null;
    submissions: { submittedAt: string }[];
  };
}
const READINESS = `query ($id: ID!) { nomination(id: $id) { status version nextStep
  submissionReadiness { isReady missing } } }`;
const RETURN = `mutation ($id: ID!, $reasons: [SectionReasonInput!]!) { returnNomination(id: $id, reasons: $reasons) {
  status transitions { toStatus reason sectionReasons { section reason } } } }`;
const ACCEPT =
  'mutation ($id: ID!, $note: String) { acceptNomination(id: $id, note: $note) { status nextStep } }';

interface Readiness {
  nomination: {
    status: string;
    version: number;
    nextStep: string;
    submissionReadiness: { isReady: boolean; missing: string[] };
  };
}

/** award-rules.md, The online filing flow (steps 4–6), and formal review. */
describe('submitting a nomination and its formal review', () => {
  let api: TestApi;
  let db: pg.Client;
  let nominator: string;
  let secretariat: string;
  let draft: Draft;

  const upload = async (purpose: string, tag: string, evidenceKind?: string) => {
    const body = new FormData();
    body.set('purpose', purpose);
    if (evidenceKind) body.set('evidenceKind', evidenceKind);
    body.set('file', new Blob([pdf(tag)], { type: 'application/pdf' }), `${tag}.pdf`);
    const response = await fetch(`${api.url}/documents/nominations/${draft.id}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${nominator}` },
      body,
    });
    expect(response.status, await response.clone().text()).toBe(201);
  };
  const printForm = async () => {
    const response = await fetch(`${api.url}/documents/nominations/${draft.id}/form.pdf`, {
      headers: { authorization: `Bearer ${nominator}` },
    });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  };
  const readiness = async () =>
    (await api.graphql<Readiness>(READINESS, { id: draft.id }, nominator)).data?.nomination;
  const submit = (version: number) => api.graphql<Submitted>(SUBMIT, { id: draft.id, version }, nominator);

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    await openFilingWindows(db);
    nominator = await api.login('nominator1@example.com');
    secretariat = await api.login('secretariat@example.com');
    draft = await startDraft(api, db, nominator, { complete: true });
  });
  afterAll(() => db.end());

  it('lists what a complete form still lacks before it can be submitted, and refuses it with INCOMPLETE', async () => {
    expect(await readiness()).toMatchObject({
      status: 'DRAFT',
      nextStep: 'PRINT_AND_UPLOAD',
      submissionReadiness: {
        isReady: false,
        missing: [
          'FORM_PRINTED',
          'STAMPED_FORM',
          'SIGNED_PLEDGE',
          'EVIDENCE_INNOVATION_PROOF',
          'EVIDENCE_TECHNICAL_EVALUATION',
          'EVIDENCE_APPLICATION_PROOF',
        ],
      },
    });
    const refused = await submit(draft.version);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INCOMPLETE', missing: expect.any(Array) });
    expect((await db.query('select status from nomination where id = $1', [draft.id])).rows[0].status).toBe(
      'DRAFT',
    );
  });

  it('asks for the stamped form to be printed from the current content, and uploaded after that', async () => {
    await upload('STAMPED_FORM', 'stamped-before-print');
    expect((await readiness())?.submissionReadiness.missing).toContain('FORM_PRINTED');
    await printForm();
    // The stamped copy came before this printout: it cannot be of this content.
    expect((await readiness())?.submissionReadiness.missing).toContain('FORM_PRINTED');
    await upload('STAMPED_FORM', 'stamped-after-print');
    await upload('SIGNED_PLEDGE', 'pledge');
    await upload('EVIDENCE', 'novelty', 'NOVELTY_SEARCH');
    await upload('EVIDENCE', 'test-report', 'TEST_REPORT');
    expect((await readiness())?.submissionReadiness.missing).toEqual(['EVIDENCE_APPLICATION_PROOF']);
    await upload('EVIDENCE', 'user-report', 'USER_REPORT');
    expect(await readiness()).toMatchObject({ nextStep: 'SUBMIT', submissionReadiness: { isReady: true } });
  });

  it('refuses a stale version, then submits and freezes the form as it was sent', async () => {
    expect(codeOf(await submit(draft.version - 1))).toBe('CONFLICT');
    const submitted = await submit(draft.version);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitNomination).toMatchObject({
      status: 'SUBMITTED',
      nextStep: 'AWAIT_FORMAL_REVIEW',
      submissions: [{ number: 1, nominationVersion: draft.version }],
    });
    // The queue of formal review shows when it came in.
    const first = submitted.data?.submitNomination;
    expect(first?.submittedAt).toBe(first?.submissions[0].submittedAt);
    draft.version = submitted.data?.submitNomination.version ?? 0;
    const saved = await api.graphql(
      'mutation ($id: ID!, $input: NominationDraftInput!) { saveNominationDraft(id: $id, input: $input) { version } }',
      { id: draft.id, input: { version: draft.version, summary: '提交后改动' } },
      nominator,
    );
    expect(codeOf(saved)).toBe('CONFLICT');
    await expect(
      db.query('update nomination_submission set content_sha256 = repeat($1, 64)', ['0']),
    ).rejects.toThrow(/frozen/);
  });

  it('lets only the secretariat run formal review, and returns with a reason per section', async () => {
    const reasons = [
      { section: 'BENEFITS', reason: '经济效益缺少财务报表依据' },
      { section: 'FILES', reason: '用户报告未盖章' },
    ];
    expect(codeOf(await api.graphql(RETURN, { id: draft.id, reasons }, nominator))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(RETURN, { id: draft.id, reasons: [] }, secretariat))).toBe(
      'BAD_USER_INPUT',
    );
    const returned = await api.graphql<{
      returnNomination: { status: string; transitions: { toStatus: string; sectionReasons: unknown[] }[] };
    }>(RETURN, { id: draft.id, reasons }, secretariat);
    expect(returned.errors).toBeUndefined();
    expect(returned.data?.returnNomination.status).toBe('RETURNED');
    expect(returned.data?.returnNomination.transitions.at(-1)).toMatchObject({
      toStatus: 'RETURNED',
      sectionReasons: reasons,
    });
    // Formal review takes only submitted nominations.
    expect(codeOf(await api.graphql(ACCEPT, { id: draft.id }, secretariat))).toBe('CONFLICT');
  });

  it('tells the nominator in the app, with the reasons section by section, and what to do next', async () => {
    const other = await api.login('nominator2@example.com');
    const query = `{ myNotifications(unreadOnly: true) {
      id toStatus reason sectionReasons { section reason } nomination { id } } }`;
    const mine = await api.graphql<{
      myNotifications: { id: string; toStatus: string; reason: string; sectionReasons: unknown[] }[];
    }>(query, {}, nominator);
    const about = mine.data?.myNotifications.filter((n) => n.toStatus === 'RETURNED') ?? [];
    expect(about).toHaveLength(1);
    // The sections go as codes, for each reader's language; no text of the system's own is stored.
    expect(about[0]).toMatchObject({
      reason: '',
      sectionReasons: [
        { section: 'BENEFITS', reason: '经济效益缺少财务报表依据' },
        { section: 'FILES', reason: '用户报告未盖章' },
      ],
    });
    const theirs = await api.graphql<{ myNotifications: { nomination: { id: string } }[] }>(query, {}, other);
    expect(theirs.data?.myNotifications.some((n) => n.nomination.id === draft.id)).toBe(false);
    const marked = await api.graphql<{ markNotificationsRead: number }>(
      'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [about[0].id] },
      nominator,
    );
    expect(marked.data?.markNotificationsRead).toBe(1);
    expect((await readiness())?.nextStep).toBe('CORRECT_AND_RESUBMIT');
  });

  it('marks each returned section changed once the nominator changes it after the return, and only then', async () => {
    const returnedSections = async () =>
      (
        await api.graphql<{ nomination: { returnedSections: { section: string; isChanged: boolean }[] } }>(
          'query ($id: ID!) { nomination(id: $id) { returnedSections { section reason isChanged } } }',
          { id: draft.id },
          nominator,
        )
      ).data?.nomination.returnedSections;
    // Sections changed before the return (the whole form was filled in) do not count.
    expect(await returnedSections()).toEqual([
      { section: 'BENEFITS', reason: '经济效益缺少财务报表依据', isChanged: false },
      { section: 'FILES', reason: '用户报告未盖章', isChanged: false },
    ]);
    // A change of another section leaves both marked; a change of the benefits and a new file correct them.
    const save = async (input: Record<string, unknown>) => {
      const saved = await api.graphql(
        'mutation ($id: ID!, $input: NominationDraftInput!) { saveNominationDraft(id: $id, input: $input) { version } }',
        { id: draft.id, input: { version: (await readiness())?.version, ...input } },
        nominator,
      );
      expect(saved.errors).toBeUndefined();
    };
    await save({ nominatorOpinion: '同意提名（修改后）。' });
    expect((await returnedSections())?.every(({ isChanged }) => !isChanged)).toBe(true);
    await save({ economicBasis: '依据企业经审计的财务报表。' });
    await upload('EVIDENCE', 'user-report-stamped', 'USER_REPORT');
    expect((await returnedSections())?.map(({ section, isChanged }) => [section, isChanged])).toEqual([
      ['BENEFITS', true],
      ['FILES', true],
    ]);
  });

  it('takes a corrected resubmission while the window is open, then the secretariat accepts it', async () => {
    const current = await readiness();
    const corrected = await api.graphql<{ saveNominationDraft: { version: number } }>(
      'mutation ($id: ID!, $input: NominationDraftInput!) { saveNominationDraft(id: $id, input: $input) { version } }',
      { id: draft.id, input: { version: current?.version, economicBasis: '依据经审计的财务报表。' } },
      nominator,
    );
    expect(corrected.errors).toBeUndefined();
    const version = corrected.data?.saveNominationDraft.version ?? 0;
    // The content changed: the stamped copy must be of the corrected form.
    expect(codeOf(await submit(version))).toBe('INCOMPLETE');
    await printForm();
    await upload('STAMPED_FORM', 'stamped-corrected');
    const resubmitted = await submit(version);
    expect(resubmitted.errors).toBeUndefined();
    // The queue shows the time of the resubmission, not of the first one.
    const second = resubmitted.data?.submitNomination;
    expect(second?.submissions).toHaveLength(2);
    expect(second?.submittedAt).toBe(second?.submissions[1].submittedAt);
    expect(second?.submittedAt).not.toBe(second?.submissions[0].submittedAt);
    const accepted = await api.graphql<{ acceptNomination: { status: string; nextStep: string } }>(
      ACCEPT,
      { id: draft.id, note: '形式审查通过' },
      secretariat,
    );
    expect(accepted.data?.acceptNomination).toEqual({ status: 'ACCEPTED', nextStep: 'AWAIT_REVIEW' });
    const { rows } = await db.query(
      'select number from nomination_submission where nomination_id = $1 order by number',
      [draft.id],
    );
    expect(rows.map((row) => row.number)).toEqual([1, 2]);
    const history = await db.query(
      `select from_status, to_status, u.email, t.reason, t.note from nomination_transition t
       left join app_user u on u.id = t.actor_id where nomination_id = $1 order by at, t.id`,
      [draft.id],
    );
    // The resubmission's why is the system's note, a code; the secretariat's note is kept as typed.
    expect(history.rows.map((row) => [row.to_status, row.email, row.reason, row.note])).toEqual([
      ['DRAFT', 'nominator1@example.com', '', null],
      ['SUBMITTED', 'nominator1@example.com', '', null],
      ['RETURNED', 'secretariat@example.com', '', null],
      ['SUBMITTED', 'nominator1@example.com', '', 'RESUBMITTED'],
      ['ACCEPTED', 'secretariat@example.com', '形式审查通过', null],
    ]);
  });

  it('refuses a submission once the nomination window has closed, to the second', async () => {
    const late = await startDraft(api, db, nominator, { complete: true, projectName: '逾期项目' });
    await db.query(
      "update cycle_window set closes_at = date_trunc('second', now()) where kind = 'NOMINATION'",
    );
    const refused = await api.graphql(SUBMIT, { id: late.id, version: late.version }, nominator);
    expect(codeOf(refused)).toBe('WINDOW_CLOSED');
  });
});
