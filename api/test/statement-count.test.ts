import { beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_WITH_SHEETS } from '../bench/reads/q1-results-page.js';
import { OWN_ASSIGNMENTS } from '../bench/reads/q2-own-assignments.js';
import { reachableTypes, type TypeSelection } from './reachable-fields.js';
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

/** The rows of the longer page in the batching check. */
const ROWS = 8;

interface GraphQLError {
  message: string;
  path?: (string | number)[];
}

describe('SQL statements per request', () => {
  let api: TestApi;
  let chair: string;
  let cycleId: string;
  let statements: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    chair = await api.login('chair@example.com');
    const cycles = await api.graphql<{ awardCycles: { id: string }[] }>('{ awardCycles { id } }');
    cycleId = cycles.data?.awardCycles[0].id as string;
    api.app.orm.config.set('onQuery', (sql: string) => {
      statements.push(sql);
      return sql;
    });
  });

  /**
   * The statements one request runs: the least of a few tries, since the audit chainer (a tick a
   * second, in the same process) may run its own during one of them. `check` sees each response.
   */
  async function statementsOf<T>(
    query: string,
    variables: Record<string, unknown>,
    token: string,
    check: (data: T | undefined, errors: GraphQLError[] | undefined) => void,
    tries = 3,
  ): Promise<number> {
    let least = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < tries; attempt++) {
      statements = [];
      const result = await api.graphql<T>(query, variables, token);
      const count = statements.length;
      check(result.data ?? undefined, result.errors as GraphQLError[] | undefined);
      least = Math.min(least, count);
    }
    return least;
  }

  it('do not grow with the number of nominations listed', async () => {
    const count = (first: number) =>
      statementsOf<{ nominations: { edges: unknown[] } }>(
        NOMINATIONS_WITH_RELATIONS,
        { first },
        chair,
        (data, errors) => {
          expect(errors).toBeUndefined();
          expect(data?.nominations.edges).toHaveLength(first);
        },
      );
    const forTen = await count(10);
    expect(await count(50)).toBe(forTen);
    // The session, the page, its count, every relation of the page in one statement
    // (nominations/nomination-relations.ts), the assignments' own in another, and the record of the
    // chair's look at the sheets shown.
    expect(forTen).toBeLessThanOrEqual(6);
  });

  it('read a results page with its sheets in three statements, however many results it shows', async () => {
    const count = (first: number) =>
      statementsOf<{ results: { edges: { node: { countedSheets: unknown[] } }[] } }>(
        RESULTS_WITH_SHEETS,
        { cycleId, first },
        chair,
        (data, errors) => {
          expect(errors).toBeUndefined();
          expect(data?.results.edges).toHaveLength(first);
          expect(data?.results.edges.every((edge) => edge.node.countedSheets.length > 0)).toBe(true);
        },
      );
    const forThree = await count(3);
    expect(await count(12)).toBe(forThree);
    // The session, whether the results are fresh, and the page with every row it shows and the
    // record of the chair's look at its sheets (results/results-page.ts).
    expect(forThree).toBeLessThanOrEqual(3);
  });

  it("do not grow with the number of an expert's assignments listed", async () => {
    const expert = await api.login('expert5@example.com');
    const count = (first: number) =>
      statementsOf<{ assignments: { edges: unknown[] } }>(
        OWN_ASSIGNMENTS,
        { first },
        expert,
        (data, errors) => {
          expect(errors).toBeUndefined();
          expect(data?.assignments.edges).toHaveLength(first);
        },
      );
    expect(await count(4)).toBe(await count(1));
  });

  describe.each([
    {
      list: 'a results page',
      rowType: 'NominationResult',
      query: (rows: string) =>
        `query ($cycleId: ID!, $first: Int!) { results(cycleId: $cycleId, category: PROGRESS, first: $first) { edges { node { ${rows} } } } }`,
      prefix: ['results', 'edges', 'node'],
    },
    {
      list: 'a list of assignments',
      rowType: 'Assignment',
      query: (rows: string) =>
        `query ($first: Int!) { assignments(first: $first) { edges { node { ${rows} } } } }`,
      prefix: ['assignments', 'edges', 'node'],
    },
  ])('of every field reachable from $list', ({ rowType, query, prefix }) => {
    let types: TypeSelection[] = [];

    beforeAll(async () => {
      types = await reachableTypes(api, chair, rowType);
    });

    /** The type's fields below its path; those the chair may not ask are left out (and named). */
    function selection(type: TypeSelection, leftOut: Set<string>): string {
      const fields = type.fields.filter((field) => !leftOut.has(field.name)).map((field) => field.selection);
      return type.path.reduceRight((inner, field) => `${field} { ${inner} }`, fields.join(' '));
    }

    it(`do not grow row by row from one row to ${ROWS}: every relation is loaded in one batch`, async () => {
      expect(types.length).toBeGreaterThan(10);
      const growing: string[] = [];
      for (const type of types) {
        const leftOut = new Set<string>();
        const count = (first: number, tries = 2) =>
          statementsOf(
            query(selection(type, leftOut)),
            { cycleId, first },
            chair,
            (_data, errors) => {
              for (const error of errors ?? []) {
                const field = error.path?.filter((step) => typeof step === 'string')[
                  prefix.length + type.path.length
                ];
                if (typeof field !== 'string' || !type.fields.some((known) => known.name === field)) {
                  throw new Error(`${type.type}: ${error.message} at ${error.path?.join('.')}`);
                }
                leftOut.add(field);
              }
            },
            tries,
          );
        await count(1, 1); // finds the fields the chair may not ask
        const [one, several] = [await count(1), await count(ROWS)];
        // A relation asked row by row costs a statement more per row at least. Fewer rows may leave a
        // nested list empty (an expert with no past employer) and spare its batch, hence not equality.
        if (several - one >= ROWS - 1) {
          growing.push(`${type.type} (via ${type.path.join('.') || 'the row'}): ${one} → ${several}`);
        }
      }
      expect(growing).toEqual([]);
    });
  });
});
