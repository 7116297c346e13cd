import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

const PAGE = `query ($c: ID!, $first: Int!, $after: String) {
  results(cycleId: $c, category: PROGRESS, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id rank nomination { code } } }
  }
}`;

const WITH_SHEETS = `query ($c: ID!) { results(cycleId: $c, category: PROGRESS, first: 6) { edges { node {
  countedSheets { sheet { id total } } } } } }`;

const WITHOUT_SHEETS = `query ($c: ID!) { results(cycleId: $c, category: PROGRESS, first: 6) { edges { node {
  rank criterionMeans { criterion { code } mean } } } } }`;

interface Page {
  results: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; rank: number | null; nomination: { code: string } } }[];
  };
}

/** A category's results page, read with everything it shows in one statement (results/results-page.ts). */
describe('a page of results', () => {
  let api: TestApi;
  let db: pg.Client;
  let chair: string;
  let cycleId: string;

  beforeAll(async () => {
    api = await startTestApi();
    chair = await api.login('chair@example.com');
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    cycleId = (await db.query('select id from award_cycle')).rows[0].id;
  });
  afterAll(() => db.end());

  const page = async (first: number, after?: string | null) => {
    const result = await api.graphql<Page>(PAGE, { c: cycleId, first, after }, chair);
    expect(result.errors).toBeUndefined();
    return result.data?.results as Page['results'];
  };

  it('pages in rank order, from cursor to cursor, neither skipping nor repeating a result', async () => {
    const whole = await page(100);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    expect(whole.totalCount).toBe(whole.edges.length);
    const { rows } = await db.query(
      `select r.id from nomination_result r join nomination n on n.id = r.nomination_id
       where n.category = 'PROGRESS' order by r.rank, r.id`,
    );
    expect(whole.edges.map((edge) => edge.node.id)).toEqual(rows.map((row) => row.id));
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const next = await page(5, after);
      paged.push(...next.edges.map((edge) => edge.node.id));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(paged).toEqual(rows.map((row) => row.id));
  });

  it('refuses a cursor of another list', async () => {
    const result = await api.graphql(PAGE, { c: cycleId, first: 5, after: 'bm90IGEgY3Vyc29y' }, chair);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  /** The sheets listed by the trail's reads (one row per request lists them, audit/read-audit.ts). */
  const sheetReads = async () =>
    Number(
      (
        await db.query(
          "select coalesce(sum(jsonb_array_length(after -> 'ids')), 0) as count from audit_event where action = 'READ' and entity_type = 'ScoreSheet'",
        )
      ).rows[0].count,
    );

  it("records the chair's look at every counted sheet it shows, and none when it shows none", async () => {
    const before = await sheetReads();
    const shown = await api.graphql<{
      results: { edges: { node: { countedSheets: { sheet: { id: string } }[] } }[] };
    }>(WITH_SHEETS, { c: cycleId }, chair);
    expect(shown.errors).toBeUndefined();
    const sheets =
      shown.data?.results.edges.flatMap((edge) => edge.node.countedSheets.map((c) => c.sheet.id)) ?? [];
    expect(sheets.length).toBeGreaterThan(0);
    expect((await sheetReads()) - before).toBe(sheets.length);
    const { rows } = await db.query(
      "select after from audit_event where action = 'READ' and entity_type = 'ScoreSheet' order by id desc limit 1",
    );
    expect(rows[0].after.ids).toEqual([...sheets].sort());

    const after = await sheetReads();
    const ranking = await api.graphql(WITHOUT_SHEETS, { c: cycleId }, chair);
    expect(ranking.errors).toBeUndefined();
    expect(await sheetReads()).toBe(after);
  });
});
