import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

const CODES = '{ nominations(first: 100) { totalCount edges { node { id code } } } }';

interface Codes {
  nominations: { totalCount: number; edges: { node: { id: string; code: string } }[] };
}

/** Each role sees only the nominations award-rules.md lets it see, whichever query it uses. */
describe('which nominations a viewer sees', () => {
  let api: TestApi;
  let db: pg.Client;
  const codesFor = async (email: string) => {
    const result = await api.graphql<Codes>(CODES, {}, await api.login(email));
    expect(result.errors).toBeUndefined();
    return (result.data as Codes).nominations.edges.map((edge) => edge.node.code).sort();
  };
  const codesIn = async (sql: string, params: unknown[] = []) =>
    (await db.query(sql, params)).rows.map((row) => row.code as string).sort();

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(() => db.end());

  it('shows the secretariat and the chair every nomination', async () => {
    const all = await codesIn('select code from nomination');
    expect(await codesFor('secretariat@example.com')).toEqual(all);
    expect(await codesFor('chair@example.com')).toEqual(all);
  });

  it("shows a nominator its own organization's nominations only", async () => {
    const { rows } = await db.query(
      "select organization_id from app_user where email = 'nominator1@example.com'",
    );
    const own = await codesIn('select code from nomination where nominator_id = $1', [
      rows[0].organization_id,
    ]);
    expect(own.length).toBeGreaterThan(0);
    expect(await codesFor('nominator1@example.com')).toEqual(own);
  });

  it('shows an expert only the nominations assigned to it', async () => {
    const assigned = await codesIn(
      `select n.code from nomination n join assignment a on a.nomination_id = n.id
       join expert e on e.id = a.expert_id join app_user u on u.id = e.user_id
       where u.email = 'expert1@example.com' and a.status not in ('DECLINED', 'RECUSED')`,
    );
    expect(assigned.length).toBeGreaterThan(0);
    expect(await codesFor('expert1@example.com')).toEqual(assigned);
  });

  it('shows a committee member the nominations at re-review or decided', async () => {
    const decided = await codesIn(
      "select code from nomination where status in ('RE_REVIEW', 'PUBLICITY', 'APPROVED', 'NOT_AWARDED')",
    );
    expect(await codesFor('member1@example.com')).toEqual(decided);
  });

  it("answers NOT_FOUND for another organization's nomination, as for one that does not exist", async () => {
    const { rows } = await db.query(`select n.id from nomination n
      where n.nominator_id <> (select organization_id from app_user where email = 'nominator1@example.com') limit 1`);
    const result = await api.graphql(
      'query ($id: ID!) { nomination(id: $id) { code } }',
      { id: rows[0].id },
      await api.login('nominator1@example.com'),
    );
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
