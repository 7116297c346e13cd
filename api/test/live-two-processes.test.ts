import { resolve } from 'node:path';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type ChildServer, startChildServer } from '../bench/child-process.js';
import { isRedisUrlMissing } from './missing-on-this-machine.js';
import { scorableAssignments, scoreAndSubmit } from './scoring-fixtures.js';
import { DEMO_PASSWORD, startTestApi, type TestApi } from './test-api.js';

const redisUrl = process.env.REDIS_URL;
const withoutRedis = isRedisUrlMissing('live-two-processes.test.ts');

/**
 * issue 7: with REDIS_URL, two API processes over one database behind a load balancer; a score
 * submitted through one reaches the chair's console subscribed on the other.
 */
describe.skipIf(withoutRedis)('the console across two API processes over Redis', () => {
  let api: TestApi;
  let db: pg.Client;
  let other: ChildServer;

  beforeAll(async () => {
    api = await startTestApi({ redisUrl });
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    other = await startChildServer({
      name: 'second API',
      cwd: resolve(import.meta.dirname, '..'),
      script: 'src/main.ts',
      env: {
        DATABASE_URL: api.databaseUrl,
        REDIS_URL: redisUrl as string,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SEED_DEMO_DATA: 'false',
      },
      readyPath: '/healthz',
      onStart: () => {},
    });
  });
  afterAll(async () => {
    await other?.child.stop();
    await db.end();
  });

  it("delivers a submission made through one process to a chair's console on the other", async () => {
    const [assignment] = await scorableAssignments(api, db, 1);
    const login = await fetch(`${other.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: 'chair@example.com', p: DEMO_PASSWORD },
      }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const client = createClient({
      url: `${other.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const snapshots = client.iterate<{
      reviewProgress: { sequence: number; categories: { category: string; submitted: number }[] };
    }>({
      query:
        'subscription ($c: ID!) { reviewProgress(cycleId: $c) { sequence categories { category submitted } } }',
      variables: { c: assignment.cycleId },
    });
    const submittedIn = (value: { categories: { category: string; submitted: number }[] }) =>
      value.categories.find((entry) => entry.category === assignment.category)?.submitted ?? 0;
    const first = (await snapshots.next()).value?.data?.reviewProgress;
    if (!first) throw new Error('no first snapshot');

    await scoreAndSubmit(api, db, assignment);
    let latest = first;
    while (submittedIn(latest) === submittedIn(first)) {
      const next = (await snapshots.next()).value?.data?.reviewProgress;
      if (!next) throw new Error('the subscription ended');
      expect(next.sequence).toBeGreaterThan(latest.sequence);
      latest = next;
    }
    expect(submittedIn(latest)).toBe(submittedIn(first) + 1);
    await snapshots.return?.();
    await client.dispose();
  });
});
