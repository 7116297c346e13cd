import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completer, completeSections } from './complete-nomination.js';
import { codeOf, openFilingWindows } from './nomination-fixtures.js';
import { startTestApi, type TestApi } from './test-api.js';

const CREATE = `mutation ($input: NewNominationInput!) { createNomination(input: $input) {
  id code status version projectName transitions { toStatus } } }`;
const SAVE = `mutation ($id: ID!, $input: NominationDraftInput!) { saveNominationDraft(id: $id, input: $input) {
  version projectName summary completers { name position } completeness { isComplete sections { section isComplete missing } } } }`;
const REGISTER = 'mutation ($cycleId: ID!) { registerForCycle(cycleId: $cycleId) { id } }';

describe('registering and drafting a nomination', () => {
  let api: TestApi;
  let db: pg.Client;
  let cycleId: string;
  let fieldId: string;
  let token: string;
  let draft: { id: string; version: number };

  const openWindows = () => openFilingWindows(db);
  const save = (input: Record<string, unknown>, as = token) =>
    api.graphql<{ saveNominationDraft: { version: number } }>(SAVE, { id: draft.id, input }, as);

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    cycleId = (await db.query('select id from award_cycle limit 1')).rows[0].id;
    fieldId = (await db.query('select id from expertise_field where cycle_id = $1 limit 1', [cycleId]))
      .rows[0].id;
    token = await api.login('nominator1@example.com');
  });
  afterAll(() => db.end());

  it('refuses registration and drafting outside their windows (the demo cycle is 2024)', async () => {
    expect(codeOf(await api.graphql(REGISTER, { cycleId }, token))).toBe('WINDOW_CLOSED');
    const late = await api.graphql(
      CREATE,
      { input: { cycleId, category: 'INVENTION', projectName: '迟到', fieldId } },
      token,
    );
    expect(codeOf(late)).toBe('WINDOW_CLOSED');
    expect(late.errors?.[0].extensions).toMatchObject({
      window: 'NOMINATION',
      closesAt: '2024-05-31T08:00:00.000Z',
    });
  });

  it('lets a registered, eligible organization start a draft with the next code', async () => {
    await openWindows();
    await db.query('delete from registration');
    const unregistered = await api.graphql(
      CREATE,
      { input: { cycleId, category: 'INVENTION', projectName: '智能检测', fieldId } },
      token,
    );
    expect(unregistered.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'REGISTRATION_REQUIRED',
    });
    expect((await api.graphql(REGISTER, { cycleId }, token)).errors).toBeUndefined();
    const { rows } = await db.query("select max(code) as last from nomination where code like 'INV-2024-%'");
    const created = await api.graphql<{
      createNomination: { id: string; code: string; status: string; version: number };
    }>(CREATE, { input: { cycleId, category: 'INVENTION', projectName: '智能检测', fieldId } }, token);
    expect(created.errors).toBeUndefined();
    const nomination = created.data?.createNomination;
    expect(nomination).toMatchObject({
      status: 'DRAFT',
      code: `INV-2024-${String(Number(rows[0].last.slice(-3)) + 1).padStart(3, '0')}`,
    });
    draft = { id: nomination?.id ?? '', version: nomination?.version ?? 0 };
  });

  it('refuses an enterprise that the promotion department must nominate', async () => {
    const { rows } = await db.query("select id from organization where type = 'FOREIGN_INVESTED' limit 1");
    const secretariat = await api.login('secretariat@example.com');
    const account = await api.graphql<{ createAccount: { initialPassword: string } }>(
      `mutation ($organizationId: ID!) { createAccount(displayName: "外资企业", email: "foreign@example.com",
        role: NOMINATOR, organizationId: $organizationId) { initialPassword } }`,
      { organizationId: rows[0].id },
      secretariat,
    );
    const enterprise = await api.login('foreign@example.com', account.data?.createAccount.initialPassword);
    await api.graphql(REGISTER, { cycleId }, enterprise);
    const refused = await api.graphql(
      CREATE,
      { input: { cycleId, category: 'PROGRESS', projectName: '自荐', fieldId } },
      enterprise,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'NOMINATOR_ELIGIBILITY',
    });
  });

  it('saves a draft, bumping its version, and reports what each section lacks', async () => {
    const saved = await save({
      version: draft.version,
      summary: '项目简介',
      completers: [completer(1), completer(2)],
    });
    expect(saved.errors).toBeUndefined();
    const result = saved.data?.saveNominationDraft as unknown as {
      version: number;
      completers: { name: string; position: number }[];
      completeness: {
        isComplete: boolean;
        sections: { section: string; isComplete: boolean; missing: string[] }[];
      };
    };
    expect(result.version).toBe(draft.version + 1);
    expect(result.completers.map((row) => [row.position, row.name])).toEqual([
      [1, '完成人1'],
      [2, '完成人2'],
    ]);
    expect(result.completeness.isComplete).toBe(false);
    expect(result.completeness.sections.find((part) => part.section === 'COMPLETERS')?.isComplete).toBe(true);
    expect(result.completeness.sections.find((part) => part.section === 'INNOVATION')?.missing).toEqual([
      'innovations',
      'objectiveEvaluation',
    ]);
    draft.version = result.version;
  });

  it('names the field and the rule of a refused save, and keeps the stored draft as it was', async () => {
    const before = (await db.query('select * from nomination where id = $1', [draft.id])).rows[0];
    const cases: [Record<string, unknown>, string][] = [
      [{ projectName: '一'.repeat(31) }, 'projectName'],
      [{ objectiveEvaluation: '评'.repeat(301) }, 'objectiveEvaluation'],
      [{ innovations: ['创'.repeat(501)] }, 'innovations[0]'],
      [{ startDate: '2024-02-30' }, 'startDate'],
      [{ startDate: '2023-05-01', endDate: '2023-04-01' }, 'endDate'],
      [
        { completers: [{ ...completer(1), idDocumentNumber: '310101198001011000' }] },
        'completers[0].idDocumentNumber',
      ],
      // A THIRD-grade invention credits at most 5 people (award-rules.md).
      [{ proposedGrade: 'THIRD', completers: [1, 2, 3, 4, 5, 6].map(completer) }, 'completers'],
    ];
    for (const [input, field] of cases) {
      const refused = await save({ version: draft.version, ...input });
      expect(refused.errors?.[0].extensions, JSON.stringify(input).slice(0, 80)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect((await db.query('select * from nomination where id = $1', [draft.id])).rows[0]).toEqual(before);
    expect(
      (await db.query('select count(*)::int as n from completer where nomination_id = $1', [draft.id]))
        .rows[0].n,
    ).toBe(2);
  });

  it('takes six people for a FIRST-grade invention (limit 7)', async () => {
    const saved = await save({
      version: draft.version,
      proposedGrade: 'FIRST',
      completers: [1, 2, 3, 4, 5, 6].map(completer),
    });
    expect(saved.errors).toBeUndefined();
    draft.version = saved.data?.saveNominationDraft.version ?? 0;
  });

  it('fills the application, three-year benefit and IP tables, and the form becomes complete', async () => {
    const organization = (
      await db.query("select id from organization where type = 'PUBLIC_INSTITUTION' limit 1")
    ).rows[0].id;
    const saved = await api.graphql<{
      saveNominationDraft: {
        version: number;
        benefitYears: number[];
        economicBenefits: { year: number; newSales: number; newProfit: number }[];
        applications: { position: number; userOrganization: string }[];
        intellectualProperty: { position: number; number: string }[];
        completeness: { isComplete: boolean };
      };
    }>(
      `mutation ($id: ID!, $input: NominationDraftInput!) { saveNominationDraft(id: $id, input: $input) {
        version benefitYears economicBenefits { year newSales newProfit }
        applications { position userOrganization } intellectualProperty { position number }
        completeness { isComplete } } }`,
      { id: draft.id, input: { version: draft.version, ...completeSections(organization) } },
      token,
    );
    expect(saved.errors).toBeUndefined();
    const result = saved.data?.saveNominationDraft;
    expect(result?.benefitYears).toEqual([2021, 2022, 2023]);
    expect(result?.economicBenefits.map((row) => [row.year, row.newSales, row.newProfit])).toEqual([
      [2021, 100.5, 20],
      [2022, 100.5, 20],
      [2023, 100.5, 20],
    ]);
    expect(result?.applications).toEqual([{ position: 1, userOrganization: '上海某燃气公司' }]);
    expect(result?.intellectualProperty).toEqual([{ position: 1, number: 'ZL 2022 1 0000001.1' }]);
    expect(result?.completeness.isComplete).toBe(true);
    draft.version = result?.version ?? draft.version;
  });

  it('refuses a benefit year outside the three before the cycle, a negative sales figure and an empty IP number', async () => {
    const row = { year: 2021, newSales: 1, newProfit: -3, newTax: 0, foreignExchange: 0, savings: 0 };
    const refusals = [
      [{ economicBenefits: [{ ...row, year: 2024 }] }, 'economicBenefits[0].year'],
      [{ economicBenefits: [row, row] }, 'economicBenefits[1].year'],
      [{ economicBenefits: [{ ...row, newSales: -1 }] }, 'economicBenefits[0].newSales'],
      [{ economicBenefits: [{ ...row, newTax: 0.001 }] }, 'economicBenefits[0].newTax'],
      [
        { intellectualProperty: [{ kind: 'PAPER', title: '论文', number: ' ', holder: '某院' }] },
        'intellectualProperty[0].number',
      ],
      [
        {
          applications: [
            { userOrganization: '', technologyApplied: 'x', period: '2023', contact: 'x', benefit: 'x' },
          ],
        },
        'applications[0].userOrganization',
      ],
    ] as const;
    for (const [input, field] of refusals) {
      const refused = await save({ version: draft.version, ...input });
      expect(refused.errors?.[0].extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // A loss is a negative profit, which the table allows; nothing refused was stored.
    expect((await save({ version: draft.version, economicBenefits: [row] })).errors).toBeUndefined();
    draft.version += 1;
    const { rows } = await db.query(
      'select year, new_profit from economic_benefit where nomination_id = $1',
      [draft.id],
    );
    expect(rows.map((stored) => [stored.year, Number(stored.new_profit)])).toEqual([[2021, -3]]);
  });

  it('adds a completing organization by a valid credit code, refuses a wrong check character, and never renames one on record', async () => {
    const RECORD = `mutation ($c: String!, $n: String!) { recordCompletingOrganization(creditCode: $c, name: $n) { id name creditCode } }`;
    const { creditCodeCheckCharacter } = await import('../src/organizations/credit-code.js');
    const body = '91310115MA1H7XK3Q';
    const valid = body + creditCodeCheckCharacter(body);
    const wrong = body + (valid.endsWith('0') ? '1' : '0');
    const refused = await api.graphql(RECORD, { c: wrong, n: '上海某新材料有限公司' }, token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
    expect(
      (await db.query('select count(*)::int from organization where credit_code = $1', [wrong])).rows[0]
        .count,
    ).toBe(0);
    const added = await api.graphql<{ recordCompletingOrganization: { id: string; name: string } }>(
      RECORD,
      { c: valid, n: '上海某新材料有限公司' },
      token,
    );
    expect(added.data?.recordCompletingOrganization.name).toBe('上海某新材料有限公司');
    const again = await api.graphql<{ recordCompletingOrganization: { id: string; name: string } }>(
      RECORD,
      { c: valid, n: '改名' },
      token,
    );
    expect(again.data?.recordCompletingOrganization).toEqual(added.data?.recordCompletingOrganization);
    const saved = await save({
      version: draft.version,
      completingOrganizationIds: [added.data?.recordCompletingOrganization.id],
    });
    expect(saved.errors).toBeUndefined();
    draft.version += 1;
  });

  it('lets one of two concurrent saves of the same version win, and refuses the other', async () => {
    const [first, second] = await Promise.all([
      save({ version: draft.version, summary: '第一个标签页' }),
      save({ version: draft.version, summary: '第二个标签页' }),
    ]);
    const outcomes = [first, second].map((result) => (result.errors ? codeOf(result) : 'SAVED'));
    expect(outcomes.sort()).toEqual(['CONFLICT', 'SAVED']);
    const winner = first.errors ? '第二个标签页' : '第一个标签页';
    expect(
      (await db.query('select summary, version from nomination where id = $1', [draft.id])).rows[0],
    ).toEqual({
      summary: winner,
      version: draft.version + 1,
    });
  });

  it("refuses another organization's nominator, and any save after the window closes at the second", async () => {
    const other = await api.login('nominator2@example.com');
    // As for a nomination that does not exist: the refusal does not confirm it does.
    expect(codeOf(await save({ version: draft.version + 1, summary: '越权' }, other))).toBe('NOT_FOUND');
    await db.query(
      "update cycle_window set closes_at = date_trunc('second', now()) where kind = 'NOMINATION'",
    );
    expect(codeOf(await save({ version: draft.version + 1, summary: '逾期' }))).toBe('WINDOW_CLOSED');
  });
});
