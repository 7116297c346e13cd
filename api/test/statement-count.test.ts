import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

const NOMINATIONS_WITH_RELATIONS = `query ($first: Int!) {
  nominations(first: $first) {
    totalCount
    edges { node {
      code projectName
      nominator { name }
      field { nameZh }
      completers { name position }
      completingOrganizations { organization { name } }
      evidence { fileName evidenceKind }
      assignments { status expert { name } scoreSheet { status total } }
    } }
  }
}`;

describe('SQL statements per request', () => {
  let api: TestApi;
  let token: string;
  let statements: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    token = await api.login('chair@example.com');
    api.app.orm.config.set('onQuery', (sql: string) => {
      statements.push(sql);
      return sql;
    });
  });

  async function countStatements(first: number) {
    statements = [];
    const result = await api.graphql<{ nominations: { edges: unknown[] } }>(
      NOMINATIONS_WITH_RELATIONS,
      { first },
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.nominations.edges).toHaveLength(first);
    return statements.length;
  }

  it('do not grow with the number of nominations listed', async () => {
    const forTen = await countStatements(10);
    const forFifty = await countStatements(50);
    expect(forFifty).toBe(forTen);
    // session, page, count, then one batch per relation: nominator, field, completers,
    // completing organizations (+ their organizations), files, assignments, experts, sheets;
    // and the audit of the sheets shown (lock, chain head, one insert for all of them).
    expect(forTen).toBeLessThanOrEqual(16);
  });
});
