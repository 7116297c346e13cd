import { Assignment } from '../assignments/assignment.entity.js';
import { primeRecordedReads, recordReadsSql } from '../audit/read-audit.js';
import type { RequestContext } from '../context.js';
import { assertId } from '../db/find-by-id.js';
import { readRows } from '../db/read-rows.js';
import { Expert } from '../experts/expert.entity.js';
import { assertPage, badCursor, type Connection, connectionOf } from '../graphql/connection.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Criterion } from '../scoring/criterion.entity.js';
import { ScoreSheet } from '../scoring/score-sheet.entity.js';
import { primeScores } from '../scoring/score-sheet.resolver.js';
import { sheetReader } from '../scoring/score-sheet-read-audit.js';
import { NominationResult } from './nomination-result.entity.js';
import type { ResultsArgs } from './result.types.js';

const RESULTS_ORDER = { rank: 'asc', id: 'asc' } as const;

/** What the response asks for below `results`, and so what the page's statement reads with it. */
export interface ResultsPageNeeds {
  nominations: boolean;
  criteria: boolean;
  /** the counted sheets, with their scores, criteria, assignments and experts */
  sheets: boolean;
}

/** The rows after the `after` cursor, in the order rank (nulls last) then id, as findPage reads them. */
function afterCursor(after: unknown[] | undefined): { sql: string; params: unknown[] } {
  if (!after) return { sql: 'true', params: [] };
  const [rank, id] = after;
  if (!(rank === null || Number.isInteger(rank)) || typeof id !== 'string') throw badCursor();
  assertId('after', id);
  return rank === null
    ? { sql: 'r.rank is null and r.id > ?', params: [id] }
    : { sql: '(r.rank > ? or r.rank is null or (r.rank = ? and r.id > ?))', params: [rank, rank, id] };
}

/**
 * A category's page of results and, in the same statement, every row its fields show: the nominations
 * and their nominators, the criteria, and the counted sheets with their scores, assignments and
 * experts. The statement also records the staff member's look at those sheets (award-rules.md, Blind
 * review), so that the sheets read and their audit rows commit together. One row of JSON arrays, one
 * per table; `page` holds one result more than asked, to tell whether a next page exists.
 */
function resultsPageStatement(after: { sql: string; params: unknown[] }) {
  // Each related table by primary key (= any(array(…))): a few index lookups, never a scan.
  return `
    with page as (
      select r.* from nomination_result r join nomination n on n.id = r.nomination_id
      where n.cycle_id = ? and n.category = ? and ${after.sql}
      order by r.rank, r.id
      limit ?
    ),
    shown as (select * from page order by rank, id limit ?),
    figure as (
      select distinct (figure.value ->> 'sheetId')::uuid as sheet_id
      from shown, jsonb_array_elements(shown.sheet_figures) as figure
      where ?::boolean
    ),
    recorded as (${recordReadsSql('select sheet_id from figure where ?::boolean')}),
    nomination_ as (
      select * from nomination where ?::boolean and id = any(array(select nomination_id from shown))
    ),
    sheet as (select * from score_sheet where id = any(array(select sheet_id from figure))),
    assignment_ as (select * from assignment where id = any(array(select assignment_id from sheet)))
    select
      (select json_agg(page order by rank, id) from page) as results,
      (select json_agg(nomination_) from nomination_) as nominations,
      (select json_agg(o) from organization o where o.id = any(array(select nominator_id from nomination_)))
        as nominators,
      (select json_agg(sheet) from sheet) as sheets,
      (select json_agg(cs order by cs.sheet_id, c.position) from criterion_score cs
        join criterion c on c.id = cs.criterion_id where cs.sheet_id = any(array(select id from sheet))) as scores,
      (select json_agg(c) from criterion c where c.id = any(array(
        select (mean.value ->> 'criterionId')::uuid from shown, jsonb_array_elements(shown.criterion_means) as mean
        where ?::boolean
        union select criterion_id from criterion_score where sheet_id = any(array(select id from sheet))))) as criteria,
      (select json_agg(assignment_) from assignment_) as assignments,
      (select json_agg(e) from expert e where e.id = any(array(select expert_id from assignment_))) as experts`;
}

type Rows = Record<
  'results' | 'nominations' | 'nominators' | 'sheets' | 'scores' | 'criteria' | 'assignments' | 'experts',
  object[] | null
>;

/**
 * The results page in one statement (after the session's and the freshness check's): its rows, read
 * only (db/read-rows.ts), prime this request's loaders, so that the page's fields run no query.
 */
export async function resultsPage(
  { em, loaders, viewer }: RequestContext,
  args: ResultsArgs,
  needs: ResultsPageNeeds,
): Promise<Connection<NominationResult>> {
  const after = afterCursor(assertPage(args, RESULTS_ORDER));
  const reader = needs.sheets ? sheetReader(viewer) : null;
  const [rows] = await em.execute<Rows[]>(resultsPageStatement(after), [
    args.cycleId,
    args.category,
    ...after.params,
    args.first + 1,
    args.first,
    needs.sheets,
    reader?.actorId ?? null,
    reader?.entityType ?? null,
    reader !== null,
    needs.nominations,
    needs.criteria,
  ]);
  const results = readRows(em, NominationResult, rows.results);
  const sheets = readRows(em, ScoreSheet, rows.sheets);
  loaders.prime(Nomination, readRows(em, Nomination, rows.nominations));
  loaders.prime(Organization, readRows(em, Organization, rows.nominators));
  loaders.prime(Criterion, readRows(em, Criterion, rows.criteria));
  loaders.prime(ScoreSheet, sheets);
  loaders.prime(Assignment, readRows(em, Assignment, rows.assignments));
  loaders.prime(Expert, readRows(em, Expert, rows.experts));
  const sheetIds = sheets.map((sheet) => sheet.id);
  primeScores(loaders, em, sheetIds, rows.scores);
  if (reader) primeRecordedReads(loaders, em, reader, sheetIds);
  return connectionOf(
    em,
    NominationResult,
    { items: results.slice(0, args.first), hasNextPage: results.length > args.first },
    RESULTS_ORDER,
    args,
    () => em.count(NominationResult, { nomination: { cycle: args.cycleId, category: args.category } }),
  );
}
