import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

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
  nominator: { id: string };
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
    // A submitted nomination of the organization nominator1 acts for.
    const token = await api.login('nominator1@example.com');
    const viewer = await api.graphql<{ viewer: { organization: { id: string } } }>(
      '{ viewer { organization { id } } }',
      {},
      token,
    );
    const list = await api.graphql<{ nominations: { edges: { node: Nominee }[] } }>(
      `query ($org: ID!) { nominations(first: 100, nominatorId: $org) {
        edges { node { id code status nominator { id } } } } }`,
      { org: viewer.data?.viewer.organization.id },
    );
    const candidates = list.data?.nominations.edges.map((edge) => edge.node) ?? [];
    nominee = candidates.find((n) => ['DRAFT', 'SUBMITTED', 'ACCEPTED'].includes(n.status)) as Nominee;
    expect(nominee, 'nominator1 needs a nomination it can still withdraw').toBeDefined();
    nominatorToken = token;
  });

  it("delivers a withdrawal to the chair's console once it is committed", async () => {
    const chair = api.wsClient(await api.login('chair@example.com'));
    const events = chair.iterate<{ nominationStatusChanged: Record<string, string> }>({
      query: SUBSCRIBE,
      variables: { cycleId },
    });
    const next = events.next();
    // Give the server a moment to register the subscription before the change happens.
    await new Promise((resolve) => setTimeout(resolve, 200));

    const withdrawn = await api.graphql(WITHDRAW, { id: nominee.id, reason: '测试撤回' }, nominatorToken);
    expect(withdrawn.errors).toBeUndefined();

    const event = await next;
    expect(event.value?.data?.nominationStatusChanged).toMatchObject({
      nominationId: nominee.id,
      code: nominee.code,
      fromStatus: nominee.status,
      toStatus: 'WITHDRAWN',
    });
    await events.return?.();
  });

  it('refuses a second withdrawal as a conflict, and nothing is published', async () => {
    const again = await api.graphql(WITHDRAW, { id: nominee.id, reason: '再次撤回' }, nominatorToken);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it("refuses a withdrawal by another organization's nominator", async () => {
    const other = await api.login('nominator2@example.com');
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
    expect(JSON.stringify(outcome)).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });
});
