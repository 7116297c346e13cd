import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

const RESULTS = `query ($c: ID!, $k: AwardCategory!) { results(cycleId: $c, category: $k, first: 100) { edges { node {
  rank isTied sheetCount assignedCount isComplete officialScore plainMean median severityAdjusted spread hasDisagreement scoreGrade recommendedGrade
  nomination { id code }
  criterionMeans { criterion { id maxPoints } mean spread isDisagreement }
  countedSheets { sheet { id } total adjustedTotal isTrimmed } } } } }`;

interface Result {
  rank: number;
  sheetCount: number;
  assignedCount: number;
  isComplete: boolean;
  officialScore: number;
  plainMean: number;
  spread: number;
  hasDisagreement: boolean;
  scoreGrade: string;
  recommendedGrade: string;
  nomination: { id: string; code: string };
  criterionMeans: {
    criterion: { id: string; maxPoints: number };
    mean: number;
    spread: number;
    isDisagreement: boolean;
  }[];
  countedSheets: { sheet: { id: string }; total: number; adjustedTotal: number; isTrimmed: boolean }[];
}

/** issue 7, aggregation: every figure recomputed from the submitted sheets, and explained. */
describe('the results of preliminary review', () => {
  let api: TestApi;
  let db: pg.Client;
  let chair: string;
  let cycleId: string;
  const results = async (category = 'INVENTION') =>
    (
      await api.graphql<{ results: { edges: { node: Result }[] } }>(
        RESULTS,
        { c: cycleId, k: category },
        chair,
      )
    ).data?.results.edges.map((edge) => edge.node) ?? [];

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    chair = await api.login('chair@example.com');
    cycleId = (await db.query('select id from award_cycle')).rows[0].id;
  });
  afterAll(() => db.end());

  it('explains each official score by its counted sheets, the trimmed highest and lowest among them', async () => {
    const ranked = await results();
    expect(ranked.length).toBeGreaterThan(5);
    for (const result of ranked) {
      const { rows } = await db.query(
        `select s.id, s.total from score_sheet s join assignment a on a.id = s.assignment_id
         where a.nomination_id = $1 and s.status = 'SUBMITTED' order by s.total, s.id`,
        [result.nomination.id],
      );
      expect(result.countedSheets.map((counted) => counted.sheet.id).sort()).toEqual(
        rows.map((row) => row.id).sort(),
      );
      const totals = rows.map((row) => Number(row.total));
      const trimmed = result.countedSheets
        .filter((counted) => counted.isTrimmed)
        .map((counted) => counted.sheet.id);
      if (totals.length >= 5) {
        expect(trimmed.sort()).toEqual([rows[0].id, rows[rows.length - 1].id].sort());
        const kept = totals.slice(1, -1);
        expect(result.officialScore).toBeCloseTo(kept.reduce((a, b) => a + b, 0) / kept.length, 2);
      } else {
        expect(trimmed).toEqual([]);
        expect(result.officialScore).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / totals.length, 2);
      }
      expect(result.spread).toBeCloseTo(Math.max(...totals) - Math.min(...totals), 2);
    }
    // One row per request lists the sheets read (audit/read-audit.ts).
    const audited = await db.query(
      "select sum(jsonb_array_length(after -> 'ids')) as count from audit_event where action = 'READ' and entity_type = 'ScoreSheet'",
    );
    expect(Number(audited.rows[0].count)).toBeGreaterThanOrEqual(
      ranked.reduce((n, r) => n + r.countedSheets.length, 0),
    );
  });

  it('gives per-criterion means and flags the disagreements of award-rules.md', async () => {
    for (const result of await results()) {
      for (const mean of result.criterionMeans) {
        const { rows } = await db.query(
          `select avg(p.points)::float as mean, (max(p.points) - min(p.points))::float as spread from criterion_score p
           join score_sheet s on s.id = p.sheet_id join assignment a on a.id = s.assignment_id
           where a.nomination_id = $1 and s.status = 'SUBMITTED' and p.criterion_id = $2`,
          [result.nomination.id, mean.criterion.id],
        );
        // Stored to two decimals.
        expect(Math.abs(mean.mean - rows[0].mean)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(mean.isDisagreement).toBe(rows[0].spread > mean.criterion.maxPoints / 2);
      }
      expect(result.hasDisagreement).toBe(
        result.spread > 25 || result.criterionMeans.some((mean) => mean.isDisagreement),
      );
    }
  });

  it('grades only a nomination whose sheets are all in; an incomplete one keeps a provisional place', async () => {
    const ranked = await results();
    for (const result of ranked) {
      const { rows } = await db.query(
        `select count(*)::int as assigned from assignment a
         where a.nomination_id = $1 and a.stage = 'PRELIMINARY' and a.status in ('PENDING', 'ACCEPTED')`,
        [result.nomination.id],
      );
      expect(result.assignedCount, result.nomination.code).toBe(rows[0].assigned);
      expect(result.isComplete, result.nomination.code).toBe(result.sheetCount >= result.assignedCount);
      if (!result.isComplete) expect(result.recommendedGrade, result.nomination.code).toBeNull();
      else expect(result.recommendedGrade, result.nomination.code).not.toBeNull();
    }
    const incomplete = ranked.filter((result) => !result.isComplete);
    expect(incomplete.length, 'the demo has nominations still waiting for sheets').toBeGreaterThan(0);
    expect(incomplete.every((result) => result.rank != null)).toBe(true);
  });

  it('cuts the recommended grades to the quotas in rank order, passing over the incomplete', async () => {
    const ranked = (await results()).filter((result) => result.isComplete).sort((a, b) => a.rank - b.rank);
    const quota = (
      await db.query(
        "select quota_first, quota_second, quota_third from category_config where category = 'INVENTION'",
      )
    ).rows[0];
    const count = (grade: string) => ranked.filter((result) => result.recommendedGrade === grade).length;
    expect(count('FIRST')).toBeLessThanOrEqual(quota.quota_first);
    expect(count('SECOND')).toBeLessThanOrEqual(quota.quota_second);
    expect(count('THIRD')).toBeLessThanOrEqual(quota.quota_third);
    const order = ['FIRST', 'SECOND', 'THIRD', 'NONE'];
    for (let i = 1; i < ranked.length; i++) {
      expect(order.indexOf(ranked[i].recommendedGrade)).toBeGreaterThanOrEqual(
        order.indexOf(ranked[i - 1].recommendedGrade),
      );
      expect(order.indexOf(ranked[i].recommendedGrade)).toBeGreaterThanOrEqual(
        order.indexOf(ranked[i].scoreGrade),
      );
    }
  });

  it('recomputes when the chair reopens a sheet in preliminary review: it no longer counts', async () => {
    const inReview = new Set(
      (await db.query("select id from nomination where status = 'PRELIMINARY_REVIEW'")).rows.map(
        (row) => row.id,
      ),
    );
    const all = await results();
    const before = all.find(
      (result) => result.sheetCount >= 2 && inReview.has(result.nomination.id),
    ) as Result;
    const sheetId = before.countedSheets[0].sheet.id;
    const reopened = await api.graphql(
      'mutation ($id: ID!) { reopenScoreSheet(id: $id, reason: "复核该专家评分") { status } }',
      { id: sheetId },
      chair,
    );
    expect(reopened.errors).toBeUndefined();
    const after = (await results()).find((result) => result.nomination.id === before.nomination.id) as Result;
    expect(after.sheetCount).toBe(before.sheetCount - 1);
    expect(after.countedSheets.map((counted) => counted.sheet.id)).not.toContain(sheetId);

    // Past the stage, the ranking feeds re-review and publicity: no sheet is reopened any more.
    const decided = all.find(
      (result) => !inReview.has(result.nomination.id) && result.sheetCount > 0,
    ) as Result;
    const refused = await api.graphql(
      'mutation ($id: ID!) { reopenScoreSheet(id: $id, reason: "复核") { status } }',
      { id: decided.countedSheets[0].sheet.id },
      chair,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'STAGE_OVER' });
  });
});
