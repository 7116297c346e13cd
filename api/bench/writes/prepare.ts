import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

/** A draft score sheet an expert may write to, with what a request needs to name it. */
export interface DraftSheet {
  sheetId: string;
  assignmentId: string;
  version: number;
  userId: string;
  /** the criteria of its rubric, in order */
  criteria: { id: string; maxPoints: number }[];
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Draft sheets that their experts may write to now: the synthetic experts accept the declaration, and
 * sheets whose expert works for one of the nomination's organizations are left out (the API refuses
 * those, rightly). Taken in a fixed order, without repeats: `count` of them, or fewer when `orFewer`.
 */
export function draftSheets(url: string, count: number, { orFewer = false } = {}): Promise<DraftSheet[]> {
  return withClient(url, async (client) => {
    await client.query(
      'update expert set declaration_accepted_at = now() where declaration_accepted_at is null',
    );
    const { rows } = await client.query<DraftSheet>(
      `select s.id as "sheetId", a.id as "assignmentId", s.version, e.user_id as "userId",
         (select json_agg(json_build_object('id', c.id, 'maxPoints', c.max_points) order by c.position)
          from criterion c where c.rubric_id = s.rubric_id) as criteria
       from score_sheet s join assignment a on a.id = s.assignment_id join expert e on e.id = a.expert_id
       join nomination n on n.id = a.nomination_id
       where s.status = 'DRAFT' and e.employer_id is distinct from n.nominator_id
         and not exists (select 1 from completing_organization co
                         where co.nomination_id = n.id and co.organization_id = e.employer_id)
       order by s.id limit $1`,
      [count],
    );
    if (rows.length < count && !orFewer) {
      throw new Error(`only ${rows.length} draft sheets to write to, ${count} needed`);
    }
    return rows;
  });
}

/** 80 % of a criterion's points, in half points, and the level band those fall in. */
export function scoreFor(maxPoints: number): { points: number; level: 'A' | 'B' | 'C' | 'D' } {
  const points = Math.floor(maxPoints * 0.8 * 2) / 2;
  const percent = (points / maxPoints) * 100;
  const level = percent >= 90 ? 'A' : percent >= 75 ? 'B' : percent >= 60 ? 'C' : 'D';
  return { points, level };
}

export const COMMENT = '依据提名书及证实性材料评定，创新性与应用成效符合该档描述。';
export const OPINION = '项目创新性突出，技术指标先进，推广应用成效明显，材料翔实可信，建议授奖。';

/**
 * Fills sheets as an expert ready to submit would have: every criterion scored within its level with
 * a comment, an opinion and a grade (written directly, as the drafts saved before the bench would be).
 */
export function completeDrafts(url: string, sheets: DraftSheet[]): Promise<void> {
  return withClient(url, async (client) => {
    const scores = sheets.flatMap((sheet) =>
      sheet.criteria.map((criterion) => ({
        sheet: sheet.sheetId,
        criterion: criterion.id,
        ...scoreFor(criterion.maxPoints),
      })),
    );
    await client.query('begin');
    await client.query('delete from criterion_score where sheet_id = any($1::uuid[])', [
      sheets.map((sheet) => sheet.sheetId),
    ]);
    await client.query(
      `insert into criterion_score (id, sheet_id, criterion_id, level, points, comment)
       select gen_random_uuid(), x.sheet, x.criterion, x.level::score_level, x.points, $2
       from json_to_recordset($1::json) as x(sheet uuid, criterion uuid, level text, points numeric)`,
      [JSON.stringify(scores), COMMENT],
    );
    await client.query(
      `update score_sheet set overall_opinion = $2, recommended_grade = 'SECOND' where id = any($1::uuid[])`,
      [sheets.map((sheet) => sheet.sheetId), OPINION],
    );
    await client.query('commit');
  });
}

/**
 * Signed-in sessions for these users, opened directly (signing in 600 experts through argon2 would
 * take the bench a minute): the token, whose SHA-256 the sessions table keeps, per user.
 */
export function openSessions(url: string, userIds: string[]): Promise<Map<string, string>> {
  const tokens = new Map([...new Set(userIds)].map((id) => [id, randomBytes(32).toString('base64url')]));
  return withClient(url, async (client) => {
    const rows = [...tokens].map(([userId, token]) => ({
      user: userId,
      hash: createHash('sha256').update(token).digest('hex'),
    }));
    await client.query(
      `insert into session (id, user_id, token_hash, expires_at)
       select gen_random_uuid(), x.user, x.hash, now() + interval '12 hours'
       from json_to_recordset($1::json) as x("user" uuid, hash text)`,
      [JSON.stringify(rows)],
    );
    return tokens;
  });
}
