import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

const PAGE = `query ($first: Int!, $after: String, $status: NominationStatus) {
  nominations(first: $first, after: $after, status: $status) {
    totalCount
    edges { cursor node { id code } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

interface Page {
  nominations: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; code: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

describe('cursor pagination of nominations', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi();
    token = await api.login('secretariat@example.com');
  });

  it('walks every nomination once, in code order, page by page', async () => {
    const codes: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let pages = 0; pages < 100; pages++) {
      const result: { data?: Page | null } = await api.graphql<Page>(PAGE, { first: 7, after }, token);
      const connection = (result.data as Page).nominations;
      totalCount = connection.totalCount;
      codes.push(...connection.edges.map((edge) => edge.node.code));
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(totalCount).toBeGreaterThanOrEqual(60);
    expect(codes).toHaveLength(totalCount);
    expect(new Set(codes).size).toBe(totalCount);
    expect(codes).toEqual([...codes].sort());
  });

  it('filters by status and counts the filtered list', async () => {
    const result = await api.graphql<Page>(PAGE, { first: 100, status: 'PRELIMINARY_REVIEW' }, token);
    const connection = (result.data as Page).nominations;
    expect(connection.totalCount).toBe(connection.edges.length);
    expect(connection.totalCount).toBeGreaterThan(0);
  });

  it('searches the number and the project name on the server, pages the matches, and takes % literally', async () => {
    const SEARCH = `query ($first: Int!, $after: String, $search: String, $fieldId: ID) {
      nominations(first: $first, after: $after, search: $search, fieldId: $fieldId) {
        totalCount edges { cursor node { code projectName field { id } } } pageInfo { hasNextPage endCursor } } }`;
    type Found = {
      nominations: {
        totalCount: number;
        edges: { cursor: string; node: { code: string; projectName: string; field: { id: string } } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const search = async (variables: Record<string, unknown>) =>
      ((await api.graphql<Found>(SEARCH, { first: 100, ...variables }, token)).data as Found).nominations;
    const all = await search({});
    const byCode = await search({ search: ' inv-2024-01 ' });
    expect(byCode.edges.map((edge) => edge.node.code)).toEqual(
      all.edges.map((edge) => edge.node.code).filter((code) => code.startsWith('INV-2024-01')),
    );
    const word = all.edges[0].node.projectName.slice(2, 5);
    const byName = await search({ search: word });
    expect(byName.totalCount).toBe(all.edges.filter((edge) => edge.node.projectName.includes(word)).length);
    expect(byName.totalCount).toBeGreaterThan(0);
    // The matches page like the whole list.
    const firstPage = await search({ search: word, first: 1 });
    expect(firstPage.totalCount).toBe(byName.totalCount);
    expect(firstPage.edges.map((edge) => edge.node.code)).toEqual([byName.edges[0].node.code]);
    expect((await search({ search: '%' })).totalCount).toBe(0);
    // With the field too: both conditions hold.
    const fieldId = all.edges[0].node.field.id;
    const inField = await search({ search: word, fieldId });
    expect(inField.edges.every((edge) => edge.node.field.id === fieldId)).toBe(true);
    expect(inField.totalCount).toBeLessThanOrEqual(byName.totalCount);
  });

  it('continues after an edge cursor as after the page end', async () => {
    const first = (await api.graphql<Page>(PAGE, { first: 5 }, token)).data as Page;
    const fromThird = (
      await api.graphql<Page>(PAGE, { first: 2, after: first.nominations.edges[2].cursor }, token)
    ).data as Page;
    expect(fromThird.nominations.edges.map((edge) => edge.node.code)).toEqual(
      first.nominations.edges.slice(3, 5).map((edge) => edge.node.code),
    );
  });
});

describe('bad input gets a clear error with a stable code', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi();
    token = await api.login('secretariat@example.com');
  });

  it('refuses a malformed cursor', async () => {
    const result = await api.graphql(PAGE, { first: 5, after: 'not-a-cursor' }, token);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/^after: /);
  });

  it('refuses a well-formed cursor that holds values of the wrong type', async () => {
    // What MikroORM's Cursor.encode makes of two keys that are not a code and an id.
    const forged = Buffer.from(JSON.stringify(['zzz', 'not-a-uuid'])).toString('base64url');
    const result = await api.graphql(PAGE, { first: 5, after: forged }, token);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a page size out of range', async () => {
    for (const first of [0, -1, 101]) {
      const result = await api.graphql(PAGE, { first }, token);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/first: must be between 1 and 100/);
    }
  });

  it('refuses an argument of the wrong type', async () => {
    const result = await api.graphql(PAGE, { first: 'ten' }, token);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/\$first/);
  });

  it('names an unknown nomination', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const result = await api.graphql('query ($id: ID!) { nomination(id: $id) { id } }', { id }, token);
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0].message).toBe(`Nomination "${id}" does not exist`);
  });

  it('refuses a malformed id before asking the database', async () => {
    const result = await api.graphql('{ nomination(id: "42") { id } }', {}, token);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toBe('id: "42" is not a valid id');
  });

  it('refuses an unknown field without leaking a stack trace', async () => {
    const result = await api.graphql('{ nominations { edges { node { secret } } } }', {}, token);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('refuses nominations to a visitor who is not signed in', async () => {
    const result = await api.graphql(
      '{ nominations(first: 1) { edges { node { code assignments { id } } } } }',
    );
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });
});
