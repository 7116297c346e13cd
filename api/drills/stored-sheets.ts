import pg from 'pg';
import { ACTIVE_REVIEW } from '../src/assignments/review-sql.js';
import { DEMO_PASSWORD } from '../test/test-api.js';
import { describe, logIn, send } from './graphql-http.js';

/** What the database holds of one review's sheet: the drills' ground truth. */
export interface StoredSheet {
  status: 'DRAFT' | 'SUBMITTED';
  version: number;
  /** Criterion scores with a level and points, of `criteria` in the sheet's rubric. */
  scores: number;
  criteria: number;
  /** Audited draft saves and submissions: one write applied twice shows as two. */
  draftSaves: number;
  submissions: number;
  /** The preliminary result of the nomination counts the sheet among its figures. */
  isInResults: boolean;
}

/**
 * The chair reads every category's results, as the console does: the API brings them up to date with
 * the sheets submitted since they were last computed, which storedSheets then finds among the figures.
 */
export async function readResults(apiUrl: string, cycleId: string): Promise<void> {
  const token = await logIn(apiUrl, 'chair@example.com', DEMO_PASSWORD);
  for (const category of ['INVENTION', 'PROGRESS']) {
    const outcome = await send(apiUrl, {
      query: 'query ($c: ID!, $k: AwardCategory!) { results(cycleId: $c, category: $k) { totalCount } }',
      variables: { c: cycleId, k: category },
      token,
    });
    if (outcome.kind !== 'answered') throw new Error(`results of ${category}: ${describe(outcome)}`);
  }
}

/** The sheets of the given assignments, by assignment; an assignment without a sheet is absent. */
export async function storedSheets(
  databaseUrl: string,
  assignmentIds: string[],
): Promise<Map<string, StoredSheet>> {
  const rows = await queryOnce(
    databaseUrl,
    `select s.assignment_id, s.status, s.version,
         (select count(*) from criterion_score cs
          where cs.sheet_id = s.id and cs.level is not null and cs.points is not null)::int as scores,
         (select count(*) from criterion c where c.rubric_id = s.rubric_id)::int as criteria,
         (select count(*) from audit_event e where e.entity_type = 'ScoreSheet' and e.entity_id = s.id::text
            and e.action = 'SCORE_SHEET_DRAFT_SAVED')::int as draft_saves,
         (select count(*) from audit_event e where e.entity_type = 'ScoreSheet' and e.entity_id = s.id::text
            and e.action = 'SCORE_SHEET_SUBMITTED')::int as submissions,
         exists (select 1 from nomination_result r cross join jsonb_array_elements(r.sheet_figures) f
           where r.nomination_id = a.nomination_id and r.stage = 'PRELIMINARY' and f->>'sheetId' = s.id::text)
           as is_in_results
       from score_sheet s join assignment a on a.id = s.assignment_id
       where s.assignment_id = any($1::uuid[])`,
    [assignmentIds],
  );
  return new Map(
    rows.map((row) => [
      row.assignment_id,
      {
        status: row.status,
        version: row.version,
        scores: row.scores,
        criteria: row.criteria,
        draftSaves: row.draft_saves,
        submissions: row.submissions,
        isInResults: row.is_in_results,
      },
    ]),
  );
}

/** Submitted whole: locked with every score, counted in the results, submitted once. */
export const isSubmittedOnce = (sheet: StoredSheet | undefined): boolean =>
  sheet?.status === 'SUBMITTED' &&
  sheet.scores === sheet.criteria &&
  sheet.isInResults &&
  sheet.submissions === 1;

/** Some scores and not others, or locked without its scores or outside the results. */
export const isHalfWritten = (sheet: StoredSheet | undefined): boolean =>
  sheet !== undefined &&
  ((sheet.scores > 0 && sheet.scores < sheet.criteria) ||
    (sheet.status === 'SUBMITTED' && (sheet.scores < sheet.criteria || !sheet.isInResults)));

/** Submitted sheets of the cycle's active reviews per category, as the database counts them. */
export async function submittedByCategory(
  databaseUrl: string,
  cycleId: string,
): Promise<Record<string, number>> {
  const rows = await queryOnce(
    databaseUrl,
    `select n.category, count(*)::int as submitted from assignment a
       join nomination n on n.id = a.nomination_id join score_sheet s on s.assignment_id = a.id
       where n.cycle_id = $1 and ${ACTIVE_REVIEW} and s.status = 'SUBMITTED' group by n.category`,
    [cycleId],
  );
  return Object.fromEntries(rows.map((row) => [row.category, row.submitted]));
}

/** One statement on a connection of its own: the drills read the database before and after faults. */
async function queryOnce(databaseUrl: string, sql: string, params: unknown[]): Promise<pg.QueryResultRow[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return (await db.query(sql, params)).rows;
  } finally {
    await db.end();
  }
}
