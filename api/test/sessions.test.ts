import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

const SIGNED_IN_ONLY = '{ nominations(first: 1) { totalCount } }';
const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt } }`;

/** Bearer sessions: they expire, they can be revoked, and a forged token is nobody. */
describe('sessions', () => {
  let api: TestApi;
  let db: pg.Client;
  const codeWith = async (token: string) =>
    (await api.graphql(SIGNED_IN_ONLY, {}, token)).errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(() => db.end());

  it('last twelve hours from sign-in', async () => {
    const before = Date.now();
    const result = await api.graphql<{ login: { expiresAt: string } }>(LOGIN, {
      email: 'member8@example.com',
      password: 'Award2024!demo',
    });
    const after = Date.now();
    const expiresAt = Date.parse(result.data?.login.expiresAt ?? '');
    const twelveHours = 12 * 3_600_000;
    expect(expiresAt).toBeGreaterThanOrEqual(before + twelveHours);
    expect(expiresAt).toBeLessThanOrEqual(after + twelveHours);
  });

  it('answer UNAUTHENTICATED once expired', async () => {
    const token = await api.login('member8@example.com');
    expect(await codeWith(token)).toBeUndefined();
    await db.query(`update session set expires_at = now() - interval '1 second'
      where user_id = (select id from app_user where email = 'member8@example.com')`);
    expect(await codeWith(token)).toBe('UNAUTHENTICATED');
  });

  it('answer UNAUTHENTICATED after sign-out, and only that session ends', async () => {
    const ended = await api.login('member10@example.com');
    const kept = await api.login('member10@example.com');
    expect((await api.graphql('mutation { logout }', {}, ended)).data).toEqual({ logout: true });
    expect(await codeWith(ended)).toBe('UNAUTHENTICATED');
    expect(await codeWith(kept)).toBeUndefined();
  });

  it('treat a forged or malformed token as nobody', async () => {
    const real = await api.login('member11@example.com');
    const forged = `${real.slice(0, -4)}${real.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    expect(await codeWith(forged)).toBe('UNAUTHENTICATED');
    expect(await codeWith('not-even-a-token!!')).toBe('UNAUTHENTICATED');
  });

  it('store only a hash of the token', async () => {
    const token = await api.login('member11@example.com');
    const { rows } = await db.query('select token_hash from session');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.token_hash)).not.toContain(token);
  });

  it('answer a wrong password and an unknown account alike', async () => {
    const wrongPassword = await api.graphql(LOGIN, {
      email: 'member13@example.com',
      password: 'not the one',
    });
    const unknown = await api.graphql(LOGIN, { email: 'nobody-here@example.com', password: 'not the one' });
    expect(wrongPassword.errors?.[0]).toEqual(unknown.errors?.[0]);
    expect(wrongPassword.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
