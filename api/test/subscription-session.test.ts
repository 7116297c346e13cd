import type { Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_ENDED_CLOSE_CODE } from '../src/live/socket-sessions.js';
import { isRedisUrlMissing } from './missing-on-this-machine.js';
import { startTestApi, type TestApi } from './test-api.js';

const SUBSCRIBE = 'subscription ($cycleId: ID!) { nominationStatusChanged(cycleId: $cycleId) { code } }';
const redisUrl = process.env.REDIS_URL;
const withoutRedis = isRedisUrlMissing('subscription-session.test.ts, across instances');

/** Subscribes, and resolves to the close event once the server closes the socket. */
function subscribeUntilClosed(client: Client, cycleId: string): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    client.on('closed', (event) => resolve(event as { code: number; reason: string }));
    client.subscribe(
      { query: SUBSCRIBE, variables: { cycleId } },
      { next: () => {}, error: () => {}, complete: () => {} },
    );
  });
}

/** A socket kept open without a subscription (a committee member may not subscribe to the console). */
function openUntilClosed(client: Client): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    client.on('closed', (event) => resolve(event as { code: number; reason: string })),
  );
}

/** Resolves once the socket is acknowledged, so that the session is being watched. */
function connected(client: Client): Promise<void> {
  return new Promise((resolve) => client.on('connected', () => resolve()));
}

/** A subscription lives no longer than the session it was opened with. */
describe('open subscriptions when the session ends', () => {
  let api: TestApi;
  let db: pg.Client;
  let cycleId: string;

  beforeAll(async () => {
    api = await startTestApi({ redisUrl });
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    cycleId = (await db.query('select id from award_cycle limit 1')).rows[0].id;
  });
  afterAll(() => db.end());

  it('closes the socket when its user signs out', async () => {
    const token = await api.login('chair@example.com');
    const client = api.wsClient(token);
    const closed = subscribeUntilClosed(client, cycleId);
    await connected(client);
    expect((await api.graphql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    expect(await closed).toMatchObject({ code: SESSION_ENDED_CLOSE_CODE, reason: 'Session ended' });
  });

  it('closes the socket when the secretariat disables the account', async () => {
    const token = await api.login('member6@example.com');
    const client = api.wsClient(token, { lazy: false });
    const closed = openUntilClosed(client);
    await connected(client);
    const [{ id }] = (await db.query("select id from app_user where email = 'member6@example.com'")).rows;
    const disabled = await api.graphql(
      'mutation ($id: ID!) { setAccountDisabled(id: $id, isDisabled: true) { isDisabled } }',
      { id },
      await api.login('secretariat@example.com'),
    );
    expect(disabled.errors).toBeUndefined();
    expect((await closed).code).toBe(SESSION_ENDED_CLOSE_CODE);
  });

  it('leaves the sockets of other sessions open', async () => {
    const kept = api.wsClient(await api.login('secretariat@example.com'));
    let isClosed = false;
    kept.on('closed', () => {
      isClosed = true;
    });
    kept.subscribe(
      { query: SUBSCRIBE, variables: { cycleId } },
      { next: () => {}, error: () => {}, complete: () => {} },
    );
    await connected(kept);
    const other = await api.login('secretariat@example.com');
    const otherClient = api.wsClient(other);
    const closed = subscribeUntilClosed(otherClient, cycleId);
    await connected(otherClient);
    await api.graphql('mutation { logout }', {}, other);
    await closed;
    expect(isClosed).toBe(false);
  });

  it('closes the socket when the session expires', async () => {
    const token = await api.login('member7@example.com');
    await db.query(`update session set expires_at = now() + interval '1 second'
      where user_id = (select id from app_user where email = 'member7@example.com') and revoked_at is null`);
    const client = api.wsClient(token, { lazy: false });
    expect(await openUntilClosed(client)).toMatchObject({
      code: SESSION_ENDED_CLOSE_CODE,
      reason: 'Session expired',
    });
  });

  it.skipIf(withoutRedis)('closes a socket on another instance when the user signs out here', async () => {
    const other = await (api as Awaited<ReturnType<typeof startTestApi>>).anotherInstance();
    const token = await api.login('chair@example.com');
    const client = other.wsClient(token);
    const closed = subscribeUntilClosed(client, cycleId);
    await connected(client);
    await api.graphql('mutation { logout }', {}, token);
    expect((await closed).code).toBe(SESSION_ENDED_CLOSE_CODE);
  });
});
