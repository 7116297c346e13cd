import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const SUBSCRIBE = `subscription ($cycleId: ID!) {
  nominationStatusChanged(cycleId: $cycleId) { nominationId code fromStatus toStatus at }
}`;

const WITHDRAW = `mutation ($id: ID!, $reason: String!) {
  withdrawNomination(id: $id, reason: $reason) { id status }
}`;

interface Nominee {
  id: string;
  code: string;
  status: string;
  email: string;
}

describe('nominationStatusChanged, over graphql-ws', () => {
  let api: TestApi;
  let cycleId: string;
  let nominee: Nominee;
  let nominatorToken: string;

  beforeAll(async () => {
    api = await startTestApi();
    const cycles = await api.graphql<{ awardCycles: { id: string }[] }>('{ awardCycles { id } }');
    cycleId = cycles.data?.awardCycles[0].id as string;
    // A nomination its nominator can still withdraw, and that nominator's account.
    const db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    const { rows } = await db.query(`select n.id, n.code, n.status, u.email from nomination n
      join app_user u on u.organization_id = n.nominator_id and 'NOMINATOR' = any(u.roles)
      where n.status = 'SUBMITTED' order by n.code limit 1`);
    await db.end();
    nominee = rows[0];
    nominatorToken = await api.login(rows[0].email);
  });

  it("delivers a withdrawal to the chair's console once it is committed", async () => {
    const chair = api.wsClient(await api.login('chair@example.com'));
    const events = chair.iterate<{ nominationStatusChanged: Record<string, string> }>({
      query: SUBSCRIBE,
      variables: { cycleId },
    });
    const next = events.next();
    // Give the server a moment to register the subscription before the change happens.
    await sleep(200);

    const withdrawn = await api.graphql(WITHDRAW, { id: nominee.id, reason: '测试撤回' }, nominatorToken);
    expect(withdrawn.errors).toBeUndefined();

    const event = await next;
    expect(event.value?.data?.nominationStatusChanged).toMatchObject({
      nominationId: nominee.id,
      code: nominee.code,
      fromStatus: nominee.status,
      toStatus: 'WITHDRAWN',
    });

    // A refused change is rolled back and publishes nothing: the console hears no second event.
    const following = events.next();
    const again = await api.graphql(WITHDRAW, { id: nominee.id, reason: '再次撤回' }, nominatorToken);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const heard = await Promise.race([following.then(() => 'event'), sleep(500).then(() => 'silence')]);
    expect(heard).toBe('silence');
    await events.return?.();
  });

  it("refuses a withdrawal by another organization's nominator", async () => {
    const otherEmail =
      nominee.email === 'nominator1@example.com' ? 'nominator2@example.com' : 'nominator1@example.com';
    const other = await api.login(otherEmail);
    const result = await api.graphql(WITHDRAW, { id: nominee.id, reason: 'x' }, other);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses the subscription to a nominator', async () => {
    const client = api.wsClient(nominatorToken);
    const events = client.iterate({ query: SUBSCRIBE, variables: { cycleId } });
    const outcome = await events.next().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    expect(JSON.stringify(outcome)).toMatch(/"code":"FORBIDDEN"/);
  });
});
