import { beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_WITH_SHEETS } from '../bench/reads/q1-results-page.js';
import { OWN_ASSIGNMENTS } from '../bench/reads/q2-own-assignments.js';
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

  it('do not grow with the number of results listed, with their sheets and criterion scores', async () => {
    const cycles = await api.graphql<{ awardCycles: { id: string }[] }>('{ awardCycles { id } }');
    const cycleId = cycles.data?.awardCycles[0].id;
    const count = async (first: number) => {
      statements = [];
      const result = await api.graphql<{ results: { edges: { node: { countedSheets: unknown[] } }[] } }>(
        RESULTS_WITH_SHEETS,
        { cycleId, first },
        token,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.results.edges).toHaveLength(first);
      expect(result.data?.results.edges.every((edge) => edge.node.countedSheets.length > 0)).toBe(true);
      return statements.length;
    };
    const forThree = await count(3);
    const forTwelve = await count(12);
    expect(forTwelve).toBe(forThree);
  });

  it("do not grow with the number of an expert's assignments listed", async () => {
    const expert = await api.login('expert5@example.com');
    const count = async (first: number) => {
      statements = [];
      const result = await api.graphql<{ assignments: { edges: unknown[] } }>(
        OWN_ASSIGNMENTS,
        { first },
        expert,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.assignments.edges).toHaveLength(first);
      return statements.length;
    };
    expect(await count(4)).toBe(await count(1));
  });
});
