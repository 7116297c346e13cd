import type pg from 'pg';
import type { TestApi } from './test-api.js';

export interface ScorableAssignment {
  id: string;
  nominationId: string;
  cycleId: string;
  category: string;
  email: string;
}

/**
 * Demo assignments an expert can score now: on a nomination in preliminary review, not declined, no
 * sheet yet, declaration accepted; the chair extends their deadlines (the demo's are in 2024).
 */
export async function scorableAssignments(
  api: TestApi,
  db: pg.Client,
  count: number,
): Promise<ScorableAssignment[]> {
  const { rows } = await db.query(
    `select a.id, a.nomination_id, n.cycle_id, n.category, u.email from assignment a
     join nomination n on n.id = a.nomination_id join expert e on e.id = a.expert_id join app_user u on u.id = e.user_id
     where n.status = 'PRELIMINARY_REVIEW' and a.status in ('PENDING', 'ACCEPTED') and e.declaration_accepted_at is not null
       and not exists (select 1 from score_sheet s where s.assignment_id = a.id)
     order by n.code, u.email limit $1`,
    [count],
  );
  const extended = await api.graphql(
    'mutation ($ids: [ID!]!, $u: DateTimeISO!) { extendReviewDeadline(assignmentIds: $ids, until: $u, reason: "测试延期") { id } }',
    { ids: rows.map((row) => row.id), u: new Date(Date.now() + 86_400_000).toISOString() },
    await api.login('chair@example.com'),
  );
  if (extended.errors) throw new Error(JSON.stringify(extended.errors));
  return rows.map((row) => ({
    id: row.id,
    nominationId: row.nomination_id,
    cycleId: row.cycle_id,
    category: row.category,
    email: row.email,
  }));
}

/**
 * A complete sheet for a nomination of `category`: every criterion of its latest rubric at level B with
 * a comment, an opinion and a grade (saveScoreSheetDraft's input), and the total it makes.
 */
export async function completeSheet(
  db: pg.Client,
  category: string,
): Promise<{ input: Record<string, unknown>; total: number; criteria: number }> {
  const criteria = (
    await db.query(
      `select c.id, c.code, c.max_points from criterion c join rubric r on r.id = c.rubric_id
       where r.category = $1 and r.version = (select max(version) from rubric where category = $1) order by c.position`,
      [category],
    )
  ).rows;
  const points = (max: number) => Math.round(max * 0.8 * 2) / 2;
  return {
    input: {
      scores: criteria.map((criterion) => ({
        criterionId: criterion.id,
        level: 'B',
        points: points(criterion.max_points),
        comment: `${criterion.code}：论证充分，数据可信。`,
      })),
      overallOpinion: '总体意见：技术先进，应用效果良好，建议授奖。',
      recommendedGrade: 'SECOND',
    },
    total: criteria.reduce((sum, criterion) => sum + points(criterion.max_points), 0),
    criteria: criteria.length,
  };
}

/** The expert scores every criterion at level B with comments, and submits: the sheet's total. */
export async function scoreAndSubmit(
  api: TestApi,
  db: pg.Client,
  assignment: ScorableAssignment,
): Promise<number> {
  const sheet = await completeSheet(db, assignment.category);
  const token = await api.login(assignment.email);
  const saved = await api.graphql<{ saveScoreSheetDraft: { id: string; version: number } }>(
    `mutation ($a: ID!, $input: ScoreSheetDraftInput!) { saveScoreSheetDraft(assignmentId: $a, version: null, input: $input) { id version } }`,
    { a: assignment.id, input: sheet.input },
    token,
  );
  if (!saved.data) throw new Error(JSON.stringify(saved.errors));
  const submitted = await api.graphql(
    'mutation ($id: ID!, $v: Int!) { submitScoreSheet(id: $id, version: $v) { status } }',
    { id: saved.data.saveScoreSheetDraft.id, v: saved.data.saveScoreSheetDraft.version },
    token,
  );
  if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
  return sheet.total;
}
