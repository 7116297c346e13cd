import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './nomination-fixtures.js';
import { startTestApi, type TestApi } from './test-api.js';

const EXPERT_FIELDS = `id name title maxLoad isAvailable employer { creditCode }
  fields { isPrimary field { code } }
  employments { startedOn endedOn organization { creditCode } }
  conflicts { source reason organization { creditCode } nomination { code } }`;
const CREATE = `mutation ($input: NewExpertInput!) { createExpert(input: $input) { ${EXPERT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: ExpertChangesInput!) { updateExpert(id: $id, input: $input) {
  ${EXPERT_FIELDS} } }`;

interface ExpertView {
  id: string;
  name: string;
  maxLoad: number;
  isAvailable: boolean;
  fields: { isPrimary: boolean; field: { code: string } }[];
  employments: { startedOn: string | null; endedOn: string; organization: { creditCode: string } }[];
  conflicts: {
    source: string;
    reason: string;
    organization: { creditCode: string } | null;
    nomination: { code: string } | null;
  }[];
}

/** issue 5, Expert pool: the secretariat keeps each cycle's experts, with the rules of award-rules.md. */
describe("the secretariat's expert pool", () => {
  let api: TestApi;
  let db: pg.Client;
  let secretariat: string;
  let cycleId: string;
  const field: Record<string, string> = {};
  let organizations: { id: string; creditCode: string }[];
  let nomination: { id: string; code: string };

  const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0];
  const expertCount = async () => (await one('select count(*)::int as n from expert')).n as number;
  const newExpert = (overrides: Record<string, unknown> = {}) => ({
    cycleId,
    name: '林一鸣',
    title: '教授级高级工程师',
    employerId: organizations[0].id,
    idDocumentNumber: '310101198001011234',
    maxLoad: 6,
    fields: [
      { fieldId: field.METROLOGY, isPrimary: true },
      { fieldId: field.TESTING, isPrimary: false },
    ],
    employments: [{ organizationId: organizations[1].id, startedOn: '2015-03-01', endedOn: '2022-06-30' }],
    conflicts: [
      { source: 'DECLARED', organizationId: organizations[2].id, reason: '配偶在该单位任职' },
      { source: 'SIGNED_APPRAISAL_OR_ACCEPTANCE', nominationId: nomination.id, reason: '签署了项目验收意见' },
    ],
    ...overrides,
  });
  const create = (input: Record<string, unknown>) =>
    api.graphql<{ createExpert: ExpertView }>(CREATE, { input }, secretariat);

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    secretariat = await api.login('secretariat@example.com');
    cycleId = (await one('select id from award_cycle where year = 2024')).id;
    for (const row of (await db.query('select id, code from expertise_field where cycle_id = $1', [cycleId]))
      .rows)
      field[row.code] = row.id;
    organizations = (
      await db.query('select id, credit_code as "creditCode" from organization order by credit_code limit 3')
    ).rows;
    nomination = await one(
      "select id, code from nomination where status = 'PRELIMINARY_REVIEW' order by code limit 1",
    );
  });
  afterAll(() => db.end());

  it('creates an expert with one primary field, past employers and recorded conflicts, and audits it', async () => {
    const result = await create(newExpert());
    expect(result.errors).toBeUndefined();
    const expert = result.data?.createExpert;
    expect(expert).toMatchObject({
      name: '林一鸣',
      maxLoad: 6,
      isAvailable: true,
      fields: [
        { isPrimary: true, field: { code: 'METROLOGY' } },
        { isPrimary: false, field: { code: 'TESTING' } },
      ],
      employments: [
        {
          startedOn: '2015-03-01',
          endedOn: '2022-06-30',
          organization: { creditCode: organizations[1].creditCode },
        },
      ],
    });
    // Recorded at one instant: their order among themselves is not defined.
    const conflicts = [...(expert?.conflicts ?? [])].sort((a, b) => a.source.localeCompare(b.source));
    expect(conflicts).toEqual([
      {
        source: 'DECLARED',
        reason: '配偶在该单位任职',
        organization: { creditCode: organizations[2].creditCode },
        nomination: null,
      },
      {
        source: 'SIGNED_APPRAISAL_OR_ACCEPTANCE',
        reason: '签署了项目验收意见',
        organization: null,
        nomination: { code: nomination.code },
      },
    ]);
    const stored = await one('select id_document_number, cycle_id from expert where id = $1', [expert?.id]);
    expect(stored).toEqual({ id_document_number: '310101198001011234', cycle_id: cycleId });
    const audit = await one(
      "select after from audit_event where action = 'EXPERT_CREATED' and entity_id = $1",
      [expert?.id],
    );
    expect(audit.after).toMatchObject({ name: '林一鸣', maxLoad: 6, hasIdDocumentNumber: true });
    // The identity document number is personal data: not in the trail either.
    expect(JSON.stringify(audit.after)).not.toContain('310101198001011234');
  });

  it('never exposes the identity document number', async () => {
    const result = await api.graphql(
      'query ($cycleId: ID!) { experts(cycleId: $cycleId, first: 1) { edges { node { idDocumentNumber } } } }',
      { cycleId },
      secretariat,
    );
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toContain('Cannot query field "idDocumentNumber" on type "Expert"');
  });

  it('refuses two primary fields, naming the fields, and writes nothing', async () => {
    const before = await expertCount();
    const result = await create(
      newExpert({
        name: '双主领域',
        fields: [
          { fieldId: field.METROLOGY, isPrimary: true },
          { fieldId: field.TESTING, isPrimary: true },
        ],
      }),
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fields' });
    expect(result.errors?.[0].message).toContain('exactly one primary field (has 2)');
    expect(await expertCount()).toBe(before);
  });

  it('refuses a field of another cycle', async () => {
    const otherCycle = randomUUID();
    const otherField = randomUUID();
    await db.query(
      `insert into award_cycle (id, year, name_zh, name_en, notice_number) values ($1, 2099, '2099年度', '2099', '测试')`,
      [otherCycle],
    );
    await db.query(
      `insert into expertise_field (id, cycle_id, code, name_zh, name_en) values ($1, $2, 'METROLOGY', '计量测试', 'Metrology')`,
      [otherField, otherCycle],
    );
    const before = await expertCount();
    const result = await create(
      newExpert({
        name: '跨年度',
        fields: [
          { fieldId: field.METROLOGY, isPrimary: true },
          { fieldId: otherField, isPrimary: false },
        ],
      }),
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fields[1].fieldId',
    });
    expect(result.errors?.[0].message).toContain('another cycle');
    expect(await expertCount()).toBe(before);
  });

  it.each([
    [{ maxLoad: 0 }, 'maxLoad'],
    [{ maxLoad: 201 }, 'maxLoad'],
    [{ name: '  ' }, 'name'],
    [{ fields: [] }, 'fields'],
    [{ employments: [{ organizationId: randomUUID(), endedOn: '2022-02-30' }] }, 'employments[0].endedOn'],
    [
      { employments: [{ organizationId: randomUUID(), startedOn: '2023-01-01', endedOn: '2022-01-01' }] },
      'employments[0].endedOn',
    ],
    [
      { conflicts: [{ source: 'SIGNED_APPRAISAL_OR_ACCEPTANCE', reason: '验收' }] },
      'conflicts[0].nominationId',
    ],
    [
      { conflicts: [{ source: 'DECLARED', organizationId: randomUUID(), reason: ' ' }] },
      'conflicts[0].reason',
    ],
  ])('refuses %o, naming %s', async (overrides, name) => {
    const result = await create(newExpert({ name: '规则', ...overrides }));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: name });
  });

  it('updates only what is given, replaces a list given, and audits before and after', async () => {
    const created = (await create(newExpert({ name: '改动者' }))).data?.createExpert as ExpertView;
    const result = await api.graphql<{ updateExpert: ExpertView }>(
      UPDATE,
      {
        id: created.id,
        input: { maxLoad: 12, fields: [{ fieldId: field.TESTING, isPrimary: true }] },
      },
      secretariat,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateExpert).toMatchObject({
      name: '改动者',
      maxLoad: 12,
      fields: [{ isPrimary: true, field: { code: 'TESTING' } }],
      employments: [{ endedOn: '2022-06-30' }],
    });
    expect(result.data?.updateExpert.conflicts).toHaveLength(2);
    const audit = await one(
      "select before, after from audit_event where action = 'EXPERT_UPDATED' and entity_id = $1",
      [created.id],
    );
    expect(audit.before).toMatchObject({
      maxLoad: 6,
      fields: [{ fieldId: field.METROLOGY, isPrimary: true }, expect.anything()],
    });
    expect(audit.after).toMatchObject({ maxLoad: 12, fields: [{ fieldId: field.TESTING, isPrimary: true }] });

    const refused = await api.graphql(UPDATE, { id: created.id, input: { maxLoad: 0 } }, secretariat);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxLoad' });
    expect((await one('select max_load from expert where id = $1', [created.id])).max_load).toBe(12);
  });

  it('sets availability, audited', async () => {
    const { id } = (await one("select id from expert where name = '林一鸣'")) as { id: string };
    const result = await api.graphql<{ setExpertAvailability: { isAvailable: boolean } }>(
      'mutation ($id: ID!) { setExpertAvailability(id: $id, isAvailable: false) { isAvailable } }',
      { id },
      secretariat,
    );
    expect(result.data?.setExpertAvailability.isAvailable).toBe(false);
    expect((await one('select is_available from expert where id = $1', [id])).is_available).toBe(false);
    const audit = await one(
      "select before, after from audit_event where action = 'EXPERT_AVAILABILITY_SET' and entity_id = $1",
      [id],
    );
    expect(audit).toEqual({ before: { isAvailable: true }, after: { isAvailable: false } });
  });

  it('links an expert account once per cycle', async () => {
    const account = await one(
      "select u.id, u.email from app_user u join expert e on e.user_id = u.id where u.email = 'expert2@example.com'",
    );
    const result = await create(newExpert({ name: '重复账号', accountId: account.id }));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountId' });
    const nominator = await one("select id from app_user where email = 'nominator1@example.com'");
    const notExpert = await create(newExpert({ name: '非专家账号', accountId: nominator.id }));
    expect(notExpert.errors?.[0].message).toContain('is not an expert');
  });

  it('shows employments and conflicts to staff only, however reached', async () => {
    const expert = await api.login('expert1@example.com');
    const result = await api.graphql(
      '{ assignments(first: 1) { edges { node { expert { name conflicts { reason } } } } } }',
      {},
      expert,
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
    const chair = await api.login('chair@example.com');
    const asChair = await api.graphql<{ experts: { edges: { node: { conflicts: unknown[] } }[] } }>(
      `query ($cycleId: ID!) { experts(cycleId: $cycleId, first: 100) {
        edges { node { employments { endedOn } conflicts { reason } } } } }`,
      { cycleId },
      chair,
    );
    expect(asChair.errors).toBeUndefined();
    const conflicts = asChair.data?.experts.edges.flatMap((edge) => edge.node.conflicts);
    expect(conflicts).toContainEqual({ reason: '配偶在该单位任职' });
  });
});
