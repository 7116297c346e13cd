import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ScorableAssignment, scorableAssignments, scoreAndSubmit } from './scoring-fixtures.js';
import { startTestApi, type TestApi } from './test-api.js';

const SUBSCRIBE = `subscription ($c: ID!) { reviewProgress(cycleId: $c) { sequence
  categories { category assigned drafted submitted notStarted overdue }
  ranking { nominationId sheetCount officialScore rank } } }`;

interface Snapshot {
  sequence: number;
  categories: { category: string; assigned: number; drafted: number; submitted: number; overdue: number }[];
  ranking: { nominationId: string; sheetCount: number; officialScore: number | null; rank: number }[];
}

/** The console's picture: what the database says, counted per category. */
async function expectedCounts(db: pg.Client, cycleId: string) {
  const { rows } = await db.query(
    `select n.category, count(*)::int as assigned,
       count(*) filter (where s.status = 'SUBMITTED')::int as submitted,
       count(*) filter (where s.status = 'DRAFT')::int as drafted
     from assignment a join nomination n on n.id = a.nomination_id left join score_sheet s on s.assignment_id = a.id
     where n.cycle_id = $1 and a.status in ('PENDING', 'ACCEPTED') group by n.category order by n.category`,
    [cycleId],
  );
  return rows;
}

/** A console's subscription, reading its snapshots one by one. */
function console$(api: TestApi, token: string, cycleId: string) {
  const client = api.wsClient(token);
  const iterator = client.iterate<{ reviewProgress: Snapshot }>({
    query: SUBSCRIBE,
    variables: { c: cycleId },
  });
  return {
    async next(): Promise<Snapshot> {
      const { value } = await iterator.next();
      if (!value?.data) throw new Error(JSON.stringify(value?.errors));
      return value.data.reviewProgress;
    },
    async close() {
      await iterator.return?.();
      await client.dispose();
    },
  };
}

const categoryOf = (snapshot: Snapshot, category: string) =>
  snapshot.categories.find((entry) => entry.category === category);

/** issue 7, live progress: the current state first, then every change; reconnecting loses nothing. */
describe("the chair's console over graphql-ws", () => {
  let api: TestApi;
  let db: pg.Client;
  let chair: string;
  let assignments: ScorableAssignment[];

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    chair = await api.login('chair@example.com');
    assignments = await scorableAssignments(api, db, 2);
  });
  afterAll(() => db.end());

  it('sends the current state first, then a newer snapshot after each change', async () => {
    const [assignment] = assignments;
    const live = console$(api, chair, assignment.cycleId);
    const first = await live.next();
    const counts = await expectedCounts(db, assignment.cycleId);
    expect(
      first.categories.map(({ category, assigned, submitted, drafted }) => ({
        category,
        assigned,
        submitted,
        drafted,
      })),
    ).toEqual(counts);

    await scoreAndSubmit(api, db, assignment);
    // The first save and the submission are two changes; the console sees the submission at last.
    let latest = await live.next();
    expect(latest.sequence).toBeGreaterThan(first.sequence);
    while (
      (categoryOf(latest, assignment.category)?.submitted ?? 0) ===
      categoryOf(first, assignment.category)?.submitted
    ) {
      const next = await live.next();
      expect(next.sequence).toBeGreaterThan(latest.sequence);
      latest = next;
    }
    expect(categoryOf(latest, assignment.category)?.submitted).toBe(
      (categoryOf(first, assignment.category)?.submitted ?? 0) + 1,
    );
    const sheets = await db.query(
      `select count(*)::int from score_sheet s join assignment a on a.id = s.assignment_id
       where a.nomination_id = $1 and s.status = 'SUBMITTED'`,
      [assignment.nominationId],
    );
    // The ranking follows the counts: recomputed behind the snapshot, then sent in a newer one.
    const sheetsRanked = (snapshot: Snapshot) =>
      snapshot.ranking.find((row) => row.nominationId === assignment.nominationId)?.sheetCount;
    while (sheetsRanked(latest) !== sheets.rows[0].count) {
      const next = await live.next();
      expect(next.sequence).toBeGreaterThan(latest.sequence);
      latest = next;
    }
    expect(sheetsRanked(latest)).toBe(sheets.rows[0].count);
    await live.close();
  });

  it('starts a console that reconnects from the current state, with every change it missed', async () => {
    const [, assignment] = assignments;
    const before = await console$(api, chair, assignment.cycleId);
    const seen = await before.next();
    await before.close();
    await scoreAndSubmit(api, db, assignment);
    const after = console$(api, chair, assignment.cycleId);
    const resumed = await after.next();
    expect(resumed.sequence).toBeGreaterThanOrEqual(seen.sequence + 2);
    expect(categoryOf(resumed, assignment.category)?.submitted).toBe(
      (categoryOf(seen, assignment.category)?.submitted ?? 0) + 1,
    );
    await after.close();
  });

  it('refuses the console to an expert', async () => {
    const expert = console$(api, await api.login(assignments[0].email), assignments[0].cycleId);
    await expect(expert.next()).rejects.toThrow(/FORBIDDEN|not authorized|Access denied/i);
    await expert.close();
  });
});
