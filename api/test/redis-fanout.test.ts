import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { isRedisUrlMissing } from './missing-on-this-machine.js';
import { startTestApi, type TestApi } from './test-api.js';

const redisUrl = process.env.REDIS_URL;
const withoutRedis = isRedisUrlMissing('redis-fanout.test.ts');

/** With REDIS_URL, an event committed on one API instance reaches subscribers on every other. */
describe.skipIf(withoutRedis)('live events across API instances over Redis', () => {
  let writer: TestApi;
  let reader: TestApi;

  beforeAll(async () => {
    const first = await startTestApi({ redisUrl });
    writer = first;
    reader = await first.anotherInstance();
  });

  it("delivers a withdrawal made on one instance to a chair's console on the other", async () => {
    const db = new pg.Client({ connectionString: writer.databaseUrl });
    await db.connect();
    const { rows } = await db.query(`select n.id, n.cycle_id, u.email from nomination n
      join app_user u on u.organization_id = n.nominator_id and 'NOMINATOR' = any(u.roles)
      where n.status = 'ACCEPTED' order by n.code limit 1`);
    await db.end();
    const [{ id, cycle_id: cycleId, email }] = rows;

    const chairConsole = reader.wsClient(await reader.login('chair@example.com'));
    const events = chairConsole.iterate<{
      nominationStatusChanged: { nominationId: string; toStatus: string };
    }>({
      query: `subscription ($cycleId: ID!) { nominationStatusChanged(cycleId: $cycleId) { nominationId toStatus } }`,
      variables: { cycleId },
    });
    const next = events.next();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const result = await writer.graphql(
      'mutation ($id: ID!) { withdrawNomination(id: $id, reason: "跨实例测试") { status } }',
      { id },
      await writer.login(email),
    );
    expect(result.errors).toBeUndefined();
    expect((await next).value?.data?.nominationStatusChanged).toEqual({
      nominationId: id,
      toStatus: 'WITHDRAWN',
    });
    await events.return?.();
  });
});
