import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_LIMITS } from '../src/graphql/operation-limits.js';
import { type Draft, openFilingWindows, startDraft } from './nomination-fixtures.js';
import { startTestApi, type TestApi } from './test-api.js';

/** The codes a refusal of a hostile request may carry; INTERNAL_SERVER_ERROR above all is a defect. */
const KNOWN_CODES = [
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'PAYLOAD_TOO_LARGE',
  'GRAPHQL_VALIDATION_FAILED',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_LARGE',
];

/** What a stack trace, a framework's error page or a runtime's error name looks like in a body. */
const LEAK =
  /\n\s+at |node_modules|\/work\/|stacktrace|<html|<pre>|\b(Syntax|Range|Type)Error\b|body-parser/i;

const SAVE = `mutation ($id: ID!, $input: NominationDraftInput!) {
  saveNominationDraft(id: $id, input: $input) { version } }`;

interface Reply {
  status: number;
  contentType: string;
  text: string;
}

/**
 * issue 9, part 3: requests no client of ours sends (broken JSON, other content types, batches, floods,
 * huge or deep variables, a mutation by GET, a 1 MB URL) are refused cleanly, in JSON with a known code,
 * nothing written and the server answering the next request.
 */
describe('hostile HTTP requests to /graphql', () => {
  let api: TestApi;
  let db: pg.Client;
  let token: string;
  let draft: Draft;
  let before: unknown;
  const outcomes = new Map<string, number>();
  let tried = 0;

  /** What a request could have written: the draft, its audit, kept answers, sessions, notifications. */
  const writes = async () =>
    (
      await db.query(
        `select (select version from nomination where id = $1) as draft_version,
          (select summary from nomination where id = $1) as draft_summary,
          (select count(*)::int from nomination) as nominations,
          (select count(*)::int from audit_event) as audits,
          (select count(*)::int from idempotent_request) as kept_answers,
          (select count(*)::int from session) as sessions,
          (select count(*)::int from notification where read_at is not null) as read_notifications`,
        [draft.id],
      )
    ).rows[0];

  const record = (outcome: string) => {
    tried += 1;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  };
  const send = async (init: RequestInit & { query?: string }): Promise<Reply> => {
    const { query = '', ...rest } = init;
    const response = await fetch(`${api.url}/graphql${query}`, { method: 'POST', ...rest });
    const reply = {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text: await response.text(),
    };
    const code = reply.contentType.startsWith('application/json')
      ? (JSON.parse(reply.text).errors?.[0]?.extensions?.code ?? 'DATA')
      : 'NO_BODY';
    record(`${reply.status} ${code}`);
    return reply;
  };
  const json = (body: string, headers: Record<string, string> = {}) =>
    send({
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body,
    });
  /** A save that would change the draft if it ran. */
  const saveBody = (summary = '不应写入') =>
    JSON.stringify({ query: SAVE, variables: { id: draft.id, input: { version: draft.version, summary } } });

  /** A refusal in JSON, with the status and code given, and nothing of the server's insides. */
  const expectRefusal = (reply: Reply, status: number, code: string) => {
    expect(reply.contentType).toMatch(/^application\/json/);
    expect(reply.text).not.toMatch(LEAK);
    const body = JSON.parse(reply.text);
    expect(body.data ?? undefined).toBeUndefined();
    expect({ status: reply.status, code: body.errors?.[0]?.extensions?.code }).toEqual({ status, code });
    expect(KNOWN_CODES).toContain(code);
    return body;
  };

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    await openFilingWindows(db);
    token = await api.login('nominator4@example.com');
    draft = await startDraft(api, db, token);
    before = await writes();
  });
  afterEach(async () => {
    const next = await api.graphql<{ awardCycles: unknown[] }>('{ awardCycles { id } }');
    expect(next.data?.awardCycles.length).toBeGreaterThan(0);
    expect(await writes()).toEqual(before);
  });
  afterAll(async () => {
    console.log(
      `hostile HTTP: ${tried} requests; outcomes ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}`,
    );
    await db.end();
  });

  it('refuses a body that is not a JSON object with 400 BAD_REQUEST, without the parser’s stack', async () => {
    const bodies = [
      saveBody().slice(0, -3),
      '{query}',
      `${saveBody()}garbage`,
      'null',
      '"mutation { logout }"',
      '1',
      '[',
      '\u00ef\u00bb\u00bf{}',
    ];
    for (const body of bodies) expectRefusal(await json(body), 400, 'BAD_REQUEST');
    const notUtf8 = await send({
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
    });
    expectRefusal(notUtf8, 400, 'BAD_REQUEST');
  });

  it('refuses the message in the language the request asks for', async () => {
    const body = expectRefusal(await json('{query}', { 'accept-language': 'zh-CN' }), 400, 'BAD_REQUEST');
    expect(body.errors[0].message).toContain('请求体不是 JSON 对象');
  });

  it('refuses an empty body, an empty object and fields of the wrong type', async () => {
    for (const body of ['', '{}', '{"query": 5}', `{"query": "{ viewer { id } }", "variables": "{}"}`])
      expectRefusal(await json(body), 400, 'BAD_REQUEST');
  });

  it('runs no operation sent as text/plain, form-encoded, multipart or with no content type (CSRF)', async () => {
    const authorization = `Bearer ${token}`;
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      expectRefusal(
        await send({ headers: { 'content-type': type, authorization }, body: saveBody() }),
        400,
        'BAD_REQUEST',
      );
    }
    const form = new FormData();
    form.append('operations', saveBody());
    form.append('map', '{}');
    expectRefusal(await send({ headers: { authorization }, body: form }), 400, 'BAD_REQUEST');
    expectRefusal(
      await send({ headers: { authorization }, body: new Blob([saveBody()]) }),
      400,
      'BAD_REQUEST',
    );
    // A page cannot set this header cross-site without a preflight; the body is still not read as JSON.
    const preflighted = await send({
      headers: { 'content-type': 'text/plain', 'apollo-require-preflight': 'true', authorization },
      body: saveBody(),
    });
    expectRefusal(preflighted, 400, 'BAD_REQUEST');
  });

  it('refuses a charset or a compression it cannot read, and inflates a gzip bomb no further than 1 MB', async () => {
    expectRefusal(
      await json(saveBody(), { 'content-type': 'application/json; charset=klingon' }),
      415,
      'BAD_REQUEST',
    );
    expectRefusal(await json(saveBody(), { 'content-encoding': 'compress' }), 415, 'BAD_REQUEST');
    expectRefusal(await json('not gzip at all', { 'content-encoding': 'gzip' }), 400, 'BAD_REQUEST');
    // 64 MB of JSON in about 64 KB: refused once the inflated bytes pass the body limit.
    const padding = `{"query": "{ viewer { id } }", "variables": {"padding": "${'a'.repeat(64 * 2 ** 20)}"}}`;
    const bomb = gzipSync(padding, { level: 9 });
    expect(bomb.length).toBeLessThan(2 ** 20);
    const reply = await send({
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: new Uint8Array(bomb),
    });
    expect(expectRefusal(reply, 413, 'PAYLOAD_TOO_LARGE').errors[0].message).toContain('1048576 bytes');
  });

  it('refuses a batch of operations whole, a flood of a thousand mutations as one of two', async () => {
    const operation = JSON.parse(saveBody());
    for (const size of [0, 2, 1000]) {
      const batch = JSON.stringify(Array.from({ length: size }, () => operation));
      expectRefusal(await json(batch), 400, 'BAD_REQUEST');
    }
  });

  it(`refuses a mutation under more than ${OPERATION_LIMITS.aliases} aliases whole, running none of them`, async () => {
    const saves = Array.from(
      { length: OPERATION_LIMITS.aliases + 1 },
      (_, i) => `s${i}: saveNominationDraft(id: $id, input: $input) { version }`,
    );
    const query = `mutation ($id: ID!, $input: NominationDraftInput!) { ${saves.join(' ')} }`;
    const body = JSON.stringify({ query, variables: { id: draft.id, input: { version: draft.version } } });
    expectRefusal(await json(body), 400, 'TOO_MANY_ALIASES');
  });

  it('refuses a body of several MB (a string variable) with 413 PAYLOAD_TOO_LARGE in JSON', async () => {
    for (const megabytes of [3, 40]) {
      const summary = 'x'.repeat(megabytes * 2 ** 20);
      expectRefusal(await json(saveBody(summary)), 413, 'PAYLOAD_TOO_LARGE');
    }
  });

  it('refuses a 100,000-element list variable of nulls or bad ids with BAD_USER_INPUT, at most 50 errors', async () => {
    const query = 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';
    const nulls = await json(JSON.stringify({ query, variables: { ids: Array(100_000).fill(null) } }));
    expect(expectRefusal(nulls, 400, 'BAD_USER_INPUT').errors.length).toBeLessThanOrEqual(51);
    const badIds = Array.from({ length: 100_000 }, (_, i) => String(i));
    const refused = await json(JSON.stringify({ query, variables: { ids: badIds } }));
    expect(refused.status).toBe(200);
    expect(refused.text).not.toMatch(LEAK);
    expect(JSON.parse(refused.text).errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'ids[0]' } }),
    ]);
  });

  it('refuses variables nested thousands deep, declared or not, even on a mutation with an Idempotency-Key', async () => {
    const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
    const deepList = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;
    const input = `{"version": ${draft.version}, "summary": "不应写入"}`;
    const withExtra = (extra: string) =>
      `{"query": ${JSON.stringify(SAVE)}, "variables": {"id": "${draft.id}", "input": ${input}, "extra": ${extra}}}`;
    for (const extra of [deepObject(100_000), deepList(100_000)]) {
      const reply = await json(withExtra(extra), { 'idempotency-key': `deep-${tried}-variables` });
      expect(expectRefusal(reply, 400, 'BAD_USER_INPUT').errors[0].message).toContain(
        `at most ${OPERATION_LIMITS.variableDepth} levels`,
      );
    }
    const deepInInput = `{"query": ${JSON.stringify(SAVE)}, "variables": {"id": "${draft.id}",
      "input": {"version": ${draft.version}, "completers": ${deepList(50_000)}}}}`;
    expectRefusal(await json(deepInInput), 400, 'BAD_USER_INPUT');
    // As deep as the schema's inputs go, a wrong value is the usual coercion refusal.
    const atLimit = `{"query": ${JSON.stringify(SAVE)}, "variables": {"id": "${draft.id}",
      "input": {"version": ${draft.version}, "summary": ${deepObject(OPERATION_LIMITS.variableDepth - 2)}}}}`;
    expect(expectRefusal(await json(atLimit), 400, 'BAD_USER_INPUT').errors[0].message).toMatch(
      /String cannot represent/,
    );
  });

  it('applies the same depth limit to the variables of an operation sent over the WebSocket', async () => {
    let deep: unknown = 1;
    for (let level = 0; level < 1000; level++) deep = { a: deep };
    const outcome = await new Promise<unknown>((resolve) => {
      api
        .wsClient(token)
        .subscribe(
          { query: '{ viewer { id } }', variables: { deep } },
          { next: resolve, error: resolve, complete: () => resolve('complete') },
        );
    });
    record(`WebSocket ${(outcome as { extensions?: { code?: string } }[])[0]?.extensions?.code}`);
    expect(outcome).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
  });

  it('runs no mutation sent by GET, with or without the preflight header (CSRF)', async () => {
    const get = (query: string, headers: Record<string, string> = {}) =>
      send({
        method: 'GET',
        query: `?query=${encodeURIComponent(query)}`,
        headers: { authorization: `Bearer ${token}`, ...headers },
      });
    expectRefusal(await get('mutation { logout }'), 400, 'BAD_REQUEST');
    const preflighted = await get('mutation { logout }', { 'apollo-require-preflight': 'true' });
    expectRefusal(preflighted, 405, 'BAD_REQUEST');
    const save = `mutation { saveNominationDraft(id: "${draft.id}", input: { version: ${draft.version}, summary: "GET" }) { version } }`;
    expectRefusal(await get(save, { 'apollo-require-preflight': 'true' }), 405, 'BAD_REQUEST');
    // The session the refused logouts named still works.
    expect((await api.graphql('{ viewer { id } }', {}, token)).data?.viewer).toBeTruthy();
  });

  it('refuses a URL of 1 MB at the HTTP parser (431), GET or POST, and a long GET query by its tokens', async () => {
    const huge = `?query=${'a'.repeat(2 ** 20)}`;
    expect((await send({ method: 'GET', query: huge })).status).toBe(431);
    expect(
      (await send({ query: huge, headers: { 'content-type': 'application/json' }, body: '{}' })).status,
    ).toBe(431);
    const long = `{ viewer { ${'id '.repeat(OPERATION_LIMITS.tokens)} } }`;
    const reply = await send({
      method: 'GET',
      query: `?query=${encodeURIComponent(long)}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    expectRefusal(reply, 400, 'QUERY_TOO_LARGE');
  });
});
