import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './nomination-fixtures.js';
import { startTestApi, type TestApi } from './test-api.js';

const RESPOND = `mutation ($id: ID!, $response: AssignmentResponse!, $reason: String) {
  respondToAssignment(assignmentId: $id, response: $response, reason: $reason) { id status statusReason } }`;
const DECLARATION = `query ($cycleId: ID) { expertDeclaration(cycleId: $cycleId) { version textZh textEn acceptedAt } }`;
const ACCEPT_DECLARATION = `mutation ($cycleId: ID!, $version: Int!) {
  acceptExpertDeclaration(cycleId: $cycleId, version: $version) { declarationAcceptedAt } }`;
const SEE_NOMINATION = 'query ($id: ID!) { nomination(id: $id) { code } }';

/**
 * award-rules.md, Conflicts of interest and Blind review: an expert accepts the declaration before seeing
 * any material, answers its own assignments, and no longer sees a nomination it declined or recused from.
 */
describe("the expert's declaration and answers to its assignments", () => {
  let api: TestApi;
  let db: pg.Client;
  let expert: string;
  let expertId: string;
  let cycleId: string;
  /** The new expert's assignments, one per nomination. */
  const assignment: { id: string; nominationId: string }[] = [];

  const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0];
  const respond = (id: string, response: string, reason?: string) =>
    api.graphql<{ respondToAssignment: { status: string; statusReason: string | null } }>(
      RESPOND,
      { id, response, reason },
      expert,
    );
  const sees = async (nominationId: string) => {
    const result = await api.graphql(SEE_NOMINATION, { id: nominationId }, expert);
    if (codeOf(result) === 'NOT_FOUND') return false;
    expect(result.errors).toBeUndefined();
    return true;
  };
  const statusOf = async (id: string) =>
    (await one('select status from assignment where id = $1', [id])).status;

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    const secretariat = await api.login('secretariat@example.com');
    cycleId = (await one('select id from award_cycle where year = 2024')).id;
    const account = await api.graphql<{
      createAccount: { initialPassword: string; account: { id: string } };
    }>(
      `mutation { createAccount(email: "new.reviewer@example.com", displayName: "新评审", role: EXPERT) {
        initialPassword account { id } } }`,
      {},
      secretariat,
    );
    const created = account.data?.createAccount;
    const fieldId = (
      await one("select id from expertise_field where cycle_id = $1 and code = 'METROLOGY'", [cycleId])
    ).id;
    const profile = await api.graphql<{ createExpert: { id: string } }>(
      `mutation ($input: NewExpertInput!) { createExpert(input: $input) { id } }`,
      {
        input: {
          cycleId,
          name: '新评审',
          title: '高级工程师',
          accountId: created?.account.id,
          fields: [{ fieldId, isPrimary: true }],
        },
      },
      secretariat,
    );
    expect(profile.errors).toBeUndefined();
    expertId = profile.data?.createExpert.id as string;
    expert = await api.login('new.reviewer@example.com', created?.initialPassword);
    const nominations = await db.query(
      "select id from nomination where status = 'PRELIMINARY_REVIEW' and cycle_id = $1 order by code limit 3",
      [cycleId],
    );
    for (const { id: nominationId } of nominations.rows) {
      const id = randomUUID();
      await db.query(
        "insert into assignment (id, nomination_id, expert_id, stage, status) values ($1, $2, $3, 'PRELIMINARY', 'PENDING')",
        [id, nominationId, expertId],
      );
      assignment.push({ id, nominationId });
    }
  });
  afterAll(() => db.end());

  it('shows the declaration in Chinese and English, with its version and whether the viewer accepted it', async () => {
    const result = await api.graphql<{
      expertDeclaration: { version: number; textZh: string; textEn: string; acceptedAt: string | null };
    }>(DECLARATION, { cycleId }, expert);
    expect(result.data?.expertDeclaration).toMatchObject({ version: 1, acceptedAt: null });
    expect(result.data?.expertDeclaration.textZh).toContain('回避');
    expect(result.data?.expertDeclaration.textZh).toContain('保密');
    expect(result.data?.expertDeclaration.textEn).toContain('recuse myself');
  });

  it('shows no nomination, and lets no assignment be accepted, before the declaration is accepted', async () => {
    expect(await sees(assignment[0].nominationId)).toBe(false);
    const refused = await respond(assignment[0].id, 'ACCEPT');
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toContain('acceptExpertDeclaration');
    expect(await statusOf(assignment[0].id)).toBe('PENDING');
  });

  it('accepts the declaration of the version shown only, and audits it', async () => {
    const stale = await api.graphql(ACCEPT_DECLARATION, { cycleId, version: 2 }, expert);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
    const accepted = await api.graphql<{ acceptExpertDeclaration: { declarationAcceptedAt: string } }>(
      ACCEPT_DECLARATION,
      { cycleId, version: 1 },
      expert,
    );
    expect(accepted.errors).toBeUndefined();
    const at = accepted.data?.acceptExpertDeclaration.declarationAcceptedAt as string;
    expect(Date.now() - new Date(at).getTime()).toBeLessThan(60_000);
    const audit = await one(
      "select after from audit_event where action = 'EXPERT_DECLARATION_ACCEPTED' and entity_id = $1",
      [expertId],
    );
    expect(audit.after).toMatchObject({ version: 1 });
    const shown = await api.graphql<{ expertDeclaration: { acceptedAt: string } }>(
      DECLARATION,
      { cycleId },
      expert,
    );
    expect(shown.data?.expertDeclaration.acceptedAt).toBe(at);
    expect(await sees(assignment[0].nominationId)).toBe(true);
  });

  it('accepts an assignment, audited', async () => {
    const result = await respond(assignment[0].id, 'ACCEPT');
    expect(result.data?.respondToAssignment).toMatchObject({ status: 'ACCEPTED', statusReason: null });
    const audit = await one(
      "select before, after from audit_event where action = 'ASSIGNMENT_ACCEPTED' and entity_id = $1",
      [assignment[0].id],
    );
    expect(audit).toEqual({
      before: { status: 'PENDING', statusReason: null },
      after: { status: 'ACCEPTED', statusReason: null },
    });
  });

  it.each(['DECLINE', 'RECUSE'])('refuses to %s without a reason', async (response) => {
    const result = await respond(assignment[1].id, response, '  ');
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await statusOf(assignment[1].id)).toBe('PENDING');
  });

  it('declines with a reason; the nomination is no longer shown', async () => {
    expect(await sees(assignment[1].nominationId)).toBe(true);
    const result = await respond(assignment[1].id, 'DECLINE', '出差在外，无法按期完成');
    expect(result.data?.respondToAssignment).toMatchObject({
      status: 'DECLINED',
      statusReason: '出差在外，无法按期完成',
    });
    expect(await sees(assignment[1].nominationId)).toBe(false);
    expect(codeOf(await respond(assignment[1].id, 'ACCEPT'))).toBe('CONFLICT');
  });

  it('recuses from an accepted assignment: a declared conflict is recorded and the nomination disappears', async () => {
    const { id, nominationId } = assignment[0];
    const result = await respond(id, 'RECUSE', '本人曾参与该项目的技术咨询');
    expect(result.data?.respondToAssignment).toMatchObject({ status: 'RECUSED' });
    const conflicts = await db.query(
      'select source, reason, organization_id from expert_conflict where expert_id = $1 and nomination_id = $2',
      [expertId, nominationId],
    );
    expect(conflicts.rows).toEqual([
      {
        source: 'DECLARED',
        reason: '回避 (recused from the assignment): 本人曾参与该项目的技术咨询',
        organization_id: null,
      },
    ]);
    expect(await sees(nominationId)).toBe(false);
    const listed = await api.graphql<{
      assignments: { edges: { node: { id: string; status: string; nomination: { code: string } | null } }[] };
    }>('{ assignments(first: 10) { edges { node { id status nomination { code } } } } }', {}, expert);
    const node = listed.data?.assignments.edges.find((edge) => edge.node.id === id)?.node;
    expect(node).toEqual({ id, status: 'RECUSED', nomination: null });
    const audits = await db.query(
      "select action from audit_event where action in ('ASSIGNMENT_RECUSED', 'EXPERT_CONFLICT_DECLARED') order by id",
    );
    expect(audits.rows.map((row) => row.action)).toEqual(['ASSIGNMENT_RECUSED', 'EXPERT_CONFLICT_DECLARED']);
    expect(codeOf(await respond(id, 'DECLINE', '再次'))).toBe('CONFLICT');
  });

  it("refuses another expert's assignment as NOT_FOUND", async () => {
    const foreign = await one(`select a.id from assignment a join expert e on e.id = a.expert_id
      join app_user u on u.id = e.user_id where u.email = 'expert1@example.com' limit 1`);
    const result = await respond(foreign.id, 'DECLINE', '不是我的');
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await statusOf(foreign.id)).not.toBe('DECLINED');
  });
});
