import { beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_LIMITS } from '../src/graphql/operation-limits.js';
import { type GraphQLResponse, startTestApi, type TestApi } from './test-api.js';

/** Wraps `leaf` in `levels` alternating assignments/nomination fields, for a query of a chosen depth. */
function nested(levels: number, leaf: string): string {
  let selection = leaf;
  for (let level = 0; level < levels; level++) {
    selection = level % 2 === 0 ? `nomination { ${selection} }` : `assignments { ${selection} }`;
  }
  return selection;
}

/** Ten aliased pages of nominations with a handful of fields per row, `first` given as a variable. */
const TEN_PAGES = `query ($first: Int!) { ${Array.from(
  { length: 10 },
  (_, i) => `p${i}: nominations(first: $first) { edges { node { id code projectName status category
    summary objectiveEvaluation socialBenefit economicBasis nominatorOpinion createdAt updatedAt version
    submittedAt inventionPatentCount otherIpCount nominator { name creditCode type }
    completers { name title employer } evidence { fileName sizeBytes } } } }`,
).join(' ')} }`;

describe('operation limits and HTTP hardening', () => {
  let api: TestApi;
  let token: string;
  const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.code;
  const post = (init: RequestInit) => fetch(`${api.url}/graphql`, { method: 'POST', ...init });

  beforeAll(async () => {
    api = await startTestApi();
    token = await api.login('secretariat@example.com');
  });

  it(`refuses an operation nested deeper than ${OPERATION_LIMITS.depth} levels, and runs one at the limit`, async () => {
    // nominations → edges → node: three levels, then the alternating nest, then `code`.
    const tooDeep = `{ nominations(first: 1) { edges { node { ${nested(OPERATION_LIMITS.depth - 3, 'code')} } } } }`;
    const result = await api.graphql(tooDeep, {}, token);
    expect(codeOf(result)).toBe('QUERY_TOO_DEEP');
    expect(result.data).toBeUndefined();
    const atLimit = `{ nominations(first: 1) { edges { node { ${nested(OPERATION_LIMITS.depth - 4, 'code')} } } } }`;
    expect((await api.graphql(atLimit, {}, token)).errors).toBeUndefined();
  });

  it('counts a page size given as a variable in the cost', async () => {
    const costly = await api.graphql(TEN_PAGES, { first: 100 }, token);
    expect(codeOf(costly)).toBe('QUERY_TOO_COSTLY');
    expect(costly.errors?.[0].message).toMatch(/costs \d+/);
    const affordable = await api.graphql(TEN_PAGES, { first: 5 }, token);
    expect(affordable.errors).toBeUndefined();
  });

  it('refuses too many aliases, directives or tokens, each with its own code', async () => {
    const aliases = `{ ${Array.from({ length: OPERATION_LIMITS.aliases + 1 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
    expect(codeOf(await api.graphql(aliases, {}, token))).toBe('TOO_MANY_ALIASES');
    const directives = `{ viewer { ${Array.from({ length: OPERATION_LIMITS.directives + 1 }, () => 'id @include(if: true)').join(' ')} } }`;
    expect(codeOf(await api.graphql(directives, {}, token))).toBe('TOO_MANY_DIRECTIVES');
    const tokens = `{ viewer { ${'id '.repeat(OPERATION_LIMITS.tokens)} } }`;
    expect(codeOf(await api.graphql(tokens, {}, token))).toBe('QUERY_TOO_LARGE');
  });

  it('applies the same limits to operations sent over the WebSocket', async () => {
    const tooDeep = `{ nominations(first: 1) { edges { node { ${nested(OPERATION_LIMITS.depth, 'code')} } } } }`;
    const client = api.wsClient(token);
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: tooDeep },
        { next: resolve, error: resolve, complete: () => resolve('complete') },
      );
    });
    expect(outcome).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_DEEP' } })]);
  });

  it('does not suggest field names to someone probing the schema', async () => {
    const result = await api.graphql('{ nominatio { totalCount } }', {}, token);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('refuses batched operations', async () => {
    const response = await post({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ awardCycles { id } }' }, { query: '{ awardCycles { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('blocks requests a cross-site form or a simple GET could send (CSRF prevention)', async () => {
    const form = await post({
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ awardCycles { id } }"}',
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/Cross-Site Request Forgery/);
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ awardCycles { id } }')}`);
    expect(get.status).toBe(400);
  });

  it('refuses a request body over 1 MB', async () => {
    const body = JSON.stringify({
      query: '{ awardCycles { id } }',
      variables: { padding: 'x'.repeat(1_100_000) },
    });
    const response = await post({ headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
  });

  it('sends security headers', async () => {
    const response = await post({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ awardCycles { id } }' }),
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('in production', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ settings: { NODE_ENV: 'production' } });
  });

  it('answers no introspection and serves no landing page', async () => {
    const result = await api.graphql('{ __schema { types { name } } }');
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });

  function codeOf(result: GraphQLResponse<unknown>) {
    return result.errors?.[0]?.extensions?.code;
  }
});
