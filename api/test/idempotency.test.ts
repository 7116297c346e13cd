import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Draft, openFilingWindows, startDraft } from './nomination-fixtures.js';
import { startTestApi, type TestApi } from './test-api.js';

const SAVE = `mutation ($id: ID!, $input: NominationDraftInput!) { saveNominationDraft(id: $id, input: $input) {
  version summary } }`;

interface Answer {
  status: number;
  replay: string | null;
  body: {
    data?: { saveNominationDraft: { version: number; summary: string } } | null;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
}

/** issue 9: a client may retry a mutation with the same Idempotency-Key and get the first answer. */
describe('Idempotency-Key', () => {
  let api: TestApi;
  let db: pg.Client;
  let token: string;
  let draft: Draft;

  const send = async (key: string, input: Record<string, unknown>, language = 'en'): Promise<Answer> => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'idempotency-key': key,
        'accept-language': language,
      },
      body: JSON.stringify({ query: SAVE, variables: { id: draft.id, input } }),
    });
    return {
      status: response.status,
      replay: response.headers.get('idempotent-replay'),
      body: (await response.json()) as Answer['body'],
    };
  };
  const stored = async () =>
    (await db.query('select version, summary from nomination where id = $1', [draft.id])).rows[0] as {
      version: number;
      summary: string;
    };

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    await openFilingWindows(db);
    token = await api.login('nominator3@example.com');
    draft = await startDraft(api, db, token);
  });
  afterAll(() => db.end());

  it('answers a retry with the first answer, without saving twice', async () => {
    const input = { version: draft.version, summary: '第一次保存' };
    const first = await send('save-0001-aaaa', input);
    expect(first.body.errors).toBeUndefined();
    expect(first.replay).toBeNull();
    const retry = await send('save-0001-aaaa', input);
    expect(retry.replay).toBe('true');
    expect(retry.body).toEqual(first.body);
    // Run again, the same stale version would have been refused with CONFLICT.
    expect(await stored()).toEqual({ version: draft.version + 1, summary: '第一次保存' });
    draft.version += 1;
  });

  it('refuses the same key for another request', async () => {
    const other = await send('save-0001-aaaa', { version: draft.version, summary: '另一次' });
    expect(other.body.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect((await stored()).summary).toBe('第一次保存');
  });

  it('keeps nothing of a refused request, so its retry runs', async () => {
    await db.query(
      "update cycle_window set closes_at = now() - interval '1 second' where kind = 'NOMINATION'",
    );
    const input = { version: draft.version, summary: '窗口关闭时' };
    expect((await send('save-0002-bbbb', input)).body.errors?.[0].extensions?.code).toBe('WINDOW_CLOSED');
    await openFilingWindows(db);
    const retry = await send('save-0002-bbbb', input);
    expect(retry.body.errors).toBeUndefined();
    expect(retry.replay).toBeNull();
    expect(await stored()).toEqual({ version: draft.version + 1, summary: '窗口关闭时' });
    draft.version += 1;
  });

  it('runs one of two simultaneous sends of a key, and answers the other with it or IN_PROGRESS', async () => {
    const input = { version: draft.version, summary: '同时发送' };
    const answers = await Promise.all([send('save-0003-cccc', input), send('save-0003-cccc', input)]);
    const outcomes = answers.map((answer) =>
      answer.body.errors
        ? String(answer.body.errors[0].extensions.rule ?? answer.body.errors[0].extensions.code)
        : 'SAVED',
    );
    expect(outcomes.filter((outcome) => outcome === 'SAVED').length).toBeGreaterThanOrEqual(1);
    expect(outcomes.every((outcome) => outcome === 'SAVED' || outcome === 'IN_PROGRESS')).toBe(true);
    expect(await stored()).toEqual({ version: draft.version + 1, summary: '同时发送' });
  });

  it('refuses a malformed key, in the language asked for', async () => {
    const answer = await send('x', { version: draft.version + 1, summary: '坏的键' }, 'zh-CN');
    expect(answer.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'IDEMPOTENCY_KEY',
    });
    expect(answer.body.errors?.[0].message).toBe('Idempotency-Key 应为 8 至 100 个字母、数字或 _.:- 字符');
  });
});
