import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

const SET_WINDOW = `mutation ($cycleId: ID!, $kind: WindowKind!, $opensAt: DateTimeISO!, $closesAt: DateTimeISO!) {
  setCycleWindow(cycleId: $cycleId, kind: $kind, opensAt: $opensAt, closesAt: $closesAt) { kind opensAt closesAt } }`;
const WINDOWS = 'query ($id: ID!) { awardCycle(id: $id) { windows { kind opensAt closesAt } } }';
const IN_CHINESE = { 'accept-language': 'zh-CN,zh;q=0.9' };

/** award-rules.md, The year's timeline: the windows follow the award's order, and are listed in it. */
describe('the timeline in the award’s order', () => {
  let api: TestApi;
  let secretariat: string;
  let cycleId: string;
  const windows = async () =>
    (
      await api.graphql<{ awardCycle: { windows: { kind: string; opensAt: string; closesAt: string }[] } }>(
        WINDOWS,
        { id: cycleId },
        secretariat,
      )
    ).data?.awardCycle.windows ?? [];
  const set = (kind: string, opensAt: string, closesAt: string, headers?: Record<string, string>) =>
    api.graphql(SET_WINDOW, { cycleId, kind, opensAt, closesAt }, secretariat, headers);

  beforeAll(async () => {
    api = await startTestApi();
    secretariat = await api.login('secretariat@example.com');
    const cycles = await api.graphql<{ awardCycles: { id: string }[] }>(
      '{ awardCycles { id } }',
      {},
      secretariat,
    );
    cycleId = cycles.data?.awardCycles[0].id as string;
  });
  afterAll(() => api.close());

  it('lists the windows in the award’s order', async () => {
    expect((await windows()).map((window) => window.kind)).toEqual([
      'REGISTRATION',
      'NOMINATION',
      'FORMAL_REVIEW',
      'PRELIMINARY_REVIEW',
      'RE_REVIEW',
      'PUBLICITY',
      'APPROVAL',
    ]);
  });

  it('refuses a formal review that opens before nomination closes, naming both windows, and changes nothing', async () => {
    const before = await windows();
    // Nomination closes 2024-05-31 16:00 in Shanghai.
    const refused = await set('FORMAL_REVIEW', '2024-05-20T01:00:00Z', '2024-06-21T09:00:00Z', IN_CHINESE);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'WINDOW_ORDER',
      field: 'opensAt',
      before: 'NOMINATION',
      after: 'FORMAL_REVIEW',
    });
    expect(refused.errors?.[0].message).toBe('形式审查须在提名截止（2024-05-31 16:00）之后开始');
    const english = await set('FORMAL_REVIEW', '2024-05-20T01:00:00Z', '2024-06-21T09:00:00Z');
    expect(english.errors?.[0].message).toBe(
      'The formal review window must open after the nomination window closes (2024-05-31T08:00:00.000Z).',
    );
    expect(await windows()).toEqual(before);
  });

  it('refuses a nomination extended past the opening of formal review, on its closing time', async () => {
    const refused = await set('NOMINATION', '2024-04-22T01:00:00Z', '2024-06-10T08:00:00Z', IN_CHINESE);
    expect(refused.errors?.[0].extensions).toMatchObject({ rule: 'WINDOW_ORDER', field: 'closesAt' });
    expect(refused.errors?.[0].message).toBe('提名须在形式审查开始（2024-06-03 09:00）之前截止');
  });

  it('lets nomination run beside registration, but not open before it', async () => {
    const beside = await set('NOMINATION', '2024-04-10T01:00:00Z', '2024-05-31T08:00:00Z');
    expect(beside.errors).toBeUndefined();
    const early = await set('NOMINATION', '2024-04-01T01:00:00Z', '2024-05-31T08:00:00Z', IN_CHINESE);
    expect(early.errors?.[0].message).toBe('提名的开始时间不能早于活动报名开始（2024-04-08 09:00）');
  });

  it('accepts a window that follows the one before and precedes the one after', async () => {
    const moved = await set('FORMAL_REVIEW', '2024-05-31T08:00:00Z', '2024-06-28T09:00:00Z');
    expect(moved.errors).toBeUndefined();
  });
});
