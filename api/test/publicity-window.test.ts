import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

const DAY = 24 * 60 * 60 * 1000;

/** award-rules.md, Publicity: results are published for 15 days (default), whatever the window left. */
describe('the publicity window of a category published late', () => {
  let api: TestApi;
  let db: pg.Client;

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(() => db.end());

  it('closes later, never earlier, so that the category gets its full publicity', async () => {
    const cycleId = (await db.query('select id from award_cycle')).rows[0].id;
    // Publicity already running, with an hour left (another category published two weeks ago).
    await db.query(
      `update cycle_window set opens_at = now() - interval '14 days', closes_at = date_trunc('second', now()) + interval '1 hour'
       where kind = 'PUBLICITY'`,
    );
    // Approval comes after publicity, as the award's order wants it.
    await db.query(
      `update cycle_window set opens_at = now() + interval '30 days', closes_at = now() + interval '40 days'
       where kind = 'APPROVAL'`,
    );
    // The committee's grades for the category's nominations at re-review, as closed ballots write them.
    await db.query(`insert into nomination_result (id, nomination_id, stage, final_grade)
      select gen_random_uuid(), id, 'PRELIMINARY', 'THIRD' from nomination where category = 'INVENTION' and status = 'RE_REVIEW'
      on conflict (nomination_id, stage) do update set final_grade = excluded.final_grade`);
    const before = Date.now();
    const published = await api.graphql<{
      publishResults: { publicityOpensAt: string; publicityClosesAt: string };
    }>(
      'mutation ($c: ID!) { publishResults(cycleId: $c, category: INVENTION) { publicityOpensAt publicityClosesAt } }',
      { c: cycleId },
      await api.login('secretariat@example.com'),
    );
    expect(published.errors).toBeUndefined();
    const closes = new Date(published.data?.publishResults.publicityClosesAt ?? 0).getTime();
    expect(closes).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 15 * DAY);
    const opens = new Date(published.data?.publishResults.publicityOpensAt ?? 0).getTime();
    expect(before - opens).toBeGreaterThan(13 * DAY);
  });
});
