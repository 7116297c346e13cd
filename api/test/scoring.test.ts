import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './nomination-fixtures.js';
import { startTestApi, type TestApi } from './test-api.js';

const SAVE = `mutation ($a: ID!, $v: Int, $input: ScoreSheetDraftInput!) {
  saveScoreSheetDraft(assignmentId: $a, version: $v, input: $input) { id version status total } }`;
const SUBMIT =
  'mutation ($id: ID!, $v: Int!) { submitScoreSheet(id: $id, version: $v) { status total version } }';
const REOPEN = 'mutation ($id: ID!, $r: String!) { reopenScoreSheet(id: $id, reason: $r) { status } }';

interface Sheet {
  id: string;
  version: number;
  status: string;
  total: number | null;
}
interface Criterion {
  id: string;
  code: string;
  max_points: number;
}

/** A comment long enough for submission. */
const comment = (code: string) => `${code}：论证充分，数据可信，评分依据明确。`;

/** issue 6: an expert scores online; the chair reopens and extends; nothing is accepted late. */
describe('scoring a nomination online', () => {
  let api: TestApi;
  let db: pg.Client;
  let expert: string;
  let chair: string;
  let assignment: { id: string; nominationId: string; category: string; email: string };
  let criteria: Criterion[];
  let sheet: Sheet;

  const save = (
    input: Record<string, unknown>,
    version: number | null = sheet?.version ?? null,
    as = expert,
  ) => api.graphql<{ saveScoreSheetDraft: Sheet }>(SAVE, { a: assignment.id, v: version, input }, as);
  /** Points in the middle of each level's band: A 95 %, B 80 %, C 65 %, D 40 %. */
  const pointsAt = (criterion: Criterion, level: 'A' | 'B' | 'C' | 'D') =>
    Math.round(criterion.max_points * { A: 0.95, B: 0.8, C: 0.65, D: 0.4 }[level] * 2) / 2;
  const fullScores = (level: 'A' | 'B' | 'C' | 'D') =>
    criteria.map((criterion) => ({
      criterionId: criterion.id,
      level,
      points: pointsAt(criterion, level),
      comment: comment(criterion.code),
    }));

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    const { rows } = await db.query(`select a.id, a.nomination_id, n.category, u.email from assignment a
      join nomination n on n.id = a.nomination_id join expert e on e.id = a.expert_id join app_user u on u.id = e.user_id
      where n.status = 'PRELIMINARY_REVIEW' and a.status in ('PENDING', 'ACCEPTED')
        and e.declaration_accepted_at is not null
        and not exists (select 1 from score_sheet s where s.assignment_id = a.id)
      order by n.code, u.email limit 1`);
    assignment = {
      id: rows[0].id,
      nominationId: rows[0].nomination_id,
      category: rows[0].category,
      email: rows[0].email,
    };
    criteria = (
      await db.query(
        `select c.id, c.code, c.max_points from criterion c join rubric r on r.id = c.rubric_id
         where r.category = $1 and r.version = (select max(version) from rubric where category = $1) order by c.position`,
        [assignment.category],
      )
    ).rows;
    expert = await api.login(assignment.email);
    chair = await api.login('chair@example.com');
  });
  afterAll(() => db.end());

  it('accepts nothing after the review deadline, until the chair extends it', async () => {
    const late = await save({ scores: [] }, null);
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'WINDOW_CLOSED',
      closesAt: '2024-07-31T09:00:00.000Z',
    });
    expect(
      codeOf(
        await api.graphql(
          'mutation ($ids: [ID!]!, $u: DateTimeISO!) { extendReviewDeadline(assignmentIds: $ids, until: $u, reason: "专家出差") { id } }',
          { ids: [assignment.id], u: new Date(Date.now() + 86_400_000).toISOString() },
          await api.login('secretariat@example.com'),
        ),
      ),
    ).toBe('FORBIDDEN');
    const extended = await api.graphql(
      'mutation ($ids: [ID!]!, $u: DateTimeISO!) { extendReviewDeadline(assignmentIds: $ids, until: $u, reason: "专家出差") { id dueAt } }',
      { ids: [assignment.id], u: new Date(Date.now() + 86_400_000).toISOString() },
      chair,
    );
    expect(extended.errors).toBeUndefined();
  });

  it('starts the sheet on the first save, on the latest rubric, which is then locked', async () => {
    const first = await save(
      { scores: [{ criterionId: criteria[0].id, level: 'B', points: pointsAt(criteria[0], 'B') }] },
      null,
    );
    expect(first.errors).toBeUndefined();
    sheet = first.data?.saveScoreSheetDraft as Sheet;
    expect(sheet).toMatchObject({ status: 'DRAFT', total: null });
    const stored = await db.query(
      `select r.locked_at, a.status from score_sheet s join rubric r on r.id = s.rubric_id
       join assignment a on a.id = s.assignment_id where s.id = $1`,
      [sheet.id],
    );
    expect(stored.rows[0].locked_at).toBeInstanceOf(Date);
    // Scoring is accepting the assignment.
    expect(stored.rows[0].status).toBe('ACCEPTED');
  });

  it('refuses points out of range, or a criterion of another rubric, naming it, and stores nothing', async () => {
    const over = await save({
      scores: [{ criterionId: criteria[1].id, points: criteria[1].max_points + 1 }],
    });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scores[0].points' });
    const half = await save({ scores: [{ criterionId: criteria[1].id, points: 3.3 }] });
    expect(half.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scores[0].points' });
    const foreign = (
      await db.query(
        'select c.id from criterion c join rubric r on r.id = c.rubric_id where r.category <> $1 limit 1',
        [assignment.category],
      )
    ).rows[0].id;
    const wrong = await save({ scores: [{ criterionId: foreign, points: 1 }] });
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scores[0].criterionId',
    });
    const stored = await db.query('select version from score_sheet where id = $1', [sheet.id]);
    expect(stored.rows[0].version).toBe(sheet.version);
    expect(
      Number(
        (await db.query('select count(*) from criterion_score where sheet_id = $1', [sheet.id])).rows[0]
          .count,
      ),
    ).toBe(1);
  });

  it('lets one of two concurrent saves of a version win and refuses the other', async () => {
    const [a, b] = await Promise.all([
      save({ overallOpinion: '标签页一' }),
      save({ overallOpinion: '标签页二' }),
    ]);
    expect([a, b].map((result) => (result.errors ? codeOf(result) : 'SAVED')).sort()).toEqual([
      'CONFLICT',
      'SAVED',
    ]);
    sheet = ((a.errors ? b : a).data?.saveScoreSheetDraft as Sheet) ?? sheet;
  });

  it('refuses to submit an incomplete sheet, listing every problem, and a total at an extreme without a long justification', async () => {
    const incomplete = await api.graphql(SUBMIT, { id: sheet.id, v: sheet.version }, expert);
    const problems = incomplete.errors?.[0].extensions?.problems as { field: string }[];
    expect(incomplete.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(problems.map((problem) => problem.field)).toEqual(
      expect.arrayContaining([
        `scores[0].comment (${criteria[0].code})`,
        `scores[1].level (${criteria[1].code})`,
        'recommendedGrade',
      ]),
    );
    // The same problems, each rule in the viewer's language.
    const inChinese = await api.graphql(SUBMIT, { id: sheet.id, v: sheet.version }, expert, {
      'accept-language': 'zh-CN',
    });
    const zhProblems = inChinese.errors?.[0].extensions?.problems as { field: string; rule: string }[];
    expect(zhProblems.map((problem) => problem.field)).toEqual(problems.map((problem) => problem.field));
    expect(zhProblems.find((problem) => problem.field === 'recommendedGrade')?.rule).toBe(
      '请选择专家推荐等级',
    );
    // Points outside the chosen level's band.
    const mismatched = fullScores('B').map((score, i) =>
      i === 0 ? { ...score, points: pointsAt(criteria[0], 'D') } : score,
    );
    sheet = (
      await save({
        scores: mismatched,
        overallOpinion: '总体意见：项目创新性较强，应用效果明显。',
        recommendedGrade: 'SECOND',
      })
    ).data?.saveScoreSheetDraft as Sheet;
    const band = await api.graphql(SUBMIT, { id: sheet.id, v: sheet.version }, expert);
    expect(band.errors?.[0].extensions?.problems).toEqual([
      {
        field: `scores[0].points (${criteria[0].code})`,
        rule: expect.stringContaining('level B is 75–89 %'),
      },
    ]);
    sheet = (await save({ scores: fullScores('A'), recommendedGrade: 'FIRST' })).data
      ?.saveScoreSheetDraft as Sheet;
    expect(sheet.total).toBeGreaterThanOrEqual(90);
    const extreme = await api.graphql(SUBMIT, { id: sheet.id, v: sheet.version }, expert);
    expect(extreme.errors?.[0].extensions).toMatchObject({ field: 'overallOpinion' });
  });

  it('submits a complete sheet with its total, then locks it', async () => {
    sheet = (await save({ scores: fullScores('B'), recommendedGrade: 'SECOND' })).data
      ?.saveScoreSheetDraft as Sheet;
    const expected = criteria.reduce((sum, criterion) => sum + pointsAt(criterion, 'B'), 0);
    const submitted = await api.graphql<{ submitScoreSheet: Sheet }>(
      SUBMIT,
      { id: sheet.id, v: sheet.version },
      expert,
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitScoreSheet).toMatchObject({ status: 'SUBMITTED', total: expected });
    sheet = { ...sheet, ...submitted.data?.submitScoreSheet };
    const after = await save({ overallOpinion: '提交后修改' });
    expect(after.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'SHEET_LOCKED' });
  });

  it('is reopened only by the chair, with a reason, and audited', async () => {
    expect(codeOf(await api.graphql(REOPEN, { id: sheet.id, r: '请复核' }, expert))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(REOPEN, { id: sheet.id, r: ' ' }, chair))).toBe('BAD_USER_INPUT');
    const reopened = await api.graphql<{ reopenScoreSheet: { status: string } }>(
      REOPEN,
      { id: sheet.id, r: '分数录入有误' },
      chair,
    );
    expect(reopened.data?.reopenScoreSheet.status).toBe('DRAFT');
    const audit = await db.query(
      "select u.email, after->>'reason' as reason from audit_event a join app_user u on u.id = a.actor_id where action = 'SCORE_SHEET_REOPENED' and entity_id = $1",
      [sheet.id],
    );
    expect(audit.rows).toEqual([{ email: 'chair@example.com', reason: '分数录入有误' }]);
  });

  it("answers NOT_FOUND for another expert's assignment, and refuses a declined one", async () => {
    const other = (
      await db.query(
        `select a.id from assignment a join expert e on e.id = a.expert_id join app_user u on u.id = e.user_id
         where u.email <> $1 limit 1`,
        [assignment.email],
      )
    ).rows[0].id;
    const foreign = await api.graphql(SAVE, { a: other, v: null, input: { scores: [] } }, expert);
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    await db.query("update assignment set status = 'DECLINED' where id = $1", [assignment.id]);
    expect((await save({ overallOpinion: '拒绝后' })).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'NOT_REVIEWING',
    });
    await db.query("update assignment set status = 'ACCEPTED' where id = $1", [assignment.id]);
  });

  it("tells the chair's console of each save once committed, and of nothing refused", async () => {
    const cycleId = (await db.query('select id from award_cycle')).rows[0].id;
    const client = api.wsClient(chair);
    const events = client.iterate<{ scoreSheetChanged: { kind: string; sheetId: string; status: string } }>({
      query: 'subscription ($c: ID!) { scoreSheetChanged(cycleId: $c) { kind sheetId status } }',
      variables: { c: cycleId },
    });
    const next = events.next();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const current = (await db.query('select version from score_sheet where id = $1', [sheet.id])).rows[0]
      .version;
    expect(codeOf(await save({ overallOpinion: '旧版本' }, current - 1))).toBe('CONFLICT');
    expect((await save({ overallOpinion: '重新填写的总体意见。' }, current)).errors).toBeUndefined();
    const { value } = await next;
    expect(value?.data?.scoreSheetChanged).toEqual({
      kind: 'DRAFT_SAVED',
      sheetId: sheet.id,
      status: 'DRAFT',
    });
    await events.return?.();
    await client.dispose();
  });

  it('stops an expert whose conflict of interest arose after the assignment: it no longer sees or scores it', async () => {
    const nominator = (
      await db.query('select nominator_id from nomination where id = $1', [assignment.nominationId])
    ).rows[0];
    const employer = (
      await db.query(
        'select e.employer_id from expert e join assignment a on a.expert_id = e.id where a.id = $1',
        [assignment.id],
      )
    ).rows[0].employer_id;
    await db.query(
      'update expert set employer_id = $2 where id = (select expert_id from assignment where id = $1)',
      [assignment.id, nominator.nominator_id],
    );
    try {
      const seen = await api.graphql<{ assignment: { nomination: { id: string } | null } }>(
        'query ($id: ID!) { assignment(id: $id) { nomination { id } } }',
        { id: assignment.id },
        expert,
      );
      expect(seen.data?.assignment.nomination).toBeNull();
      const refused = await save({ overallOpinion: '回避后' });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        rule: 'CONFLICT_OF_INTEREST',
      });
    } finally {
      await db.query(
        'update expert set employer_id = $2 where id = (select expert_id from assignment where id = $1)',
        [assignment.id, employer],
      );
    }
  });
});
