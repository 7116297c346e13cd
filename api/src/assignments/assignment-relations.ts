import type { RequestContext } from '../context.js';
import { ExpertiseField } from '../cycles/expertise-field.entity.js';
import { readRows } from '../db/read-rows.js';
import { uuidArray } from '../db/sql-arrays.js';
import { Expert } from '../experts/expert.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { Criterion } from '../scoring/criterion.entity.js';
import { ScoreSheet } from '../scoring/score-sheet.entity.js';
import { primeScores } from '../scoring/score-sheet.resolver.js';
import type { Assignment } from './assignment.entity.js';

/** What the response asks for below a page of assignments, and so what is read with it. */
export interface AssignmentNeeds {
  nominations: boolean;
  fields: boolean;
  experts: boolean;
  /** their sheets, with the scores and criteria when `scores` */
  sheets: boolean;
  scores: boolean;
}

/** What a selection asks below assignments found at `prefix` (`edges.node.`, `assignments.`). */
export function assignmentNeeds(selected: Set<string>, prefix: string): AssignmentNeeds {
  const asks = (path: string) => selected.has(`${prefix}${path}`);
  return {
    nominations: asks('nomination'),
    fields: asks('nomination.field'),
    experts: asks('expert'),
    sheets: asks('scoreSheet'),
    scores: asks('scoreSheet.scores'),
  };
}

/**
 * Every row the fields of a page of assignments show, in one statement: the nominations and their
 * fields, the experts, and the sheets with their scores and criteria. They prime this request's
 * loaders as read-only rows (db/read-rows.ts), so that the page's fields run no query of their own
 * but the checks they make: whether the viewer may see a nomination, and the record of a staff
 * member's look at a sheet.
 */
export async function loadAssignmentRelations(
  { em, loaders }: RequestContext,
  assignments: readonly Assignment[],
  needs: AssignmentNeeds,
): Promise<void> {
  if (assignments.length === 0) return;
  const ids = assignments.map((assignment) => assignment.id);
  const [rows] = await em.execute<Record<string, object[] | null>[]>(
    `with nomination_ as (select * from nomination where ?::boolean and id = any(?::uuid[])),
    sheet as (select * from score_sheet where ?::boolean and assignment_id = any(?::uuid[]))
    select
      (select json_agg(nomination_) from nomination_) as nominations,
      (select json_agg(f) from expertise_field f where ?::boolean and f.id = any(array(select field_id from nomination_)))
        as fields,
      (select json_agg(e) from expert e where ?::boolean and e.id = any(?::uuid[])) as experts,
      (select json_agg(sheet) from sheet) as sheets,
      (select json_agg(cs order by cs.sheet_id, c.position) from criterion_score cs
        join criterion c on c.id = cs.criterion_id where ?::boolean and cs.sheet_id = any(array(select id from sheet)))
        as scores,
      (select json_agg(c) from criterion c where ?::boolean and c.id = any(array(
        select criterion_id from criterion_score where sheet_id = any(array(select id from sheet))))) as criteria`,
    [
      needs.nominations,
      uuidArray(assignments.map((assignment) => assignment.nomination.id)),
      needs.sheets,
      uuidArray(ids),
      needs.fields,
      needs.experts,
      uuidArray(assignments.map((assignment) => assignment.expert.id)),
      needs.scores,
      needs.scores,
    ],
  );
  const sheets = readRows(em, ScoreSheet, rows.sheets);
  loaders.prime(Nomination, readRows(em, Nomination, rows.nominations));
  loaders.prime(ExpertiseField, readRows(em, ExpertiseField, rows.fields));
  loaders.prime(Expert, readRows(em, Expert, rows.experts));
  if (needs.sheets) loaders.primeOneOf(ScoreSheet, 'assignment', ids, sheets);
  if (needs.scores) {
    primeScores(
      loaders,
      em,
      sheets.map((sheet) => sheet.id),
      rows.scores,
    );
    loaders.prime(Criterion, readRows(em, Criterion, rows.criteria));
  }
}
