import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

const OWN_ASSIGNMENTS = `{ assignments(first: 100) { totalCount edges { node {
  id status nomination { code } expert { name } scoreSheet { id total scores { points } } } } } }`;

interface OwnAssignments {
  assignments: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        status: string;
        nomination: { code: string } | null;
        expert: { name: string };
        scoreSheet: { id: string; total: number | null; scores: { points: number | null }[] } | null;
      };
    }[];
  };
}

/** An expert sees its own assignments and sheets, and nothing of another expert's (blind review). */
describe("an expert's own assignments and score sheets", () => {
  let api: TestApi;
  let db: pg.Client;
  let expertToken: string;
  const expertEmail = 'expert1@example.com';

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    expertToken = await api.login(expertEmail);
  });
  afterAll(() => db.end());

  const ownAssignments = async () => {
    const result = await api.graphql<OwnAssignments>(OWN_ASSIGNMENTS, {}, expertToken);
    expect(result.errors).toBeUndefined();
    return (result.data as OwnAssignments).assignments.edges.map((edge) => edge.node);
  };

  const sqlRows = async (sql: string) => (await db.query(sql, [expertEmail])).rows;
  const OWN = `from assignment a join expert e on e.id = a.expert_id join app_user u on u.id = e.user_id
    where u.email = $1`;

  it('lists exactly its own assignments, with its own name on each', async () => {
    const expected = (await sqlRows(`select a.id, e.name ${OWN}`)).map((row) => row.id).sort();
    const names = new Set((await sqlRows(`select e.name ${OWN}`)).map((row) => row.name));
    const listed = await ownAssignments();
    expect(expected.length).toBeGreaterThan(0);
    expect(listed.map((assignment) => assignment.id).sort()).toEqual(expected);
    expect(new Set(listed.map((assignment) => assignment.expert.name))).toEqual(names);
  });

  it('shows its own sheets with their scores, and reading them is not audited as a staff look', async () => {
    const [{ count: readsBefore }] = await sqlRows(
      "select count(*)::int as count from audit_event where action = 'READ' and $1 <> ''",
    );
    const sheets = (await ownAssignments()).flatMap((assignment) =>
      assignment.scoreSheet ? [assignment.scoreSheet] : [],
    );
    const expected = await sqlRows(
      `select s.id ${OWN.replace('from assignment a', 'from score_sheet s join assignment a on a.id = s.assignment_id')}`,
    );
    expect(sheets.map((sheet) => sheet.id).sort()).toEqual(expected.map((row) => row.id).sort());
    expect(sheets.some((sheet) => sheet.scores.length > 0)).toBe(true);
    const [{ count: readsAfter }] = await sqlRows(
      "select count(*)::int as count from audit_event where action = 'READ' and $1 <> ''",
    );
    expect(readsAfter).toBe(readsBefore);
  });

  it("answers NOT_FOUND for another expert's sheet, as for one that does not exist", async () => {
    const [foreign] = await sqlRows(
      `select s.id from score_sheet s join assignment a on a.id = s.assignment_id
       join expert e on e.id = a.expert_id join app_user u on u.id = e.user_id where u.email <> $1 limit 1`,
    );
    const result = await api.graphql(
      'query ($id: ID!) { scoreSheet(id: $id) { total } }',
      { id: foreign.id },
      expertToken,
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it("reads the nominations it reviews without the completers' identity numbers, which their nominator reads", async () => {
    const query = `{ assignments(first: 100) { edges { node { nomination { id completers { name idDocumentNumber } } } } } }`;
    const result = await api.graphql<{
      assignments: {
        edges: {
          node: { nomination: { id: string; completers: { idDocumentNumber: string | null }[] } | null };
        }[];
      };
    }>(query, {}, expertToken);
    const seen =
      result.data?.assignments.edges.flatMap(({ node }) => (node.nomination ? [node.nomination] : [])) ?? [];
    const completers = seen.flatMap((nomination) => nomination.completers);
    expect(completers.length).toBeGreaterThan(0);
    expect(completers.every((completer) => completer.idDocumentNumber === null)).toBe(true);

    const { rows } = await db.query(
      `select u.email, p.id_document_number from completer p join nomination n on n.id = p.nomination_id
       join app_user u on u.organization_id = n.nominator_id and 'NOMINATOR' = any(u.roles)
       where n.id = $1 order by p.position limit 1`,
      [seen[0].id],
    );
    const owner = await api.login(rows[0].email);
    const own = await api.graphql<{ nomination: { completers: { idDocumentNumber: string }[] } }>(
      'query ($id: ID!) { nomination(id: $id) { completers { idDocumentNumber } } }',
      { id: seen[0].id },
      owner,
    );
    expect(own.data?.nomination.completers[0].idDocumentNumber).toBe(rows[0].id_document_number);
  });

  it('hides the nomination of an assignment it declined', async () => {
    const [declined] = await sqlRows(`select a.id ${OWN} order by a.id limit 1`);
    await db.query("update assignment set status = 'DECLINED', status_reason = 'test' where id = $1", [
      declined.id,
    ]);
    const listed = await ownAssignments();
    const found = listed.find((assignment) => assignment.id === declined.id);
    expect(found?.status).toBe('DECLINED');
    expect(found?.nomination).toBeNull();
    expect(listed.filter((assignment) => assignment.id !== declined.id).every((a) => a.nomination)).toBe(
      true,
    );
  });

  it('refuses assignments and score sheets to a nominator', async () => {
    const token = await api.login('nominator1@example.com');
    const [sheet] = (await db.query('select id from score_sheet limit 1')).rows;
    const list = await api.graphql('{ assignments(first: 5) { totalCount } }', {}, token);
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const one = await api.graphql(
      'query ($id: ID!) { scoreSheet(id: $id) { total } }',
      { id: sheet.id },
      token,
    );
    expect(one.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
