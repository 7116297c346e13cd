import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

const START = 'mutation ($c: ID!) { startReReview(cycleId: $c, category: INVENTION) { code status } }';

/** award-rules.md, Stages and states: preliminary review ends, and its ranking feeds re-review. */
describe('the start of re-review', () => {
  let api: TestApi;
  let db: pg.Client;
  let chair: string;
  let cycleId: string;
  const inReview = async () =>
    (
      await db.query(
        "select code from nomination where category = 'INVENTION' and status = 'PRELIMINARY_REVIEW' order by code",
      )
    ).rows.map((row) => row.code);

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    chair = await api.login('chair@example.com');
    cycleId = (await db.query('select id from award_cycle')).rows[0].id;
  });
  afterAll(() => db.end());

  it('is refused while a review of the category is open, naming how many, and moves nothing', async () => {
    const before = await inReview();
    expect(before.length).toBeGreaterThan(0);
    const refused = await api.graphql(START, { c: cycleId }, chair);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'OPEN_REVIEWS' });
    expect(refused.errors?.[0].extensions?.openReviews).toBeGreaterThan(0);
    expect(await inReview()).toEqual(before);
  });

  it('moves every nomination of the category in preliminary review once all its reviews are in', async () => {
    const before = await inReview();
    // The open reviews end without a sheet (their experts declined): what is submitted stands.
    await db.query(`update assignment a set status = 'DECLINED', status_reason = '测试'
      from nomination n where n.id = a.nomination_id and n.category = 'INVENTION' and n.status = 'PRELIMINARY_REVIEW'
        and a.status in ('PENDING', 'ACCEPTED')
        and not exists (select 1 from score_sheet s where s.assignment_id = a.id and s.status = 'SUBMITTED')`);
    const started = await api.graphql<{ startReReview: { code: string; status: string }[] }>(
      START,
      { c: cycleId },
      await api.login('secretariat@example.com'),
    );
    expect(started.errors).toBeUndefined();
    expect(started.data?.startReReview.map((row) => row.code)).toEqual(before);
    expect(started.data?.startReReview.every((row) => row.status === 'RE_REVIEW')).toBe(true);
    expect(await inReview()).toEqual([]);
    const moved = await db.query(
      `select count(*)::int from nomination_transition t join nomination n on n.id = t.nomination_id
       where n.code = any($1) and t.to_status = 'RE_REVIEW'`,
      [before],
    );
    expect(moved.rows[0].count).toBe(before.length);
    const again = await api.graphql(START, { c: cycleId }, chair);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'NOTHING_IN_REVIEW' });
  });
});
